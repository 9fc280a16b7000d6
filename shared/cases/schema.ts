import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';
import { qualityRuleSchema, sectionRefSchema } from '../rules/schema';
import { MAX_CASE_DOCUMENTS, MAX_CASE_RULES } from '../contract/limits';
import { isIsoDate } from '../dates/format';
import { localIdSchema } from '../templates/logic-schema';

/**
 * A practice case: a fictional case file of documents, facts the quality rules read, the case's own
 * quality rules, and tutor notes that the workspace reveals only after the trainee finishes.
 *
 * Objects are strict so a misspelt field in a case is reported rather than silently dropped.
 * Cross-references (document ids, template sections, rule item refs) are checked by `validateCase`.
 */

export const CASE_FORMAT = 1;

/** Printed on every case, on screen and in PDFs. */
export const CASE_PRACTICE_NOTICE =
  'Fictional case for practice only. Every person, place, agency and event in this case file is invented. Do not use it for real assessments or decisions about real people.';

/** Shown above the tutor notes wherever they appear. */
export const TUTOR_NOTES_FRAMING =
  'Points for discussion, not the answer. These notes describe what a sound assessment would probably notice and a range of ratings a tutor would find defensible. A trainee who reasons well from the evidence to a different conclusion deserves a conversation, not a correction.';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Dates in a case file are stored yyyy-mm-dd and shown dd/mm/yyyy (`formatIsoDate`). */
export const caseDateSchema = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');

export const difficulties = ['foundation', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof difficulties)[number];
export const difficultyLabels: Record<Difficulty, string> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Themes the home screen can show and filter by. */
export const caseThemes = {
  'domestic-abuse': 'Domestic abuse',
  'child-safeguarding': 'Child safeguarding',
  violence: 'Violence',
  weapons: 'Weapons',
  'peer-group': 'Peer group and associates',
  'young-adult': 'Young adult',
  'sexual-offending': 'Sexual offending',
  'substance-misuse': 'Drug or alcohol misuse',
  homelessness: 'Homelessness',
  acquisitive: 'Acquisitive offending',
  women: 'Women in the justice system',
  trauma: 'Trauma',
  'self-harm': 'Self-harm and suicide',
  'fire-setting': 'Fire-setting',
  'licence-recall': 'Licence and recall',
  mappa: 'MAPPA',
  'account-versus-evidence': 'Account against the evidence',
  'new-relationship': 'New relationship',
  responsivity: 'Responsivity',
  neurodivergence: 'Autism and learning disability',
  exploitation: 'Exploitation and vulnerability',
} as const;
export type CaseTheme = keyof typeof caseThemes;
const themeIds = Object.keys(caseThemes) as [CaseTheme, ...CaseTheme[]];

/** What sort of record a document is; the workspace groups and labels documents by kind. */
export const documentKinds = {
  charge: 'Charge',
  'case-summary': 'Prosecution case summary',
  'previous-convictions': 'Previous convictions',
  'police-domestic-abuse': 'Police domestic abuse information',
  'childrens-social-care': 'Children’s social care response',
  'adult-social-care': 'Adult social care',
  'custody-report': 'Custody report',
  'hostel-report': 'Hostel or approved premises report',
  'interview-record': 'Interview record',
  'agency-letter': 'Letter from another agency',
  'multi-agency-minutes': 'Multi-agency meeting minutes',
  'court-record': 'Court record',
  licence: 'Licence',
  'contact-log': 'Probation contact log',
  'police-report': 'Police report',
  'assessment-report': 'Specialist assessment',
  message: 'Email or telephone note',
} as const;
export type DocumentKind = keyof typeof documentKinds;
const documentKindIds = Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]];

/** When a document becomes readable in an attempt. */
export const releaseTriggerSchema = z.discriminatedUnion('kind', [
  /** In the case file from the start. */
  z.strictObject({ kind: z.literal('start') }),
  /** Released once the trainee has finished this section of one of the case's templates. */
  z.strictObject({ kind: z.literal('afterSection'), templateId: localIdSchema, sectionId: localIdSchema }),
  /** Released when the trainee presses "continue the case" for the `step`th time (steps count from 1). */
  z.strictObject({ kind: z.literal('continue'), step: z.number().int().min(1).max(20) }),
  /**
   * Released only when the trainee asks an interview question whose `releases` names it: a check they now
   * know to make. Never released otherwise, so it must be named by a reachable question.
   */
  z.strictObject({ kind: z.literal('interview') }),
]);
export type ReleaseTrigger = z.infer<typeof releaseTriggerSchema>;

