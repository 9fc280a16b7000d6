import { isoDateOf } from '../dates/format';
import type { InterviewState } from '../model/attempt';
import { interviewQuestionStyles, interviewReplyKinds } from './schema';
import type { CaseDocument, CaseInterview, InterviewQuestion, PracticeCase } from './schema';

/**
 * The interview engine: what the trainee may ask now, what asking does, and what the interview left out.
 * The attempt stores only the questions asked, in order (`InterviewState`); replies, facts uncovered and
 * documents released all follow from the case, so an edited answer never needs migrating and the
 * transcript is rebuilt the same way every time the attempt opens.
 *
 * A question is open from the start unless another question's `unlocks` names it (a follow-up); a
 * follow-up opens once any question that unlocks it has been asked. Asked questions leave the list of
 * questions to ask and stay in the transcript.
 */

/** The transcript's document id in the case file; `validateCase` keeps case documents off it. */
export const INTERVIEW_TRANSCRIPT_ID = 'interview-transcript';

export const emptyInterviewState: InterviewState = { asked: [], timed: false, endedAt: null };

/** Older attempts have no `interview`: absent and empty mean the same. */
export function interviewStateOf(attempt: { interview?: InterviewState | undefined }): InterviewState {
  return attempt.interview ?? emptyInterviewState;
}

const questionMap = (interview: CaseInterview) => new Map(interview.questions.map((q) => [q.id, q]));

/** Question ids some other question unlocks: these start closed. */
export function followUpIds(interview: CaseInterview): Set<string> {
  const ids = new Set<string>();
  for (const question of interview.questions)
    for (const id of question.unlocks ?? []) if (id !== question.id) ids.add(id);
  return ids;
}

/** The questions asked so far, in the order asked (ids the case no longer has are left out). */
export function askedQuestions(interview: CaseInterview, state: InterviewState): InterviewQuestion[] {
  const byId = questionMap(interview);
  const seen = new Set<string>();
  const out: InterviewQuestion[] = [];
  for (const entry of state.asked) {
    const question = byId.get(entry.questionId);
    if (question && !seen.has(question.id)) {
      seen.add(question.id);
      out.push(question);
    }
  }
  return out;
}

/** Whether a question could be asked now if it had not been: open from the start, or unlocked. */
function openIds(interview: CaseInterview, state: InterviewState): Set<string> {
  const followUps = followUpIds(interview);
  const open = new Set(interview.questions.filter((q) => !followUps.has(q.id)).map((q) => q.id));
  for (const question of askedQuestions(interview, state))
    for (const id of question.unlocks ?? []) open.add(id);
  return open;
}

/** The questions the trainee may ask now, in the case's order: open or unlocked, and not yet asked. */
export function availableQuestions(interview: CaseInterview, state: InterviewState): InterviewQuestion[] {
  if (state.endedAt !== null) return [];
  const open = openIds(interview, state);
  const asked = new Set(state.asked.map((entry) => entry.questionId));
  return interview.questions.filter((q) => open.has(q.id) && !asked.has(q.id));
}

export type AskOutcome =
  | {
      ok: true;
      state: InterviewState;
      question: InterviewQuestion;
      /** False when the question had already been asked: the state is returned unchanged. */
      changed: boolean;
      /** Fact ids this question uncovered for the first time. */
      newFactIds: string[];
      /** Document ids this question released that the interview had not released before. */
      newDocumentIds: string[];
    }
  | { ok: false; reason: 'unknown' | 'not-available' | 'ended'; message: string };

