import type { Attempt } from '../model/attempt';
import type { JsonValue } from '../model/json';
import { ownLabel } from '../model/own-key';
import type { AnswerValue, EvidenceReference, RepeatingGroupRow } from '../templates/answers';
import { gridCell, gridCells, isRepeatingGroupAnswer } from '../templates/answers';
import { formatIsoDate } from '../dates/format';
import {
  computedLabel,
  evaluateAttempt,
  type AttemptEvaluation,
  type CaseContext,
} from '../templates/engine';
import type {
  AnyItem,
  AnyRepeatingGroupItem,
  ComputedItem,
  RatingGridItem,
  Template,
  TemplateItem,
} from '../templates/schema';
import { yesNoUnknownLabels } from '../templates/schema';
import { diffWords, type TextPart } from './text-diff';

/**
 * Compares two versions of an attempt, or two attempts of the same case, item by item, for the compare
 * screen and the PDF. Only what each side shows is compared (hidden items are left out, as in the PDF),
 * and values are given as the labels a person reads ("Medium", "Not known", "23/11/2026"), with ids kept
 * alongside for anything that needs them.
 */

export type ItemChange = 'unchanged' | 'changed' | 'added' | 'removed';
/** For ordered levels (grid cells, computed levels such as the overall RoSH). */
export type LevelDirection = 'raised' | 'lowered';

interface ItemDiffBase {
  templateId: string;
  sectionId: string;
  itemId: string;
  prompt: string;
  change: ItemChange;
}

