import type { AnyItem, ItemKind } from '../schema';
import { computedKind } from './computed';
import { dateKind } from './date';
import { evidenceReferenceKind } from './evidence-reference';
import { guidanceKind } from './guidance';
import { longTextKind } from './long-text';
import { multiChoiceKind } from './multi-choice';
import { numberKind } from './number';
import { ratingGridKind } from './rating-grid';
import { repeatingGroupKind } from './repeating-group';
import { shortTextKind } from './short-text';
import { singleChoiceKind } from './single-choice';
import type { KindRegistry, KindSpec } from './spec';
import { yesNoUnknownKind } from './yes-no-unknown';

/**
 * Every item kind's one home. The engine, validation, the PDF, compare and review ask this table rather
 * than switching on `item.kind`, so a new kind is one file here plus its line below (and the renderer's).
 */
export const kinds: KindRegistry = {
  guidance: guidanceKind,
  shortText: shortTextKind,
  longText: longTextKind,
  singleChoice: singleChoiceKind,
  multiChoice: multiChoiceKind,
  yesNoUnknown: yesNoUnknownKind,
  date: dateKind,
  number: numberKind,
  ratingGrid: ratingGridKind,
  repeatingGroup: repeatingGroupKind,
  evidenceReference: evidenceReferenceKind,
  computed: computedKind,
};

/**
 * The spec of an item's kind, typed for any item. The registry is keyed by kind, so the spec found is the
 * one for this item; TypeScript cannot follow that link through a union, hence the widening cast.
 */
export function kindOf<I extends AnyItem>(item: I): KindSpec<ItemKind> {
  return kinds[item.kind] as unknown as KindSpec<ItemKind>;
}

export type {
  AnswerSpec,
  DefinitionChecks,
  DiffContext,
  ItemOf,
  KindExamples,
  KindRegistry,
  KindSpec,
  PrintForm,
  WordsContext,
} from './spec';
