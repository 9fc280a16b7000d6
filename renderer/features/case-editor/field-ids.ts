import type { EditorPart } from '../../app/routes';

export type { EditorPart };
/**
 * One id per field of the case, made from its path in the case format (`documents[1].title` becomes
 * `case-documents-1-title`), so a validation error's path leads straight to the field that shows it.
 */
export function fieldId(path: string): string {
  return `case-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`.replace(/-+$/, '');
}

export interface PathError {
  /** As the checks wrote it, e.g. `documents[1].release.sectionId`. */
  path: string;
  problem: string;
}

/** Splits `validateCase`'s "path: problem" lines; a line without a path keeps the whole text. */
export function splitErrors(errors: readonly string[]): PathError[] {
  return errors.map((line) => {
    const match = /^([A-Za-z][\w.[\]-]*): (.*)$/s.exec(line);
    return match ? { path: match[1]!, problem: match[2]! } : { path: '', problem: line };
  });
}

/** The path's own field if the screen shows one, else the nearest field above it (the list, the document). */
export function nearestFieldId(path: string, exists: (id: string) => boolean): string | null {
  let at = path;
  while (at) {
    const id = fieldId(at);
    if (exists(id)) return id;
    const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
    if (cut <= 0) break;
    at = at.slice(0, cut);
  }
  return null;
}

/** Which part of the editor shows the field at `path`. */
export function partForPath(path: string): EditorPart {
  if (path.startsWith('documents')) return 'documents';
  if (path.startsWith('interview')) return 'interview';
  if (path.startsWith('tutorNotes')) return 'notes';
  if (path.startsWith('rules')) return 'rules';
  return 'details';
}

export const editorPartTitles: Record<EditorPart, string> = {
  details: 'About the case',
  documents: 'Documents',
  interview: 'Interview',
  notes: 'Tutor notes and ranges',
  rules: 'Rules',
  preview: 'Preview and export',
};
