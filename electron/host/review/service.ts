import { basename } from 'node:path';
import packageInfo from '../../../package.json' with { type: 'json' };
import { caseContextFor, getCase } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { CaseAdded } from '@shared/contract/channels/cases';
import {
  buildSharePackage,
  IMPORTED_COPY_SCHEMA_VERSION,
  MAX_SHARE_BYTES,
  parseSharePackage,
  serialiseSharePackage,
  SHARE_FILE_EXTENSION,
} from '@shared/exchange';
import type { ImportedCopy, SharePackage } from '@shared/exchange';
import {
  ARCHIVE_FILE_EXTENSION,
  parseWorkArchive,
  serialiseWorkArchive,
} from '@shared/exchange/work-archive';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import type { LibraryEntry, SummaryCounts } from '@shared/model/library';
import type { Notice } from '@shared/model/notices';
import { safeFileNamePart } from '@shared/pdf/file-name';
import { incomingReviewProblem } from '@shared/review/integrity';
import { questionCounts, reviewSummaryFor, reviewTouches } from '@shared/review/progress';
import {
  carryThreadsToNewVersion,
  mergeReturnedReview,
  mergeReviews,
  threadAdditions,
  versionOf,
} from '@shared/review/threads';
import { REVIEW_SCHEMA_VERSION, reviewSchema } from '@shared/review/schema';
import type { AttemptVersion, Review } from '@shared/review/schema';
import { evaluateAttempt } from '@shared/templates';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import type { Dialogs } from '../ports';
import { attemptFromFile, MAX_IMPORT_FILE_BYTES } from '../pdf/extract';
import { readChosenFile as readFileWithin } from '../read-chosen-file';
import { saveImportedWith } from '../pdf/save-imported';
import type { PdfHostStorage } from '../pdf/save-imported';
import { exportWriteFailure, writeExportFile } from '../pdf/write-export';
import { formatDateTime } from '@shared/dates/format';
import { RecordStore } from './record-store';
import type { RecordStoreCommon } from './record-store';

/** What reviews need from storage (structural, so tests can pass the real Storage or a stand-in). */
export interface ReviewStorage extends PdfHostStorage {
  listAttempts(): LibraryEntry[];
  /** Keeps counts worked out here (rule questions, review levels) in the attempt's index entry. */
  updateSummary?(id: string, counts: Partial<SummaryCounts>, attempt?: Attempt): void;
  /** Finishes queued saves and writes index changes still pending. */
  flush?(): Promise<void>;
  /** Takes a backup of an attempt now (before an import replaces it). */
  backupAttempt?(id: string, reason: 'before-import'): Promise<void>;
}

type ImportedReviewFile = Extract<ResponseOf<'importReviewFile'>, { imported: true }>;

/**
 * What `importBytes` did with one file: the single import's answer, and why it came out so. `new`: added as
 * new work; `newer-version`: replaced the copy here of an earlier version; `feedback-added`: the work was
 * here and the file added reviews or replies to it; `same-work`: the work was here and nothing was new;
 * `older-version`: a later version of the work is here, so nothing was written.
 */
export interface ImportedFile {
  response: ImportedReviewFile;
  why: 'new' | 'newer-version' | 'feedback-added' | 'same-work' | 'older-version';
  /** Reviews here whose comments were moved onto the newer version. */
  reviewsCarried?: number;
}

export interface ReviewServiceDeps {
  dialogs: Dialogs;
  now: () => Date;
  storage: ReviewStorage;
  /** Built with `createReviewStore`; the review PDF reads the same one. */
  reviews: RecordStore<Review>;
  /** Built with `createImportedCopyStore`: where an imported attempt came from. */
  copies: RecordStore<ImportedCopy>;
  /** Defaults: the built-in templates and the case library. */
  /** The templates of an attempt at the versions it recorded (tutors' templates too); all of them without one. */
  templates?: (attempt?: Pick<Attempt, 'templateIds' | 'templateVersions'>) => readonly Template[];
  /** A case at the version an attempt recorded (`caseVersionOf`); the built-ins when absent. */
  findCase?: (caseId: string, version?: number) => PracticeCase | undefined;
  appVersion?: string;
  /**
   * Tutors' cases (the case service): an exported share package carries the case pack its attempt needs,
   * and an imported one keeps it. Absent: packages carry no case and a carried one is refused.
   */
  cases?: CarriedCases;
}

