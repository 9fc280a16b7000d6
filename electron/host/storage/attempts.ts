import { HostError } from '@shared/contract';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema, emptyTiming } from '@shared/model/attempt';
import type { Attempt } from '@shared/model/attempt';
import { idPattern } from '@shared/model/ids';
import { countsCarried, libraryEntryFor } from '@shared/model/library';
import type { SummaryCounts } from '@shared/model/library';
import type { LibraryEntry } from '@shared/model/library';
import type { DeletedAttemptEntry } from '@shared/contract';
import type { SnapshotReason } from './backups';
import type { KnownAttempt, StorageCore } from './core';
import { decodeDocument } from './documents';
import { openAttemptFile, quarantine } from './startup-repair';

/**
 * What can be done to an attempt: start, import, open, save, snapshot, delete and undo a delete. Each runs
 * in the attempt's own queue, so two operations on one attempt never interleave.
 */

export interface NewAttempt {
  title: string;
  caseId: string | null;
  /** The version of the case the attempt starts on (absent for an own case). */
  caseVersion?: number;
  templateIds: string[];
  templateVersions: Record<string, number>;
  releasedDocumentIds: string[];
}

export interface SaveAcknowledgement {
  revision: number;
  savedAt: string;
}

/** Fields the home screen lists that change rarely; a change to one is written to the index at once. */
function listingChanged(before: LibraryEntry | undefined, after: LibraryEntry): boolean {
  if (!before) return true;
  return (
    before.title !== after.title ||
    before.status !== after.status ||
    before.caseId !== after.caseId ||
    before.createdAt !== after.createdAt ||
    before.templateIds.join('\n') !== after.templateIds.join('\n')
  );
}

function assertId(id: string): void {
  // Ids become file names: refuse anything that could climb out of the attempts folder.
  if (!idPattern.test(id)) throw new HostError('invalid-request', 'That is not a valid attempt id.');
}

const notFound = () =>
  new HostError(
    'not-found',
    'This attempt is no longer in your library (it may have been deleted). Your list has been refreshed.',
  );

export async function createAttempt(core: StorageCore, input: NewAttempt): Promise<Attempt> {
  core.assertOpen();
  const at = core.deps.now().toISOString();
  const attempt = attemptSchema.parse({
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: core.deps.newId(),
    title: input.title,
    caseId: input.caseId,
    ...(input.caseId !== null && input.caseVersion !== undefined ? { caseVersion: input.caseVersion } : {}),
    templateIds: input.templateIds,
    templateVersions: input.templateVersions,
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
    finishedAt: null,
    revision: 0,
    answers: {},
    evidence: [],
    releasedDocumentIds: input.releasedDocumentIds,
    timing: emptyTiming,
  } satisfies Attempt);
  assertId(attempt.id);
  return core.queue.run(attempt.id, async () => {
    if (core.files.exists(core.layout.attemptsDir, attempt.id))
      throw new HostError(
        'conflict',
        'Could not start the attempt: its new id is already in use. Please try again.',
      );
    await core.files.write(core.layout.attemptsDir, attempt.id, attempt, 'the new attempt');
    core.known.set(attempt.id, { revision: 0, createdAt: at, status: attempt.status });
    core.index.entries.set(attempt.id, libraryEntryFor(attempt, 0));
    core.index.markDirty();
    // The attempt is saved either way; a failed index write is retried and repaired at the next start.
    await core.index
      .writeNow()
      .catch((error: unknown) => core.deps.log('Could not write the library index', error));
    await core.maybeSnapshot(attempt.id, attempt, 'save', false);
    return attempt;
  });
}

/**
 * Adds an attempt that came from outside (an exchange file) as a new one: a fresh id so it can never
 * replace an attempt already here, everything else as it was made (answers, dates, status).
 */
/**
 * `indexLater`: the index entry is written with the next deferred index write (or `flush`) instead of now, for
 * a batch of imports that flushes once at its end. A power cut before then loses nothing: start-up adds back
 * attempt files the index does not list, saying so.
 */
