import type { Attempt, EvidenceLink } from '@shared/model/attempt';
import type { EvidenceReference } from '@shared/templates';
import { catalogueTemplate, isAnswerable } from '@shared/templates';
import type { AttemptEvaluation, Template } from '@shared/templates';

/**
 * "Attach this passage as evidence to the current item", as decided in
 * docs/decisions/0002-evidence-homes.md: an evidenceReference item's answer is the quote itself (appended);
 * any other item gets an `Attempt.evidence` link (the quote supports that answer).
 */

/** Longest quote the attempt schema accepts; a longer selection is refused, not cut. */
export const MAX_QUOTE_LENGTH = 5000;

export interface AttachTarget {
  templateId: string;
  itemId: string;
  /** Where the quote goes: the item's own answer, or a supporting link. */
  home: 'answer' | 'link';
  label: string;
  /** For evidenceReference items: how many quotes the template allows. */
  maxReferences: number | null;
}

export type AttachOutcome =
  | { ok: true; attempt: Attempt; home: AttachTarget['home'] }
  | { ok: false; reason: 'empty' | 'too-long' | 'duplicate' | 'full'; message: string };

/** A selection as the trainee meant it: spaces and line breaks from the page tidied, nothing else changed. */
export function tidyQuote(selected: string): string {
  return selected
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

function shortLabel(prompt: string): string {
  const text = prompt.trim().replace(/[?.:]$/, '');
  return text.length <= 80 ? text : `${text.slice(0, Math.max(text.lastIndexOf(' ', 80), 40))}…`;
}

/**
 * The items of a section a passage can be attached to: visible, top-level, answerable ones (guidance and
 * computed values are not answers). Items inside a repeating group are reached through the group.
 */
export function attachTargetsFor(
  template: Template,
  sectionId: string,
  evaluation: Pick<AttemptEvaluation, 'visible'>,
): AttachTarget[] {
  const section = template.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return [];
  return section.items
    .filter((item) => evaluation.visible(template.id, item.id))
    .map((item) => attachTargetFor([template], template.id, item.id))
    .filter((target): target is AttachTarget => target !== null);
}

/** Looks an item up in a template set and says where a quote for it would go. */
export function attachTargetFor(
  templates: readonly Template[],
  templateId: string,
  itemId: string,
): AttachTarget | null {
  const template = templates.find((candidate) => candidate.id === templateId);
  const entry = template ? catalogueTemplate(template).items.get(itemId) : undefined;
  if (!template || !entry || entry.depth !== 0 || !isAnswerable(entry.item)) return null;
  const item = entry.item;
  return {
    templateId,
    itemId,
    home: item.kind === 'evidenceReference' ? 'answer' : 'link',
    label: shortLabel(item.prompt),
    maxReferences: item.kind === 'evidenceReference' ? (item.maxReferences ?? 100) : null,
  };
}

function referencesOf(attempt: Attempt, target: AttachTarget): EvidenceReference[] {
  const value = attempt.answers[target.templateId]?.[target.itemId];
  return Array.isArray(value) ? (value as unknown as EvidenceReference[]) : [];
}

export function attachPassage(
  attempt: Attempt,
  target: AttachTarget,
  documentId: string,
  selected: string,
  make: { now: () => Date; newId: () => string },
): AttachOutcome {
  const quote = tidyQuote(selected);
  if (quote === '')
    return { ok: false, reason: 'empty', message: 'Select some words in the document first.' };
  if (quote.length > MAX_QUOTE_LENGTH)
    return {
      ok: false,
      reason: 'too-long',
      message: `That passage is too long to attach (${quote.length.toLocaleString('en-GB')} characters; the most is ${MAX_QUOTE_LENGTH.toLocaleString('en-GB')}). Select a shorter part.`,
    };

  if (target.home === 'answer') {
    const existing = referencesOf(attempt, target);
    if (existing.some((ref) => ref.documentId === documentId && ref.quote === quote))
      return { ok: false, reason: 'duplicate', message: `That passage is already in “${target.label}”.` };
    if (target.maxReferences !== null && existing.length >= target.maxReferences)
      return {
        ok: false,
        reason: 'full',
        message: `“${target.label}” already holds ${target.maxReferences} passages, the most it allows. Remove one first.`,
      };
    const answers = {
      ...attempt.answers,
      [target.templateId]: {
        ...attempt.answers[target.templateId],
        [target.itemId]: [...existing, { documentId, quote }],
      },
    } as Attempt['answers'];
    return { ok: true, home: 'answer', attempt: { ...attempt, answers } };
  }

  if (
    attempt.evidence.some(
      (link) =>
        link.templateId === target.templateId &&
        link.itemId === target.itemId &&
        link.documentId === documentId &&
        link.quote === quote,
    )
  )
    return {
      ok: false,
      reason: 'duplicate',
      message: `That passage is already attached to “${target.label}”.`,
    };
  if (attempt.evidence.length >= 2000)
    return {
      ok: false,
      reason: 'full',
      message: 'This attempt already holds 2,000 attached passages, the most it can. Remove some first.',
    };
  const link: EvidenceLink = {
    id: make.newId(),
    templateId: target.templateId,
    itemId: target.itemId,
    documentId,
    quote,
    addedAt: make.now().toISOString(),
  };
  return { ok: true, home: 'link', attempt: { ...attempt, evidence: [...attempt.evidence, link] } };
}

/** What is attached to an item, from both homes, for showing beside the attach control. */
export interface AttachedPassage {
  home: AttachTarget['home'];
  /** The link id, or the index in the item's answer. */
  key: string;
  documentId: string;
  quote: string;
}

export function passagesAttachedTo(attempt: Attempt, target: AttachTarget): AttachedPassage[] {
  if (target.home === 'answer')
    return referencesOf(attempt, target).map((ref, index) => ({
      home: 'answer',
      key: String(index),
      documentId: ref.documentId,
      quote: ref.quote,
    }));
  return attempt.evidence
    .filter((link) => link.templateId === target.templateId && link.itemId === target.itemId)
    .map((link) => ({ home: 'link', key: link.id, documentId: link.documentId, quote: link.quote }));
}

export function detachPassage(attempt: Attempt, target: AttachTarget, passage: AttachedPassage): Attempt {
  if (passage.home === 'link')
    return { ...attempt, evidence: attempt.evidence.filter((link) => link.id !== passage.key) };
  const existing = referencesOf(attempt, target);
  const index = Number(passage.key);
  if (!Number.isInteger(index) || index < 0 || index >= existing.length) return attempt;
  const remaining = existing.filter((_, i) => i !== index);
  const templateAnswers: Record<string, unknown> = { ...attempt.answers[target.templateId] };
  // An emptied list is cleared, as the form does, so "answered" means at least one quote.
  if (remaining.length === 0) delete templateAnswers[target.itemId];
  else templateAnswers[target.itemId] = remaining;
  return {
    ...attempt,
    answers: { ...attempt.answers, [target.templateId]: templateAnswers } as Attempt['answers'],
  };
}
