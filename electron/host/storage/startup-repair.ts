import fs from 'node:fs';
import path from 'node:path';
import type { Attempt } from '@shared/model/attempt';
import { idPattern } from '@shared/model/ids';
import { countsCarried, libraryEntryFor, libraryHeadSchema } from '@shared/model/library';
import type { LibraryEntry, LibraryHead } from '@shared/model/library';
import type { DocumentKind } from '@shared/model/migrations';
import { defaultSettings } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import {
  LIBRARY_BACKUP_KEY,
  LIBRARY_FILE,
  LIBRARY_HEAD_FILE,
  SETTINGS_BACKUP_KEY,
  SETTINGS_FILE,
} from './core';
import type { StorageCore } from './core';
import { compactStamp } from './dates';
import { decodeDocument } from './documents';
import type { DocumentTypes } from './documents';
import { DocumentFiles } from './files';
import { noticeText } from './notices';

/**
 * Finding and repairing damaged files: at start-up, in an order where each step can trust the last, and
 * later when an attempt file turns out damaged on opening. Nothing is deleted; what cannot be read goes to
 * quarantine, and the trainee is told what was restored.
 */

/**
 * Runs once when storage opens: tidy, load settings, and list the attempts. When the index's head file
 * reads cleanly, the list starts from it and the rest of the work (the whole index, the attempts folder,
 * deleted attempts' backups) waits for `readWholeLibrary`, which the storage runs before anything that
 * needs the whole list; otherwise that work is done now, as it always was. Answers the settings to use.
 */
export async function startUp(core: StorageCore): Promise<Settings> {
  const { dataDir, attemptsDir, backupsDir, quarantineDir } = core.layout;
  for (const dir of [dataDir, attemptsDir, backupsDir, quarantineDir]) fs.mkdirSync(dir, { recursive: true });
  core.files.removeLeftovers(dataDir);
  const settings = await loadSettings(core);
  const head = readHead(core);
  if (head) core.index.startFromHead(head);
  else await readWholeLibrary(core);
  return settings;
}

/**
 * The start-up work that grows with the library: the attempts folder's leftovers, the whole index (checked,
 * and repaired or rebuilt as it always was), deleted attempts past keeping, and the head put in step.
 */
export async function readWholeLibrary(core: StorageCore): Promise<void> {
  core.files.removeLeftovers(core.layout.attemptsDir);
  // The backup folders (one per attempt) are swept by the background check: listing 10,000 of them was a
  // third of start-up at that size, and a leftover there is never read (backup names carry a time stamp).
  core.index.beginWholeRead();
  await loadLibrary(core);
  pruneDeleted(core);
  // An index written without its head (a crash between the two, an older version of the app) leaves the
  // head behind the index: put it right for the next start.
  await core.index.putHeadInStep();
}

/** The index's head, or null when it is missing, damaged or not this version's (start-up then reads the whole index). */
function readHead(core: StorageCore): LibraryHead | null {
  const { dataDir } = core.layout;
  let read: ReturnType<StorageCore['files']['read']>;
  try {
    read = core.files.read(dataDir, LIBRARY_HEAD_FILE, 'your list of attempts');
  } catch (error) {
    core.deps.log('Could not read the head of the library index; reading the whole index', error);
    return null;
  }
  if (read.state === 'missing') return null;
  const parsed = read.state === 'parsed' ? libraryHeadSchema.safeParse(read.value) : null;
  if (parsed?.success) return parsed.data;
  // Nothing is lost with it (it is a copy of the index's first entries), so it is removed, not quarantined,
  // and written again from the index.
  core.deps.log(
    `Head of the library index not usable (${read.state === 'unparseable' ? read.reason : 'not in the expected form'}); reading the whole index`,
  );
  try {
    core.files.remove(dataDir, LIBRARY_HEAD_FILE);
  } catch (error) {
    core.deps.log('Could not remove the head of the library index', error);
  }
  return null;
}

