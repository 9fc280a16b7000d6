import type { Attempt } from '@shared/model/attempt';
import type { InterviewReflection } from '@shared/cases';
import { catalogueTemplate, gridCell, hasContent } from '@shared/templates';
import type { AnswerValue, RepeatingGroupRow, Template } from '@shared/templates';

/**
 * After finishing, the reflective log opens with the attempt's own decisions laid out to reflect on: the
 * RoSH levels chosen (with the reasons the trainee gave), the MAPPA decision, the contingency lines, and the
 * interview (what was asked first, which key questions were not).
 * Only empty answers are filled; anything the trainee has written is never touched.
 */

export const REFLECTIVE_LOG = 'reflective-log';

export interface PrefillInput {
  attempt: Pick<Attempt, 'answers' | 'evidence'>;
  templates: readonly Template[];
  /** What the form shows (hidden answers left out): `evaluateAttempt(...).visibleAnswers`. */
  visibleAnswers: Readonly<Record<string, Readonly<Record<string, AnswerValue>> | undefined>>;
  caseTitle: string | null;
  /** Titles of case-file documents, for naming where a quote came from. */
  documentTitle: (documentId: string) => string | null;
  newRowId: () => string;
  /** The case's interview as held (`interviewReflection`); absent or null when the case has none. */
  interview?: InterviewReflection | null;
}

export interface Prefill {
  /** The reflective log's answers with the empty ones filled. */
  answers: Record<string, unknown>;
  /** Item ids filled, for telling the trainee what was started for them. */
  filled: string[];
  decisionCount: number;
}

const DECISION_MAX = 200;
const MAX_ROWS = 20;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

interface Decision {
  decision: string;
  reasons: string;
  evidence: string;
}

function labelOf(template: Template | undefined, itemId: string, optionId: unknown): string | null {
  if (!template || typeof optionId !== 'string') return null;
  const item = catalogueTemplate(template).items.get(itemId)?.item;
  if (!item || (item.kind !== 'singleChoice' && item.kind !== 'multiChoice')) return null;
  return item.options?.find((option) => option.id === optionId)?.label ?? null;
}

function quotesFor(input: PrefillInput, templateId: string, itemIds: readonly string[]): string {
  return input.attempt.evidence
    .filter((link) => link.templateId === templateId && itemIds.includes(link.itemId))
    .map((link) => {
      const title = input.documentTitle(link.documentId);
      return title ? `“${link.quote}” (${title})` : `“${link.quote}”`;
    })
    .join('\n');
}

function roshDecisions(input: PrefillInput): Decision[] {
  const template = input.templates.find((candidate) => candidate.id === 'rosh-analysis');
  const grid = template ? catalogueTemplate(template).items.get('rosh-grid')?.item : undefined;
  if (!template || !grid || grid.kind !== 'ratingGrid') return [];
  const answers = input.visibleAnswers['rosh-analysis'];
  const value = answers?.['rosh-grid'];
  const rationale = text(answers?.['level-rationale']);
  const quotes = quotesFor(input, 'rosh-analysis', ['rosh-grid', 'level-rationale']);
  const decisions: Decision[] = [];
  for (const row of grid.rows) {
    const parts = grid.columns
      .filter((column) => !row.columns || row.columns.includes(column.id))
      .map((column) => {
        const level = grid.levels.find((candidate) => candidate.id === gridCell(value, row.id, column.id));
        return level ? `${level.label.toLowerCase()} (${column.label.toLowerCase()})` : null;
      })
      .filter((part): part is string => part !== null);
    if (parts.length === 0) continue;
    decisions.push({
      decision: clip(`Risk of serious harm to ${row.label}: ${parts.join(', ')}`, DECISION_MAX),
      // The reasons were given once for the whole grid; they open the first row, and each later row asks
      // the trainee to say what was particular to that group.
      reasons: decisions.length === 0 ? rationale : '',
      evidence: decisions.length === 0 ? quotes : '',
    });
  }
  return decisions;
}