/** Long answers: a word-level diff. */
export interface TextItemDiff extends ItemDiffBase {
  kind: 'text';
  parts: TextPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

/** Short text, single choices, yes/no, dates, numbers and computed values: before and after. */
export interface ValueItemDiff extends ItemDiffBase {
  kind: 'value';
  before: string | null;
  after: string | null;
  /** Set when both values are levels of an ordered scale and they differ. */
  direction?: LevelDirection;
}

export interface ChoicesItemDiff extends ItemDiffBase {
  kind: 'choices';
  before: string[];
  after: string[];
  added: string[];
  removed: string[];
}

export interface GridCellDiff {
  rowId: string;
  rowLabel: string;
  columnId: string;
  columnLabel: string;
  beforeId: string | null;
  afterId: string | null;
  before: string | null;
  after: string | null;
  change: 'unchanged' | 'set' | 'cleared' | LevelDirection;
}

/** Rating grids (the RoSH grid): every cell, with raised and lowered ratings flagged. */
export interface GridItemDiff extends ItemDiffBase {
  kind: 'grid';
  cells: GridCellDiff[];
  raised: number;
  lowered: number;
}

export interface EvidenceItemDiff extends ItemDiffBase {
  kind: 'evidence';
  added: EvidenceReference[];
  removed: EvidenceReference[];
  kept: number;
}

export interface RowDiff {
  beforeRowId: string | null;
  afterRowId: string | null;
  /** e.g. "Objective 2" (numbered on the side that has the row, after first). */
  label: string;
  /** The row's first short answer, to tell rows apart: "Find stable accommodation". */
  summary: string | null;
  change: ItemChange;
  fields: ItemDiff[];
}

/** Repeating groups: rows added, removed and changed, with a diff of each field. */
export interface GroupItemDiff extends ItemDiffBase {
  kind: 'group';
  rowLabel: string;
  rows: RowDiff[];
}

export type ItemDiff =
  TextItemDiff | ValueItemDiff | ChoicesItemDiff | GridItemDiff | EvidenceItemDiff | GroupItemDiff;

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
      .filter((item): item is RatingGridItem => item.kind === 'ratingGrid')
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
  if (item.kind === 'guidance') return null;
  if (item.kind === 'computed') {
    const diff = diffComputed(
      base,
      item,
      before.evaluation.computed[template.id]?.[item.id] ?? null,
      after.evaluation.computed[template.id]?.[item.id] ?? null,
      levelScales,
    );
    if (diff.direction)
      levelChanges.push({
        templateId: template.id,
        itemId: item.id,
        prompt: base.prompt,
        where: base.prompt,
        before: diff.before,
        after: diff.after,
        direction: diff.direction,
      });
    return diff;
  }
  const labels: Labels = { before: labelsFrom(before, template.id), after: labelsFrom(after, template.id) };
  const diff = diffItem(
    base,
    item,
    before.answers[template.id]?.[item.id] ?? null,
    after.answers[template.id]?.[item.id] ?? null,
    labels,
    { before: [], after: [] },
  );
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

type Base = Omit<ItemDiffBase, 'change'>;
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

function labelsFrom(side: Side, templateId: string): SideLabels {
  return (itemId, rowPath) => {
    const offered = side.evaluation.options(templateId, itemId, rowPath);
    return (choiceId) => offered.find((option) => option.id === choiceId)?.label ?? choiceId;
  };
}

function promptOf(item: AnyItem): string {
  return 'prompt' in item ? item.prompt : (item.title ?? '');
}

function changeOf(hadBefore: boolean, hasAfter: boolean, same: boolean): ItemChange {
  if (!hadBefore && !hasAfter) return 'unchanged';
  if (!hadBefore) return 'added';
  if (!hasAfter) return 'removed';
  return same ? 'unchanged' : 'changed';
}

function diffComputed(
  base: Base,
  item: ComputedItem,
  before: JsonValue,
  after: JsonValue,
  levelScales: string[][],
): ValueItemDiff {
  const empty = (value: JsonValue) => value === null || value === '';
  const same = JSON.stringify(before) === JSON.stringify(after);
  const diff: ValueItemDiff = {
    ...base,
    kind: 'value',
    change: changeOf(!empty(before), !empty(after), same),
    before: empty(before) ? null : computedLabel(item, before),
    after: empty(after) ? null : computedLabel(item, after),
  };
  const direction = levelDirection(before, after, levelScales);
  return direction ? { ...diff, direction } : diff;
}

/** Raised or lowered when both values are levels of one ordered scale (a grid's levels, lowest first). */
function levelDirection(before: unknown, after: unknown, scales: string[][]): LevelDirection | undefined {
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return undefined;
  const scale = scales.find((levels) => levels.includes(before) && levels.includes(after));
  if (!scale) return undefined;
  return scale.indexOf(after) > scale.indexOf(before) ? 'raised' : 'lowered';
}

function diffItem(
  base: Base,
  item: AnyItem,
  before: AnswerValue | undefined,
  after: AnswerValue | undefined,
  labels: Labels,
  rowPaths: RowPaths,
): ItemDiff | null {
  const b = before ?? null;
  const a = after ?? null;
  const labelBefore = labels.before(item.id, rowPaths.before);
  const labelAfter = labels.after(item.id, rowPaths.after);
  switch (item.kind) {
    case 'guidance':
    case 'computed':
      return null;
    case 'longText': {
      const beforeText = typeof b === 'string' ? b : '';
      const afterText = typeof a === 'string' ? a : '';
      const text = diffWords(beforeText, afterText);
      return {
        ...base,
        kind: 'text',
        change: changeOf(beforeText.trim() !== '', afterText.trim() !== '', beforeText === afterText),
        ...text,
      };
    }
    case 'shortText':
    case 'singleChoice':
    case 'yesNoUnknown':
    case 'date':
    case 'number': {
      const show = (value: AnswerValue, label: Labeller): string | null => {
        if (value === null || value === '') return null;
        if (item.kind === 'singleChoice' && typeof value === 'string') return label(value);
        if (item.kind === 'yesNoUnknown' && typeof value === 'string')
          return ownLabel(yesNoUnknownLabels, value) ?? value;
        if (item.kind === 'date' && typeof value === 'string') return formatIsoDate(value);
        if (item.kind === 'number' && typeof value === 'number')
          return item.unit ? `${value} ${item.unit}` : String(value);
        return typeof value === 'string' ? value : JSON.stringify(value);
      };
      const beforeLabel = show(b, labelBefore);
      const afterLabel = show(a, labelAfter);
      return {
        ...base,
        kind: 'value',
        change: changeOf(beforeLabel !== null, afterLabel !== null, JSON.stringify(b) === JSON.stringify(a)),
        before: beforeLabel,
        after: afterLabel,
      };
    }
    case 'multiChoice': {
      const beforeIds = Array.isArray(b) ? (b as string[]) : [];
      const afterIds = Array.isArray(a) ? (a as string[]) : [];
      const added = afterIds.filter((id) => !beforeIds.includes(id));
      const removed = beforeIds.filter((id) => !afterIds.includes(id));
      return {
        ...base,
        kind: 'choices',
        change: changeOf(
          beforeIds.length > 0,
          afterIds.length > 0,
          added.length === 0 && removed.length === 0,
        ),
        before: beforeIds.map(labelBefore),
        after: afterIds.map(labelAfter),
        added: added.map(labelAfter),
        removed: removed.map(labelBefore),
      };
    }
    case 'ratingGrid':
      return diffGrid(base, item, b, a);
    case 'evidenceReference': {
      const key = (ref: EvidenceReference) => `${ref.documentId}\u0000${ref.quote}`;
      const beforeRefs = Array.isArray(b) ? (b as EvidenceReference[]) : [];
      const afterRefs = Array.isArray(a) ? (a as EvidenceReference[]) : [];
      const beforeKeys = new Set(beforeRefs.map(key));
      const afterKeys = new Set(afterRefs.map(key));
      const added = afterRefs.filter((ref) => !beforeKeys.has(key(ref)));
      const removed = beforeRefs.filter((ref) => !afterKeys.has(key(ref)));
      const notesChanged = afterRefs.some((ref) => {
        const twin = beforeRefs.find((other) => key(other) === key(ref));
        return twin !== undefined && (twin.note ?? '') !== (ref.note ?? '');
      });
      return {
        ...base,
        kind: 'evidence',
        change: changeOf(
          beforeRefs.length > 0,
          afterRefs.length > 0,
          added.length === 0 && removed.length === 0 && !notesChanged,
        ),
        added,
        removed,
        kept: afterRefs.length - added.length,
      };
    }
    case 'repeatingGroup':
      return diffGroup(base, item, b, a, labels, rowPaths);
  }
}

function diffGrid(base: Base, item: RatingGridItem, before: AnswerValue, after: AnswerValue): GridItemDiff {
  const levelIds = item.levels.map((level) => level.id);
  const label = (id: string | null) =>
    id === null ? null : (item.levels.find((l) => l.id === id)?.label ?? id);
  const cells = gridCells(item).map(({ rowId, columnId }): GridCellDiff => {
    const beforeId = gridCell(before, rowId, columnId);
    const afterId = gridCell(after, rowId, columnId);
    let change: GridCellDiff['change'] = 'unchanged';
    if (beforeId === null && afterId !== null) change = 'set';
    else if (beforeId !== null && afterId === null) change = 'cleared';
    else if (beforeId !== null && afterId !== null && beforeId !== afterId)
      change = levelIds.indexOf(afterId) > levelIds.indexOf(beforeId) ? 'raised' : 'lowered';
    return {
      rowId,
      rowLabel: item.rows.find((row) => row.id === rowId)?.label ?? rowId,
      columnId,
      columnLabel: item.columns.find((column) => column.id === columnId)?.label ?? columnId,
      beforeId,
      afterId,
      before: label(beforeId),
      after: label(afterId),
      change,
    };
  });
  const anyBefore = cells.some((cell) => cell.beforeId !== null);
  const anyAfter = cells.some((cell) => cell.afterId !== null);
  return {
    ...base,
    kind: 'grid',
    change: changeOf(
      anyBefore,
      anyAfter,
      cells.every((cell) => cell.change === 'unchanged'),
    ),
    cells,
    raised: cells.filter((cell) => cell.change === 'raised').length,
    lowered: cells.filter((cell) => cell.change === 'lowered').length,
  };
}

function rowsOf(value: AnswerValue): RepeatingGroupRow[] {
  return isRepeatingGroupAnswer(value) ? value : [];
}

/**
 * Rows are matched by their ids, which survive reordering and the removal of other rows. Two different
 * attempts share no row ids at all; then rows are paired in order, which is what a reader expects.
 */
function pairRows(
  before: RepeatingGroupRow[],
  after: RepeatingGroupRow[],
): Array<{ before: RepeatingGroupRow | null; after: RepeatingGroupRow | null }> {
  const beforeIndex = new Map(before.map((row, index) => [row.rowId, index]));
  const shareIds = after.some((row) => beforeIndex.has(row.rowId));
  if (!shareIds && before.length > 0 && after.length > 0) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => ({
      before: before[index] ?? null,
      after: after[index] ?? null,
    }));
  }
  const afterIds = new Set(after.map((row) => row.rowId));
  const pairs: Array<{ before: RepeatingGroupRow | null; after: RepeatingGroupRow | null }> = [];
  // Walk the new order, slotting each removed row in where it used to sit.
  let next = 0;
  const removedUpTo = (end: number) => {
    for (; next < end; next += 1) {
      const row = before[next]!;
      if (!afterIds.has(row.rowId)) pairs.push({ before: row, after: null });
    }
  };
  for (const row of after) {
    const twin = beforeIndex.get(row.rowId);
    if (twin === undefined) {
      pairs.push({ before: null, after: row });
      continue;
    }
    removedUpTo(twin);
    next = Math.max(next, twin + 1);
    pairs.push({ before: before[twin]!, after: row });
  }
  removedUpTo(before.length);
  return pairs;
}