/**
 * Moves a damaged file into quarantine under a name that says where it came from and when. Answers
 * false when it could not be moved (a read-only folder): the caller must then not write over it.
 */
export function quarantine(core: StorageCore, dir: string, name: string): boolean {
  const from = DocumentFiles.fileFor(dir, name);
  const relative = path.relative(core.layout.dataDir, from).split(path.sep).join('_');
  const stamp = compactStamp(core.deps.now());
  let target = path.join(core.layout.quarantineDir, `${stamp}_${relative}`);
  for (let n = 2; fs.existsSync(target); n += 1)
    target = path.join(core.layout.quarantineDir, `${stamp}-${n}_${relative}`);
  try {
    core.files.move(from, target);
  } catch (error) {
    core.deps.log(`Could not move ${from} into quarantine; leaving it where it is`, error);
    return false;
  }
  core.deps.log(`Quarantined ${from} as ${target}`);
  return true;
}

/**
 * Reads a file, upgrading it if it is older (after snapshotting it as it was). Damaged or unreadable
 * files come back as `damaged` for the caller to quarantine and recover; I/O failures throw.
 */
async function load<K extends DocumentKind>(
  core: StorageCore,
  kind: K,
  dir: string,
  name: string,
  backupKey: string,
  what: string,
): Promise<
  | { state: 'missing' }
  | { state: 'ok'; value: DocumentTypes[K] }
  | { state: 'damaged'; reason: string; tooNew: boolean }
> {
  const read = core.files.read(dir, name, what);
  if (read.state === 'missing') return read;
  if (read.state === 'unparseable') return { state: 'damaged', reason: read.reason, tooNew: false };
  const decoded = decodeDocument(kind, read.value);
  if (!decoded.ok) return { state: 'damaged', reason: decoded.reason, tooNew: decoded.writtenByNewerVersion };
  if (decoded.migratedFrom !== null || decoded.answersMigrated.length > 0) {
    try {
      // The old file is copied as it is before the upgraded one replaces it; without that copy the
      // upgrade is used in memory only and the file is left alone until the next start.
      await core.backups.take(backupKey, read.value as object, 'before-migration');
      await core.files.write(dir, name, decoded.value, what);
    } catch (error) {
      core.deps.log(`Could not upgrade ${what} on disk; using the upgraded copy in memory`, error);
    }
  }
  return { state: 'ok', value: decoded.value };
}

async function loadSettings(core: StorageCore): Promise<Settings> {
  const { dataDir } = core.layout;
  const loaded = await load(core, 'settings', dataDir, SETTINGS_FILE, SETTINGS_BACKUP_KEY, 'your settings');
  if (loaded.state === 'missing') return defaultSettings;
  if (loaded.state === 'ok') return loaded.value;
  core.deps.log(`Settings file damaged: ${loaded.reason}`);
  const moved = quarantine(core, dataDir, SETTINGS_FILE);
  const backup = core.backups.latestGood(SETTINGS_BACKUP_KEY, 'settings');
  if (!backup) {
    core.notify('warning', loaded.tooNew ? noticeText.settingsTooNewReset() : noticeText.settingsReset());
    return defaultSettings;
  }
  if (moved)
    await core.files
      .write(dataDir, SETTINGS_FILE, backup.value, 'your settings')
      .catch((error: unknown) => core.deps.log('Could not write restored settings', error));
  core.notify(
    'warning',
    loaded.tooNew
      ? noticeText.settingsTooNewRestored(backup.takenAt)
      : noticeText.settingsRestored(backup.takenAt),
  );
  return backup.value;
}

