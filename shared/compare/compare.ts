import type { Attempt } from '../model/attempt';
import type { JsonValue } from '../model/json';
import type { AnswerValue } from '../templates/answers';
import { evaluateAttempt, type AttemptEvaluation, type CaseContext } from '../templates/engine';
import { kindOf } from '../templates/kinds';
import type { DiffBase } from '../templates/kinds/spec';
import type { AnyItem, RatingGridItem, Template, TemplateItem } from '../templates/schema';

/**
 * Compares two versions of an attempt, or two attempts of the same case, item by item, for the compare
 * screen and the PDF. Only what each side shows is compared (hidden items are left out, as in the PDF),
 * and values are given as the labels a person reads ("Medium", "Not known", "23/11/2026"), with ids kept
 * alongside for anything that needs them.
 */

export type {
  ChoicesItemDiff,
  EvidenceItemDiff,
  GridCellDiff,
  GridItemDiff,
  GroupItemDiff,
  ItemChange,
  ItemDiff,
  LevelDirection,
  RowDiff,
  TextItemDiff,
  ValueItemDiff,
} from './types';
import type { ItemDiff, LevelDirection } from './types';

export interface SectionDiff {
  templateId: string;
  sectionId: string;
  title: string;
  changed: boolean;
  items: ItemDiff[];
}

export interface TemplateDiff {
  templateId: string;
  title: string;
  sections: SectionDiff[];
}

export interface LevelChange {
  templateId: string;
  itemId: string;
  prompt: string;
  /** "Known adult, Community" for a grid cell; the item's prompt for a computed level. */
  where: string;
  before: string | null;
  after: string | null;
  direction: LevelDirection;
}

export interface SideInfo {
  attemptId: string;
  title: string;
  revision: number;
  updatedAt: string;
}

export interface AttemptComparison {
  before: SideInfo;
  after: SideInfo;
  templates: TemplateDiff[];
  /** Templates one side uses that are not available here, so they could not be compared. */
  missingTemplateIds: string[];
  summary: {
    itemsChanged: number;
    itemsAdded: number;
    itemsRemoved: number;
    /** Every grid cell and computed level that went up or down, for the headline ("RoSH raised"). */
    levelChanges: LevelChange[];
  };
}

export type ComparableAttempt = Pick<
  Attempt,
  'id' | 'title' | 'revision' | 'updatedAt' | 'answers' | 'templateIds' | 'caseId' | 'releasedDocumentIds'
>;

export interface CompareInput {
  templates: readonly Template[];
  before: ComparableAttempt;
  after: ComparableAttempt;
  /** The case's facts (both attempts are of the same case); conditions may read them. */
  caseFacts?: Record<string, JsonValue>;
}

interface Side {
  evaluation: AttemptEvaluation;
  answers: AttemptEvaluation['visibleAnswers'];
}

export function compareAttempts(input: CompareInput): AttemptComparison {
  const templateIds = [...new Set([...input.after.templateIds, ...input.before.templateIds])];
  const byId = new Map(input.templates.map((template) => [template.id, template]));
  const used = templateIds.map((id) => byId.get(id)).filter((t): t is Template => t !== undefined);
  const missingTemplateIds = templateIds.filter((id) => !byId.has(id));
  const sideOf = (attempt: ComparableAttempt): Side => {
    const caseContext: CaseContext = {
      caseId: attempt.caseId,
      facts: input.caseFacts ?? {},
      releasedDocumentIds: attempt.releasedDocumentIds,
    };
    const evaluation = evaluateAttempt({ templates: used, answers: attempt.answers, caseContext });
    return { evaluation, answers: evaluation.visibleAnswers };
  };
  const before = sideOf(input.before);
  const after = sideOf(input.after);
  const levelChanges: LevelChange[] = [];
  const templates = used.map((template) => {
    const levelScales = template.sections
      .flatMap((section) => section.items)
      .flatMap((item): RatingGridItem[] => {
        const print = kindOf(item).print(item);
        return print.form === 'grid' ? [print.item] : [];
      })
      .map((grid) => grid.levels.map((level) => level.id));
    return {
      templateId: template.id,
      title: template.title,
      sections: template.sections.map((section) => {
        const items = section.items
          .map((item) => diffTopItem(template, section.id, item, before, after, levelScales, levelChanges))
          .filter((diff): diff is ItemDiff => diff !== null);
        return {
          templateId: template.id,
          sectionId: section.id,
          title: section.title,
          changed: items.some((item) => item.change !== 'unchanged'),
          items,
        };
      }),
    };
  });
  const all = templates.flatMap((t) => t.sections.flatMap((s) => s.items));
  return {
    before: sideInfo(input.before),
    after: sideInfo(input.after),
    templates,
    missingTemplateIds,
    summary: {
      itemsChanged: all.filter((item) => item.change === 'changed').length,
      itemsAdded: all.filter((item) => item.change === 'added').length,
      itemsRemoved: all.filter((item) => item.change === 'removed').length,
      levelChanges,
    },
  };
}

