import { CASE_FORMAT, CASE_PRACTICE_NOTICE } from '@shared/cases';
import type { CaseDocument, PracticeCase, PracticeCaseInput } from '@shared/cases';

/**
 * The case a tutor is writing, before it passes the checks. It has the case format's shape, so the same
 * `validateCase` that checks an imported pack checks it, with the same paths.
 */
export type CaseDraft = PracticeCaseInput;
export type DraftDocument = CaseDraft['documents'][number];
export type DraftInterview = NonNullable<CaseDraft['interview']>;
export type DraftQuestion = DraftInterview['questions'][number];

/** An id from words: lower case, dashes, starting with a letter (what `localIdSchema` accepts). */
export function idFromWords(words: string, fallback: string): string {
  const id = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || fallback;
}

/** An id not among `taken`, by adding -2, -3… */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `prefix-1`, or the first of `prefix-2`, `prefix-3`… not among `taken`. */
export function numberedId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function blankDocument(taken: Iterable<string>, date: string): DraftDocument {
  return {
    id: uniqueId('document', taken),
    title: '',
    kind: 'police-report',
    agency: '',
    author: '',
    date,
    release: { kind: 'start' },
    body: [],
  };
}

/** A new question in the first topic, open from the start (nothing unlocks it yet). */
export function blankInterviewQuestion(taken: Iterable<string>, topic: string): DraftQuestion {
  return {
    id: numberedId('question', taken),
    topic,
    ask: '',
    style: 'open',
    reply: '',
    replyKind: 'full',
    minutes: 2,
  };
}

/** An interview to start writing: one topic and one question, no facts yet. */
export function blankInterview(): DraftInterview {
  return {
    title: '',
    setting: '',
    topics: [{ id: 'topic-1', label: '' }],
    questions: [blankInterviewQuestion([], 'topic-1')],
    facts: [],
  };
}

/** A new case: every field the format needs, empty where only the tutor can say what goes there. */
export function blankCase(today: string): CaseDraft {
  return {
    format: CASE_FORMAT,
    id: 'my-practice-case',
    version: 1,
    title: '',
    summary: '',
    task: '',
    themes: [],
    difficulty: 'foundation',
    estimatedMinutes: 60,
    practiceNotice: CASE_PRACTICE_NOTICE,
    person: { name: '', age: 30, pronouns: '', circumstances: '' },
    templateSet: ['rosh-analysis'],
    documents: [blankDocument([], today)],
    facts: {
      daCallouts: 0,
      daPerpetratorCallouts: 0,
      childrenInHousehold: false,
      safeguardingResponseOnFile: false,
      daNoTrace: false,
      onLicence: false,
      mappaCategory: 0,
      custodyHistory: false,
    },
    rules: [],
    tutorNotes: {
      teachingFocus: '',
      keyEvidence: [],
      roshRanges: [],
      mappa: '',
      discussionPoints: [],
      pitfalls: [],
    },
  };
}

/** A built-in (or saved) case as the start of a new one: its own id, version 1, and a title that says so. */
export function duplicateCase(source: PracticeCase, takenIds: Iterable<string>): CaseDraft {
  const copy = structuredClone(source) as CaseDraft;
  return {
    ...copy,
    id: uniqueId(`${source.id}-copy`, takenIds),
    version: 1,
    title: `Copy of ${source.title}`.slice(0, 200),
  };
}

/** The draft's documents as the trainee's case file shows them; a document with no body yet shows a line. */
export function asCaseDocument(doc: DraftDocument): CaseDocument {
  return doc.body.length > 0
    ? (doc as CaseDocument)
    : ({ ...doc, body: [{ kind: 'note', text: 'No text yet.' }] } as CaseDocument);
}

type Path = readonly (string | number)[];

/**
 * A copy of `value` with the thing at `path` replaced, sharing everything off the path, so a keystroke in
 * one document leaves the others (and their previews) the same objects.
 */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, next);
    return copy as T;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const child = setAt(record[head as string], rest, next);
  if (child === undefined) {
    const { [head as string]: _removed, ...kept } = record;
    return kept as T;
  }
  return { ...record, [head as string]: child } as T;
}

export function getAt(value: unknown, path: Path): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
