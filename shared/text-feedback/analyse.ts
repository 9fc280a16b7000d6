import type { ItemRef, SectionRef } from '../rules/schema';
import type { AttemptAnswers } from '../templates/answers';
import type { Template } from '../templates/schema';
import {
  acceptance,
  accountTalk,
  concreteAction,
  genericPlan,
  groupNames,
  hedges,
  levelWords,
  namedRole,
  riskConcepts,
  riskTalk,
  testing,
  timescale,
  type GroupId,
} from './lexicon';
import { cueHits, findPhrase, hasCue, wordsOf, type CueList } from './match';
import { analyseText, phraseStems, type Sentence } from './nlp';
import { textPieces, type TextPiece } from './pieces';

export const textFindingKinds = [
  'evidence-not-mentioned',
  'account-as-fact',
  'generic-plan',
  'risk-not-planned',
  'prose-contradicts-rating',
] as const;
export type TextFindingKind = (typeof textFindingKinds)[number];

/** A fact the case says a sound analysis would weigh (the case format's key evidence, as the analysis reads it). */
export interface EvidenceToWeigh {
  id: string;
  documentId: string;
  /** How a finding names it, e.g. "the call-out of 14/11". */
  label: string;
  passage: string;
  /** The sections whose prose should refer to it. */
  sections: readonly SectionRef[];
  /** Names, terms, dates and synonyms a trainee might use for it. */
  refersTo: readonly string[];
}

export interface TextFeedbackInput {
  templates: readonly Template[];
  answers: AttemptAnswers;
  keyEvidence?: readonly EvidenceToWeigh[];
  /** Only evidence from released documents is asked about. */
  releasedDocumentIds: readonly string[];
}

/** A reflective finding from the text: the question, where it points and why it spoke. Never a score. */
export interface TextFinding {
  /** Stable for the same concern, so a finding set aside stays set aside while the text changes. */
  id: string;
  kind: TextFindingKind;
  /** A tutor's question. */
  message: string;
  /** Why it spoke, in plain words. */
  why: string;
  sectionRef: SectionRef;
  itemRef?: ItemRef;
  rowId?: string;
  documentRef?: string;
  /** The trainee's sentence it concerns, or the document passage for evidence not mentioned. */
  quote?: string;
}

const ANALYSIS_TEMPLATE = 'rosh-analysis';
const PLAN_TEMPLATES = new Set(['risk-management-plan', 'sentence-plan']);
const ACCOUNT_SECTIONS = new Set(['offence']);
const RISK_NAMING_ITEMS = new Set(['factor', 'explanation', 'imminence']);
const RATING_TEXT_ITEMS = new Set([
  'level-rationale',
  'nature-of-harm',
  'who-at-risk',
  'imminence',
  'explanation',
]);
/** A section with fewer words than this has not been written yet; emptiness is the rules' business. */
const MIN_SECTION_WORDS = 25;
const MAX_PER_KIND = 3;

interface ReadPiece extends TextPiece {
  sentences: Sentence[];
  words: number;
}

function sectionTitle(templates: readonly Template[], ref: SectionRef): string {
  const template = templates.find((t) => t.id === ref.templateId);
  return template?.sections.find((s) => s.id === ref.sectionId)?.title ?? ref.sectionId;
}

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function refOf(piece: TextPiece): Pick<TextFinding, 'sectionRef' | 'itemRef' | 'rowId'> {
  return {
    sectionRef: { templateId: piece.templateId, sectionId: piece.sectionId },
    itemRef: { templateId: piece.templateId, itemId: piece.itemId },
    ...(piece.rowId ? { rowId: piece.rowId } : {}),
  };
}

function trimQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "14/11" also stands for "14/11/2026", "14.11.26", "14 November" and "14th of November". */
function referenceForms(reference: string): string[] {
  const date = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(reference.trim());
  if (!date) return [reference];
  const day = Number(date[1]);
  const month = months[Number(date[2]) - 1];
  if (!month) return [reference];
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return [
    `${day} ${month}`,
    `${day}${suffix} ${month}`,
    `${day}${suffix} of ${month}`,
    `${month} ${day}`,
    `${month} ${day}${suffix}`,
  ];
}

