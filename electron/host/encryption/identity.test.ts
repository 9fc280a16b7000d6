import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../storage/file-store';
import { tempDataDir, testHostDeps } from '../storage/testing';
import { openAtRestEncryption } from './at-rest';
import { EncryptedStoreError, isEncryptedEnvelope } from './encrypted-store';
import { fakeKeyProtector } from './testing';
import { seedAttempt, testHosts } from './__fixtures__/hosts';

const NAME = 'Robin Vale';
const SECRET = 'Marnie Fallowfield told the officer about the knife';

const { start, stop, closeAll } = testHosts();
afterEach(closeAll);

/** Every file under the folder, whatever its kind, with its bytes. */
function everyFile(dir: string): Array<{ name: string; bytes: Buffer }> {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { name: path.relative(dir, full), bytes: fs.readFileSync(full) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function filesHolding(dir: string, text: string): string[] {
  return everyFile(dir)
    .filter((file) => file.bytes.includes(Buffer.from(text, 'utf8')))
    .map((file) => file.name);
}

function quarantined(dir: string): Array<{ name: string; bytes: Buffer }> {
  return everyFile(dir).filter((file) => file.name.startsWith(`quarantine${path.sep}`));
}

function parsedOrNull(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

describe('an encrypted file is bound to where it lives', () => {
  function twoFiles() {
    const dataDir = tempDataDir('identity');
    const attemptsDir = path.join(dataDir, 'attempts');
    fs.mkdirSync(attemptsDir, { recursive: true });
    const encryption = openAtRestEncryption({
      dataDir,
      inner: createFileStore,
      protector: fakeKeyProtector(),
    });
    encryption.enable();
    const open = (name: string) => encryption.createStore({ cwd: attemptsDir, configName: name });
    open('first').store = { schemaVersion: 1, answer: 'first answer' };
    open('second').store = { schemaVersion: 1, answer: 'second answer' };
    return { dataDir, attemptsDir, open };
  }

  it("refuses one attempt's ciphertext swapped in for another's", () => {
    const { attemptsDir, open } = twoFiles();
    expect(open('second').store).toEqual({ schemaVersion: 1, answer: 'second answer' });
    fs.copyFileSync(path.join(attemptsDir, 'first.json'), path.join(attemptsDir, 'second.json'));
    expect(() => open('second').store).toThrow(EncryptedStoreError);
    // The untouched one still opens: the refusal is about the swap, not the key.
    expect(open('first').store).toEqual({ schemaVersion: 1, answer: 'first answer' });
  });

  it('refuses a file moved to another name or folder', () => {
    const { dataDir, attemptsDir, open } = twoFiles();
    fs.renameSync(path.join(attemptsDir, 'first.json'), path.join(attemptsDir, 'third.json'));
    expect(() => open('third').store).toThrow(EncryptedStoreError);
    const elsewhere = path.join(dataDir, 'reviews');
    fs.mkdirSync(elsewhere);
    fs.copyFileSync(path.join(attemptsDir, 'second.json'), path.join(elsewhere, 'second.json'));
    const encryption = openAtRestEncryption({
      dataDir,
      inner: createFileStore,
      protector: fakeKeyProtector(),
    });
    expect(() => encryption.createStore({ cwd: elsewhere, configName: 'second' }).store).toThrow(
      EncryptedStoreError,
    );
  });

  it("quarantines an attempt file swapped for another attempt's, and restores its own last good copy", async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    let { host, call } = await start(deps);
    await call('setEncryption', { enabled: true });
    const ids: string[] = [];
    for (const what of ['first answer', 'second answer']) {
      ids.push((await seedAttempt(host, what)).id);
    }
    await stop(host);
    const attemptsDir = path.join(deps.dataDir, 'attempts');
    fs.copyFileSync(path.join(attemptsDir, `${ids[0]}.json`), path.join(attemptsDir, `${ids[1]}.json`));
    ({ host, call } = await start(deps));
    const reopened = await host.storage.getAttempt(ids[1]!);
    // Its own newest good copy (the snapshot taken when it was made), never the first attempt's answers.
    expect(reopened.id).toBe(ids[1]);
    expect(JSON.stringify(reopened)).not.toContain('first answer');
    expect(quarantined(deps.dataDir)).toHaveLength(1);
    expect(host.notices.map((notice) => notice.message).join(' ')).toMatch(/damaged/);
  });
});

describe("the trainee's name and quarantined files while encryption is on", () => {
  it('leaves no plain text of the name or the casework anywhere in the data folder, and puts it back when switched off', async () => {
    const deps = testHostDeps({ keyProtector: fakeKeyProtector(), storage: { fsyncFolders: false } });
    let { host, call } = await start(deps);
    await call('updateSettings', { traineeName: NAME, theme: 'dark', textSize: 'large' });
    await seedAttempt(host, SECRET, 'Practice: Marnie Fallowfield');
    await stop(host);
    // A damaged attempt file (cut short) that start-up moves into quarantine before encryption is on.
    const damagedBefore = `{"schemaVersion":3,"id":"test-000090","title":"${NAME}: ${SECRET}`;
    fs.writeFileSync(path.join(deps.dataDir, 'attempts', 'test-000090.json'), damagedBefore);
    ({ host, call } = await start(deps));
    await host.storage.whenLibraryRead();
    expect(quarantined(deps.dataDir)).toHaveLength(1);
    expect(filesHolding(deps.dataDir, NAME).length).toBeGreaterThan(0); // the control: it is there to find

    expect(await call('setEncryption', { enabled: true })).toMatchObject({ ok: true });
    expect(filesHolding(deps.dataDir, NAME)).toEqual([]);
    expect(filesHolding(deps.dataDir, 'Fallowfield')).toEqual([]);
    // Settings needed before any key stay readable.
    const settingsOnDisk = JSON.parse(fs.readFileSync(path.join(deps.dataDir, 'settings.json'), 'utf8'));
    expect(settingsOnDisk).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(settingsOnDisk).not.toHaveProperty('traineeName');

    // A file damaged while encryption is on goes into quarantine encrypted too.
    await stop(host);
    const damagedDuring = `{"schemaVersion":3,"id":"test-000091","title":"${NAME} again`;
    fs.writeFileSync(path.join(deps.dataDir, 'attempts', 'test-000091.json'), damagedDuring);
    ({ host, call } = await start(deps));
    await host.storage.whenLibraryRead();
    expect(quarantined(deps.dataDir)).toHaveLength(2);
    for (const file of quarantined(deps.dataDir))
      expect(isEncryptedEnvelope(parsedOrNull(file.bytes))).toBe(true);
    expect(filesHolding(deps.dataDir, NAME)).toEqual([]);
    expect(host.storage.getSettings()).toMatchObject({ traineeName: NAME, theme: 'dark' });

    // Changing the name while on keeps it out of plain text.
    await call('updateSettings', { traineeName: `${NAME} Junior` });
    expect(filesHolding(deps.dataDir, NAME)).toEqual([]);

    expect(await call('setEncryption', { enabled: false })).toMatchObject({ ok: true });
    expect(JSON.parse(fs.readFileSync(path.join(deps.dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      traineeName: `${NAME} Junior`,
      theme: 'dark',
    });
    const plainAgain = quarantined(deps.dataDir)
      .map((file) => file.bytes.toString('utf8'))
      .sort();
    expect(plainAgain).toEqual([damagedBefore, damagedDuring].sort());
    await stop(host);
    ({ host } = await start({ ...deps, keyProtector: undefined }));
    expect(host.storage.getSettings()).toMatchObject({ traineeName: `${NAME} Junior` });
  });
});

describe('files encrypted before file identities were bound', () => {
  const fixture = path.join(__dirname, '__fixtures__', 'v1-data');

  it('still open, and are rewritten bound to where they live, name included', async () => {
    const dataDir = tempDataDir('v1');
    fs.cpSync(fixture, dataDir, { recursive: true });
    const envelopes = () =>
      everyFile(dataDir)
        .map((file) => ({ name: file.name, value: parsedOrNull(file.bytes) }))
        .filter((file) => isEncryptedEnvelope(file.value));
    // The control: the fixture is in the old form, and its settings hold the name in plain text.
    expect(envelopes().length).toBeGreaterThan(3);
    expect(envelopes().every((file) => !('format' in (file.value as { encrypted: object }).encrypted))).toBe(
      true,
    );
    expect(filesHolding(dataDir, NAME)).toEqual(['settings.json']);

    const deps = testHostDeps({
      dataDir,
      keyProtector: fakeKeyProtector(),
      storage: { fsyncFolders: false },
    });
    const { host, call } = await start(deps);
    expect(await call('getEncryption', {})).toMatchObject({ ok: true, value: { enabled: true } });
    expect(host.storage.getSettings().traineeName).toBe(NAME);
    expect((await host.storage.getAttempt('test-000001')).answers).toEqual({
      'reflective-log': { what: SECRET },
    });
    expect(host.notices).toEqual([]);
    expect(
      envelopes().map((file) => (file.value as { encrypted: { format?: unknown } }).encrypted.format),
    ).toEqual(envelopes().map(() => 2));
    expect(filesHolding(dataDir, NAME)).toEqual([]);
    expect(filesHolding(dataDir, 'Fallowfield')).toEqual([]);

    // Once rewritten, an old-form file put back is no longer trusted.
    await stop(host);
    fs.copyFileSync(
      path.join(fixture, 'attempts', 'test-000001.json'),
      path.join(dataDir, 'attempts', 'test-000001.json'),
    );
    const again = await start(deps);
    const reopened = await again.host.storage.getAttempt('test-000001');
    expect(reopened.answers).toEqual({ 'reflective-log': { what: SECRET } }); // from its backup
    expect(quarantined(dataDir)).toHaveLength(1);
  });
});
