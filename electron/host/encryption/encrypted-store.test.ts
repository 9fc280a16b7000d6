import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../storage/file-store';
import type { HostDeps } from '../ports';
import { createHost } from '../services';
import {
  createEncryptedStoreFactory,
  decryptBytes,
  decryptDocument,
  encryptBytes,
  EncryptedStoreError,
  encryptDocument,
  isEncryptedEnvelope,
  memoryKeyProvider,
} from './encrypted-store';
import type { EncryptedEnvelope, KeyProvider } from './encrypted-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casework-encryption-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const secret = {
  schemaVersion: 1,
  traineeName: 'Ffion Pryce-Okafor',
  answer: 'Lives at 12 Heron Row, Aberwen',
};

function readEnvelope(file: string): EncryptedEnvelope {
  return JSON.parse(readFileSync(file, 'utf8')) as EncryptedEnvelope;
}

function tamper(file: string, field: 'data' | 'tag' | 'iv'): void {
  const envelope = readEnvelope(file);
  const bytes = Buffer.from(envelope.encrypted[field], 'base64');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
  envelope.encrypted[field] = bytes.toString('base64');
  writeFileSync(file, JSON.stringify(envelope));
}

describe('encryptDocument / decryptDocument', () => {
  it('round-trips and uses a fresh IV each time', () => {
    const keys = memoryKeyProvider();
    const first = encryptDocument(secret, keys);
    const second = encryptDocument(secret, keys);
    expect(first.encrypted.iv).not.toBe(second.encrypted.iv);
    expect(first.encrypted.data).not.toBe(second.encrypted.data);
    expect(decryptDocument(first, keys)).toEqual(secret);
    expect(first.schemaVersion).toBe(1);
  });

  it('refuses an envelope whose visible schemaVersion was changed', () => {
    const keys = memoryKeyProvider();
    const envelope = encryptDocument(secret, keys);
    expect(() => decryptDocument({ ...envelope, schemaVersion: 2 }, keys)).toThrow(EncryptedStoreError);
  });

  it('binds a format 2 envelope to its file: it opens there, and nowhere else', () => {
    const keys = memoryKeyProvider();
    const envelope = encryptDocument(secret, keys, 'attempts/a.json');
    expect(envelope.encrypted.format).toBe(2);
    const at = (identity: string, acceptFormat1 = false) => ({ identity, acceptFormat1 });
    expect(decryptDocument(envelope, keys, at('attempts/a.json'))).toEqual(secret);
    expect(() => decryptDocument(envelope, keys, at('attempts/b.json'))).toThrow(EncryptedStoreError);
    expect(() => decryptDocument(envelope, keys)).toThrow(EncryptedStoreError);
    // Removing the format to pass it off as an unbound format 1 envelope does not open it either.
    const { format: _format, ...unbound } = envelope.encrypted;
    expect(() =>
      decryptDocument({ ...envelope, encrypted: unbound }, keys, at('attempts/a.json', true)),
    ).toThrow(EncryptedStoreError);
    // A format 1 envelope opens only when asked to (while an older folder is rewritten).
    const old = encryptDocument(secret, keys);
    expect(decryptDocument(old, keys, at('attempts/a.json', true))).toEqual(secret);
    expect(() => decryptDocument(old, keys, at('attempts/a.json'))).toThrow(/old form/);
    expect(() =>
      decryptDocument(
        { ...envelope, encrypted: { ...envelope.encrypted, format: 3 } },
        keys,
        at('attempts/a.json'),
      ),
    ).toThrow(/newer version/);
  });

  it('keeps raw bytes apart from documents, each bound to its file', () => {
    const keys = memoryKeyProvider();
    const bytes = Buffer.from('{"title": "cut sho');
    const sealed = encryptBytes(bytes, keys, 'quarantine/x.json');
    expect(decryptBytes(sealed, keys, 'quarantine/x.json').equals(bytes)).toBe(true);
    expect(() => decryptBytes(sealed, keys, 'quarantine/y.json')).toThrow(EncryptedStoreError);
    expect(() =>
      decryptDocument(sealed, keys, { identity: 'quarantine/x.json', acceptFormat1: false }),
    ).toThrow(EncryptedStoreError);
    // The content marker is bound too: flipping it does not turn the bytes into a document.
    const { content: _content, ...asDocument } = sealed.encrypted;
    expect(() =>
      decryptDocument({ ...sealed, encrypted: asDocument }, keys, {
        identity: 'quarantine/x.json',
        acceptFormat1: false,
      }),
    ).toThrow(EncryptedStoreError);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => memoryKeyProvider(Buffer.alloc(16))).toThrow();
    const shortKey: KeyProvider = { dataKey: () => Buffer.alloc(16) };
    expect(() => encryptDocument(secret, shortKey)).toThrow(EncryptedStoreError);
  });
});