function mentions(piece: ReadPiece, reference: string): boolean {
  const date = /^(\d{1,2})[/.](\d{1,2})/.exec(reference.trim());
  if (date) {
    const pattern = new RegExp(`(^|\\D)0?${Number(date[1])}[/.]0?${Number(date[2])}(\\D|$)`);
    if (pattern.test(piece.text)) return true;
  }
  return referenceForms(reference).some((form) => {
    const stems = phraseStems(form);
    return stems.length > 0 && piece.sentences.some((s) => findPhrase(s, stems) >= 0);
  });
}

function quotesEvidence(piece: TextPiece, evidence: EvidenceToWeigh): boolean {
  const passage = evidence.passage.toLowerCase();
  return (piece.quotes ?? []).some((q) => {
    const quote = q.quote.trim().toLowerCase();
    return (
      q.documentId === evidence.documentId &&
      quote.length >= 12 &&
      (passage.includes(quote) || quote.includes(passage))
    );
  });
}

/**
 * Whether the writing refers to one piece of key evidence: `unread` when its document is not in the file yet
 * or the sections where it matters are not written yet (nothing to judge), else `referred` or `not-mentioned`.
 */
export type EvidenceReference = 'referred' | 'not-mentioned' | 'unread';

function evidenceReference(
  input: TextFeedbackInput,
  pieces: readonly ReadPiece[],
  evidence: EvidenceToWeigh,
): EvidenceReference {
  if (!input.releasedDocumentIds.includes(evidence.documentId)) return 'unread';
  const inSections = pieces.filter((p) =>
    evidence.sections.some((s) => s.templateId === p.templateId && s.sectionId === p.sectionId),
  );
  const written = inSections.filter((p) => p.source === 'written');
  if (written.reduce((sum, p) => sum + p.words, 0) < MIN_SECTION_WORDS) return 'unread';
  const referred = inSections.some(
    (p) => quotesEvidence(p, evidence) || evidence.refersTo.some((reference) => mentions(p, reference)),
  );
  return referred ? 'referred' : 'not-mentioned';
}

function evidenceNotMentioned(input: TextFeedbackInput, pieces: readonly ReadPiece[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const evidence of input.keyEvidence ?? []) {
    if (evidenceReference(input, pieces, evidence) !== 'not-mentioned') continue;
    const titles = evidence.sections.map((s) => sectionTitle(input.templates, s));
    const first = evidence.sections[0];
    if (!first) continue;
    findings.push({
      id: `evidence-not-mentioned:${evidence.id}`,
      kind: 'evidence-not-mentioned',
      message: `Nothing in ${orList(titles)} mentions ${evidence.label}. Did you weigh it, and what does it tell you?`,
      why: `No mention of ${evidence.label} in ${orList(titles)} (looked for ${orList(evidence.refersTo.slice(0, 4).map((r) => `“${r}”`))}).`,
      sectionRef: first,
      documentRef: evidence.documentId,
      quote: trimQuote(evidence.passage),
    });
  }
  return findings;
}

function accountAsFact(input: TextFeedbackInput, pieces: readonly ReadPiece[]): TextFinding[] {
  const account = pieces.filter(
    (p) =>
      p.templateId === ANALYSIS_TEMPLATE &&
      p.source === 'written' &&
      (ACCOUNT_SECTIONS.has(p.sectionId) || p.sectionId === 'full-analysis'),
  );
  const tested = account.some((p) => p.sentences.some((s) => hasCue(s, testing)));
  if (tested) return [];
  for (const piece of account) {
    for (const sentence of piece.sentences) {
      if (hasCue(sentence, acceptance) && hasCue(sentence, accountTalk, { allowNegated: true })) {
        return [
          {
            id: `account-as-fact:${piece.templateId}`,
            kind: 'account-as-fact',
            message:
              'You take the person’s account as it stands. What do the records (the case summary, witnesses, the police or the court) say, and where do they differ?',
            why: `“${trimQuote(sentence.text)}” accepts the account, and nothing in ${sectionTitle(input.templates, { templateId: piece.templateId, sectionId: 'offence' })} or ${sectionTitle(input.templates, { templateId: piece.templateId, sectionId: 'full-analysis' })} compares it with another source.`,
            ...refOf(piece),
            quote: trimQuote(sentence.text),
          },
        ];
      }
    }
  }
  return [];
}

