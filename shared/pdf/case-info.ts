import type { PracticeCase, TutorNotes } from '../cases';
import {
  askedQuestions,
  asSentence,
  documentsWithTranscript,
  emptyInterviewState,
  interviewSummary,
  personSpeaker,
  TUTOR_NOTES_FRAMING,
} from '../cases';
import type { InterviewState } from '../model/attempt';
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

/** The interview in the tutor notes: each key question, asked or not, and what a missed one held. */
function interviewNote(practiceCase: PracticeCase, state: InterviewState): PdfTutorNote[] {
  const summary = interviewSummary(practiceCase, state);
  if (!summary) return [];
  const asked = summary.keyQuestions.filter((key) => key.asked).length;
  const lines = [
    summary.askedCount === 0
      ? 'You did not ask anything in the interview.'
      : `You asked ${summary.askedCount === 1 ? 'one question' : `${summary.askedCount} questions`}. Of the ${summary.keyQuestions.length} key questions, you asked ${asked}.`,
    ...summary.keyQuestions.map((key) => {
      const parts = [`${key.asked ? 'Asked' : 'Not asked'}: “${key.question.ask}” ${key.why}`];
      if (key.wouldReveal.length > 0)
        parts.push(
          `It would have uncovered: ${key.wouldReveal.map((fact) => `${asSentence(fact.label)} ${fact.significance}`).join(' ')}`,
        );
      if (key.wouldRelease.length > 0)
        parts.push(
          `It would have brought into the case file: ${key.wouldRelease.map((doc) => doc.title).join('; ')}.`,
        );
      if (key.wouldUnlock.length > 0)
        parts.push(
          `It would have opened the follow-up: ${key.wouldUnlock.map((next) => `“${next.ask}”`).join('; ')}`,
        );
      return parts.join('\n');
    }),
  ];
  if (summary.answerNotes.length > 0)
    lines.push(
      [
        'How your questions were put and answered:',
        ...summary.answerNotes.map(
          (note) =>
            `“${note.question.ask}”: ${note.description}.${note.contradictedBy.length > 0 ? ` The records say otherwise: ${note.contradictedBy.map((doc) => doc.title).join('; ')}.` : ''}`,
        ),
      ].join('\n'),
    );
  if (summary.tutorNote) lines.push(`Why the questions were written as they were: ${summary.tutorNote}`);
  return [{ title: 'The interview: the questions that mattered', text: lines.join('\n\n') }];
}

/**
 * What the PDF needs from a library case. Tutor notes are included only when `withTutorNotes` is true:
 * the service passes true only for finished attempts, matching the workspace, which reveals them only then.
 */
export function pdfCaseInfo(
  practiceCase: PracticeCase,
  withTutorNotes: boolean,
  interview: InterviewState = emptyInterviewState,
): PdfCaseInfo {
  // The transcript is a document too, so a quote from it is printed with its title.
  const documents = documentsWithTranscript(practiceCase, practiceCase.documents, interview);
  const titles = new Map(documents.map((doc) => [doc.id, doc.title]));
  const documentTitle = (id: string) => titles.get(id) ?? id;
  return {
    id: practiceCase.id,
    title: practiceCase.title,
    summary: `${practiceCase.summary}\n\n${practiceCase.person.circumstances}`,
    documents: documents.map((doc) => ({ id: doc.id, title: doc.title })),
    tutorNotes: withTutorNotes
      ? [
          { text: TUTOR_NOTES_FRAMING },
          ...notesFrom(practiceCase.tutorNotes, documentTitle),
          ...interviewNote(practiceCase, interview),
        ]
      : [],
    tutorNotesWithheld: withTutorNotes
      ? undefined
      : 'Tutor notes are printed only for finished attempts, as in the app.',
    facts: practiceCase.facts,
    rules: practiceCase.rules,
    ...(practiceCase.keyEvidence ? { keyEvidence: practiceCase.keyEvidence } : {}),
    ...interviewPart(practiceCase, interview),
  };
}

function interviewPart(practiceCase: PracticeCase, state: InterviewState): Pick<PdfCaseInfo, 'interview'> {
  const interview = practiceCase.interview;
  const asked = interview ? askedQuestions(interview, state) : [];
  if (!interview || asked.length === 0) return {};
  return {
    interview: {
      title: interview.title,
      setting: interview.setting,
      person: personSpeaker(practiceCase),
      turns: asked.map((question) => ({ ask: question.ask, reply: question.reply })),
      ended: state.endedAt !== null,
    },
  };
}
