import { z } from 'zod';
import { authoredIdSchema } from '../../model/attempt';
import { answerableBase, hasContent, listReference } from './base';
import { changeOf } from './diff';
import type { KindSpec } from './spec';

/** Quote a passage of a case-file document, with an optional note. */
export const evidenceReferenceItemSchema = z.strictObject({
  kind: z.literal('evidenceReference'),
  ...answerableBase,
  maxReferences: z.number().int().min(1).max(100).optional(),
});

export interface EvidenceReference {
  documentId: string;
  quote: string;
  note?: string;
}
export type EvidenceReferenceAnswer = EvidenceReference[];

export const evidenceReferenceSchema = z.strictObject({
  documentId: authoredIdSchema,
  quote: z.string().min(1).max(5000),
  note: z.string().max(5000).optional(),
});
export const evidenceReferenceAnswerSchema = z.array(evidenceReferenceSchema).max(100);

const references = (value: unknown): EvidenceReference[] =>
  Array.isArray(value) ? (value as EvidenceReference[]) : [];

export const evidenceReferenceKind: KindSpec<'evidenceReference'> = {
  kind: 'evidenceReference',
  schema: evidenceReferenceItemSchema,
  answer: {
    describe: 'quoted passages',
    schema: evidenceReferenceAnswerSchema,
    hasShape: (value) => evidenceReferenceAnswerSchema.safeParse(value).success,
    check: (item, value) =>
      item.maxReferences !== undefined && (value as unknown[]).length > item.maxReferences
        ? `Quote no more than ${item.maxReferences} passages here.`
        : null,
    requiredMessage: () => 'Quote at least one passage.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: listReference,
  checkDefinition: () => {},
  words: (_item, value) => {
    const quoted = references(value).map(
      (reference) =>
        `“${reference.quote.trim()}” (${reference.documentId})${reference.note ? ` ${reference.note}` : ''}`,
    );
    return quoted.length > 0 ? quoted.join('; ') : null;
  },
  // A quote is the same quote when it is the same passage of the same document; its note may change.
  diff: (_item, before, after, ctx) => {
    const key = (ref: EvidenceReference) => `${ref.documentId}\u0000${ref.quote}`;
    const beforeRefs = references(before);
    const afterRefs = references(after);
    const beforeKeys = new Set(beforeRefs.map(key));
    const afterKeys = new Set(afterRefs.map(key));
    const added = afterRefs.filter((ref) => !beforeKeys.has(key(ref)));
    const removed = beforeRefs.filter((ref) => !afterKeys.has(key(ref)));
    const notesChanged = afterRefs.some((ref) => {
      const twin = beforeRefs.find((other) => key(other) === key(ref));
      return twin !== undefined && (twin.note ?? '') !== (ref.note ?? '');
    });
    return {
      ...ctx.base,
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
  },
  print: () => ({ form: 'quotes' }),
  examples: {
    item: {
      kind: 'evidenceReference',
      id: 'example-evidence',
      prompt: 'Quote the evidence',
      maxReferences: 3,
    },
    answers: [
      [{ documentId: 'police-summary', quote: 'He was seen leaving the shop.', note: 'Seen by a witness' }],
      [{ documentId: 'police-summary', quote: 'He ran.' }],
    ],
    words: '“He was seen leaving the shop.” (police-summary) Seen by a witness',
  },
};
