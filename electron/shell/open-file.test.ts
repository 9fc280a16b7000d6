import { describe, expect, it } from 'vitest';
import { findCaseworkFileArg, OpenFileQueue } from './open-file';

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
