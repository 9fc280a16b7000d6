import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCaseworkFileArg, OpenFileQueue, readOpenedFile } from './open-file';

describe('findCaseworkFileArg', () => {
  it('finds the last .casework argument, skipping the executable and switches', () => {
    expect(findCaseworkFileArg(['/opt/Casework Practice/casework', '--flag', '/home/a/b.casework'])).toBe(
      '/home/a/b.casework',
    );
    expect(findCaseworkFileArg(['C:\\app.exe', 'C:\\Users\\x\\Work.CASEWORK'])).toBe(
      'C:\\Users\\x\\Work.CASEWORK',
    );
  });

  it('ignores everything else', () => {
    expect(findCaseworkFileArg(['x.casework'])).toBeNull();
    expect(findCaseworkFileArg(['app', '--inspect=x.casework'])).toBeNull();
    expect(findCaseworkFileArg(['app', '/tmp/notes.txt'])).toBeNull();
    expect(findCaseworkFileArg(['app', 'a\0.casework'])).toBeNull();
  });
});

describe('OpenFileQueue', () => {
  it('keeps each path once and empties on take', () => {
    const queue = new OpenFileQueue();
    queue.push('/a.casework');
    queue.push('/a.casework');
    queue.push(null);
    queue.push('/b.casework');
    expect(queue.take()).toEqual(['/a.casework', '/b.casework']);
    expect(queue.take()).toEqual([]);
  });
});

describe('readOpenedFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casework-opened-'));

  it('gives the name and bytes, never the folder', async () => {
    const path = join(dir, 'Work for review.casework');
    writeFileSync(path, '{"format":"casework-share"}');
    const file = await readOpenedFile(path);
    expect(file.name).toBe('Work for review.casework');
    expect('bytes' in file && new TextDecoder().decode(file.bytes)).toBe('{"format":"casework-share"}');
    expect(JSON.stringify(file)).not.toContain(dir);
  });

  it('names the problem instead of reading a file too large, a folder, or nothing', async () => {
    const big = join(dir, 'big.casework');
    writeFileSync(big, 'x'.repeat(50));
    expect(await readOpenedFile(big, 10)).toEqual({
      name: 'big.casework',
      problem: '“big.casework” is too large to be a Casework Practice file, so it was not opened.',
    });
    expect(await readOpenedFile(dir)).toMatchObject({ problem: expect.stringMatching(/is not a file/) });
    // A file whose size says 0 but that reads longer (as a file still being written can): the read is bounded.
    if (process.platform === 'linux')
      expect(await readOpenedFile('/proc/self/status', 10)).toMatchObject({
        problem: expect.stringMatching(/is too large/),
      });
    expect(await readOpenedFile(join(dir, 'gone.casework'))).toEqual({
      name: 'gone.casework',
      problem: 'Could not open “gone.casework” (ENOENT).',
    });
  });
});
