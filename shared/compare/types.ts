import type { EvidenceReference } from '../templates/answers';
import type { TextPart } from './text-diff';

/** What a comparison says about one item: the shapes each item kind's `diff` produces. */

export type ItemChange = 'unchanged' | 'changed' | 'added' | 'removed';
/** For ordered levels (grid cells, computed levels such as the overall RoSH). */
export type LevelDirection = 'raised' | 'lowered';

export interface ItemDiffBase {
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
