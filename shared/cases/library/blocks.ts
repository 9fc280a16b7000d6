import type { JsonLogic } from '../../templates/logic-schema';
import type { DocumentBlock } from '../schema';

/**
 * Small builders that keep the case files readable as documents. They return plain data; nothing here
 * decides anything.
 */

export const heading = (text: string): DocumentBlock => ({ kind: 'heading', text });
export const para = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const note = (text: string): DocumentBlock => ({ kind: 'note', text });
export const list = (...items: string[]): DocumentBlock => ({ kind: 'list', items });

export const fields = (entries: Record<string, string>): DocumentBlock => ({
  kind: 'fields',
  entries: Object.entries(entries).map(([label, value]) => ({ label, value })),
});

export const table = (columns: string[], rows: string[][], caption?: string): DocumentBlock =>
  caption === undefined ? { kind: 'table', columns, rows } : { kind: 'table', columns, rows, caption };

type Role = 'practitioner' | 'person' | 'other';

/**
 * An interview record. `speakers` maps the label printed in the record to the speaker's role, so each turn
 * is written as `[label, text]`.
 */
export function dialogue(speakers: Record<string, Role>, turns: Array<[string, string]>): DocumentBlock {
  return {
    kind: 'dialogue',
    turns: turns.map(([speaker, text]) => {
      const role = speakers[speaker];
      if (!role) throw new Error(`dialogue: no role given for speaker '${speaker}'`);
      return { speaker, role, text };
    }),
  };
}

/** The columns every list of previous convictions uses. */
export const convictionColumns = ['Date', 'Court', 'Offence', 'Outcome'];

// Expression helpers for case rules. They build the same JSON Logic a tutor would write by hand.

/** `answers.<templateId>.<path>` */
export const answerOf = (templateId: string, path: string): JsonLogic => ({
  var: `answers.${templateId}.${path}`,
});
export const rosh = (path: string): JsonLogic => answerOf('rosh-analysis', path);
export const rmp = (path: string): JsonLogic => answerOf('risk-management-plan', path);
export const plan = (path: string): JsonLogic => answerOf('sentence-plan', path);
export const log = (path: string): JsonLogic => answerOf('reflective-log', path);
export const enquiries = (path: string): JsonLogic => answerOf('enquiries-log', path);

/** True once the document is in the trainee's case file. */
export const released = (documentId: string): JsonLogic => ({
  in: [documentId, { var: 'case.releasedDocuments' }],
});

/** The rated level of a RoSH grid cell is one of `levels` (an unrated cell is none of them). */
export const ratedAs = (group: string, setting: string, levels: string[]): JsonLogic => ({
  in: [rosh(`rosh-grid.${group}.${setting}`), levels],
});

export const isAnswered = (value: JsonLogic): JsonLogic => ({ answered: [value] });
export const notAnswered = (value: JsonLogic): JsonLogic => ({ '!': [{ answered: [value] }] });

/** The multiple-choice answer `value` has been given and does not include `optionId`. */
export const lacksOption = (value: JsonLogic, optionId: string): JsonLogic => ({
  and: [{ answered: [value] }, { '!': [{ in: [optionId, value] }] }],
});

/** Some row of the repeating group `rows` has `childItemId` equal to one of `values`. */
export const someRowWith = (rows: JsonLogic, childItemId: string, values: string[]): JsonLogic => ({
  some: [rows, { in: [{ var: `values.${childItemId}` }, values] }],
});

/** Some row of the repeating group `rows` has the multiple-choice `childItemId` including one of `values`. */
export const someRowChose = (rows: JsonLogic, childItemId: string, values: string[]): JsonLogic => ({
  some: [rows, { or: values.map((value) => ({ in: [value, { var: `values.${childItemId}` }] })) }],
});

/**
 * Reflective-log decision types that judge an absence or respond to non-compliance, as the template names
 * them: those that hold it against the person, and all of them (an acceptable absence and no action included).
 */
export const sanctionDecisionTypes = ['unacceptable-absence', 'warning', 'breach'];
export const absenceDecisionTypes = ['acceptable-absence', ...sanctionDecisionTypes, 'no-action'];
export const recallDecisionTypes = ['recall-fixed-term', 'recall-standard', 'recall-emergency'];

/** No row of the repeating group `rows` has `childItemId` equal to one of `values`. */
export const noRowWith = (rows: JsonLogic, childItemId: string, values: string[]): JsonLogic => ({
  none: [rows, { in: [{ var: `values.${childItemId}` }, values] }],
});