/** What the share package needs from the case service. */
export interface CarriedCases {
  packForAttempt(attempt: Pick<Attempt, 'caseId' | 'caseVersion'>): unknown;
  checkCarriedCase(pack: unknown, fileName: string): PracticeCase;
  addCarriedCase(pack: unknown, fileName: string): Promise<CaseAdded>;
}

/** Reviews, one file each under `reviews/`. */
export function createReviewStore(common: RecordStoreCommon): RecordStore<Review> {
  return new RecordStore<Review>({
    ...common,
    folder: 'reviews',
    schema: reviewSchema,
    currentVersion: REVIEW_SCHEMA_VERSION,
    what: 'a review',
    describe: (review) =>
      `the review by ${review.reviewerName} (${formatDateTime(new Date(review.createdAt))})`,
  });
}

/**
 * The name a given file is shown under: its last path part (a browser gives only that anyway), or a
 * plain description when what was sent holds characters no file name shown to a person should have.
 */
export function shownName(displayName: string): string {
  const last = displayName.split(/[\\/]/).pop()?.trim() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (!last || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(last)) return 'The file';
  return last.slice(0, 255);
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

const shareFilters = [{ name: 'Casework Practice shared file', extensions: [SHARE_FILE_EXTENSION] }];
const archiveFilters = [{ name: 'Casework Practice: all work', extensions: [ARCHIVE_FILE_EXTENSION] }];
const openFilters = [
  { name: 'Casework Practice file (.casework or exported PDF)', extensions: [SHARE_FILE_EXTENSION, 'pdf'] },
  ...shareFilters,
];

export type ReviewService = ReturnType<typeof createReviewService>;

/**
 * Reviews and their exchange: a tutor's comments on an attempt, and the shared files that carry an attempt
 * and its reviews between two copies of the app.
 */
export function createReviewService(deps: ReviewServiceDeps) {
  const templates = deps.templates ?? (() => builtinTemplates);
  const findCase = deps.findCase ?? getCase;
  const { reviews, copies } = deps;
  const saveImported = saveImportedWith(deps.storage);
  // Adding a carried case one file at a time, so two trainees' files carrying one case (a batch imports
  // several files at once) meet each other's copy of it instead of both adding it.
  let caseAdding: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(run: () => Promise<T>): Promise<T> => {
    const next = caseAdding.then(run, run);
    caseAdding = next.catch(() => undefined);
    return next;
  };

  const touchesAttempt = reviewTouches;

  /** Brings the review levels kept in the index up to date for the attempts these reviews are about. */
  async function refreshReviewSummaries(changed: readonly Review[]): Promise<void> {
    if (!deps.storage.updateSummary) return;
    const all = await reviews.list();
    const ids = new Set(changed.flatMap((r) => [r.currentVersion.attemptId, r.reviewedVersion.attemptId]));
    for (const id of ids) deps.storage.updateSummary(id, { reviews: reviewSummaryFor(all, id) });
  }

  /** Works out the review summaries the index lacks (after an upgrade or a rebuild): reads every review once. */
  async function fillReviewSummaries(): Promise<void> {
    if (!deps.storage.updateSummary) return;
    if (!deps.storage.listAttempts().some((entry) => entry.summary && !entry.summary.reviews)) return;
    const all = await reviews.list();
    for (const entry of deps.storage.listAttempts())
      if (entry.summary && !entry.summary.reviews)
        deps.storage.updateSummary(entry.id, { reviews: reviewSummaryFor(all, entry.id) });
  }

  async function listReviewSummaries(): Promise<ResponseOf<'listReviewSummaries'>> {
    await fillReviewSummaries();
    const entries = deps.storage.listAttempts();
    // An entry from an index older than summaries has nowhere to keep one until its file is checked.
    const all = entries.some((entry) => !entry.summary) ? await reviews.list() : [];
    return {
      summaries: entries.map((entry) => ({
        attemptId: entry.id,
        summary: entry.summary?.reviews ?? reviewSummaryFor(all, entry.id),
      })),
    };
  }

  /**
   * The progress screen's data from the index. Counts an entry lacks (an index rebuilt from the files, or
   * written before summaries) are worked out once here, by opening only those attempts, and kept.
   */
  async function listProgress(): Promise<ResponseOf<'listProgress'>> {
    const update = deps.storage.updateSummary?.bind(deps.storage);
    let entries = deps.storage.listAttempts();
    const unknown = entries.filter(
      (e) => !e.summary || e.summary.questions === null || e.summary.warnings === null,
    );
    for (const entry of unknown) {
      let attempt: Attempt;
      try {
        attempt = await deps.storage.getAttempt(entry.id);
      } catch {
        // A file that will not open has been set aside with its notice; the screen lists what is left.
        continue;
      }
      update?.(entry.id, questionCounts(ruleResultsOf(attempt)), attempt);
    }
    await fillReviewSummaries();
    entries = deps.storage.listAttempts();
    const names = new Map((await copies.list()).map((copy) => [copy.id, copy.traineeName]));
    const attempts: ResponseOf<'listProgress'>['attempts'] = [];
    for (const entry of entries) {
      const { summary } = entry;
      if (!summary) continue;
      attempts.push({ entry: { ...entry, summary }, traineeName: names.get(entry.id) ?? null });
    }
    return { attempts };
  }

  async function listReviews(request: ParsedRequestOf<'listReviews'>): Promise<ResponseOf<'listReviews'>> {
    const all = await reviews.list();
    const chosen = request.attemptId
      ? all.filter((review) => touchesAttempt(review, request.attemptId!))
      : all;
    return {
      reviews: chosen.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
      notices: [...reviews.notices],
    };
  }

  async function saveReview(request: ParsedRequestOf<'saveReview'>): Promise<ResponseOf<'saveReview'>> {
    // The attempt must be in the library; getAttempt answers not-found in plain words when it is not.
    await deps.storage.getAttempt(request.review.currentVersion.attemptId);
    await reviews.save(request.review);
    await refreshReviewSummaries([request.review]);
    return { savedAt: deps.now().toISOString() };
  }

  async function deleteReview(request: ParsedRequestOf<'deleteReview'>): Promise<ResponseOf<'deleteReview'>> {
    const removed = await reviews.get(request.id);
    await reviews.remove(request.id);
    if (removed) await refreshReviewSummaries([removed]);
    return { deleted: true };
  }

  async function carryReview(request: ParsedRequestOf<'carryReview'>): Promise<ResponseOf<'carryReview'>> {
    const review = await reviews.get(request.reviewId);
    if (!review)
      throw new HostError('not-found', 'This review is no longer saved (it may have been deleted).');
    const attempt = await deps.storage.getAttempt(request.attemptId);
    const carried = carryThreadsToNewVersion(review, attempt, { now: deps.now });
    await reviews.save(carried.review);
    await refreshReviewSummaries([review, carried.review]);
    return carried;
  }

  async function exportReviewFile(
    request: ParsedRequestOf<'exportReviewFile'>,
  ): Promise<ResponseOf<'exportReviewFile'>> {
    const attempt = await deps.storage.getAttempt(request.attemptId);
    const own = (await reviews.list()).filter((review) => review.currentVersion.attemptId === attempt.id);
    const copy = await copies.get(attempt.id);
    // An imported copy goes back under the id it has in the sender's app, so their app finds their work.
    const outgoingId = copy?.originalAttemptId ?? attempt.id;
    const traineeName = copy ? copy.traineeName : deps.storage.getSettings().traineeName.trim() || null;
    const pkg = buildSharePackage({
      attempt: { ...attempt, id: outgoingId },
      reviews: own.map((review) => retarget(review, attempt.id, outgoingId)),
      exportedAt: deps.now(),
      appVersion: deps.appVersion ?? packageInfo.version,
      ...(traineeName ? { traineeName } : {}),
      ...casePackFor(attempt),
    });
    const defaultName = [
      safeFileNamePart(attempt.title, 'Attempt'),
      own.length > 0 ? 'feedback' : 'for review',
      traineeName ? safeFileNamePart(traineeName, '') || null : null,
      deps.now().toISOString().slice(0, 10),
    ]
      .filter(Boolean)
      .join(' - ');
    const path = await deps.dialogs.chooseSavePath({
      title: own.length > 0 ? 'Export feedback' : 'Export for review',
      defaultName: `${defaultName}.${SHARE_FILE_EXTENSION}`,
      filters: shareFilters,
    });
    if (path === null) return { saved: false };
    const bytes = Buffer.from(serialiseSharePackage(pkg), 'utf8');
    try {
      await writeExportFile(path, bytes);
    } catch (error) {
      throw exportWriteFailure(error, basename(path));
    }
    return { saved: true, fileName: basename(path), bytes: bytes.length, reviews: own.length };
  }

  function casePackFor(attempt: Attempt): { casePack?: unknown } {
    const pack = deps.cases?.packForAttempt(attempt) ?? null;
    return pack === null ? {} : { casePack: pack };
  }

  /** Checks the case a package carries (nothing is written): it must be the case and version of its attempt. */
  function checkCarried(pkg: SharePackage, fileName: string): void {
    if (pkg.casePack === undefined) return;
    if (!deps.cases)
      throw new HostError(
        'invalid-file',
        `“${fileName}” carries a case this app cannot add, so it was not opened.`,
      );
    const carried = deps.cases.checkCarriedCase(pkg.casePack, fileName);
    const attempt = pkg.attempt;
    if (carried.id !== attempt.caseId || carried.version !== caseVersionOf(attempt))
      throw new HostError(
        'invalid-file',
        `“${fileName}”: the case in the file ('${carried.id}', version ${carried.version}) is not the one its attempt was started on, so the file was not opened.`,
      );
  }

  function readChosenFile(path: string): Promise<Buffer> {
    return readFileWithin(path, MAX_IMPORT_FILE_BYTES, {
      notAFile: (name) => `“${name}” is not a file, so it was not opened.`,
      tooLarge: (name) => `“${name}” is too large to be a Casework Practice file, so it was not opened.`,
    });
  }

  async function parseFile(bytes: Buffer, name: string): Promise<SharePackage> {
    if (bytes.subarray(0, 1024).includes('%PDF-')) {
      // The attempt attached to an exported PDF: the PDF area finds and checks it.
      const parsed = await attemptFromFile(bytes);
      if (!parsed.ok)
        throw new HostError(
          parsed.problem === 'too-large' ? 'too-large' : 'invalid-file',
          `“${name}”: ${parsed.message}`,
        );
      return buildSharePackage({
        attempt: parsed.attempt,
        exportedAt: new Date(parsed.attempt.updatedAt),
        appVersion: 'unknown',
      });
    }
    const parsed = parseSharePackage(bytes, MAX_SHARE_BYTES);
    if (!parsed.ok)
      throw new HostError(
        parsed.problem === 'too-large' ? 'too-large' : 'invalid-file',
        `“${name}”: ${parsed.message}`,
      );
    return parsed.package;
  }

  function progressOf(attempt: Attempt): number {
    return evaluationOf(attempt).progress;
  }

  function ruleResultsOf(attempt: Attempt) {
    return evaluationOf(attempt).ruleResults;
  }

  function evaluationOf(attempt: Attempt) {
    const available = templates(attempt);
    const used = attempt.templateIds
      .map((id) => available.find((template) => template.id === id))
      .filter((template): template is Template => template !== undefined);
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    return evaluateAttempt({
      templates: used,
      answers: attempt.answers,
      caseContext: practiceCase
        ? caseContextFor(practiceCase, attempt.releasedDocumentIds)
        : { caseId: attempt.caseId, facts: {}, releasedDocumentIds: attempt.releasedDocumentIds },
    });
  }

  /** The attempt here holding the same work as the one in the file, and any earlier version of it. */
  async function findLocal(
    incoming: Attempt,
    traineeName: string | null,
  ): Promise<{ same: Attempt | null; related: string[] }> {
    const entries = deps.storage.listAttempts();
    const listed = new Set(entries.map((entry) => entry.id));
    // An id is only the sender's word: a copy is an earlier version of this work only if it came from the same
    // trainee, so another trainee's file claiming Sam's attempt id cannot supersede Sam's work or take its reviews.
    const held = await copies.list();
    const heldAsCopy = new Set(held.map((c) => c.id));
    const byId = [
      ...(heldAsCopy.has(incoming.id) ? [] : [incoming.id]),
      ...held
        .filter((c) => c.originalAttemptId === incoming.id && sameTrainee(c.traineeName, traineeName))
        .map((c) => c.id),
    ];
    const related = byId.filter((id) => listed.has(id));
    const lookalikes = entries
      .filter(
        (entry) =>
          !related.includes(entry.id) &&
          entry.caseId === incoming.caseId &&
          entry.templateIds.join('\n') === incoming.templateIds.join('\n'),
      )
      .map((entry) => entry.id)
      // Identical work that came from another trainee is still not theirs to add to.
      .filter((id) => {
        const copy = held.find((c) => c.id === id);
        return copy === undefined || sameTrainee(copy.traineeName, traineeName);
      });
    for (const id of [...related, ...lookalikes]) {
      const local = await deps.storage.getAttempt(id).catch(() => null);
      if (local && sameWork(local, incoming)) return { same: local, related };
    }
    return { same: null, related };
  }

  /** The bytes of a file given by drop or by the operating system, checked like any other. */
  function givenBytes(given: { displayName: string; contentBase64: string }, name: string): Buffer {
    const text = given.contentBase64.replace(/\s+/g, '');
    if (!base64Pattern.test(text) || text.length % 4 === 1)
      throw new HostError('invalid-file', `“${name}” could not be read, so it was not opened.`);
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length > MAX_IMPORT_FILE_BYTES)
      throw new HostError(
        'too-large',
        `“${name}” is too large to be a Casework Practice file, so it was not opened.`,
      );
    return bytes;
  }

  async function importReviewFile(
    request: ParsedRequestOf<'importReviewFile'> = {},
  ): Promise<ResponseOf<'importReviewFile'>> {
    let fileName: string;
    let bytes: Buffer;
    if (request.given) {
      fileName = shownName(request.given.displayName);
      bytes = givenBytes(request.given, fileName);
    } else {
      const path = await deps.dialogs.chooseOpenPath({ title: 'Open a shared file', filters: openFilters });
      if (path === null) return { imported: false };
      fileName = basename(path);
      bytes = await readChosenFile(path);
    }
    return (await importBytes(bytes, fileName)).response;
  }

  /**
   * Checks a file's bytes and brings in its attempt and reviews: the one import every way of bringing work in
   * uses (a chosen or dropped file, a batch, a folder, the watched folder). Everything is checked before
   * anything is written, so a refused file (a HostError) changes nothing.
   *
   * `updateHeldCopy` is what a tutor importing many trainees' files expects: a newer version of a trainee's
   * attempt already held here as a copy replaces that copy (backed up first, review comments moved onto it),
   * and an older one is left out. Without it (the single-file import), a newer version is kept beside the
   * copy and the renderer offers to carry the review across.
   */
  async function importBytes(
    bytes: Buffer,
    fileName: string,
    options: { updateHeldCopy?: boolean } = {},
  ): Promise<ImportedFile> {
    return importChecked(await checkFile(bytes, fileName), fileName, options);
  }

  /**
   * The checks a file's own content must pass, needing nothing from the library: run ahead of the writes
   * (a batch checks the next files while the last one is being saved). Throws a HostError naming the problem.
   */
  async function checkFile(bytes: Buffer, fileName: string): Promise<SharePackage> {
    const pkg = await parseFile(bytes, fileName);
    for (const review of pkg.reviews ?? []) {
      const problem = incomingReviewProblem(review, deps.now());
      if (problem)
        throw new HostError('invalid-file', `“${fileName}”: ${problem}, so the file was not opened.`);
    }
    checkCarried(pkg, fileName);
    return pkg;
  }

  /** `importBytes` after `checkFile`: a package from `checkFile`, checked against the library, then saved. */
  async function importChecked(
    pkg: SharePackage,
    fileName: string,
    /** `batch`: the caller calls `flush` when its files are in, so the library index is written once. */
    options: { updateHeldCopy?: boolean; batch?: boolean } = {},
  ): Promise<ImportedFile> {
    const incoming = pkg.attempt;
    const traineeName = pkg.traineeName?.trim() || null;
    const { same, related } = await findLocal(incoming, traineeName);
    // A review already here may only be updated by a file about the same work: its attempt must be the one the
    // file lands on or an earlier version of it. Checked before anything is written.
    const ownWork = new Set([...related, ...(same ? [same.id] : [])]);
    for (const review of pkg.reviews ?? []) {
      const existing = await reviews.get(review.id);
      if (existing && !ownWork.has(existing.currentVersion.attemptId))
        throw new HostError(
          'invalid-file',
          `“${fileName}” holds a review that is already here for other work, so the file was not opened.`,
        );
    }
    const held = same === null && options.updateHeldCopy ? await heldCopyOf(incoming, related) : null;
    // Worked out once: the saved attempt holds the file's answers, so its progress and questions are these.
    let evaluated: ReturnType<typeof evaluationOf> | null = null;
    const evaluation = () => (evaluated ??= evaluationOf(incoming));
    if (held && incoming.revision <= held.revision) {
      // The copy here is this version or a later one: nothing in the file is newer, so nothing is written.
      return {
        response: importedResponse({ target: held.attempt, newCopy: false, supersedes: null, fileName }),
        why: 'older-version',
      };
    }
    // Kept first among the writes: the one that can still be refused (a different case under the same version).
    const carriedCase =
      pkg.casePack === undefined
        ? undefined
        : await oneAtATime(() => deps.cases!.addCarriedCase(pkg.casePack, fileName));
    let target: Attempt;
    const carried: Review[] = [];
    if (same) target = same;
    else if (held) {
      target = await replaceHeldCopy(held, incoming, evaluation().progress);
      await copies.save(
        {
          ...held.copy,
          originalRevision: incoming.revision,
          traineeName: traineeName ?? held.copy.traineeName,
          importedAt: deps.now().toISOString(),
          fileName,
        },
        'before-import',
      );
      // The tutor's comments follow the work to its new version; judgements stay with the version they read.
      for (const review of await reviews.list()) {
        if (review.currentVersion.attemptId !== target.id) continue;
        carried.push(
          await reviews.save(
            carryThreadsToNewVersion(review, target, { now: deps.now }).review,
            'before-import',
          ),
        );
      }
    } else {
      target =
        options.batch && deps.storage.importAttempt
          ? await deps.storage.importAttempt(incoming, evaluation().progress, { indexLater: true })
          : await saveImported(incoming, evaluation().progress);
      await copies.save(
        {
          schemaVersion: IMPORTED_COPY_SCHEMA_VERSION,
          id: target.id,
          originalAttemptId: incoming.id,
          originalRevision: incoming.revision,
          traineeName,
          importedAt: deps.now().toISOString(),
          fileName,
        },
        'before-import',
      );
    }
    // The tutor holds their trainees' work as imported copies: a file coming back to a copy is the trainee's
    // return, which may add replies and "addressed" marks and nothing else.
    const returnedToReviewer = (await copies.get(target.id)) !== undefined;
    let reviewsAdded = 0;
    let reviewsUpdated = 0;
    let repliesAdded = 0;
    let addressedAdded = 0;
    const saved: Review[] = [];
    for (const review of pkg.reviews ?? []) {
      const localised = onto(retarget(review, incoming.id, target.id), versionOf(target));
      const existing = await reviews.get(review.id);
      const next = !existing
        ? localised
        : returnedToReviewer
          ? mergeReturnedReview(existing, localised)
          : mergeReviews(existing, localised);
      if (existing && stableJson(existing) === stableJson(next)) {
        saved.push(existing);
        continue;
      }
      if (existing) {
        const added = threadAdditions(existing, next);
        repliesAdded += added.replies;
        addressedAdded += added.addressed;
      }
      saved.push(await reviews.save(next, existing ? 'before-import' : 'save'));
      if (existing) reviewsUpdated += 1;
      else reviewsAdded += 1;
    }
    await refreshReviewSummaries([...carried, ...saved]);
    if (same === null)
      deps.storage.updateSummary?.(target.id, questionCounts(evaluation().ruleResults), target);
    const response = importedResponse({
      target,
      newCopy: same === null && held === null,
      supersedes: same === null && held === null ? (related[0] ?? null) : null,
      fileName,
      traineeName,
      saved,
      counts: { reviewsAdded, reviewsUpdated, repliesAdded, addressedAdded },
      ...(carriedCase ? { carriedCase } : {}),
    });
    const why: ImportedFile['why'] = held
      ? 'newer-version'
      : same === null
        ? 'new'
        : reviewsAdded + reviewsUpdated > 0
          ? 'feedback-added'
          : 'same-work';
    return { response, why, reviewsCarried: carried.length };
  }

  function importedResponse(parts: {
    target: Attempt;
    newCopy: boolean;
    supersedes: string | null;
    fileName: string;
    traineeName?: string | null;
    saved?: Review[];
    counts?: { reviewsAdded: number; reviewsUpdated: number; repliesAdded: number; addressedAdded: number };
    carriedCase?: CaseAdded;
  }): ImportedReviewFile {
    return {
      imported: true,
      attempt: parts.target,
      newCopy: parts.newCopy,
      supersedes: parts.supersedes,
      reviews: parts.saved ?? [],
      reviewsAdded: parts.counts?.reviewsAdded ?? 0,
      reviewsUpdated: parts.counts?.reviewsUpdated ?? 0,
      repliesAdded: parts.counts?.repliesAdded ?? 0,
      addressedAdded: parts.counts?.addressedAdded ?? 0,
      traineeName: parts.traineeName ?? null,
      fileName: parts.fileName,
      ...(parts.carriedCase ? { carriedCase: parts.carriedCase } : {}),
    };
  }

  /**
   * The copy here of this trainee's attempt (the same attempt id in the sender's app, the same trainee), with
   * the sender's revision it was last brought in at; the latest one when older imports left several.
   */
  async function heldCopyOf(
    incoming: Attempt,
    related: readonly string[],
  ): Promise<{ copy: ImportedCopy; attempt: Attempt; revision: number } | null> {
    let best: { copy: ImportedCopy; attempt: Attempt; revision: number } | null = null;
    for (const id of related) {
      const copy = await copies.get(id);
      if (!copy || copy.originalAttemptId !== incoming.id) continue;
      const attempt = await deps.storage.getAttempt(id).catch(() => null);
      if (!attempt) continue;
      const revision = copy.originalRevision ?? attempt.revision;
      if (!best || revision > best.revision) best = { copy, attempt, revision };
    }
    return best;
  }

  /** Writes a newer version of a trainee's work over the copy held here, after a backup of the copy. */
  async function replaceHeldCopy(
    held: { attempt: Attempt },
    incoming: Attempt,
    progress: number,
  ): Promise<Attempt> {
    const local = held.attempt;
    await deps.storage.backupAttempt?.(local.id, 'before-import');
    await deps.storage.saveAttempt({
      attempt: { ...incoming, id: local.id, revision: local.revision, createdAt: local.createdAt },
      progress,
    });
    return deps.storage.getAttempt(local.id);
  }

  /**
   * "Export all my work": every attempt of one's own (not the copies of other people's work a tutor imported),
   * each as the share package `exportReviewFile` writes, with its reviews, in one file.
   */
  async function exportAllWork(): Promise<ResponseOf<'exportAllWork'>> {
    const copied = new Set((await copies.list()).map((copy) => copy.id));
    const all = await reviews.list();
    const traineeName = deps.storage.getSettings().traineeName.trim();
    const packages: SharePackage[] = [];
    for (const entry of deps.storage.listAttempts()) {
      if (copied.has(entry.id)) continue;
      const attempt = await deps.storage.getAttempt(entry.id);
      packages.push(
        buildSharePackage({
          attempt,
          reviews: all.filter((review) => review.currentVersion.attemptId === attempt.id),
          exportedAt: deps.now(),
          appVersion: deps.appVersion ?? packageInfo.version,
          ...(traineeName ? { traineeName } : {}),
        }),
      );
    }
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export all my work',
      defaultName: `${['All my work', traineeName ? safeFileNamePart(traineeName, '') || null : null, deps.now().toISOString().slice(0, 10)].filter(Boolean).join(' - ')}.${ARCHIVE_FILE_EXTENSION}`,
      filters: archiveFilters,
    });
    if (path === null) return { saved: false };
    const bytes = Buffer.from(
      serialiseWorkArchive({
        exportedAt: deps.now().toISOString(),
        appVersion: deps.appVersion ?? packageInfo.version,
        ...(traineeName ? { traineeName } : {}),
        packages,
      }),
      'utf8',
    );
    try {
      await writeExportFile(path, bytes);
    } catch (error) {
      throw exportWriteFailure(error, basename(path));
    }
    return { saved: true, fileName: basename(path), bytes: bytes.length, attempts: packages.length };
  }

  /**
   * Brings back a file from "Export all my work" as one's own work: each attempt not already here is added
   * (under a new id, beside existing work, never over it) with its reviews; one already here is left as it is.
   * Every piece is checked before anything is written, so a refused file changes nothing.
   */
  async function importAllWork(): Promise<ResponseOf<'importAllWork'>> {
    const path = await deps.dialogs.chooseOpenPath({ title: 'Import all work', filters: archiveFilters });
    if (path === null) return { imported: false };
    const fileName = basename(path);
    const parsed = parseWorkArchive(await readChosenFile(path));
    if (!parsed.ok) throw new HostError('invalid-file', `“${fileName}”: ${parsed.message}`);
    for (const pkg of parsed.archive.packages)
      for (const review of pkg.reviews ?? []) {
        const problem = incomingReviewProblem(review, deps.now());
        if (problem)
          throw new HostError('invalid-file', `“${fileName}”: ${problem}, so nothing was imported.`);
      }
    let added = 0;
    let alreadyHere = 0;
    let reviewsAdded = 0;
    for (const pkg of parsed.archive.packages) {
      const { same } = await findLocal(pkg.attempt, pkg.traineeName?.trim() || null);
      if (same) {
        alreadyHere += 1;
        continue;
      }
      const target = await saveImported(pkg.attempt, progressOf(pkg.attempt));
      added += 1;
      for (const review of pkg.reviews ?? []) {
        if (await reviews.get(review.id)) continue;
        await reviews.save(onto(retarget(review, pkg.attempt.id, target.id), versionOf(target)));
        reviewsAdded += 1;
      }
    }
    return { imported: true, fileName, added, alreadyHere, reviewsAdded };
  }

  function notices(): Notice[] {
    return [...reviews.notices, ...copies.notices];
  }

  async function flush(): Promise<void> {
    await Promise.all([reviews.flush(), copies.flush()]);
  }

  return {
    listReviews,
    listProgress,
    listReviewSummaries,
    saveReview,
    deleteReview,
    carryReview,
    exportReviewFile,
    importReviewFile,
    importBytes,
    checkFile,
    importChecked,
    /** After a batch of `importChecked(..., { batch: true })`: the index entries they left pending, written. */
    finishBatch: async () => {
      await deps.storage.flush?.();
    },
    /** A chosen file's bytes, with the single import's size cap and messages. */
    readImportFile: readChosenFile,
    /** A dropped file's bytes, checked as the single import checks them. */
    droppedBytes: givenBytes,
    exportAllWork,
    importAllWork,
    notices,
    flush,
    stores: { reviews, copies },
  };
}

