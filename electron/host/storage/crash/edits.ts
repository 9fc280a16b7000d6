import type { Attempt } from '@shared/model/attempt';

/**
 * The edits the crash child makes and the parent checks. Edit k of a run sets slot `k % SLOTS` of one
 * attempt's answers to k, and every edit numbers are unique and rising across the whole run, so "the
 * file contains acknowledged edit k" is: the slot holds k or a later edit.
 */
export const SLOTS = 40;
export const TEMPLATE_ID = 'crash-test';
/** Big enough that a write takes a while, so kills land inside writes as well as between them. */
export const FILLER_CHARS = 30_000;

export function slotKey(slot: number): string {
  return `slot-${slot}`;
}

export function applyEdit(attempt: Attempt, k: number): Attempt {
  const answers = { ...(attempt.answers[TEMPLATE_ID] ?? {}) };
  answers[slotKey(k % SLOTS)] = k;
  const renamed = k % 11 === 0;
  return {
    ...attempt,
    // Now and then change a listed field, so the index is written at once as well.
    title: renamed ? `Crash practice ${k}` : attempt.title,
    answers: { ...attempt.answers, [TEMPLATE_ID]: answers },
  };
}

export function editsIn(attempt: Attempt): Map<number, number> {
  const slots = new Map<number, number>();
  const answers = attempt.answers[TEMPLATE_ID] ?? {};
  for (let slot = 0; slot < SLOTS; slot += 1) {
    const value = answers[slotKey(slot)];
    if (typeof value === 'number') slots.set(slot, value);
  }
  return slots;
}

/** One line on the child's stdout per acknowledged save; the parent trusts nothing else. */
export interface AckLine {
  type: 'ack';
  id: string;
  revision: number;
  edit: number;
}

export interface ReadyLine {
  type: 'ready';
  ids: string[];
  notices: number;
}

export type ChildLine = AckLine | ReadyLine;
