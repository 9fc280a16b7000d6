import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentFiles } from '../storage/files';
import { replaceFileSync } from './replace-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-replace-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => fs.readdirSync(dir).filter((name) => name.includes('.tmp-'));
const documentFiles = () =>
  new DocumentFiles(
    () => {
      throw new Error('not used');
    },
    { fsyncFolders: false, log: () => {} },
  );

describe('replaceFileSync', () => {
  it('replaces the file and leaves no temporary file', () => {
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, 'old');
    replaceFileSync(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(leftovers()).toEqual([]);
  });

  it('names its temporary files so start-up clean-up finds them (a crash between write and rename)', () => {
    const file = path.join(dir, 'library.json');
    const key = path.join(dir, 'encryption-key.bin');
    // A crash before the rename: the rename never happens, and nothing removes the temporary file.
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {});
    vi.spyOn(fs, 'rmSync').mockImplementation(() => {});
    replaceFileSync(file, '{"plain":"text"}');
    replaceFileSync(key, 'sealed');
    vi.restoreAllMocks();
    expect(leftovers()).toHaveLength(2);
    expect(documentFiles().removeLeftovers(dir)).toBe(2);
    expect(leftovers()).toEqual([]);
  });

  it('removes the temporary file and keeps the old bytes when the rename fails', () => {
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, 'old');
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
    });
    expect(() => replaceFileSync(file, 'new plain text')).toThrow(/EPERM/);
    expect(leftovers()).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
  });

  it('removes the temporary file when the write fails (a full disc)', () => {
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, 'old');
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
    });
    expect(() => replaceFileSync(file, 'new plain text')).toThrow(/ENOSPC/);
    expect(leftovers()).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
  });

  it('retries a rename that a scanner holds up for a moment (EPERM on Windows), as atomically does', () => {
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, 'old');
    const rename = fs.renameSync.bind(fs);
    let refusals = 2;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (refusals-- > 0)
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      rename(from, to);
    });
    replaceFileSync(file, 'new');
    expect(spy).toHaveBeenCalledTimes(3);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(leftovers()).toEqual([]);
  });

  it('never retries a rename that cannot succeed (the folder is gone)', () => {
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, 'old');
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOENT: no such file or directory, rename'), { code: 'ENOENT' });
    });
    expect(() => replaceFileSync(file, 'new')).toThrow(/ENOENT/);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
