import type { z } from 'zod';
import type { ItemDiff, ItemDiffBase } from '../../compare/types';
import type { JsonValue } from '../../model/json';
import type { JsonLogic } from '../logic-schema';
import type {
  AnyItem,
  AnyRepeatingGroupItem,
  ChoiceOption,
  ComputedItem,
  ItemKind,
  OptionsFrom,
  RatingGridItem,
} from '../schema';

/** The item of one kind, at any depth (a repeating group may be a top-level or a nested one). */
export type ItemOf<K extends ItemKind> = Extract<AnyItem, { kind: K }>;

/** What an item kind's answer is and how it is checked. Guidance and computed items take no answer. */
export interface AnswerSpec<I> {
  /** The answer in a few words, for "The saved answer is not in the form this question expects (…)". */
  describe: string;
  /** The zod schema of the stored answer, for the renderer and importers. */
  schema: z.ZodType;
  /** The same test as `schema`, written out by hand because the engine asks it on every keystroke. */
  hasShape(value: unknown): boolean;
  /** Problems beyond the shape (option ids, ranges, counts); `value` has the right shape. */
  check(item: I, value: unknown, offered: readonly ChoiceOption[] | undefined): string | null;
  /** Said when a required item has no answer. */
  requiredMessage(item: I): string;
  /** Whether a required item is satisfied. */
  isAnswered(item: I, value: unknown): boolean;
}

/** The checks validate.ts offers a kind for its item definition, bound to the item's path and scope. */
export interface DefinitionChecks {
  /** The item's path, e.g. `sections[1].items[3]`. */
  path: string;
  fail(at: string, message: string): void;
  unique(list: ReadonlyArray<{ id: string }>, at: string, noun: string): void;
  expression(expression: JsonLogic | undefined, at: string): void;
  optionsFrom(source: OptionsFrom, at: string): void;
}

/** How a condition reads a kind's answer: its parts (grid cells, rows, list entries) and its values. */
export interface ReferenceSpec<I> {
  /**
   * Reading `rest`, the path after the item's id (`rowId.columnId` of a grid): the depth reached, a problem,
   * or null when the answer has no parts to read.
   */
  parts(item: I, rest: readonly string[], named: string): { depth: number } | { error: string } | null;
  /** The values a condition may compare the answer at `depth` with, or null when any value may be. */
  literals(item: I, depth: number): { allowed: readonly string[]; noun: string } | null;
}

/** What turning an answer into words needs from its surroundings: the labels of the choices on offer. */
export interface WordsContext {
  optionLabel(id: string): string;
}

export type DiffBase = Omit<ItemDiffBase, 'change'>;

/** What a kind's diff needs from the comparison: both sides' labels, and a way to diff a row's fields. */
export interface DiffContext {
  base: DiffBase;
  labelBefore(id: string): string;
  labelAfter(id: string): string;
  /** Computed values on each side (top-level computed items only; null elsewhere). */
  computedBefore: JsonValue;
  computedAfter: JsonValue;
  /** The ordered level scales of the section's grids, lowest first, so a computed level can say raised. */
  levelScales: readonly string[][];
  /** The diff of one field of a row; the row ids are null on the side that has no such row. */
  child(
    child: AnyItem,
    before: unknown,
    after: unknown,
    beforeRowId: string | null,
    afterRowId: string | null,
  ): ItemDiff | null;
}

/**
 * How the PDF lays out an answer. Most kinds are words ('text') or a list of words ('list'); the rest name
 * the PDF's own layouts, carrying the item typed for them.
 */
export type PrintForm =
  | { form: 'text'; columnWeight: number }
  | { form: 'list'; columnWeight: number; entries: (value: unknown, ctx: WordsContext) => string[] }
  | { form: 'grid'; item: RatingGridItem }
  | { form: 'rows'; item: AnyRepeatingGroupItem }
  | { form: 'quotes' }
  | { form: 'computed'; item: ComputedItem }
  | { form: 'none' };

/** Examples as data: an item definition and answers it accepts, for tests and the authoring guide. */
export interface KindExamples<I> {
  item: I;
  /** Each is a complete, valid answer; the first is the one the tests print and compare. */
  answers: readonly JsonValue[];
  /** The first answer in plain words, as `words` gives it (kinds that take an answer). */
  words?: string;
}

/** Everything pure that is particular to one item kind. */
export interface KindSpec<K extends ItemKind> {
  kind: K;
  /** The item definition's schema (for a repeating group: the top-level one). */
  schema: z.ZodType;
  answer: AnswerSpec<ItemOf<K>> | null;
  reference: ReferenceSpec<ItemOf<K>>;
  /** Checks on the definition beyond the schema (option ids unique, min not above max, …). */
  checkDefinition(item: ItemOf<K>, checks: DefinitionChecks): void;
  /**
   * The answer as plain words on one line, or null when there is nothing to say: the one home the PDF,
   * compare, review, search and exports use. `value` is a stored value of the right shape.
   */
  words(item: ItemOf<K>, value: unknown, ctx: WordsContext): string | null;
  /** The comparison of two answers (or computed values), or null for items that have nothing to compare. */
  diff(item: ItemOf<K>, before: unknown, after: unknown, ctx: DiffContext): ItemDiff | null;
  print(item: ItemOf<K>): PrintForm;
  examples: KindExamples<ItemOf<K>>;
}

/** One spec per kind: a kind with no spec, or a spec under the wrong key, is a compile error. */
export type KindRegistry = { [K in ItemKind]: KindSpec<K> };