function sideInfo(attempt: ComparableAttempt): SideInfo {
  return {
    attemptId: attempt.id,
    title: attempt.title,
    revision: attempt.revision,
    updatedAt: attempt.updatedAt,
  };
}

function diffTopItem(
  template: Template,
  sectionId: string,
  item: TemplateItem,
  before: Side,
  after: Side,
  levelScales: string[][],
  levelChanges: LevelChange[],
): ItemDiff | null {
  const base = { templateId: template.id, sectionId, itemId: item.id, prompt: promptOf(item) };
  const labels: Labels = { before: labelsFrom(before, template.id), after: labelsFrom(after, template.id) };
  const diff = diffItem(
    base,
    item,
    before.answers[template.id]?.[item.id] ?? null,
    after.answers[template.id]?.[item.id] ?? null,
    labels,
    { before: [], after: [] },
    {
      before: before.evaluation.computed[template.id]?.[item.id] ?? null,
      after: after.evaluation.computed[template.id]?.[item.id] ?? null,
      levelScales,
    },
  );
  if (diff?.kind === 'value' && diff.direction)
    levelChanges.push({
      templateId: template.id,
      itemId: item.id,
      prompt: base.prompt,
      where: base.prompt,
      before: diff.before,
      after: diff.after,
      direction: diff.direction,
    });
  if (diff?.kind === 'grid')
    for (const cell of diff.cells)
      if (cell.change === 'raised' || cell.change === 'lowered')
        levelChanges.push({
          templateId: template.id,
          itemId: item.id,
          prompt: base.prompt,
          where: `${cell.rowLabel}, ${cell.columnLabel}`,
          before: cell.before,
          after: cell.after,
          direction: cell.change,
        });
  return diff;
}

type Labeller = (id: string) => string;
/** The label of a choice on one side: options can come from another group's rows, so ask that side. */
type SideLabels = (itemId: string, rowPath: readonly string[]) => Labeller;
interface Labels {
  before: SideLabels;
  after: SideLabels;
}
interface RowPaths {
  before: readonly string[];
  after: readonly string[];
}
/** Computed values exist only at the top of a section; inside rows there are none. */
interface Computed {
  before: JsonValue;
  after: JsonValue;
  levelScales: readonly string[][];
}
const noComputed: Computed = { before: null, after: null, levelScales: [] };

function labelsFrom(side: Side, templateId: string): SideLabels {
  return (itemId, rowPath) => {
    const offered = side.evaluation.options(templateId, itemId, rowPath);
    return (choiceId) => offered.find((option) => option.id === choiceId)?.label ?? choiceId;
  };
}

function promptOf(item: AnyItem): string {
  return 'prompt' in item ? item.prompt : (item.title ?? '');
}

/** Each kind compares its own answers; a repeating group asks back here for the fields of its rows. */
function diffItem(
  base: DiffBase,
  item: AnyItem,
  before: AnswerValue | undefined,
  after: AnswerValue | undefined,
  labels: Labels,
  rowPaths: RowPaths,
  computed: Computed = noComputed,
): ItemDiff | null {
  return kindOf(item).diff(item, before ?? null, after ?? null, {
    base,
    labelBefore: labels.before(item.id, rowPaths.before),
    labelAfter: labels.after(item.id, rowPaths.after),
    computedBefore: computed.before,
    computedAfter: computed.after,
    levelScales: computed.levelScales,
    child: (child, childBefore, childAfter, beforeRowId, afterRowId) =>
      diffItem(
        { ...base, itemId: child.id, prompt: promptOf(child) },
        child,
        childBefore as AnswerValue,
        childAfter as AnswerValue,
        labels,
        {
          before: beforeRowId ? [...rowPaths.before, beforeRowId] : rowPaths.before,
          after: afterRowId ? [...rowPaths.after, afterRowId] : rowPaths.after,
        },
      ),
  });
}