/** Asks one question. Asking an already-asked question changes nothing; an unknown or closed one is refused. */
export function askQuestion(
  interview: CaseInterview,
  state: InterviewState,
  questionId: string,
  now: Date,
): AskOutcome {
  const question = interview.questions.find((q) => q.id === questionId);
  if (!question)
    return { ok: false, reason: 'unknown', message: `The interview has no question '${questionId}'.` };
  if (state.asked.some((entry) => entry.questionId === questionId))
    return { ok: true, state, question, changed: false, newFactIds: [], newDocumentIds: [] };
  if (state.endedAt !== null)
    return {
      ok: false,
      reason: 'ended',
      message: 'The interview has ended: no more questions can be asked.',
    };
  if (!openIds(interview, state).has(questionId))
    return {
      ok: false,
      reason: 'not-available',
      message: `The question '${questionId}' is a follow-up that no question asked so far leads to.`,
    };
  const factsBefore = new Set(uncoveredFactIds(interview, state));
  const documentsBefore = new Set(interviewReleasedDocumentIds(interview, state));
  const next: InterviewState = {
    ...state,
    asked: [...state.asked, { questionId, askedAt: now.toISOString() }],
  };
  return {
    ok: true,
    state: next,
    question,
    changed: true,
    newFactIds: [...new Set(question.reveals ?? [])].filter((id) => !factsBefore.has(id)),
    newDocumentIds: [...new Set(question.releases ?? [])].filter((id) => !documentsBefore.has(id)),
  };
}

/** Ends the interview (once: a second end keeps the first time). */
export function endInterview(state: InterviewState, now: Date): InterviewState {
  return state.endedAt !== null ? state : { ...state, endedAt: now.toISOString() };
}

/** Whether the trainee works to the appointment's time; a choice, never imposed. */
export function setInterviewTimed(state: InterviewState, timed: boolean): InterviewState {
  return state.timed === timed ? state : { ...state, timed };
}

/** Fact ids the questions asked so far have uncovered, in the case's order of facts. */
export function uncoveredFactIds(interview: CaseInterview, state: InterviewState): string[] {
  const revealed = new Set(askedQuestions(interview, state).flatMap((q) => q.reveals ?? []));
  return interview.facts.filter((fact) => revealed.has(fact.id)).map((fact) => fact.id);
}

/** Document ids the questions asked so far have released, in the order asked. */
export function interviewReleasedDocumentIds(interview: CaseInterview, state: InterviewState): string[] {
  return [...new Set(askedQuestions(interview, state).flatMap((q) => q.releases ?? []))];
}

export interface InterviewTime {
  used: number;
  /** Null when the case sets no time budget. */
  budget: number | null;
  /** Minutes left of the budget (never below 0); null without a budget. */
  left: number | null;
  over: boolean;
}

/** Minutes the questions asked have taken, against the appointment's length if the case sets one. */
export function interviewTime(interview: CaseInterview, state: InterviewState): InterviewTime {
  const used = askedQuestions(interview, state).reduce((sum, q) => sum + q.minutes, 0);
  const budget = interview.timeBudgetMinutes ?? null;
  return {
    used,
    budget,
    left: budget === null ? null : Math.max(0, budget - used),
    over: budget !== null && used > budget,
  };
}

/** How the practitioner is named in the transcript. */
export const PRACTITIONER_SPEAKER = 'You';

/** The person's name as the transcript prints it: their first name. */
export function personSpeaker(practiceCase: Pick<PracticeCase, 'person'>): string {
  return practiceCase.person.name.trim().split(/\s+/)[0] ?? practiceCase.person.name;
}

/**
 * The transcript as a case-file document, so the case file can list, search and quote it like any other:
 * each question asked, then the reply, in the order asked. Null before the first question. Its date is the
 * day of the first question.
 */
export function interviewTranscript(
  practiceCase: Pick<PracticeCase, 'person' | 'interview'>,
  state: InterviewState,
): CaseDocument | null {
  const interview = practiceCase.interview;
  if (!interview) return null;
  const asked = askedQuestions(interview, state);
  if (asked.length === 0) return null;
  const person = personSpeaker(practiceCase);
  const firstAskedAt = state.asked[0]?.askedAt;
  return {
    id: INTERVIEW_TRANSCRIPT_ID,
    title: `Your interview: ${interview.title}`,
    kind: 'interview-record',
    agency: 'Probation Service (practice interview)',
    author: 'You, with the questions you chose',
    // The day in the UK, as every date the app shows.
    date: isoDateOf(firstAskedAt ? new Date(firstAskedAt) : new Date(0)),
    release: { kind: 'interview' },
    body: [
      { kind: 'paragraph', text: interview.setting },
      {
        kind: 'dialogue',
        turns: asked.flatMap((question) => [
          { speaker: PRACTITIONER_SPEAKER, role: 'practitioner' as const, text: question.ask },
          { speaker: person, role: 'person' as const, text: question.reply },
        ]),
      },
      ...(state.endedAt !== null ? [{ kind: 'note' as const, text: 'The interview ended here.' }] : []),
    ],
  };
}

