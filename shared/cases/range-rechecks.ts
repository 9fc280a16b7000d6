import { qualityRuleSchema, type QualityRule } from '../rules/schema';
import type { JsonLogic } from '../templates/logic-schema';
import { roshLevelIds, type PracticeCase, type RoshLevel, type RoshRange } from './schema';

/**
 * The late-document re-check, for every group: when a late document moves the defensible range for a group
 * (its tutor notes' `afterNewInformation`), a rating for that group outside the new range, once the document
 * is in the file, raises a question. One rule per moving group and direction, so a case whose late document
 * changes the picture for a partner and for her children asks about both, not only the one a rule author
 * happened to write.
 *
 * The rules are derived from the tutor notes rather than written beside them, so a range and its re-check
 * cannot drift apart. They read the risk of serious harm analysis's grid, so a case without that template
 * gets none.
 */

const analysisId = 'rosh-analysis';
const gridId = 'rosh-grid';

const groupPhrases: Record<RoshRange['group'], string> = {
  children: 'children',
  public: 'the public',
  'known-adult': 'the known adult',
  staff: 'staff',
  prisoners: 'other prisoners',
};
const levelWords: Record<RoshLevel, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  'very-high': 'very high',
};

const rank = (level: RoshLevel): number => roshLevelIds.indexOf(level);
const levelsBelow = (level: RoshLevel): RoshLevel[] => roshLevelIds.filter((l) => rank(l) < rank(level));
const levelsAbove = (level: RoshLevel): RoshLevel[] => roshLevelIds.filter((l) => rank(l) > rank(level));

/** The id of the re-check for `range` after its late document; `-above` for a ceiling that came down. */
export function rangeRecheckRuleId(range: RoshRange, direction: 'below' | 'above' = 'below'): string {
  const base = `recheck-${range.group}-${range.setting}-after-${range.afterNewInformation?.documentId ?? ''}`;
  return direction === 'below' ? base : `${base}-above`;
}

export function rangeRecheckRules(
  practiceCase: Pick<PracticeCase, 'templateSet' | 'documents' | 'tutorNotes'>,
): QualityRule[] {
  if (!practiceCase.templateSet.includes(analysisId)) return [];
  const titleOf = (id: string) => practiceCase.documents.find((doc) => doc.id === id)?.title ?? id;
  const rules: QualityRule[] = [];
  for (const range of practiceCase.tutorNotes.roshRanges) {
    const after = range.afterNewInformation;
    if (!after || (after.from === range.from && after.to === range.to)) continue;
    const cell = `answers.${analysisId}.${gridId}.${range.group}.${range.setting}`;
    const ratedIn = (levels: RoshLevel[]): JsonLogic => ({ in: [{ var: cell }, levels] });
    const releasedDoc: JsonLogic = { in: [after.documentId, { var: 'case.releasedDocuments' }] };
    const who = groupPhrases[range.group];
    const where = range.setting === 'custody' ? ' in custody' : '';
    const title = titleOf(after.documentId);
    const common = {
      severity: 'question' as const,
      itemRef: { templateId: analysisId, itemId: gridId },
      documentRef: after.documentId,
    };
    const below = levelsBelow(after.from);
    if (below.length > 0)
      rules.push({
        ...common,
        id: rangeRecheckRuleId(range, 'below'),
        when: { and: [releasedDoc, ratedIn(below)] },
        message:
          after.question ??
          `“${title}” is new since the start. What in it, or elsewhere in the file, still supports rating the risk to ${who}${where} below ${levelWords[after.from]}?`,
      });
    const above = levelsAbove(after.to);
    if (above.length > 0 && rank(after.to) < rank(range.to))
      rules.push({
        ...common,
        id: rangeRecheckRuleId(range, 'above'),
        when: { and: [releasedDoc, ratedIn(above)] },
        message: `“${title}” is new since the start. What in the file still supports rating the risk to ${who}${where} above ${levelWords[after.to]} now?`,
      });
  }
  return rules;
}

/** The case with a re-check for every group whose defensible range a late document moves. */
export function withRangeRechecks(practiceCase: PracticeCase): PracticeCase {
  return { ...practiceCase, rules: [...practiceCase.rules, ...rangeRecheckRules(practiceCase)] };
}

/**
 * The rules as authored: the case's rules without exact copies of its derived re-checks. What a data file,
 * a pack or an editor save holds, so loading it (which derives them again) never finds them twice.
 */
export function withoutDerivedRules<
  T extends Pick<PracticeCase, 'templateSet' | 'documents' | 'tutorNotes' | 'rules'>,
>(practiceCase: T): T {
  // Compared in the schema's key order, whatever order a rule's fields were written or derived in.
  const canonical = (rule: QualityRule) => JSON.stringify(qualityRuleSchema.parse(rule));
  const derived = new Set(rangeRecheckRules(practiceCase).map(canonical));
  return { ...practiceCase, rules: practiceCase.rules.filter((rule) => !derived.has(canonical(rule))) };
}

/** The case as its author wrote it: what `parseCase` turns back into the same case. */
export function authoredCase(practiceCase: PracticeCase): PracticeCase {
  return withoutDerivedRules(practiceCase);
}
