/**
 * The `.casework` file the app was asked to open (double-click, "Open with", or a second launch), taken
 * from the command line. The path comes from the operating system on the trainee's behalf, never from
 * the renderer; it is queued for the import feature, which validates the file's contents like any import.
 */
export function findCaseworkFileArg(argv: readonly string[]): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.includes('\0')) continue;
    if (/\.casework$/i.test(arg)) return arg;
  }
  return null;
}

/** Files the OS asked the app to open, held until the renderer is ready to ask for them. */
export class OpenFileQueue {
  readonly #paths: string[] = [];

  push(path: string | null): void {
    if (path !== null && !this.#paths.includes(path)) this.#paths.push(path);
  }

  take(): string[] {
    return this.#paths.splice(0, this.#paths.length);
  }
}
