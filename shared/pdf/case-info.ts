import type { PracticeCase, TutorNotes } from '../cases';
import { TUTOR_NOTES_FRAMING } from '../cases';
import type { PdfCaseInfo, PdfTutorNote } from './builder';

export const levelWords: Record<string, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  'very-high': 'very high',
};
export const groupWords: Record<string, string> = {
  children: 'Children',
  public: 'The public',
  'known-adult': 'Known adult',
  staff: 'Staff',
  prisoners: 'Other prisoners',
};

function range(from: string, to: string): string {
  return from === to ? (levelWords[from] ?? from) : `${levelWords[from] ?? from} to ${levelWords[to] ?? to}`;
}

function notesFrom(notes: TutorNotes, documentTitle: (id: string) => string): PdfTutorNote[] {
  const refs = (ids: readonly string[]) =>
    ids.length > 0 ? `\n(See: ${ids.map(documentTitle).join('; ')}.)` : '';
  const result: PdfTutorNote[] = [
    { title: 'Teaching focus', text: notes.teachingFocus },
    {
      title: 'Key evidence',
      text: notes.keyEvidence.map((point) => `${point.point}${refs(point.documentRefs)}`).join('\n\n'),
    },
    {
      title: 'Defensible risk of serious harm ranges',
      text: notes.roshRanges
        .map((entry) => {
          const later = entry.afterNewInformation
            ? `\nAfter “${documentTitle(entry.afterNewInformation.documentId)}”: ${range(entry.afterNewInformation.from, entry.afterNewInformation.to)}. ${entry.afterNewInformation.reasons}`
            : '';
          return `${groupWords[entry.group] ?? entry.group}, ${entry.setting}: ${range(entry.from, entry.to)}. ${entry.reasons}${refs(entry.documentRefs)}${later}`;
        })
        .join('\n\n'),
    },
  ];
  if (notes.riskToSelf) result.push({ title: 'Risk to the person and other risks', text: notes.riskToSelf });
  result.push({ title: 'MAPPA', text: notes.mappa });
  result.push({ title: 'Points for discussion', text: notes.discussionPoints.join('\n\n') });
  result.push({ title: 'Common pitfalls', text: notes.pitfalls.join('\n\n') });
  return result;
}

/**
 * What the PDF needs from a library case. Tutor notes are included only when `withTutorNotes` is true:
 * the service passes true only for finished attempts, matching the workspace, which reveals them only then.
 */
export function pdfCaseInfo(practiceCase: PracticeCase, withTutorNotes: boolean): PdfCaseInfo {
  const titles = new Map(practiceCase.documents.map((doc) => [doc.id, doc.title]));
  const documentTitle = (id: string) => titles.get(id) ?? id;
  return {
    id: practiceCase.id,
    title: practiceCase.title,
    summary: `${practiceCase.summary}\n\n${practiceCase.person.circumstances}`,
    documents: practiceCase.documents.map((doc) => ({ id: doc.id, title: doc.title })),
    tutorNotes: withTutorNotes
      ? [{ text: TUTOR_NOTES_FRAMING }, ...notesFrom(practiceCase.tutorNotes, documentTitle)]
      : [],
    tutorNotesWithheld: withTutorNotes
      ? undefined
      : 'Tutor notes are printed only for finished attempts, as in the app.',
    facts: practiceCase.facts,
    rules: practiceCase.rules,
    ...(practiceCase.keyEvidence ? { keyEvidence: practiceCase.keyEvidence } : {}),
  };
}