async function loadLibrary(core: StorageCore): Promise<void> {
  const { dataDir, attemptsDir } = core.layout;
  const index = await load(
    core,
    'library',
    dataDir,
    LIBRARY_FILE,
    LIBRARY_BACKUP_KEY,
    'your list of attempts',
  );
  let indexEntries: Map<string, LibraryEntry> | null = null;
  if (index.state === 'ok') indexEntries = new Map(index.value.entries.map((e) => [e.id, e]));
  else if (index.state === 'damaged') {
    core.deps.log(`Library index damaged: ${index.reason}`);
    quarantine(core, dataDir, LIBRARY_FILE);
  }

  // Attempts the index lists are not opened here, so start-up does not grow with the library: the index
  // already holds what the home screen shows. Each is checked when it is opened or saved, or by
  // `checkUnopenedAttempts` once the first screen has painted, so a damaged file is still found before the
  // trainee works on it. Files the index does not list are opened now (they are added back to it).
  const loaded = new Map<string, Attempt>();
  const listed = new Map<string, LibraryEntry>();
  const attemptFiles = new Set(core.files.list(attemptsDir).filter((name) => idPattern.test(name)));
  for (const id of attemptFiles) {
    const entry = indexEntries?.get(id);
    if (entry) {
      listed.set(id, entry);
      continue;
    }
    const attempt = await openAttemptFile(core, id, null);
    if (attempt) loaded.set(id, attempt);
  }

  // Progress is not in the attempt file; when the index is lost, take it from its newest good copy.
  const progressSource =
    indexEntries ??
    new Map(
      (core.backups.latestGood(LIBRARY_BACKUP_KEY, 'library')?.value.entries ?? []).map((e) => [e.id, e]),
    );

  if (indexEntries) {
    for (const [id, entry] of indexEntries) {
      // Files that were there but damaged beyond repair have had their notice already.
      if (attemptFiles.has(id) || core.files.exists(attemptsDir, id)) continue;
      // An entry without its file: the file was lost (deleting removes the entry first). Bring back the
      // newest copy if there is one.
      const backup = core.backups.latestGood(id, 'attempt');
      if (backup && backup.value.id === id) {
        try {
          await core.files.write(attemptsDir, id, backup.value, 'your work');
          loaded.set(id, backup.value);
          core.notify('warning', noticeText.attemptFileMissingRestored(backup.value.title, backup.takenAt));
          continue;
        } catch (error) {
          core.deps.log(`Could not restore ${id} from its backup`, error);
        }
      }
      core.notify('warning', noticeText.attemptFileMissingRemoved(entry.title));
    }
  }

  for (const [id, entry] of listed) {
    core.index.entries.set(id, entry);
    core.unchecked.add(id);
  }
  for (const [id, attempt] of loaded) {
    const previous = indexEntries?.get(id);
    const progress = progressSource.get(id)?.progress ?? 0;
    core.index.entries.set(
      id,
      libraryEntryFor(
        attempt,
        previous?.progress ?? progress,
        countsCarried(previous ?? progressSource.get(id), attempt),
      ),
    );
    core.known.set(id, {
      revision: attempt.revision,
      createdAt: attempt.createdAt,
      status: attempt.status,
    });
    if (indexEntries && !previous) core.notify('info', noticeText.attemptAddedBack(attempt.title));
  }
  if (index.state === 'damaged')
    core.notify('warning', noticeText.libraryRebuilt(loaded.size, index.tooNew ? 'newer' : 'damaged'));
  if (index.state === 'missing' && loaded.size > 0)
    core.notify('info', noticeText.libraryMissing(loaded.size));
  core.index.markComplete();

  // When every entry was listed as it is and nothing was added back, the index on disk is already what is
  // in memory: comparing the two as JSON would cost more than the rest of start-up at 10,000 attempts.
  const unchanged = index.state === 'ok' && loaded.size === 0 && listed.size === index.value.entries.length;
  if (
    !unchanged &&
    JSON.stringify(core.index.document()) !== (index.state === 'ok' ? JSON.stringify(index.value) : null)
  ) {
    core.index.markDirty();
    await core.index
      .writeNow()
      .catch((error: unknown) => core.deps.log('Could not write the repaired library index', error));
  }
}

