import { appendFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readChosenFile, readChosenFileFromHandle } from './read-chosen-file';

const words = { notAFile: (n: string) => `${n} not a file`, tooLarge: (n: string) => `${n} too large` };

describe('readChosenFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chosen-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file up to the limit exactly', async () => {
    const path = join(dir, 'a.casework');
    await writeFile(path, 'x'.repeat(10));
    expect((await readChosenFile(path, 10, words)).length).toBe(10);
  });

  it('refuses a file over the limit, and a folder', async () => {
    const path = join(dir, 'big.casework');
    await writeFile(path, 'x'.repeat(11));
    await expect(readChosenFile(path, 10, words)).rejects.toMatchObject({ code: 'too-large' });
    await expect(readChosenFile(dir, 10, words)).rejects.toMatchObject({ code: 'invalid-file' });
    await expect(readChosenFile(join(dir, 'gone'), 10, words)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('uses the caller’s name, verb and size in its messages', async () => {
    const path = join(dir, 'big.json');
    await writeFile(path, 'x'.repeat(20));
    const own = {
      ...words,
      verb: 'read' as const,
      name: 'Short name',
      tooLarge: (n: string, size: number) => `${n} ${size}`,
    };
    await expect(readChosenFile(path, 10, own)).rejects.toMatchObject({ message: 'Short name 20' });
    await expect(readChosenFile(join(dir, 'gone'), 10, own)).rejects.toMatchObject({
      message: 'Could not read “Short name” (ENOENT).',
    });
  });

  it('stops at limit + 1 bytes when the file grows after the size check', async () => {
    const path = join(dir, 'growing.casework');
    await writeFile(path, 'x'.repeat(5));
    // Grow the file between the handle's stat (5 bytes, under the limit) and the read.
    let requested = 0;
    const handle: FileHandle = await open(path, 'r');
    const realRead = handle.read.bind(handle);
    const realStat = handle.stat.bind(handle);
    Object.assign(handle, {
      stat: async () => {
        const info = await realStat();
        await appendFile(path, 'y'.repeat(1000));
        return info;
      },
      read: async (buffer: Buffer, offset: number, length: number, position: number) => {
        requested += length;
        return realRead(buffer, offset, length, position);
      },
    });
    await expect(readChosenFileFromHandle(handle, 'growing.casework', 10, words)).rejects.toMatchObject({
      code: 'too-large',
    });
    await handle.close();
    expect(requested).toBeLessThanOrEqual(11);
  });
});