export async function importAttempt(
  core: StorageCore,
  attempt: Attempt,
  progress: number,
  options: { indexLater?: boolean } = {},
): Promise<Attempt> {
  core.assertOpen();
  const parsed = attemptSchema.safeParse({ ...attempt, id: core.deps.newId() });
  if (!parsed.success)
    throw new HostError('invalid-file', 'The attempt in that file is not in the form this app saves.');
  const imported = parsed.data;
  assertId(imported.id);
  const share = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return core.queue.run(imported.id, async () => {
    if (core.files.exists(core.layout.attemptsDir, imported.id))
      throw new HostError(
        'conflict',
        'Could not add the attempt: its new id is already in use. Please try again.',
      );
    await core.files.write(core.layout.attemptsDir, imported.id, imported, 'the imported attempt');
    core.known.set(imported.id, {
      revision: imported.revision,
      createdAt: imported.createdAt,
      status: imported.status,
    });
    core.index.entries.set(imported.id, libraryEntryFor(imported, share));
    if (options.indexLater) core.index.scheduleWrite();
    else await core.index.writeSoon();
    await core.maybeSnapshot(imported.id, imported, 'save', true);
    return imported;
  });
}

const countOrNull = (n: number | undefined): number | null =>
  n !== undefined && Number.isInteger(n) && n >= 0 ? n : null;

/**
 * Records what the progress service worked out for an attempt's summary (rule counts, review levels);
 * written with the next deferred index write. `attempt` fills a summary an older index did not have.
 */
export function updateSummary(
  core: StorageCore,
  id: string,
  counts: Partial<SummaryCounts>,
  attempt?: Attempt,
): void {
  core.assertOpen();
  const entry = core.index.entries.get(id);
  if (!entry) return;
  // Counts worked out from a version a save has since replaced describe answers no longer there.
  if (attempt && attempt.updatedAt !== entry.updatedAt) return;
  const base = entry.summary ?? (attempt ? libraryEntryFor(attempt, entry.progress).summary : undefined);
  if (!base) return;
  core.index.entries.set(id, { ...entry, summary: { ...base, ...counts } });
  core.index.scheduleWrite();
}

export function getAttempt(core: StorageCore, id: string): Promise<Attempt> {
  assertId(id);
  return core.queue.run(id, async () => {
    core.assertOpen();
    const attempt = await openAttemptFile(core, id, core.index.entries.get(id)?.title ?? null);
    if (!attempt) {
      if (core.index.entries.delete(id)) await core.index.writeSoon();
      core.known.delete(id);
      throw notFound();
    }
    core.known.set(id, {
      revision: attempt.revision,
      createdAt: attempt.createdAt,
      status: attempt.status,
    });
    if (!core.index.entries.has(id)) {
      core.index.entries.set(id, libraryEntryFor(attempt, 0));
      await core.index.writeSoon();
    }
    return attempt;
  });
}

async function knownAttempt(core: StorageCore, id: string): Promise<KnownAttempt> {
  const known = core.known.get(id);
  if (known) return known;
  if (!core.files.exists(core.layout.attemptsDir, id)) throw notFound();
  const attempt = await openAttemptFile(core, id, core.index.entries.get(id)?.title ?? null);
  if (!attempt) throw notFound();
  const fresh = { revision: attempt.revision, createdAt: attempt.createdAt, status: attempt.status };
  core.known.set(id, fresh);
  return fresh;
}

/**
 * Saves a whole attempt. Answers only once the file and its folder entry are flushed to disk: that
 * answer is the acknowledgement the renderer relies on. Refused with `conflict` when the attempt was
 * saved since the revision the caller holds; on any failure the file on disk is left as it was.
 */
export function saveAttempt(
  core: StorageCore,
  request: { attempt: Attempt; progress: number; questions?: number; warnings?: number },
): Promise<SaveAcknowledgement> {
  const parsed = attemptSchema.safeParse(request.attempt);
  if (!parsed.success)
    return Promise.reject(new HostError('invalid-request', 'The attempt is not in the expected form.'));
  const incoming = parsed.data;
  assertId(incoming.id);
  const progress = Math.min(1, Math.max(0, Number.isFinite(request.progress) ? request.progress : 0));
  return core.queue.run(incoming.id, async () => {
    core.assertOpen();
    const known = await knownAttempt(core, incoming.id);
    if (incoming.revision !== known.revision)
      throw new HostError(
        'conflict',
        'Your changes were not saved because this attempt was saved from somewhere else since you opened it. Copy anything you need, then reopen the attempt.',
      );
    const savedAt = core.deps.now().toISOString();
    const next: Attempt = {
      ...incoming,
      createdAt: known.createdAt,
      revision: known.revision + 1,
      updatedAt: savedAt,
    };
    await core.files.write(core.layout.attemptsDir, next.id, next, 'your work');
    core.known.set(next.id, { revision: next.revision, createdAt: next.createdAt, status: next.status });

    const before = core.index.entries.get(next.id);
    // The rule counts come with the save, worked out by the same engine as progress; reviews are kept apart.
    const entry = libraryEntryFor(next, progress, {
      questions: countOrNull(request.questions),
      warnings: countOrNull(request.warnings),
      reviews: before?.summary?.reviews ?? null,
    });
    core.index.entries.set(next.id, entry);
    if (listingChanged(before, entry)) await core.index.writeSoon();
    else core.index.scheduleWrite();

    await core.maybeSnapshot(
      next.id,
      next,
      known.status !== next.status ? 'status' : 'save',
      known.status !== next.status,
    );
    return { revision: next.revision, savedAt };
  });
}