/**
 * Opens every attempt file start-up listed without opening, one at a time under its own queue key (so a
 * save of it waits, and saves of others go between). What was damaged is recovered as on opening; a file
 * that could not be recovered leaves the list; listed fields the index had missed (its write is deferred
 * after a save) are brought up to date.
 */
export async function checkUnopenedAttempts(core: StorageCore): Promise<void> {
  if (!core.backupsSwept) {
    core.backupsSwept = true;
    for (const key of core.backups.keys()) core.files.removeLeftovers(core.backups.folderFor(key));
  }
  for (const id of [...core.unchecked]) {
    await core.queue.run(id, async () => {
      if (!core.unchecked.has(id)) return;
      core.assertOpen();
      const entry = core.index.entries.get(id);
      const attempt = await openAttemptFile(core, id, entry?.title ?? null);
      if (!attempt) {
        if (core.index.entries.delete(id)) core.index.markDirty();
        core.known.delete(id);
        return;
      }
      core.known.set(id, {
        revision: attempt.revision,
        createdAt: attempt.createdAt,
        status: attempt.status,
      });
      const fresh = libraryEntryFor(attempt, entry?.progress ?? 0, countsCarried(entry, attempt));
      if (!entry || JSON.stringify(fresh) !== JSON.stringify(entry)) {
        core.index.entries.set(id, fresh);
        core.index.markDirty();
      }
    });
    // Let a save waiting on another attempt go first.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (core.index.dirty)
    await core.index
      .writeNow()
      .catch((error: unknown) => core.deps.log('Could not write the library index', error));
}

/** Opens an attempt file at start-up or on demand, recovering from damage; null when nothing could be saved. */
export async function openAttemptFile(
  core: StorageCore,
  id: string,
  titleHint: string | null,
): Promise<Attempt | null> {
  const { attemptsDir } = core.layout;
  // Whoever opens it first checks it; the background check then has nothing left to do for it.
  core.unchecked.delete(id);
  const loaded = await load(core, 'attempt', attemptsDir, id, id, 'your work');
  if (loaded.state === 'missing') return null;
  if (loaded.state === 'ok') {
    if (loaded.value.id === id) return loaded.value;
    // A file whose content names another attempt was copied or renamed by hand: treat it as damaged
    // rather than let two files claim one id.
    core.deps.log(`Attempt file ${id} holds attempt ${loaded.value.id}`);
  } else core.deps.log(`Attempt file ${id} damaged: ${loaded.reason}`);
  if (loaded.state === 'damaged' && loaded.tooNew) {
    // Not damaged, just newer than this app: leave it where it is for the newer version to open, and
    // keep it out of the list so nothing here can write over it.
    core.notify('warning', noticeText.attemptTooNew(titleHint));
    return null;
  }
  const moved = quarantine(core, attemptsDir, id);
  const backup = core.backups.latestGood(id, 'attempt');
  if (backup && backup.value.id === id) {
    // If the file could not be written back, the restored copy still opens from memory this session
    // and the next save writes it.
    if (moved)
      await core.files
        .write(attemptsDir, id, backup.value, 'your work')
        .catch((error: unknown) => core.deps.log(`Could not write the restored copy of ${id}`, error));
    core.notify('warning', noticeText.attemptRestored(backup.value.title, backup.takenAt));
    return backup.value;
  }
  core.notify('error', noticeText.attemptLost(titleHint));
  return null;
}

function pruneDeleted(core: StorageCore): void {
  const cutoff = core.deps.now().getTime() - core.options.deletedRetentionMs;
  for (const key of core.backups.keys()) {
    if (key.startsWith('_') || !idPattern.test(key) || core.index.entries.has(key)) continue;
    if (core.files.exists(core.layout.attemptsDir, key)) continue;
    const newest = core.backups.lastTakenAt(key);
    if (newest && newest.getTime() < cutoff) core.backups.removeAll(key);
  }
}
