import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addAction,
  addDiscussionPoint,
  createSupervisionRecord,
  recordOutcome,
  setReflection,
  type EditContext,
} from '@shared/supervision/record';
import { pdfInfo, pdfText } from '../pdf/poppler-for-tests';
import { createSupervisionPdfExport, supervisionFileName } from './supervision-pdf';

function context(): EditContext {
  let n = 0;
  return {
    now: () => new Date('2026-11-23T14:00:00.000Z'),
    newId: () => `sup-${String((n += 1)).padStart(6, '0')}`,
  };
}

const ctx = context();
const attempts = [{ attemptId: 'attempt-0001', title: 'Practice: Lee Cotter' }];
let first = createSupervisionRecord(
  { date: '2026-11-02', participants: 'Sam Okafor (trainee)', model: 'kolb', attempts },
  ctx,
);
first = addAction(first, { text: 'Request the call-out log', owner: 'Sam', dueDate: '2026-11-06' }, ctx);
let record = createSupervisionRecord(
  { date: '2026-11-23', participants: 'Siân Ellis-Ŵyn (trainee), Dana Whitcombe', model: 'schon', attempts },
  ctx,
  first,
);
record = setReflection(record, 'on-action', 'I would ask the police for call-outs before rating.', ctx);
record = addDiscussionPoint(
  record,
  { attemptId: 'attempt-0001', templateId: 'rosh-analysis', itemId: 'rosh-grid', notes: 'Why low for her?' },
  ctx,
);
record = recordOutcome(record, first.actions[0]!.id, 'partly', 'One of two logs came back.', ctx);
record = addAction(record, { text: 'Rewrite the grid reasons', owner: 'Siân', dueDate: '2026-11-30' }, ctx);

const flat = (text: string) => text.replace(/\s+/g, ' ');
const folder = mkdtempSync(join(tmpdir(), 'casework-supervision-pdf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('exporting a supervision record as a PDF', () => {
  it('reads back with everything a tutor needs, in Welsh letters too', async () => {
    const { render } = createSupervisionPdfExport({
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    });
    const { bytes, pages } = await render(record);
    expect(pages).toBeGreaterThanOrEqual(1);
    const text = flat(pdfText(bytes));
    for (const expected of [
      'Reflective supervision record',
      'Supervision on 23/11/2026',
      'Siân Ellis-Ŵyn (trainee), Dana Whitcombe',
      'Practice: Lee Cotter',
      'Follow-up of the session on 02/11/2026',
      'Partly done',
      'One of two logs came back.',
      'Reflection (Schön)',
      'I would ask the police for call-outs before rating.',
      'Why low for her?',
      'Rewrite the grid reasons',
      '30/11/2026',
      'Practice - fictional case - not for operational use',
    ])
      expect(text).toContain(expected);
    expect(pdfInfo(bytes)['Title']).toBe('Reflective supervision record: Supervision on 23/11/2026');
  });

  it('writes the file the save dialog chose, and nothing when the dialog is closed', async () => {
    const chosen: string[] = [];
    let answer: string | null = join(folder, 'record.pdf');
    const service = createSupervisionPdfExport({
      dialogs: {
        chooseSavePath: async ({ defaultName }) => {
          chosen.push(defaultName);
          return answer;
        },
        chooseOpenPath: async () => null,
      },
    });
    const saved = await service.exportSupervisionPdf({ record });
    expect(saved).toMatchObject({ saved: true, fileName: 'record.pdf' });
    expect(chosen).toEqual(['Supervision - 2026-11-23 - Siân Ellis-Ŵyn.pdf']);
    expect(flat(pdfText(readFileSync(join(folder, 'record.pdf'))))).toContain('Rewrite the grid reasons');

    answer = null;
    expect(await service.exportSupervisionPdf({ record })).toEqual({ saved: false });
  });

  it('names files safely whatever the participants field holds', () => {
    expect(supervisionFileName({ ...record, participants: 'a/b:c*?"<>|' })).toBe(
      'Supervision - 2026-11-23 - a b c.pdf',
    );
    expect(supervisionFileName({ ...record, participants: '(nobody named)' })).toBe(
      'Supervision - 2026-11-23 - Record.pdf',
    );
  });
});
