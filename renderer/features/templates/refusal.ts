/** A refusal from the host: its first line says what happened, each further line is `path: problem`. */
export interface Refusal {
  heading: string;
  problems: Array<{ path: string | null; problem: string }>;
}

export function splitRefusal(message: string): Refusal {
  const [heading = '', ...rest] = message.split('\n');
  return {
    heading,
    problems: rest
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // Paths never hold ": ", so the first one ends the path ("and 3 more" has none).
        const at = line.indexOf(': ');
        return at > 0 && !/\s/.test(line.slice(0, at))
          ? { path: line.slice(0, at), problem: line.slice(at + 2) }
          : { path: null, problem: line };
      }),
  };
}