/** The case-file documents an attempt has, with the transcript first once a question is asked. */
export function documentsWithTranscript(
  practiceCase: Pick<PracticeCase, 'person' | 'interview'>,
  documents: readonly CaseDocument[],
  state: InterviewState,
): CaseDocument[] {
  const transcript = interviewTranscript(practiceCase, state);
  return transcript ? [transcript, ...documents] : [...documents];
}

const plainStyles: ReadonlySet<string> = new Set(['open', 'closed']);

/** A fact's label as a sentence: authors may or may not end it with a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…”’"')]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface KeyQuestionSummary {
  question: InterviewQuestion;
  why: string;
  asked: boolean;
  /** For a missed question: what asking it would have uncovered, released and opened. Empty when asked. */
  wouldReveal: Array<{ id: string; label: string; significance: string }>;
  wouldRelease: Array<{ id: string; title: string }>;
  wouldUnlock: InterviewQuestion[];
}

/** An asked question whose wording or answer is worth talking about: how it was put and how it was met. */
export interface AnswerNote {
  question: InterviewQuestion;
  /** e.g. "Leading question"; null for an open or closed question. */
  style: string | null;
  /** e.g. "A confused answer"; null for a full answer. */
  reply: string | null;
  /** Both in a phrase, e.g. "Leading question; an evasive answer". */
  description: string;
  /** Case-file documents that contradict the reply. */
  contradictedBy: Array<{ id: string; title: string }>;
}

export interface InterviewSummary {
  title: string;
  askedCount: number;
  keyQuestions: KeyQuestionSummary[];
  /**
   * The questions asked that were leading, compound or abstract, or that got less than a full answer, in the
   * order asked: the transcript never labels them, the tutor notes do.
   */
  answerNotes: AnswerNote[];
  /** Facts no question asked uncovered, with their significance. */
  missedFacts: Array<{ id: string; label: string; significance: string }>;
  minutesUsed: number;
  tutorNote: string | null;
}

/** For the tutor notes after finishing: the key questions, which were asked, and what each missed one held. */
export function interviewSummary(
  practiceCase: Pick<PracticeCase, 'interview' | 'documents'>,
  state: InterviewState,
): InterviewSummary | null {
  const interview = practiceCase.interview;
  if (!interview) return null;
  const asked = new Set(askedQuestions(interview, state).map((q) => q.id));
  const byId = questionMap(interview);
  const factById = new Map(interview.facts.map((fact) => [fact.id, fact]));
  const uncovered = new Set(uncoveredFactIds(interview, state));
  const keyQuestions = interview.questions
    .filter((q): q is InterviewQuestion & { key: { why: string } } => q.key !== undefined)
    .map((question) => {
      const wasAsked = asked.has(question.id);
      return {
        question,
        why: question.key.why,
        asked: wasAsked,
        wouldReveal: wasAsked
          ? []
          : (question.reveals ?? []).flatMap((id) => {
              const fact = factById.get(id);
              return fact ? [fact] : [];
            }),
        wouldRelease: wasAsked
          ? []
          : (question.releases ?? []).flatMap((id) => {
              const doc = practiceCase.documents.find((d) => d.id === id);
              return doc ? [{ id: doc.id, title: doc.title }] : [];
            }),
        wouldUnlock: wasAsked
          ? []
          : (question.unlocks ?? []).flatMap((id) => {
              const next = byId.get(id);
              return next ? [next] : [];
            }),
      };
    });
  const answerNotes = askedQuestions(interview, state)
    .filter((q) => !plainStyles.has(q.style) || q.replyKind !== 'full')
    .map((question) => {
      const style = plainStyles.has(question.style) ? null : interviewQuestionStyles[question.style];
      const reply = question.replyKind === 'full' ? null : interviewReplyKinds[question.replyKind];
      return {
        question,
        style,
        reply,
        description:
          style && reply
            ? `${style}; ${reply.charAt(0).toLowerCase()}${reply.slice(1)}`
            : (style ?? reply ?? ''),
        contradictedBy: (question.contradictedBy ?? []).flatMap((id) => {
          const doc = practiceCase.documents.find((d) => d.id === id);
          return doc ? [{ id: doc.id, title: doc.title }] : [];
        }),
      };
    });
  return {
    title: interview.title,
    askedCount: asked.size,
    keyQuestions,
    answerNotes,
    missedFacts: interview.facts.filter((fact) => !uncovered.has(fact.id)),
    minutesUsed: interviewTime(interview, state).used,
    tutorNote: interview.tutorNote ?? null,
  };
}

