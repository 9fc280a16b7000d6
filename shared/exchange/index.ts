/**
 * Files that travel between a trainee's and a tutor's copies of the app.
 *
 * - `buildSharePackage`, `serialiseSharePackage`: the `.casework` share package (an attempt, and the tutor's
 *   reviews when there are any).
 * - `parseSharePackage(bytes | text)`: the one reader for every file a person brings in, share packages and
 *   the attempt file attached to exported PDFs alike; a typed result or a plain-words refusal naming the
 *   problem. `fixtures/` holds the corpus of malformed and hostile files it is tested against.
 */
export * from './share-package';
export * from './imported-copy';
