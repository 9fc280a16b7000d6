import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { createHost } from '../services';
import type { Host } from '../services';
import { testHostDeps } from '../storage/testing';
import { isEncryptedEnvelope } from './encrypted-store';
import { KEY_FILE_NAME, KeyUnavailableError } from './key-file';
import { fakeKeyProtector } from './testing';
import { seedAttempt as seedAttemptWith, testHosts } from './__fixtures__/hosts';

const SECRET = 'Marnie Fallowfield told the officer about the knife';

const { start, stop, closeAll } = testHosts();
afterEach(closeAll);

const seedAttempt = (host: Host): Promise<Attempt> =>
  seedAttemptWith(host, SECRET, 'Practice: Marnie Fallowfield');

/** Every JSON file under the folder except quarantine, with whether its text gives away the secret. */
function filesOf(dir: string): Array<{ name: string; encrypted: boolean; leaks: boolean }> {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const text = fs.readFileSync(full, 'utf8');
      return {
        name: path.relative(dir, full),
        encrypted: isEncryptedEnvelope(JSON.parse(text)),
        leaks: text.includes('Fallowfield'),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('encryption at rest, as a setting', () => {
  it('encrypts every saved file but the settings when switched on, and the work still opens after a restart', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    let { host, call } = await start(deps);
    await call('updateSettings', { traineeName: 'Robin Vale' });
    const attempt = await seedAttempt(host);
    expect(await call('getEncryption', {})).toEqual({
      ok: true,
      value: { available: true, enabled: false, unavailableReason: null },
    });
    expect(filesOf(deps.dataDir).some((file) => file.leaks)).toBe(true);
    // The shell's window size and place, which it reads without the host (and which holds no casework).
    const windowState = { window: { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false } };
    fs.writeFileSync(path.join(deps.dataDir, 'window-state.json'), JSON.stringify(windowState));

    const switched = await call('setEncryption', { enabled: true });
    expect(switched).toMatchObject({ ok: true, value: { enabled: true } });
    const files = filesOf(deps.dataDir);
    expect(files.filter((file) => !file.encrypted).map((file) => file.name)).toEqual([
      'settings.json',
      'window-state.json',
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(deps.dataDir, 'window-state.json'), 'utf8'))).toEqual(
      windowState,
    );
    expect(files.filter((file) => file.leaks)).toEqual([]);
    expect(files.length).toBeGreaterThan(2); // attempt, index and backups were all rewritten
    expect(fs.existsSync(path.join(deps.dataDir, KEY_FILE_NAME))).toBe(true);

    // A save after switching on is written encrypted too.
    await host.storage.saveAttempt({
      attempt: { ...attempt, answers: { 'reflective-log': { what: `${SECRET} again` } } },
      progress: 0.2,
    });
    expect(filesOf(deps.dataDir).filter((file) => file.leaks)).toEqual([]);

    await stop(host);
    ({ host, call } = await start(deps));
    expect(await call('getEncryption', {})).toMatchObject({ ok: true, value: { enabled: true } });
    const reopened = await host.storage.getAttempt(attempt.id);
    expect(reopened.answers).toEqual({ 'reflective-log': { what: `${SECRET} again` } });
    expect(host.notices).toEqual([]);
  });

  it('turns every file back into an ordinary one and removes the key when switched off', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    const started = await start(deps);
    let host = started.host;
    const call = started.call;
    const attempt = await seedAttempt(host);
    await call('setEncryption', { enabled: true });
    const off = await call('setEncryption', { enabled: false });
    expect(off).toMatchObject({ ok: true, value: { enabled: false } });
    expect(filesOf(deps.dataDir).filter((file) => file.encrypted)).toEqual([]);
    expect(fs.existsSync(path.join(deps.dataDir, KEY_FILE_NAME))).toBe(false);

    // Readable with no key store at all now.
    await stop(host);
    ({ host } = await start({ ...deps, keyProtector: undefined }));
    expect((await host.storage.getAttempt(attempt.id)).answers).toEqual({
      'reflective-log': { what: SECRET },
    });
  });

  it('says why it cannot be switched on where there is no key store, and changes nothing', async () => {
    const deps = testHostDeps({ storage: { fsyncFolders: false } });
    const { host, call } = await start(deps);
    await seedAttempt(host);
    const before = filesOf(deps.dataDir);
    const status = await call('getEncryption', {});
    expect(status).toMatchObject({ ok: true, value: { available: false, enabled: false } });
    const refused = await call('setEncryption', { enabled: true });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/no secure key store/) },
    });
    expect(filesOf(deps.dataDir)).toEqual(before);
    expect(fs.existsSync(path.join(deps.dataDir, KEY_FILE_NAME))).toBe(false);
  });

  it('refuses the weak Linux key store', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector({ backend: () => 'basic_text' }) });
    const { call } = await start(deps);
    expect(await call('getEncryption', {})).toMatchObject({
      ok: true,
      value: { available: false, unavailableReason: expect.stringMatching(/fixed password/) },
    });
  });

  it('will not start, and touches nothing, when the key is lost or cannot be unsealed', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    const { host, call } = await start(deps);
    await seedAttempt(host);
    await call('setEncryption', { enabled: true });
    await stop(host);
    const snapshot = () =>
      fs
        .readdirSync(deps.dataDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const full = path.join(entry.parentPath, entry.name);
          return `${path.relative(deps.dataDir, full)}:${fs.readFileSync(full, 'base64')}`;
        })
        .sort();
    const before = snapshot();

    // Another account or a reset key store: the key file is there but will not unseal.
    const reset = fakeKeyProtector({
      decrypt: () => {
        throw new Error('Error while decrypting the ciphertext provided');
      },
    });
    await expect(createHost({ ...deps, keyProtector: reset })).rejects.toMatchObject({
      reason: 'unreadable',
    });
    await expect(createHost({ ...deps, keyProtector: undefined })).rejects.toBeInstanceOf(
      KeyUnavailableError,
    );
    expect(snapshot()).toEqual(before);

    // The key file deleted: the encrypted index gives it away, and nothing is quarantined.
    fs.rmSync(path.join(deps.dataDir, KEY_FILE_NAME));
    const withoutKey = snapshot();
    await expect(createHost(deps)).rejects.toMatchObject({ reason: 'missing' });
    expect(snapshot()).toEqual(withoutKey);
    const quarantine = path.join(deps.dataDir, 'quarantine');
    expect(fs.existsSync(quarantine) ? fs.readdirSync(quarantine) : []).toEqual([]);
  });

  it('finishes the rewrite when switching on is tried again after the disk filled part-way', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    let { host, call } = await start(deps);
    await seedAttempt(host);
    const plainBefore = filesOf(deps.dataDir).filter((file) => !file.encrypted).length;
    expect(plainBefore).toBeGreaterThan(2);

    // The disk fills after the first file has been replaced: every later rename fails.
    const rename = fs.renameSync;
    let renames = 0;
    const full = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      renames += 1;
      if (renames > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      rename(from, to);
    });
    const failed = await call('setEncryption', { enabled: true });
    full.mockRestore();
    expect(failed).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(filesOf(deps.dataDir).filter((file) => file.leaks).length).toBeGreaterThan(0);
    // Not reported as on while files are still plain.
    expect(await call('getEncryption', {})).toMatchObject({ ok: true, value: { enabled: false } });
    // Nor after a restart: the index is rewritten last, so a plain one says the rewrite did not finish.
    await stop(host);
    ({ host, call } = await start(deps));
    expect(await call('getEncryption', {})).toMatchObject({ ok: true, value: { enabled: false } });

    const retried = await call('setEncryption', { enabled: true });
    expect(retried).toMatchObject({ ok: true, value: { enabled: true } });
    const files = filesOf(deps.dataDir);
    expect(files.filter((file) => !file.encrypted && file.name !== 'settings.json')).toEqual([]);
    expect(files.filter((file) => file.leaks)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(plainBefore);
  });
});