function genericPlanLines(input: TextFeedbackInput, pieces: readonly ReadPiece[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const piece of pieces) {
    if (!PLAN_TEMPLATES.has(piece.templateId) || piece.source !== 'written') continue;
    for (const sentence of piece.sentences) {
      if (!hasCue(sentence, genericPlan, { allowNegated: true })) continue;
      const specific =
        hasCue(sentence, namedRole, { allowNegated: true }) ||
        hasCue(sentence, timescale, { allowNegated: true }) ||
        hasCue(sentence, concreteAction, { allowNegated: true }) ||
        /\d/.test(sentence.text);
      // The row's chosen role and timescale do not rescue a line whose words say nothing about what is done.
      if (specific) continue;
      const phrase = cueHits(sentence, genericPlan)[0];
      const words = wordsOf(sentence);
      const said = phrase
        ? words
            .slice(phrase.at, phrase.at + phrase.length)
            .map((t) => t.normal)
            .join(' ')
        : 'it';
      findings.push({
        id: `generic-plan:${piece.templateId}:${piece.itemId}:${piece.rowId ?? ''}`,
        kind: 'generic-plan',
        message: `“${said}”: what exactly would be done, who would do it, and how quickly? What sign would start it?`,
        why: `“${trimQuote(sentence.text)}” in ${sectionTitle(input.templates, { templateId: piece.templateId, sectionId: piece.sectionId })} names no warning sign, role or timescale.`,
        ...refOf(piece),
        quote: trimQuote(sentence.text),
      });
      break;
    }
    if (findings.length >= MAX_PER_KIND) break;
  }
  return findings;
}

function riskNotPlanned(input: TextFeedbackInput, pieces: readonly ReadPiece[]): TextFinding[] {
  const plan = pieces.filter((p) => PLAN_TEMPLATES.has(p.templateId));
  const planWords = plan.filter((p) => p.source === 'written').reduce((sum, p) => sum + p.words, 0);
  if (planWords < MIN_SECTION_WORDS) return [];
  const naming = pieces.filter(
    (p) => p.templateId === ANALYSIS_TEMPLATE && p.source === 'written' && RISK_NAMING_ITEMS.has(p.itemId),
  );
  const findings: TextFinding[] = [];
  for (const concept of riskConcepts) {
    let where: { piece: ReadPiece; sentence: Sentence } | null = null;
    for (const piece of naming) {
      const sentence = piece.sentences.find((s) => hasCue(s, concept.names));
      if (sentence) {
        where = { piece, sentence };
        break;
      }
    }
    if (!where) continue;
    const answered = plan.some((p) =>
      p.sentences.some((s) => hasCue(s, concept.answers, { allowNegated: true })),
    );
    if (answered) continue;
    findings.push({
      id: `risk-not-planned:${concept.id}`,
      kind: 'risk-not-planned',
      message: `Your analysis names ${concept.label} as part of the risk. Where does the plan answer it?`,
      why: `“${trimQuote(where.sentence.text)}” names ${concept.label}, and no part of the plan mentions it.`,
      ...refOf(where.piece),
      quote: trimQuote(where.sentence.text),
    });
    if (findings.length >= MAX_PER_KIND) break;
  }
  return findings;
}

const levelLabel: Record<string, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  'very-high': 'very high',
};
const groupLabel: Record<GroupId, string> = {
  children: 'children',
  public: 'the public',
  'known-adult': 'the known adult',
  staff: 'staff',
};

