import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import { fsFailure, fsProblem, isSystemError } from './fs-errors';
import { exportWriteFailure } from './pdf/write-export';
import { readFailure, writeFailure } from './storage/write-errors';

const sys = (code: string) => Object.assign(new Error(code), { code });

describe('the one errno mapping', () => {
  it('groups errnos by what the person can do about them', () => {
    expect(fsProblem(sys('ENOSPC'))).toBe('no-space');
    expect(fsProblem(sys('EDQUOT'))).toBe('no-space');
    expect(fsProblem(sys('EROFS'))).toBe('read-only-drive');
    expect(fsProblem(sys('EMFILE'))).toBeUndefined();
    expect(fsProblem(new Error('plain'))).toBeUndefined();
  });

  it('passes a HostError through and falls back with the errno for problems without words', () => {
    const original = new HostError('disk-full', 'already said');
    expect(fsFailure(original, {}, () => 'x')).toBe(original);
    const failure = fsFailure(sys('ENOENT'), {}, (code) => `fallback ${code}`);
    expect([failure.code, failure.message]).toEqual(['storage-failed', 'fallback ENOENT']);
    expect(isSystemError(sys('EIO'))).toBe(true);
    expect(isSystemError(original)).toBe(false);
  });

  it('keeps the storage and export wordings apart', () => {
    expect(writeFailure(sys('EROFS'), 'your work').code).toBe('read-only');
    expect(writeFailure(sys('ENOENT'), 'your work').message).toContain('(ENOENT)');
    expect(readFailure(sys('EBUSY'), 'the attempt').code).toBe('file-in-use');
    expect(readFailure(sys('ETXTBSY'), 'the attempt').code).toBe('storage-failed');
    expect(exportWriteFailure(sys('EROFS'), 'a.pdf').message).toContain('read-only');
    expect(exportWriteFailure(sys('ENOTDIR'), 'a.pdf').message).toContain('no longer exists');
  });
});
