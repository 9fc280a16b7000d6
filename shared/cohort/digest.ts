import type { PracticeCase } from '../cases/schema';
import type { Attempt } from '../model/attempt';
import type { RuleResult } from '../rules/schema';
import { catalogueTemplate } from '../templates/catalogue';
import type { Template } from '../templates/schema';
import { keyEvidenceReferences } from '../text-feedback';
import { decisionSources } from './decisions';
import type { CohortDigest } from './summary';

/** Works out an attempt's cohort digest (see `cohortDigestSchema`). Host side: it runs the text analysis. */
const ANALYSIS = 'rosh-analysis';
const GRID = 'rosh-grid';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function choicesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export interface DigestInput {
  attempt: Pick<Attempt, 'answers' | 'evidence' | 'releasedDocumentIds' | 'interview'>;
  /** The case at the attempt's version; absent for an own case. */
  practiceCase?: Pick<PracticeCase, 'keyEvidence' | 'interview' | 'documents'>;
  /** The attempt's templates, for the text analysis. */
  templates: readonly Template[];
  ruleResults: readonly RuleResult[];
  /** Whether a top-level item is shown (a hidden item's leftover answer records no decision). */
  visible?: (templateId: string, itemId: string) => boolean;
}

export function cohortDigestFor(input: DigestInput): CohortDigest {
  const { attempt, practiceCase } = input;
  const ratings: Record<string, string> = {};
  const grid = attempt.answers[ANALYSIS]?.[GRID];
  if (isRecord(grid))
    for (const [group, settings] of Object.entries(grid))
      if (isRecord(settings))
        for (const [setting, level] of Object.entries(settings))
          if (typeof level === 'string') ratings[`${group}/${setting}`] = level;

  const questions = [
    ...new Set(
      input.ruleResults
        .filter((r) => r.severity === 'question' || r.severity === 'warning')
        .map((r) => r.ruleId),
    ),
  ];

  const keyEvidence = practiceCase?.keyEvidence ?? [];
  const references =
    keyEvidence.length > 0
      ? keyEvidenceReferences({
          templates: input.templates,
          answers: attempt.answers,
          keyEvidence,
          releasedDocumentIds: attempt.releasedDocumentIds,
        })
      : {};
  const judged = Object.values(references).filter((r) => r !== 'unread').length;
  const referred = Object.entries(references)
    .filter(([, r]) => r === 'referred')
    .map(([id]) => id);

  const keyQuestions = practiceCase?.interview?.questions.filter((q) => q.key).map((q) => q.id) ?? [];
  const asked = new Set((attempt.interview?.asked ?? []).map((a) => a.questionId));
  const interview = practiceCase?.interview
    ? { asked: keyQuestions.filter((id) => asked.has(id)).length, of: keyQuestions.length }
    : null;

  const decisions = new Set<string>();
  for (const source of decisionSources) {
    const answers = attempt.answers[source.templateId];
    if (!answers) continue;
    const values: unknown[] = [];
    if (source.groupId) {
      const rows = answers[source.groupId];
      if (Array.isArray(rows))
        for (const row of rows)
          if (isRecord(row) && isRecord(row.values)) values.push(row.values[source.itemId]);
    } else if (input.visible?.(source.templateId, source.itemId) ?? true) values.push(answers[source.itemId]);
    for (const choice of values.flatMap(choicesOf))
      if (!source.ignore?.includes(choice)) decisions.add(`${source.id}:${choice}`);
  }

  const startDocs = new Set(
    (practiceCase?.documents ?? []).filter((d) => d.release.kind === 'start').map((d) => d.id),
  );
  return {
    ratings,
    questions,
    evidence: { referred, judged },
    documentsCited: documentsCited(input),
    interview,
    decisions: [...decisions],
    released: attempt.releasedDocumentIds.filter((id) => !startDocs.has(id)),
  };
}

/**
 * The case-file documents the trainee quoted: passages attached beside answers, and the documents named in
 * the templates' evidence items ("Evidence from the case file").
 */
function documentsCited(input: DigestInput): string[] {
  const cited = new Set(input.attempt.evidence.map((link) => link.documentId));
  for (const template of input.templates)
    for (const entry of catalogueTemplate(template).items.values()) {
      if (entry.item.kind !== 'evidenceReference' || entry.group) continue;
      const value = input.attempt.answers[template.id]?.[entry.item.id];
      if (Array.isArray(value))
        for (const quote of value)
          if (isRecord(quote) && typeof quote.documentId === 'string') cited.add(quote.documentId);
    }
  return [...cited];
}