/** Takes a snapshot of an attempt as it is on disk now; for risky operations (imports, restores). */
export function backupAttempt(core: StorageCore, id: string, reason: SnapshotReason): Promise<void> {
  assertId(id);
  return core.queue.run(id, async () => {
    core.assertOpen();
    const read = core.files.read(core.layout.attemptsDir, id, 'your work');
    if (read.state !== 'parsed') throw notFound();
    await core.backups.take(id, read.value as object, reason);
  });
}

/**
 * Removes an attempt from the library. A snapshot is taken first (deleting fails if it cannot be),
 * then the index entry goes, then the file: a crash part-way leaves the attempt listed again, never lost.
 */
export function deleteAttempt(core: StorageCore, id: string): Promise<void> {
  assertId(id);
  return core.queue.run(id, async () => {
    core.assertOpen();
    const read = core.files.read(core.layout.attemptsDir, id, 'your work');
    const good = read.state === 'parsed' && decodeDocument('attempt', read.value).ok;
    if (read.state === 'missing' && !core.index.entries.has(id)) throw notFound();
    if (read.state === 'parsed' && good) await core.backups.take(id, read.value as object, 'before-delete');
    const entry = core.index.entries.get(id);
    core.index.entries.delete(id);
    core.index.markDirty();
    try {
      await core.index.writeNow();
    } catch (error) {
      if (entry) core.index.entries.set(id, entry);
      throw error;
    }
    if (entry) core.deletedEntries.set(id, entry);
    core.known.delete(id);
    // A damaged file has no snapshot to undo from, so it goes to quarantine rather than away.
    if (read.state !== 'missing' && !good) quarantine(core, core.layout.attemptsDir, id);
    else core.files.remove(core.layout.attemptsDir, id);
  });
}

/**
 * Attempts deleted within `deletedRetentionMs` whose copy still reads, newest deletion first: the same test
 * the startup pruning uses (a backup folder with no library entry and no file), so what is offered here is
 * exactly what would be kept.
 */
export function listDeletedAttempts(core: StorageCore): DeletedAttemptEntry[] {
  core.assertOpen();
  const now = core.deps.now().getTime();
  const found: DeletedAttemptEntry[] = [];
  for (const key of core.backups.keys()) {
    if (key.startsWith('_') || !idPattern.test(key) || core.index.entries.has(key)) continue;
    if (core.files.exists(core.layout.attemptsDir, key)) continue;
    const deletedAt = core.backups.lastTakenAt(key);
    if (!deletedAt || deletedAt.getTime() + core.options.deletedRetentionMs < now) continue;
    const copy = core.backups.latestGood(key, 'attempt');
    if (!copy || copy.value.id !== key) continue;
    found.push({
      id: key,
      title: copy.value.title,
      caseId: copy.value.caseId,
      deletedAt: deletedAt.toISOString(),
      keptUntil: new Date(deletedAt.getTime() + core.options.deletedRetentionMs).toISOString(),
    });
  }
  return found.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}

/** Brings back a deleted attempt from its newest snapshot (kept for `deletedRetentionMs`). */
export function restoreDeletedAttempt(core: StorageCore, id: string): Promise<LibraryEntry> {
  assertId(id);
  return core.queue.run(id, async () => {
    core.assertOpen();
    if (core.index.entries.has(id) || core.files.exists(core.layout.attemptsDir, id))
      throw new HostError('conflict', 'This attempt is already in your library.');
    const backup = core.backups.latestGood(id, 'attempt');
    if (!backup || backup.value.id !== id)
      throw new HostError('not-found', 'No copy of this attempt was found, so it cannot be restored.');
    await core.files.write(core.layout.attemptsDir, id, backup.value, 'the restored attempt');
    const attempt = backup.value;
    const deleted = core.deletedEntries.get(id);
    const entry = libraryEntryFor(attempt, deleted?.progress ?? 0, countsCarried(deleted, attempt));
    core.index.entries.set(id, entry);
    core.deletedEntries.delete(id);
    core.known.set(id, {
      revision: attempt.revision,
      createdAt: attempt.createdAt,
      status: attempt.status,
    });
    await core.index.writeSoon();
    return entry;
  });
}
