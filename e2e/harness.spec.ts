import fs from 'node:fs';
import path from 'node:path';
import { methodNames } from '@shared/contract';
import { expect, test } from './fixtures';
import { maxBodyBytes, staticFileFor } from './harness/server';

test.describe('the loopback harness', () => {
  test('refuses every request without the per-run token', async ({ harness }) => {
    for (const target of ['', 'index.html', '__harness/casework.js']) {
      const response = await fetch(`${harness.url}${target}`);
      expect(response.status, target).toBe(403);
    }
    const wrong = await fetch(`${harness.url}__casework/getSettings`, {
      method: 'POST',
      headers: { 'x-casework-token': 'not-the-token', 'content-type': 'application/json' },
      body: '{"payload":{}}',
    });
    expect(wrong.status).toBe(403);
  });

  test('listens on loopback only', async ({ harness }) => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
  });

  test('answers the contract through the shared dispatch, with typed errors', async ({ harness }) => {
    const call = (method: string, body: string) =>
      fetch(`${harness.url}__casework/${method}`, {
        method: 'POST',
        headers: { 'x-casework-token': harness.token, 'content-type': 'application/json' },
        body,
      }).then((r) => r.json());
    expect(await call('getSettings', '{"payload":{}}')).toMatchObject({
      ok: true,
      value: { theme: 'system' },
    });
    expect(await call('updateSettings', '{"payload":{"theme":"neon"}}')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('noSuchMethod', '{"payload":{}}')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('getSettings', '{not json')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  test('refuses a body over the limit without reading it all', async ({ harness }) => {
    const response = await fetch(`${harness.url}__casework/updateSettings`, {
      method: 'POST',
      headers: { 'x-casework-token': harness.token, 'content-type': 'application/json' },
      body: 'x'.repeat(maxBodyBytes + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  test('serves only files inside the built renderer', async ({ harness }) => {
    const root = path.resolve('out/renderer');
    expect(staticFileFor(root, '/../package.json')).toBe(path.join(root, 'package.json'));
    expect(staticFileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(staticFileFor(root, '/a%00b')).toBeNull();
    const response = await fetch(`${harness.url}..%2f..%2fpackage.json`, {
      headers: { 'x-casework-token': harness.token },
    });
    expect(response.status).toBe(404);
  });

  test('gives the page a bridge generated from the contract, under the strict CSP', async ({ page }) => {
    await page.goto('/');
    const methods = await page.evaluate(() => Object.keys(window.casework ?? {}).sort());
    expect(methods).toEqual([...methodNames].sort());
    const response = await page.request.get('/');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await response.text()).toMatch(/<script src="\/__harness\/casework\.js"><\/script>/);
  });

  test('lets the test answer native dialogs in advance, or cancel them', async ({ harness }) => {
    const queued = await fetch(`${harness.url}__harness/next-dialog`, {
      method: 'POST',
      headers: { 'x-casework-token': harness.token, 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/tmp/somewhere.pdf' }),
    });
    expect(await queued.json()).toEqual({ queued: 1 });
    harness.setNextDialogAnswer(null);
    const dialogs = harness.host.services.deps.dialogs;
    await expect(dialogs.chooseSavePath({ title: 'Save', defaultName: 'a.pdf', filters: [] })).resolves.toBe(
      '/tmp/somewhere.pdf',
    );
    await expect(dialogs.chooseOpenPath({ title: 'Open', filters: [] })).resolves.toBeNull();
    await expect(dialogs.chooseOpenPath({ title: 'Open', filters: [] })).resolves.toBeNull();
    expect(harness.dialogCalls.map((c) => c.answered)).toEqual(['/tmp/somewhere.pdf', null, null]);
  });
});

test('tells the trainee at start-up what was repaired, and lets them dismiss it', async ({
  page,
  harness,
}) => {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  // Damage the settings file while the app is closed, as a crash or a failing disk might.
  await harness.restart({
    whileStopped: () =>
      fs.writeFileSync(path.join(harness.dataDir, 'settings.json'), '{"schemaVersion": 2, "theme": '),
  });
  await page.reload();
  const banner = page.getByTestId('startup-notices');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/settings/i);
  await page.screenshot({ path: test.info().outputPath('startup-notice.png') });
  await banner
    .getByRole('button', { name: /Dismiss/ })
    .first()
    .click();
  await expect(banner).toHaveCount(0);
});

test('checks each attempt after the first paint, and says which one it had to set aside', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  const id = await page.evaluate(async () => {
    const created = (await window.casework!.createAttempt({
      title: 'Practice on a fictional case: Tomos Varga',
      caseId: null,
      templateIds: ['rosh-analysis'],
      templateVersions: { 'rosh-analysis': 1 },
      releasedDocumentIds: [],
    })) as { ok: boolean; value: { id: string } };
    return created.value.id;
  });
  await harness.restart({
    whileStopped: () => fs.writeFileSync(path.join(harness.dataDir, 'attempts', `${id}.json`), '{"id": '),
  });
  await page.reload();
  // Start-up drew the list from the index; the check after the first paint found the damaged file.
  const banner = page.getByTestId('startup-notices');
  await expect(banner).toContainText('Tomos Varga');
  expect(fs.readdirSync(path.join(harness.dataDir, 'quarantine'))).toHaveLength(1);
});
