import { watch } from 'node:fs';
import type { FolderWatchPort, TimerPort } from '../ports';

/**
 * Node's own `fs.watch` on the folder itself (not recursive: the watcher looks one level down by listing).
 * Its events are only hints, as its documentation warns they vary by platform and file system; the watcher
 * lists the folder for the truth.
 */
export const nodeFolderWatch: FolderWatchPort = {
  watch(folder, changed, failed) {
    const watcher = watch(folder, { persistent: false }, () => changed());
    watcher.on('error', (error) => {
      watcher.close();
      failed(error);
    });
    return () => watcher.close();
  },
};

export const realTimers: TimerPort = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    // A pending look at the folder never keeps the process (or a test run) alive.
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};