/** A trainee's name (as a file declares it) with case and spacing set aside: equal for the same trainee. */
export function traineeKey(name: string | null | undefined): string {
  return (name ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** Whether two names (as the files declare them) are the same trainee's: case and spacing aside. */
function sameTrainee(a: string | null, b: string | null): boolean {
  return traineeKey(a) === traineeKey(b);
}

/** The review with every reference to attempt `fromId` pointing at `toId` instead. */
function retarget(review: Review, fromId: string, toId: string): Review {
  if (fromId === toId) return review;
  const move = (version: AttemptVersion): AttemptVersion =>
    version.attemptId === fromId ? { ...version, attemptId: toId } : version;
  return {
    ...review,
    reviewedVersion: move(review.reviewedVersion),
    currentVersion: move(review.currentVersion),
    carriedFrom: review.carriedFrom.map(move),
  };
}

/**
 * Pins a review's threads (and, when the tutor read this very work, its reviewed version) to the local
 * attempt's version, so revisions and dates are this app's own.
 */
function onto(review: Review, version: AttemptVersion): Review {
  return {
    ...review,
    currentVersion: version,
    reviewedVersion:
      review.reviewedVersion.attemptId === version.attemptId ? version : review.reviewedVersion,
  };
}

/** Whether two attempts hold the same work, whatever their ids, revisions and save times. */
function sameWork(a: Attempt, b: Attempt): boolean {
  const work = (attempt: Attempt) =>
    stableJson({
      caseId: attempt.caseId,
      templateIds: attempt.templateIds,
      answers: attempt.answers,
      evidence: attempt.evidence,
      releasedDocumentIds: attempt.releasedDocumentIds,
      status: attempt.status,
    });
  return work(a) === work(b);
}

/** JSON with object keys sorted, so the same data always gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}
