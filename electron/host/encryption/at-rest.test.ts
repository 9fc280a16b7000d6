import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { FileIo, FileSystemPort } from '../ports';
import { createHost } from '../services';
import type { Host } from '../services';
import { FaultyFileSystem, faultyIo } from '../storage/__fixtures__/faulty-fs';
import { createFileStore } from '../storage/file-store';
import { defaultFileIo, MAX_DATA_FILE_BYTES, nodeFileSystem } from '../storage/file-system';
import { tempDataDir, testHostDeps } from '../storage/testing';
import { openAtRestEncryption } from './at-rest';
import { encryptDocument, isEncryptedEnvelope } from './encrypted-store';
import type { KeyProvider } from './encrypted-store';
import { KEY_FILE_NAME, KeyUnavailableError, loadOrCreateDataKey } from './key-file';
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

describe("start-up's look at the index while encryption is on", () => {
  // Start-up must not grow with the library (decision 0028): whether the index is an envelope, and of which
  // format, is all start-up needs from it, and at 10,000 attempts the encrypted index is megabytes.
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const protector = fakeKeyProtector();
  /** An index the size a long library's is, with the same shape as far as encryption is concerned. */
  const longIndex = (bytes: number) => ({ schemaVersion: 1, entries: [], padding: 'x'.repeat(bytes) });
  const LONG = 2 * 1024 * 1024;
  /** Far more than the envelope's fields and far less than the index: what a start-up check may read. */
  const bounded = (bytes: number) => bytes < 16 * 1024;

  /** A data folder with a key and plain settings holding the name, which only a start-up rewrite seals. */
  function folderWithKey(): { dataDir: string; key: KeyProvider; library: string; settings: string } {
    const dataDir = tempDataDir('at-rest-index');
    folders.push(dataDir);
    openAtRestEncryption({ dataDir, inner: createFileStore, protector }).enable();
    const key = loadOrCreateDataKey({
      keyFilePath: path.join(dataDir, KEY_FILE_NAME),
      protector,
      allowCreate: false,
    });
    const settings = path.join(dataDir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ schemaVersion: 1, traineeName: 'Robin Vale' }, null, '\t'));
    return { dataDir, key, library: path.join(dataDir, 'library.json'), settings };
  }

  /** The index as the store writes it while encryption is on: format 2, bound to its place, tab-indented. */
  const sealedIndex = (key: KeyProvider, bytes = LONG) =>
    JSON.stringify(encryptDocument(longIndex(bytes), key, 'library.json'), null, '\t');

  /** Whether start-up rewrote the folder: the settings' name is sealed only by a rewrite. */
  const rewrote = (settings: string) => 'personal' in JSON.parse(fs.readFileSync(settings, 'utf8'));

  /**
   * What start-up decided before it read part of the index: the old check, a whole read and parse, and the
   * decisions it led to. The oracle the bounded check must agree with.
   */
  function decidedByWholeRead(library: string): { enabled: boolean; rewrites: boolean } {
    if (!fs.existsSync(library)) return { enabled: true, rewrites: true };
    let value: unknown = null;
    try {
      value = JSON.parse(fs.readFileSync(library, 'utf8'));
    } catch {
      // Damaged: not an envelope.
    }
    if (!isEncryptedEnvelope(value)) return { enabled: false, rewrites: true };
    return { enabled: true, rewrites: (value.encrypted.format ?? 1) < 2 };
  }

  /**
   * Every byte read from a file while `run` runs: Node's reads by descriptor (which the port's whole read
   * makes too) and its whole-file reads, however the code under test reaches them.
   */
  function bytesReadDuring(run: () => void): number {
    const byDescriptor = vi.spyOn(fs, 'readSync');
    const whole = vi.spyOn(fs, 'readFileSync');
    try {
      run();
      let total = 0;
      for (const result of byDescriptor.mock.results) if (result.type === 'return') total += result.value;
      for (const result of whole.mock.results) if (result.type === 'return') total += result.value.length;
      return total;
    } finally {
      byDescriptor.mockRestore();
      whole.mockRestore();
    }
  }

  /** Node's file system as the port, noting which files it was asked to read whole. */
  function recordingIo(): { io: FileIo; readWhole: string[] } {
    const readWhole: string[] = [];
    const port: FileSystemPort = {
      ...nodeFileSystem,
      readFileSync: (file, maxBytes) => {
        readWhole.push(path.basename(file));
        return nodeFileSystem.readFileSync(file, maxBytes);
      },
    };
    return { io: { ...defaultFileIo, fs: port }, readWhole };
  }

  it('reads the same few kilobytes of a long encrypted index at any length (control: a whole read is caught)', () => {
    const { dataDir, key, library, settings } = folderWithKey();
    const startUp = (io: FileIo) => openAtRestEncryption({ dataDir, inner: createFileStore, protector, io });

    fs.writeFileSync(library, sealedIndex(key));
    const long = recordingIo();
    let status = { enabled: false };
    const readLong = bytesReadDuring(() => {
      status = startUp(long.io).status();
    });
    expect(fs.statSync(library).size).toBeGreaterThan(LONG);
    expect(bounded(readLong)).toBe(true);
    expect(long.readWhole).not.toContain('library.json');
    expect(status.enabled).toBe(true);
    expect(rewrote(settings)).toBe(false);

    // Twice as long: not one byte more.
    fs.writeFileSync(library, sealedIndex(key, 2 * LONG));
    const readLonger = bytesReadDuring(() => {
      startUp(recordingIo().io);
    });
    expect(readLonger).toBe(readLong);

    // Negative control: the check start-up made before, a whole read of the index through the port, fails
    // the same assertion.
    const before = recordingIo();
    const readBefore = bytesReadDuring(() => {
      JSON.parse(before.io.fs.readFileSync(library, MAX_DATA_FILE_BYTES).toString('utf8'));
    });
    expect(bounded(readBefore)).toBe(false);
    expect(readBefore).toBeGreaterThanOrEqual(fs.statSync(library).size);
    expect(before.readWhole).toEqual(['library.json']);

    // And so does start-up itself where its ends cannot tell (the fields in an older key order): it falls
    // back to the whole read, and decides as that read always did.
    const envelope = encryptDocument(longIndex(LONG), key, 'library.json');
    const { schemaVersion, encrypted } = envelope;
    const reordered = {
      encrypted: {
        data: encrypted.data,
        tag: encrypted.tag,
        iv: encrypted.iv,
        format: 2,
        alg: encrypted.alg,
      },
      schemaVersion,
    };
    fs.writeFileSync(library, JSON.stringify(reordered, null, '\t'));
    const older = recordingIo();
    const readOlder = bytesReadDuring(() => {
      status = startUp(older.io).status();
    });
    expect(bounded(readOlder)).toBe(false);
    expect(older.readWhole).toContain('library.json');
    expect(status.enabled).toBe(true);
    expect(rewrote(settings)).toBe(false);
  });

  const variants: Array<[string, (key: KeyProvider) => string | Buffer | null, boolean, boolean]> = [
    // [the index, how it is written, then whether start-up says on, and whether it rewrites the folder]
    ['format 2, as the store writes it', (key) => sealedIndex(key), true, false],
    [
      'format 1 (before identities were bound), which is rewritten',
      (key) => JSON.stringify(encryptDocument(longIndex(LONG), key), null, '\t'),
      true,
      true,
    ],
    [
      'from a newer version (format 3)',
      (key) => sealedIndex(key).replace('"format": 2,', '"format": 3,'),
      true,
      false,
    ],
    [
      'plain beside the key (switching on cut short), which is rewritten',
      () => JSON.stringify(longIndex(LONG), null, '\t'),
      false,
      true,
    ],
    ['format 2 cut short', (key) => sealedIndex(key).slice(0, LONG / 2), false, true],
    [
      'format 2 with its ciphertext damaged at the end',
      (key) => {
        const text = sealedIndex(key);
        return `${text.slice(0, -7)}"${text.slice(-6)}`;
      },
      false,
      true,
    ],
    ['zeros, as a power cut can leave it', () => Buffer.alloc(LONG), false, true],
    ['missing', () => null, true, true],
  ];

  it.each(variants)('decides as the whole read did, the index %s', (_, write, enabled, rewrites) => {
    const { dataDir, key, library, settings } = folderWithKey();
    const text = write(key);
    if (text !== null) fs.writeFileSync(library, text);
    const expected = decidedByWholeRead(library);
    expect({ enabled, rewrites }).toEqual(expected);

    const encryption = openAtRestEncryption({ dataDir, inner: createFileStore, protector });
    expect({ enabled: encryption.status().enabled, rewrites: rewrote(settings) }).toEqual(expected);
    // A format 1 index is bound to its place by the rewrite, so the next start reads only its ends.
    if (text !== null && expected.enabled && expected.rewrites) {
      const index: unknown = JSON.parse(fs.readFileSync(library, 'utf8'));
      expect(isEncryptedEnvelope(index) && index.encrypted.format).toBe(2);
    }
  });

  it.each([
    [
      'its fields in another order, the ciphertext still last',
      (key: KeyProvider) => {
        const { schemaVersion, encrypted } = encryptDocument(longIndex(LONG), key, 'library.json');
        const { alg, format, iv, tag, data } = encrypted;
        return JSON.stringify({ schemaVersion, encrypted: { format, alg, tag, iv, data } }, null, '\t');
      },
    ],
    [
      'a field written twice',
      (key: KeyProvider) => sealedIndex(key).replace('"format": 2,', '"format": 1,\n\t\t"format": 2,'),
    ],
    ['a line ending after it', (key: KeyProvider) => `${sealedIndex(key)}\n`],
    [
      'no indentation',
      (key: KeyProvider) => JSON.stringify(encryptDocument(longIndex(LONG), key, 'library.json')),
    ],
  ])('leaves to the whole read an index not laid out as the store writes it: %s', (_, write) => {
    const { dataDir, key, library, settings } = folderWithKey();
    fs.writeFileSync(library, write(key));
    const expected = decidedByWholeRead(library);
    expect(expected).toEqual({ enabled: true, rewrites: false });
    const { io, readWhole } = recordingIo();
    const encryption = openAtRestEncryption({ dataDir, inner: createFileStore, protector, io });
    expect(readWhole).toContain('library.json');
    expect({ enabled: encryption.status().enabled, rewrites: rewrote(settings) }).toEqual(expected);
  });

  it('counts an index that cannot be read at start-up as not encrypted, as the whole read did', () => {
    const { dataDir, key, library, settings } = folderWithKey();
    fs.writeFileSync(library, sealedIndex(key));
    const startUp = (layer: FaultyFileSystem) =>
      openAtRestEncryption({ dataDir, inner: createFileStore, protector, io: faultyIo(layer) });

    // The control: without a fault it is on, and nothing is rewritten.
    const clean = new FaultyFileSystem();
    clean.arm(null);
    expect(startUp(clean).status().enabled).toBe(true);
    expect(rewrote(settings)).toBe(false);
    // The index is opened through the port (so a fault there is seen) and never read whole through it.
    expect(
      clean.log.filter((operation) => operation.file === library).map((operation) => operation.kind),
    ).toEqual(['open']);
    const first = clean.log.findIndex((operation) => operation.file === library);

    const failing = new FaultyFileSystem();
    failing.arm({ at: first, code: 'EIO' });
    expect(startUp(failing).status().enabled).toBe(false);
    expect(failing.log[first]).toMatchObject({ file: library });
    // As before: unreadable is taken for not yet rewritten, and the rewrite is tried.
    expect(rewrote(settings)).toBe(true);
  });

  it('still tells, from a long index alone, that its key is missing', () => {
    const { dataDir, key, library } = folderWithKey();
    fs.writeFileSync(library, sealedIndex(key));
    fs.rmSync(path.join(dataDir, KEY_FILE_NAME));
    let thrown: unknown = null;
    const read = bytesReadDuring(() => {
      try {
        openAtRestEncryption({ dataDir, inner: createFileStore, protector });
      } catch (error) {
        thrown = error;
      }
    });
    expect(thrown).toBeInstanceOf(KeyUnavailableError);
    expect(thrown).toMatchObject({ reason: 'missing' });
    expect(bounded(read)).toBe(true);

    // The control: a long plain index without a key is an ordinary folder.
    fs.writeFileSync(library, JSON.stringify(longIndex(LONG), null, '\t'));
    expect(openAtRestEncryption({ dataDir, inner: createFileStore, protector }).status().enabled).toBe(false);
  });
});
