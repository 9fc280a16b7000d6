import Conf from 'conf';
import type { CreateJsonStore, JsonStore } from './ports';

/**
 * The store the tests and the loopback harness use: `conf`, the engine electron-store wraps, so host
 * code is exercised against the same file handling the shell gets.
 *
 * What conf 15 does for us (read in node_modules/conf and node_modules/atomically, v2.1):
 * - Assigning `store` serialises the whole object and writes it with atomically's `writeFileSync`:
 *   a temporary file beside the target (`<name>.json.tmp-<time><random>`), written, fsync'd, closed,
 *   then renamed over the target. A crash leaves either the old file or the new one, never a mix;
 *   it can leave the temporary file behind, which storage removes at start-up.
 * - It does not fsync the folder after the rename, so the rename itself can be lost on power failure
 *   (not on a process crash). Storage fsyncs the folder before acknowledging a save.
 * - atomically retries EBUSY/EACCES/EPERM/EMFILE for up to a second before giving up; ENOSPC and
 *   EROFS fail at once.
 * - With `clearInvalidConfig: false` a file that is not JSON makes reading `store` (and the
 *   constructor, which reads once) throw a SyntaxError instead of quietly starting empty.
 * - Without `schema`, `defaults`, `migrations` or `watch` it validates nothing and writes nothing on
 *   construction; versions and migrations are ours (shared/model/migrations), not conf's.
 * - Setting `store` first re-reads the file to carry over conf's private `__internal__` key; we never
 *   write that key, so the read only costs one file's size.
 * - Under Ubuntu Snap (`process.env.SNAP`) conf writes in place, not atomically; the packaged app does
 *   not ship as a snap.
 */
export const createConfStore: CreateJsonStore = ({ cwd, configName }) => {
  const conf = new Conf<Record<string, unknown>>({
    cwd,
    configName,
    projectName: 'casework-practice',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
  const store: JsonStore = {
    path: conf.path,
    get store() {
      return conf.store;
    },
    set store(value: Record<string, unknown>) {
      conf.store = value;
    },
  };
  return store;
};