function mappaDecision(input: PrefillInput): Decision[] {
  const template = input.templates.find((candidate) => candidate.id === 'rosh-analysis');
  const answers = input.visibleAnswers['rosh-analysis'];
  const category = labelOf(template, 'mappa-category', answers?.['mappa-category']);
  if (!category) return [];
  const level = labelOf(template, 'mappa-level', answers?.['mappa-level']);
  return [
    {
      decision: clip(`MAPPA: ${category}${level ? `, ${level.toLowerCase()}` : ''}`, DECISION_MAX),
      reasons: text(answers?.['mappa-rationale']),
      evidence: quotesFor(input, 'rosh-analysis', ['mappa-category', 'mappa-level', 'mappa-rationale']),
    },
  ];
}

function contingencyDecisions(input: PrefillInput): Decision[] {
  const lines = input.visibleAnswers['risk-management-plan']?.['contingency-lines'];
  if (!Array.isArray(lines)) return [];
  return (lines as RepeatingGroupRow[])
    .map((row) => {
      const sign = text(row.values?.['warning-sign']);
      if (sign === '') return null;
      const plan = input.templates.find((candidate) => candidate.id === 'risk-management-plan');
      const who =
        text(row.values?.['who-name']) || (labelOf(plan, 'who-role', row.values?.['who-role']) ?? '');
      const when = (labelOf(plan, 'how-quickly', row.values?.['how-quickly']) ?? '').toLowerCase();
      const action = text(row.values?.['action']);
      const response = [who, when].filter((part) => part !== '').join(', ');
      return {
        decision: clip(`Contingency: if ${sign}${response ? `, then ${response}` : ''}`, DECISION_MAX),
        reasons: '',
        evidence: action ? `What I planned to do: ${action}` : '',
      };
    })
    .filter((decision): decision is Decision => decision !== null);
}

/** What was asked first in the interview, and the key questions not asked, to reflect on. */
function interviewDecision(input: PrefillInput): Decision[] {
  const held = input.interview;
  if (!held) return [];
  return [
    {
      decision: clip(
        held.firstAsked === null
          ? 'Interview: I did not ask the person anything'
          : `Interview: the first thing I asked was “${held.firstAsked}”`,
        DECISION_MAX,
      ),
      reasons: '',
      evidence:
        held.notAsked.length > 0
          ? `Key questions I did not ask: ${held.notAsked.map((q) => `“${q}”`).join('; ')}`
          : held.askedCount > 0
            ? 'I asked every key question.'
            : '',
    },
  ];
}

function rowOf(decision: Decision, rowId: string): RepeatingGroupRow {
  const values: Record<string, AnswerValue> = { decision: decision.decision };
  if (decision.reasons) values.reasons = decision.reasons;
  if (decision.evidence) values.evidence = decision.evidence;
  return { rowId, values };
}

/** The reflective log's answers with empty ones filled, or null when there is nothing to add. */
export function prefillReflectiveLog(input: PrefillInput): Prefill | null {
  if (!input.templates.some((template) => template.id === REFLECTIVE_LOG)) return null;
  const current: Record<string, unknown> = { ...input.attempt.answers[REFLECTIVE_LOG] };
  const filled: string[] = [];
  let decisionCount = 0;

  if (!hasContent(current.subject)) {
    current.subject = clip(
      input.caseTitle ? `My assessment of the practice case “${input.caseTitle}”` : 'My practice assessment',
      200,
    );
    filled.push('subject');
  }
  if (!hasContent(current.decisions)) {
    const decisions = [
      ...roshDecisions(input),
      ...mappaDecision(input),
      ...contingencyDecisions(input),
      ...interviewDecision(input),
    ].slice(0, MAX_ROWS);
    if (decisions.length > 0) {
      current.decisions = decisions.map((decision) => rowOf(decision, input.newRowId()));
      filled.push('decisions');
      decisionCount = decisions.length;
    }
  }
  if (filled.length === 0) return null;
  return { answers: current, filled, decisionCount };
}
