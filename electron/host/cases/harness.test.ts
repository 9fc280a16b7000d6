import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/contract';
import { startHarness, tokenHeader, type Harness } from '../../../e2e/harness/server';
import { exampleCaseText as exampleText } from './__fixtures__/example-case';

/**
 * The case channels over the e2e harness's loopback transport, as the renderer in Chromium reaches them:
 * the harness checks every response against the contract, so a handler that drifted from it fails here.
 */

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
});

async function open(): Promise<{
  harness: Harness;
  send: <T>(method: string, payload: unknown) => Promise<Envelope<T>>;
}> {
  // The channels are all this test uses, so a stand-in page does instead of a renderer build.
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-harness-page-'));
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Cases</title><script src="/app.js"></script>',
  );
  const harness = await startHarness({ rendererDir, log: () => undefined });
  harnesses.push(harness);
  const send = async <T>(method: string, payload: unknown): Promise<Envelope<T>> => {
    const response = await fetch(`${harness.url}__casework/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: harness.token },
      body: JSON.stringify({ payload }),
    });
    return (await response.json()) as Envelope<T>;
  };
  return { harness, send };
}

describe('case channels through the harness', () => {
  it('a tutor saves and exports a case; a second copy imports it; a hostile pack is refused', async () => {
    const tutor = await open();
    const saved = await tutor.send('saveCase', {
      practiceCase: (JSON.parse(exampleText) as { case: unknown }).case,
    });
    expect(saved).toMatchObject({ ok: true, value: { caseId: 'farrant-new-partner', version: 1 } });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-harness-'));
    const file = path.join(dir, 'jodie.caseworkcase');
    tutor.harness.setNextDialogAnswer(file);
    expect(await tutor.send('exportCase', { caseId: 'farrant-new-partner' })).toMatchObject({
      ok: true,
      value: { saved: true },
    });

    const other = await open();
    other.harness.setNextDialogAnswer(file);
    expect(await other.send('importCase', {})).toMatchObject({
      ok: true,
      value: { imported: true, caseId: 'farrant-new-partner', version: 1, inLibrary: true },
    });
    const got = await other.send<{ practiceCase: { title: string } }>('getCase', {
      caseId: 'farrant-new-partner',
    });
    expect(got.ok && got.value.practiceCase.title).toBe('Jodie Farrant: a theft and a new partner');
    const list = await other.send<{ cases: Array<{ caseId: string }> }>('listCases', {});
    expect(list.ok && list.value.cases.map((entry) => entry.caseId)).toContain('farrant-new-partner');

    const hostile = path.join(dir, 'hostile.caseworkcase');
    fs.writeFileSync(hostile, exampleText.replace('"title": "Jodie', '"__proto__": {}, "title": "Jodie'));
    other.harness.setNextDialogAnswer(hostile);
    const refused = await other.send('importCase', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(!refused.ok && refused.error.message).toContain('case.__proto__: this key is not allowed');

    expect(await other.send('getCase', { caseId: 'no-such-case' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
