import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, KeyUnavailableError, loadOrCreateDataKey } from './key-file';
import { fakeKeyProtector } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casework-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fakeProtector = fakeKeyProtector;

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof KeyUnavailableError) return error.reason;
    throw error;
  }
  return undefined;
};

describe('loadOrCreateDataKey', () => {
  it('creates a sealed 32-byte key once, then loads the same key', () => {
    const keyFilePath = join(dir, KEY_FILE_NAME);
    const created = loadOrCreateDataKey({ keyFilePath, protector: fakeProtector(), allowCreate: true });
    expect(created.dataKey()).toHaveLength(32);
    const onDisk = readFileSync(keyFilePath, 'utf8');
    expect(onDisk.startsWith('sealed:')).toBe(true);
    expect(onDisk).not.toContain(created.dataKey().toString('base64'));
    if (process.platform !== 'win32') expect(statSync(keyFilePath).mode & 0o077).toBe(0);
    const loaded = loadOrCreateDataKey({ keyFilePath, protector: fakeProtector(), allowCreate: false });
    expect(loaded.dataKey().equals(created.dataKey())).toBe(true);
  });

  it('never makes a new key over a missing one unless asked', () => {
    const keyFilePath = join(dir, KEY_FILE_NAME);
    expect(
      reasonOf(() => loadOrCreateDataKey({ keyFilePath, protector: fakeProtector(), allowCreate: false })),
    ).toBe('missing');
    expect(existsSync(keyFilePath)).toBe(false);
  });

  it('refuses when there is no key store, or only the weak Linux fallback', () => {
    const keyFilePath = join(dir, KEY_FILE_NAME);
    const none = fakeProtector({ isAvailable: () => false });
    const weak = fakeProtector({ backend: () => 'basic_text' });
    expect(reasonOf(() => loadOrCreateDataKey({ keyFilePath, protector: none, allowCreate: true }))).toBe(
      'no-keychain',
    );
    expect(reasonOf(() => loadOrCreateDataKey({ keyFilePath, protector: weak, allowCreate: true }))).toBe(
      'weak-keychain',
    );
  });

  it('reports a key the account cannot unseal (another user, a reset key store)', () => {
    const keyFilePath = join(dir, KEY_FILE_NAME);
    writeFileSync(keyFilePath, 'sealed-by-someone-else');
    expect(
      reasonOf(() => loadOrCreateDataKey({ keyFilePath, protector: fakeProtector(), allowCreate: true })),
    ).toBe('unreadable');
    expect(readFileSync(keyFilePath, 'utf8')).toBe('sealed-by-someone-else');
  });

  it('explains each failure in plain words', () => {
    expect(new KeyUnavailableError('missing').message).toMatch(/left as they are/);
  });
});