describe('createEncryptedStoreFactory', () => {
  it('writes only ciphertext to disk and reads the document back', () => {
    const keys = memoryKeyProvider();
    const factory = createEncryptedStoreFactory(createFileStore, keys);
    const store = factory({ cwd: dir, configName: 'attempt-one' });
    store.store = secret;
    const onDisk = readFileSync(store.path, 'utf8');
    expect(onDisk).not.toContain('Heron Row');
    expect(onDisk).not.toContain('Ffion');
    expect(isEncryptedEnvelope(JSON.parse(onDisk))).toBe(true);
    expect(readEnvelope(store.path).encrypted.alg).toBe('aes-256-gcm');
    expect(factory({ cwd: dir, configName: 'attempt-one' }).store).toEqual(secret);
  });

  it.each(['data', 'tag', 'iv'] as const)('refuses a file whose %s was changed', (field) => {
    const keys = memoryKeyProvider();
    const factory = createEncryptedStoreFactory(createFileStore, keys);
    const store = factory({ cwd: dir, configName: 'attempt-two' });
    store.store = secret;
    tamper(store.path, field);
    const reopened = factory({ cwd: dir, configName: 'attempt-two' });
    expect(() => reopened.store).toThrow(EncryptedStoreError);
    // No errno-style code: storage must treat this as damage (quarantine), not as a passing I/O failure.
    try {
      void reopened.store;
    } catch (error) {
      expect((error as { code?: unknown }).code).toBeUndefined();
    }
  });

  it('refuses a file written with another key', () => {
    const writer = createEncryptedStoreFactory(createFileStore, memoryKeyProvider());
    writer({ cwd: dir, configName: 'attempt-three' }).store = secret;
    const reader = createEncryptedStoreFactory(createFileStore, memoryKeyProvider());
    expect(() => reader({ cwd: dir, configName: 'attempt-three' }).store).toThrow(/another key/);
  });

  it('reads plaintext written before encryption was on, and encrypts it on the next save', () => {
    createFileStore({ cwd: dir, configName: 'old' }).store = secret;
    const factory = createEncryptedStoreFactory(createFileStore, memoryKeyProvider());
    const store = factory({ cwd: dir, configName: 'old' });
    expect(store.store).toEqual(secret);
    store.store = { ...secret, answer: 'changed' };
    expect(readFileSync(store.path, 'utf8')).not.toContain('changed');
  });

  it('can refuse plaintext where only encrypted files are expected', () => {
    createFileStore({ cwd: dir, configName: 'planted' }).store = secret;
    const factory = createEncryptedStoreFactory(createFileStore, memoryKeyProvider(), {
      acceptPlaintext: false,
    });
    expect(() => factory({ cwd: dir, configName: 'planted' }).store).toThrow(EncryptedStoreError);
  });

  it('leaves chosen files in plaintext but still decrypts them, so encryption can be switched off', () => {
    const keys = memoryKeyProvider();
    const on = createEncryptedStoreFactory(createFileStore, keys);
    on({ cwd: dir, configName: 'attempt-four' }).store = secret;
    const off = createEncryptedStoreFactory(createFileStore, keys, { encryptWhen: () => false });
    const store = off({ cwd: dir, configName: 'attempt-four' });
    expect(store.store).toEqual(secret);
    store.store = secret;
    expect(readFileSync(store.path, 'utf8')).toContain('Heron Row');
  });
});

describe('encrypted storage end to end', () => {
  const deps = (createStore: HostDeps['createStore']): HostDeps => {
    let n = 0;
    return {
      dataDir: dir,
      createStore,
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      now: () => new Date('2026-11-23T14:02:00.000Z'),
      newId: () => `attempt-${String((n += 1)).padStart(4, '0')}`,
      log: () => {},
    };
  };
  const encryptAllButSettings = (keys: KeyProvider) =>
    createEncryptedStoreFactory(createFileStore, keys, { encryptWhen: (o) => o.configName !== 'settings' });

  it('keeps attempts encrypted on disk, and quarantines one that was tampered with', async () => {
    const keys = memoryKeyProvider();
    const host = await createHost(deps(encryptAllButSettings(keys)));
    const created = await host.handlers.createAttempt(
      {
        title: 'Practice on the Aberwen case',
        caseId: null,
        templateIds: ['rosh'],
        templateVersions: { rosh: 1 },
        releasedDocumentIds: [],
      },
      { transport: 'harness' },
    );
    await host.close();
    const attemptFile = join(dir, 'attempts', `${created.id}.json`);
    expect(readFileSync(attemptFile, 'utf8')).not.toContain('Aberwen');
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).not.toContain('Aberwen');

    tamper(attemptFile, 'data');
    const reopened = await createHost(deps(encryptAllButSettings(keys)));
    // Start-up lists attempts from the index; the check the renderer asks for after the first paint opens it.
    await reopened.handlers.checkAttemptFiles({}, { transport: 'harness' });
    const quarantined = readdirSync(join(dir, 'quarantine'));
    expect(quarantined.some((name) => name.includes(created.id))).toBe(true);
    expect(reopened.notices.length).toBeGreaterThan(0);
    await reopened.close();
  });
});