export interface InterviewReflection {
  askedCount: number;
  /** The first question asked, as it was put; null when nothing was asked. */
  firstAsked: string | null;
  /** The key questions not asked, as they would have been put. */
  notAsked: string[];
  /** All of it in a sentence or two, for the reflective log. */
  text: string;
}

/**
 * For the reflective log: what the trainee asked first, and the key questions they did not ask, to reflect
 * on. Null when the case has no interview.
 */
export function interviewReflection(
  practiceCase: Pick<PracticeCase, 'interview' | 'documents'>,
  state: InterviewState,
): InterviewReflection | null {
  const interview = practiceCase.interview;
  if (!interview) return null;
  const asked = askedQuestions(interview, state);
  const summary = interviewSummary(practiceCase, state)!;
  const notAsked = summary.keyQuestions.filter((k) => !k.asked).map((k) => k.question.ask);
  const firstAsked = asked[0]?.ask ?? null;
  const lines: string[] = [];
  if (firstAsked === null) lines.push(`Interview: I did not hold the interview (${interview.title}).`);
  else
    lines.push(
      `Interview: I asked ${asked.length === 1 ? 'one question' : `${asked.length} questions`}, first “${firstAsked}”`,
    );
  if (notAsked.length > 0)
    lines.push(`Key questions I did not ask: ${notAsked.map((q) => `“${q}”`).join('; ')}`);
  else if (firstAsked !== null) lines.push('I asked every key question');
  return { askedCount: asked.length, firstAsked, notAsked, text: `${lines.join('. ')}.` };
}

/** What case rules read as `interview.asked.<questionId>`, `interview.uncovered.<factId>`, `interview.held`. */
export interface InterviewRuleData {
  asked: Record<string, boolean>;
  uncovered: Record<string, boolean>;
  held: boolean;
}

/** Every question and fact of the case, true or false, so a rule never reads a missing (null) value. */
export function interviewRuleData(
  interview: CaseInterview | undefined,
  state: InterviewState,
): InterviewRuleData {
  if (!interview) return { asked: {}, uncovered: {}, held: false };
  const asked = new Set(askedQuestions(interview, state).map((q) => q.id));
  const uncovered = new Set(uncoveredFactIds(interview, state));
  return {
    asked: Object.fromEntries(interview.questions.map((q) => [q.id, asked.has(q.id)])),
    uncovered: Object.fromEntries(interview.facts.map((fact) => [fact.id, uncovered.has(fact.id)])),
    held: asked.size > 0,
  };
}

/**
 * Questions the trainee could ever reach from the start: open ones, then whatever those unlock, and so on.
 * A question only unlocked by unreachable questions (a cycle of follow-ups, say) is never offered.
 */
export function reachableQuestionIds(interview: CaseInterview): Set<string> {
  const byId = questionMap(interview);
  const followUps = followUpIds(interview);
  const reached = new Set<string>();
  const queue = interview.questions.filter((q) => !followUps.has(q.id)).map((q) => q.id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const next of byId.get(id)?.unlocks ?? [])
      if (byId.has(next) && !reached.has(next)) queue.push(next);
  }
  return reached;
}