function diffGroup(
  base: Base,
  item: AnyRepeatingGroupItem,
  before: AnswerValue,
  after: AnswerValue,
  labels: Labels,
  rowPaths: RowPaths,
): GroupItemDiff {
  const beforeRows = rowsOf(before);
  const afterRows = rowsOf(after);
  const rows = pairRows(beforeRows, afterRows).map(({ before: rowBefore, after: rowAfter }): RowDiff => {
    const fields = item.items
      .map((child) =>
        diffItem(
          { ...base, itemId: child.id, prompt: promptOf(child) },
          child,
          (rowBefore?.values[child.id] as AnswerValue | undefined) ?? null,
          (rowAfter?.values[child.id] as AnswerValue | undefined) ?? null,
          labels,
          {
            before: rowBefore ? [...rowPaths.before, rowBefore.rowId] : rowPaths.before,
            after: rowAfter ? [...rowPaths.after, rowAfter.rowId] : rowPaths.after,
          },
        ),
      )
      .filter((diff): diff is ItemDiff => diff !== null);
    const change: ItemChange = !rowBefore
      ? 'added'
      : !rowAfter
        ? 'removed'
        : fields.some((field) => field.change !== 'unchanged')
          ? 'changed'
          : 'unchanged';
    const position = rowAfter ? afterRows.indexOf(rowAfter) : beforeRows.indexOf(rowBefore!);
    return {
      beforeRowId: rowBefore?.rowId ?? null,
      afterRowId: rowAfter?.rowId ?? null,
      label: `${item.rowLabel} ${position + 1}`,
      summary: rowSummary(item, rowAfter ?? rowBefore),
      change,
      fields,
    };
  });
  return {
    ...base,
    kind: 'group',
    rowLabel: item.rowLabel,
    change: changeOf(
      beforeRows.length > 0,
      afterRows.length > 0,
      rows.every((row) => row.change === 'unchanged'),
    ),
    rows,
  };
}

function rowSummary(item: AnyRepeatingGroupItem, row: RepeatingGroupRow | null): string | null {
  if (!row) return null;
  for (const child of item.items) {
    if (child.kind !== 'shortText' && child.kind !== 'longText') continue;
    const value = row.values[child.id];
    if (typeof value === 'string' && value.trim()) {
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
    }
  }
  return null;
}