export const itemRefSchema = z.strictObject({ templateId: localIdSchema, itemId: localIdSchema });

/** One turn in an interview record. */
export const dialogueTurnSchema = z.strictObject({
  /** As printed in the record, e.g. "PP" or "Ryan". */
  speaker: text(80),
  role: z.enum(['practitioner', 'person', 'other']),
  text: text(4000),
});

/**
 * The body of a document, block by block, so the workspace can lay it out, search it, and let a trainee
 * select and quote a passage. Blocks have no ids: a quote is kept as text with its document id.
 */
export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), text: text(200) }),
  z.strictObject({ kind: z.literal('paragraph'), text: text(6000) }),
  z.strictObject({ kind: z.literal('list'), items: z.array(text(1000)).min(1).max(60) }),
  /** Labelled details, as at the top of a form ("Date of birth: ..."). */
  z.strictObject({
    kind: z.literal('fields'),
    entries: z
      .array(z.strictObject({ label: text(120), value: text(1000) }))
      .min(1)
      .max(40),
  }),
  z.strictObject({
    kind: z.literal('table'),
    caption: text(300).optional(),
    columns: z.array(text(120)).min(1).max(10),
    rows: z
      .array(z.array(z.string().trim().max(1500)))
      .min(1)
      .max(200),
  }),
  z.strictObject({ kind: z.literal('dialogue'), turns: z.array(dialogueTurnSchema).min(1).max(200) }),
  /** A recorded outcome or aside that stands apart from the text, e.g. a "no trace" result. */
  z.strictObject({ kind: z.literal('note'), text: text(2000) }),
]);
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

