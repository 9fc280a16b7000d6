/** How many problems a refusal lists before "and N more". */
export const PROBLEMS_SHOWN = 8;

/**
 * Why a tutor's file (a template or a case pack) or an editor's save was refused: the first line says
 * nothing was added and how many problems there are, then one `path: problem` per line, then "and N more".
 * The renderer splits the lines into an error summary. `fileName` null: an editor save, not a file.
 */
export function refusalMessage(
  fileName: string | null,
  errors: readonly string[],
  what = 'template',
): string {
  const shown = errors.slice(0, PROBLEMS_SHOWN);
  const more = errors.length - shown.length;
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return [
    fileName === null
      ? `The ${what} was not saved: it has ${count}.`
      : `“${fileName}” was not added: the ${what} has ${count}.`,
    ...shown,
    ...(more > 0 ? [`and ${more} more`] : []),
  ].join('\n');
}
