import type { JsonValue } from '../../model/json';
import { isRow, text, type Answers, type Row } from './saved-answers';

/**
 * Saved risk management plan answers from version 2 lifted to version 3. Registered in `../answer-migrations.ts`,
 * which the host runs (after keeping a backup of the file) when it opens an attempt whose
 * templateVersions['risk-management-plan'] is 2.
 *
 * Version 3 asks for each contingency line's owner as a role (with a name) and its timescale as a choice, and
 * splits "Multi-agency management (MAPPA or MARAC)" into its forums. Nothing the trainee wrote is dropped:
 * - the old free-text owner becomes the name, and the role is read from it only where the words leave no doubt;
 * - the old free-text timescale becomes a choice only where the words match one; otherwise it is kept in the
 *   action, so the trainee sees it and chooses;
 * - the old multi-agency choice is kept as a note in the controls detail, because it did not say which forum.
 */

/**
 * Owner words that name a role; the first match wins, so a line owned jointly ("the practitioner and the duty
 * manager") takes the more senior role, and the words stay as the name.
 */
const roleWords: ReadonlyArray<[RegExp, string]> = [
  [/\bduty\b/i, 'duty-officer'],
  [/\b(spo|senior probation officer|manager)\b/i, 'manager'],
  [/\bpolice\b/i, 'police'],
  [/\bchildren\S* (social care|services)\b/i, 'childrens-social-care'],
  [/\badult social care\b/i, 'adult-social-care'],
  [/\bapproved premises\b/i, 'approved-premises'],
  [/\bmappa\b/i, 'mappa-coordinator'],
  [
    /\b(probation practitioner|practitioner|probation officer|offender manager|case manager)\b/i,
    'practitioner',
  ],
];

const timescaleWords: ReadonlyArray<[RegExp, string]> = [
  [/\b(immediately|at once|straight away|without delay)\b/i, 'immediately'],
  [/\bsame (working )?day\b/i, 'same-day'],
  [/\b(24 hours|twenty-four hours|one day|a day)\b/i, 'within-24-hours'],
  [/\b(two|2) working days\b/i, 'within-two-working-days'],
  [/\bnext (contact|appointment|meeting|session)\b/i, 'next-contact'],
];

const match = (words: string, table: ReadonlyArray<[RegExp, string]>): string | undefined =>
  table.filter(([pattern]) => pattern.test(words)).map(([, id]) => id)[0];

function liftContingencyLine(row: Row): Row {
  const { who, 'by-when': byWhen, ...values } = row.values;
  const owner = text(who);
  const timescale = text(byWhen);
  const lifted: Record<string, JsonValue> = { ...values };
  if (owner) {
    lifted['who-name'] = owner.slice(0, 200);
    const role = match(owner, roleWords);
    if (role) lifted['who-role'] = role;
  }
  if (timescale) {
    const choice = match(timescale, timescaleWords);
    if (choice) lifted['how-quickly'] = choice;
    else {
      const action = text(values.action);
      lifted.action = [action, `How quickly, as first written: ${timescale}`].filter(Boolean).join('\n\n');
    }
  }
  return { rowId: row.rowId, values: lifted };
}

export function migrateRiskManagementPlanV2Answers(v2: Answers): Answers {
  const v3: Answers = { ...v2 };
  const lines = v2['contingency-lines'];
  if (Array.isArray(lines))
    v3['contingency-lines'] = lines.map((row) => (isRow(row) ? liftContingencyLine(row) : row));
  const controls = v2.controls;
  if (Array.isArray(controls) && controls.includes('multi-agency')) {
    v3.controls = controls.filter((control) => control !== 'multi-agency');
    const note =
      'Chosen before the plan named each forum: multi-agency management (MAPPA or MARAC). Choose the ones that apply.';
    const detail = text(v2['controls-detail']);
    v3['controls-detail'] = detail ? `${detail}\n\n${note}` : note;
  }
  return v3;
}