export const caseDocumentSchema = z.strictObject({
  /** Stable within the case: evidence links and rules point at it. */
  id: localIdSchema,
  title: text(200),
  kind: z.enum(documentKindIds),
  /** The agency the document comes from, e.g. "Brindlemoor Police". */
  agency: text(200),
  /** Who wrote it, as a role or an invented name with a role. */
  author: text(200),
  date: caseDateSchema,
  release: releaseTriggerSchema,
  /**
   * For documents released later: what the workspace says is new, and which answers may need revisiting.
   * `validateCase` requires it for every document not released at the start.
   */
  newInformation: z
    .strictObject({
      headline: text(300),
      revisit: z.array(itemRefSchema).max(20),
    })
    .optional(),
  body: z.array(documentBlockSchema).min(1).max(300),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const roshLevelIds = ['low', 'medium', 'high', 'very-high'] as const;
export type RoshLevel = (typeof roshLevelIds)[number];
export const roshGroups = ['children', 'public', 'known-adult', 'staff', 'prisoners'] as const;

/** A range of ratings a tutor would find defensible for one group in one setting. */
export const roshRangeSchema = z.strictObject({
  group: z.enum(roshGroups),
  setting: z.enum(['community', 'custody']),
  /** Lowest and highest defensible level, e.g. medium to high. */
  from: z.enum(roshLevelIds),
  to: z.enum(roshLevelIds),
  reasons: text(3000),
  documentRefs: z.array(localIdSchema).max(20),
  /**
   * How the range moves once a late document is in the file. When it moves, a rating outside the new range
   * after the document arrives raises a question (`rangeRecheckRules`), for every group that moves.
   */
  afterNewInformation: z
    .strictObject({
      documentId: localIdSchema,
      from: z.enum(roshLevelIds),
      to: z.enum(roshLevelIds),
      reasons: text(3000),
      /**
       * The tutor's question for a rating outside the new range, in the case's own terms. Without it the
       * question is worded from the document's title and the group.
       */
      question: text(1000).optional(),
    })
    .optional(),
});
export type RoshRange = z.infer<typeof roshRangeSchema>;

export const evidencePointSchema = z.strictObject({
  point: text(2000),
  documentRefs: z.array(localIdSchema).min(1).max(20),
});

/**
 * TUTOR-ONLY. Hidden from the trainee until the attempt is marked finished; the workspace does the hiding
 * and `caseForTrainee` strips it. Framed as points for discussion (`TUTOR_NOTES_FRAMING`), never as the answer.
 */
export const tutorNotesSchema = z.strictObject({
  /** What the case is for, in a sentence or two. */
  teachingFocus: text(2000),
  /** Risks and evidence a sound assessment should find, each pointing at documents. */
  keyEvidence: z.array(evidencePointSchema).min(1).max(40),
  roshRanges: z.array(roshRangeSchema).min(1).max(10),
  /** Risk to the person themself and other risks worth discussing. */
  riskToSelf: text(3000).optional(),
  mappa: text(2000),
  discussionPoints: z.array(text(2000)).min(1).max(30),
  pitfalls: z.array(text(2000)).min(1).max(30),
});
export type TutorNotes = z.infer<typeof tutorNotesSchema>;

/**
 * Facts the quality rules read as `case.facts.<name>`. Those the built-in templates' rules read
 * (`builtinCaseFacts`) every case declares; the call-out counts and the other facts without `.optional()`
 * are required too, and the rest are optional and used by case rules.
 */
export const caseFactsSchema = z.strictObject({
  /** Police domestic abuse call-outs in the file at the start (the person as perpetrator or victim). */
  daCallouts: z.number().int().min(0).max(100),
  /**
   * Of those call-outs, the ones where the person was the alleged perpetrator (not the victim): what a
   * domestic abuse screening answer and the known adult's rating must account for.
   */
  daPerpetratorCallouts: z.number().int().min(0).max(100),
  /** Children live with, or stay with, the person. */
  childrenInHousehold: z.boolean(),
  /** A reply from children's social care is in the file at the start. */
  safeguardingResponseOnFile: z.boolean(),
  /** The police recorded "no trace" of domestic abuse. */
  daNoTrace: z.boolean(),
  onLicence: z.boolean(),
  /** The MAPPA category the case file supports; 0 when not eligible. */
  mappaCategory: z.number().int().min(0).max(4),
  custodyHistory: z.boolean(),
  weaponInvolved: z.boolean().optional(),
  sexualOffence: z.boolean().optional(),
  selfHarmHistory: z.boolean().optional(),
  substanceMisuse: z.boolean().optional(),
  homeless: z.boolean().optional(),
  peerGroupOffending: z.boolean().optional(),
  accountContradicted: z.boolean().optional(),
  learningDisabilityOrAutism: z.boolean().optional(),
  exploitationConcern: z.boolean().optional(),
  daVictim: z.boolean().optional(),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

/**
 * A fact a sound analysis would weigh, with the passage it comes from. The text analysis asks about it when
 * the sections where it matters are written and none of them refers to it in any of the `refersTo` ways.
 */
export const keyEvidenceSchema = z.strictObject({
  id: localIdSchema,
  documentId: localIdSchema,
  /** The words in the document, as they appear there. */
  passage: text(2000),
  /** Why it matters, shown to the trainee once the exercise is done. */
  why: text(2000),
  /** How feedback names it in a question, e.g. "the call-out of 14/11". */
  label: text(200),
  /** The sections whose writing should refer to it; any one of them referring to it is enough. */
  sections: z.array(sectionRefSchema).min(1).max(10),
  /**
   * Names, terms, dates and synonyms a trainee might use for it. Matched by word stem, so "call-out" finds
   * "call-outs"; a date written as 14/11 also finds "14 November" and "14th November".
   */
  refersTo: z.array(text(120)).min(1).max(60),
});
export type KeyEvidence = z.infer<typeof keyEvidenceSchema>;

/**
 * A scripted interview the trainee holds with the person: what they learn depends on what they ask.
 *
 * Questions open at the start unless another question's `unlocks` names them (a follow-up). Asking a
 * question may reveal interview facts (things the case file alone never says), release case-file
 * documents (a check the trainee now knows to make) and unlock follow-ups. `validateCase` reports
 * unreachable questions, facts no reachable question reveals, and unknown ids, each with its path.
 */
export const interviewQuestionStyles = {
  open: 'Open question',
  closed: 'Closed question',
  leading: 'Leading question',
  compound: 'Several questions at once',
  abstract: 'Abstract or hypothetical question',
} as const;
export type InterviewQuestionStyle = keyof typeof interviewQuestionStyles;
const questionStyleIds = Object.keys(interviewQuestionStyles) as [
  InterviewQuestionStyle,
  ...InterviewQuestionStyle[],
];

/** How the person answers: the transcript never labels it; the tutor notes may. */
export const interviewReplyKinds = {
  full: 'A full answer',
  partial: 'A partial answer',
  evasive: 'An evasive answer',
  confused: 'A confused answer',
  contradicted: 'An answer the records contradict',
} as const;
export type InterviewReplyKind = keyof typeof interviewReplyKinds;
const replyKindIds = Object.keys(interviewReplyKinds) as [InterviewReplyKind, ...InterviewReplyKind[]];

export const interviewQuestionSchema = z.strictObject({
  id: localIdSchema,
  /** One of the interview's topic ids: the screen groups questions by topic. */
  topic: localIdSchema,
  /** As the trainee would say it. Poor and leading questions belong in the list too. */
  ask: text(500),
  style: z.enum(questionStyleIds).default('open'),
  /** The person's reply, as the transcript shows it. */
  reply: text(4000),
  replyKind: z.enum(replyKindIds).default('full'),
  /** Case-file documents that contradict the reply (for the tutor notes), when `replyKind` is contradicted. */
  contradictedBy: z.array(localIdSchema).max(10).optional(),
  /** Follow-up questions this one makes available. */
  unlocks: z.array(localIdSchema).max(20).optional(),
  /** Interview facts this question uncovers. */
  reveals: z.array(localIdSchema).max(20).optional(),
  /** Case-file documents that asking this question puts in the case file. */
  releases: z.array(localIdSchema).max(20).optional(),
  /** Minutes of the appointment the question and its answer take; counts only against `timeBudgetMinutes`. */
  minutes: z.number().int().min(1).max(60).default(2),
  /** Set on the questions a tutor would expect asked: why it matters, for the tutor notes after finishing. */
  key: z.strictObject({ why: text(1500) }).optional(),
});
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const interviewSchema = z.strictObject({
  title: text(200),
  /** Where and when the appointment happens, shown above the questions. */
  setting: text(1500),
  /** An appointment's length: the trainee may choose to work to it; it is never imposed. */
  timeBudgetMinutes: z.number().int().min(5).max(240).optional(),
  topics: z
    .array(z.strictObject({ id: localIdSchema, label: text(120) }))
    .min(1)
    .max(20),
  questions: z.array(interviewQuestionSchema).min(1).max(150),
  /** What asking can uncover. Rules read whether each was uncovered (`interview.uncovered.<id>`). */
  facts: z
    .array(
      z.strictObject({
        id: localIdSchema,
        /** A short statement of the fact, for the tutor notes ("A new partner, Jade, stays most nights"). */
        label: text(300),
        /** Why it matters to the assessment, for the tutor notes when it was never uncovered. */
        significance: text(1500),
      }),
    )
    .max(60),
  /** For the tutor notes: why the questions were written as they were (e.g. fitting communication needs). */
  tutorNote: text(3000).optional(),
});
export type CaseInterview = z.infer<typeof interviewSchema>;

export const casePersonSchema = z.strictObject({
  /** Invented. */
  name: text(120),
  age: z.number().int().min(10).max(110),
  pronouns: text(40),
  /** A line or two: where they live, with whom, and the order or licence they are on. */
  circumstances: text(1000),
});

export const caseSchema = z.strictObject({
  format: z.literal(CASE_FORMAT),
  id: authoredIdSchema,
  version: z.number().int().min(1),
  title: text(200),
  /** For the home screen: what the case is about, without giving the analysis away. */
  summary: text(1000),
  /** What the trainee is asked to do, and at what point in the case. */
  task: text(2000),
  themes: z.array(z.enum(themeIds)).min(1).max(10),
  difficulty: z.enum(difficulties),
  estimatedMinutes: z.number().int().min(10).max(600),
  /** The standard notice (`CASE_PRACTICE_NOTICE`) when a case file leaves it out. */
  practiceNotice: text(1000).default(CASE_PRACTICE_NOTICE),
  person: casePersonSchema,
  /** Template ids, in working order. */
  templateSet: z.array(localIdSchema).min(1).max(20),
  documents: z.array(caseDocumentSchema).min(1).max(MAX_CASE_DOCUMENTS),
  facts: caseFactsSchema,
  rules: z.array(qualityRuleSchema).max(MAX_CASE_RULES),
  tutorNotes: tutorNotesSchema,
  /** Reserved for the key-evidence exercise a later issue adds; no built-in case carries it yet. */
  keyEvidence: z.array(keyEvidenceSchema).max(40).optional(),
  /** A scripted interview: what the trainee learns depends on what they ask. */
  interview: interviewSchema.optional(),
});
export type PracticeCase = z.infer<typeof caseSchema>;
/** What a case author writes: the parsed shape, except that `practiceNotice` may be left out. */
export type PracticeCaseInput = z.input<typeof caseSchema>;