function statedLevel(sentence: Sentence): string | null {
  const words = wordsOf(sentence);
  const levels = new Set<string>();
  for (const hit of cueHits(sentence, levelWords)) {
    if (hit.negated) return null;
    const text = words
      .slice(hit.at, hit.at + hit.length)
      .map((t) => t.normal)
      .join(' ');
    if (text === 'high' && words[hit.at - 1]?.normal === 'very') continue;
    levels.add(text === 'very high' ? 'very-high' : text);
  }
  return levels.size === 1 ? ([...levels][0] ?? null) : null;
}

function groupsNamed(sentence: Sentence): GroupId[] {
  return (Object.keys(groupNames) as GroupId[]).filter((group) =>
    hasCue(sentence, groupNames[group] as CueList, { allowNegated: true }),
  );
}

function gridRatings(answers: AttemptAnswers): Record<string, string> {
  const grid = answers[ANALYSIS_TEMPLATE]?.['rosh-grid'];
  const out: Record<string, string> = {};
  if (typeof grid !== 'object' || grid === null || Array.isArray(grid)) return out;
  for (const [row, cells] of Object.entries(grid)) {
    const community = (cells as Record<string, unknown> | null)?.['community'];
    if (typeof community === 'string') out[row] = community;
  }
  return out;
}

function proseContradictsRating(input: TextFeedbackInput, pieces: readonly ReadPiece[]): TextFinding[] {
  const ratings = gridRatings(input.answers);
  const findings: TextFinding[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    if (
      piece.templateId !== ANALYSIS_TEMPLATE ||
      piece.source !== 'written' ||
      !RATING_TEXT_ITEMS.has(piece.itemId)
    )
      continue;
    for (const sentence of piece.sentences) {
      if (
        !hasCue(sentence, riskTalk, { allowNegated: true }) ||
        hasCue(sentence, hedges, { allowNegated: true })
      )
        continue;
      const stated = statedLevel(sentence);
      const groups = groupsNamed(sentence);
      const group = groups.length === 1 ? groups[0] : undefined;
      if (!stated || !group) continue;
      const rated = ratings[group];
      if (!rated || rated === stated || seen.has(group)) continue;
      seen.add(group);
      findings.push({
        id: `prose-contradicts-rating:${group}`,
        kind: 'prose-contradicts-rating',
        message: `Your writing argues ${levelLabel[stated] ?? stated} for ${groupLabel[group]}, but the grid says ${levelLabel[rated] ?? rated}. Which does the evidence support?`,
        why: `“${trimQuote(sentence.text)}” against the grid’s ${levelLabel[rated] ?? rated} for ${groupLabel[group]} in the community.`,
        ...refOf(piece),
        quote: trimQuote(sentence.text),
      });
    }
  }
  return findings;
}

/**
 * The text analysis: reads every written answer and asks a tutor's questions about it. Pure and
 * deterministic (same answers, same findings, in the same order); runs offline.
 */
export function analyseAttemptText(input: TextFeedbackInput): TextFinding[] {
  const pieces = readPieces(input);
  return [
    ...evidenceNotMentioned(input, pieces),
    ...accountAsFact(input, pieces),
    ...genericPlanLines(input, pieces),
    ...riskNotPlanned(input, pieces),
    ...proseContradictsRating(input, pieces),
  ];
}

function readPieces(input: TextFeedbackInput): ReadPiece[] {
  return textPieces(input.templates, input.answers).map((piece) => {
    const read = analyseText(piece.text);
    return { ...piece, sentences: read.sentences, words: read.words };
  });
}

/**
 * For each piece of key evidence, whether the writing refers to it: the same test the "evidence not
 * mentioned" question uses, so a tutor's cohort view and the trainee's feedback never disagree.
 */
export function keyEvidenceReferences(input: TextFeedbackInput): Record<string, EvidenceReference> {
  const pieces = readPieces(input);
  const result: Record<string, EvidenceReference> = {};
  for (const evidence of input.keyEvidence ?? [])
    result[evidence.id] = evidenceReference(input, pieces, evidence);
  return result;
}
