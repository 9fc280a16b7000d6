/**
 * Simulated power loss. Each cycle opens the host on a copy of a seeded data folder with the fault-injecting
 * file layer under it, makes a random run of edits (attempts, settings, a new attempt in the index, a review, a
 * supervision record, a tutor's template, switching encryption on or off), cuts the power at a random file
 * operation, applies what a power cut could leave (unflushed data dropped, torn or zeroed; folder entries not
 * yet flushed lost), reopens the host on the real files and checks every acknowledged edit is there: the value
 * last acknowledged, or the one in flight when the power went. Exported for the test and the reliability report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createReview } from '@shared/review/threads';
import type { Review } from '@shared/review/schema';
import { createSupervisionRecord } from '@shared/supervision/record';
import type { SupervisionRecord } from '@shared/supervision/schema';
import type { Attempt } from '@shared/model/attempt';
import { dispatch } from '../../dispatch';
import type { FileIo, HostDeps, KeyProtector } from '../../ports';
import { createHost } from '../../services';
import type { Host } from '../../services';
import { authoringGuideExample } from '../../templates/authoring-example';
import { FaultyFileSystem, faultyIo, seededRandom } from '../__fixtures__/faulty-fs';
import { defaultFileIo } from '../file-system';
import { fileStoreWith } from '../file-store';

export interface PowerLossOptions {
  cycles?: number;
  seed?: number;
  /** Negative controls: the storage with its file fsync, or its folder fsync, switched off. */
  syncFiles?: boolean;
  syncFolders?: boolean;
}

export type EditKind = 'attempt' | 'settings' | 'create' | 'review' | 'record' | 'template' | 'encryption';
export const editKinds: readonly EditKind[] = [
  'attempt',
  'settings',
  'create',
  'review',
  'record',
  'template',
  'encryption',
];

export interface PowerLossReport {
  cycles: number;
  /** Cycles after which every acknowledged edit was found. */
  survived: number;
  acknowledgedEdits: number;
  /** Acknowledged edits of each kind, so the report shows each kind was covered. */
  byKind: Record<EditKind, number>;
  /** Cuts that fell inside an edit (the rest came after the last edit was acknowledged). */
  cutsMidEdit: number;
  entriesLost: number;
  filesTorn: number;
  failures: string[];
}

const protector: KeyProtector = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(`sealed:${plain}`),
  decrypt: (sealed) => sealed.toString().slice('sealed:'.length),
};

export const fastTemp = process.platform === 'linux' && fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const ctx = { transport: 'harness' } as const;

let madeIds = 0;

/** Host dependencies on a given file layer; the open dialog answers `templateFile.path`. */
export function deps(dataDir: string, io: FileIo, templateFile: { path: string | null }): HostDeps {
  return {
    dataDir,
    createStore: fileStoreWith(io),
    files: io,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => templateFile.path },
    keyProtector: protector,
    now: () => new Date('2026-11-23T14:02:00.000Z'),
    newId: () => `made-${String((madeIds += 1)).padStart(6, '0')}`,
    // Snapshots on every save, so the backups are written (and cut) too.
    storage: { snapshotIntervalMs: 0 },
    log: () => undefined,
  };
}

export async function call<T>(host: Host, method: string, payload: unknown): Promise<T> {
  const answer = await dispatch(host.handlers, method, payload, ctx, () => undefined);
  if (!answer.ok)
    throw Object.assign(new Error(`${method}: ${answer.error.code}: ${answer.error.message}`), { answer });
  return answer.value as T;
}

export interface Seed {
  dir: string;
  attemptId: string;
  review: Review;
  record: SupervisionRecord;
  templateId: string;
}

/** A data folder with an attempt, a review of it, a supervision record and settings, written by Node's fs. */
export async function seed(root: string): Promise<Seed> {
  const dir = path.join(root, 'pristine');
  const template = { path: null as string | null };
  const host = await createHost(deps(dir, defaultFileIo, template));
  const created = await call<Attempt>(host, 'createAttempt', {
    title: 'Practice on a fictional case',
    caseId: null,
    templateIds: ['rosh-analysis'],
    templateVersions: { 'rosh-analysis': 1 },
    releasedDocumentIds: [],
  });
  await call(host, 'saveAttempt', {
    attempt: { ...created, answers: { 'rosh-analysis': { 'persons-account': 'first words' } } },
    progress: 0.1,
  });
  const attempt = await call<Attempt>(host, 'getAttempt', { id: created.id });
  let n = 0;
  const edit = { now: () => new Date('2026-11-23T14:02:00.000Z'), newId: () => `seeded-${(n += 1)}-000` };
  const review = createReview(attempt, 'Dana Whitcombe', edit);
  await call(host, 'saveReview', { review });
  const record = createSupervisionRecord(
    {
      date: '2026-11-02',
      participants: 'Sam, Dana',
      model: 'gibbs',
      attempts: [{ attemptId: attempt.id, title: attempt.title }],
    },
    edit,
  );
  await call(host, 'saveSupervisionRecord', { record });
  await call(host, 'updateSettings', { traineeName: 'Sam Okafor' });
  await host.close();
  const templateId = (JSON.parse(authoringGuideExample()) as { id: string }).id;
  return { dir, attemptId: attempt.id, review, record, templateId };
}

/** What must be found after the cut: per thing, the last acknowledged value and the one in flight. */
interface Expectation {
  kind: EditKind;
  label: string;
  acknowledged: unknown;
  inFlight: unknown;
  read: (host: Host) => Promise<unknown>;
}

export async function runPowerLoss(options: PowerLossOptions = {}): Promise<PowerLossReport> {
  const cycles = options.cycles ?? 500;
  const random = seededRandom(options.seed ?? 20261202);
  const root = fs.mkdtempSync(path.join(fastTemp, 'casework-power-'));
  const report: PowerLossReport = {
    cycles,
    survived: 0,
    acknowledgedEdits: 0,
    byKind: Object.fromEntries(editKinds.map((kind) => [kind, 0])) as Record<EditKind, number>,
    cutsMidEdit: 0,
    entriesLost: 0,
    filesTorn: 0,
    failures: [],
  };
  try {
    const seeded = await seed(root);
    const templateText = JSON.parse(authoringGuideExample()) as Record<string, unknown>;
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      const dataDir = path.join(root, `cycle-${cycle}`);
      fs.cpSync(seeded.dir, dataDir, { recursive: true });
      const layer = new FaultyFileSystem();
      const io = faultyIo(layer, {
        syncFiles: options.syncFiles ?? true,
        syncFolders: options.syncFolders ?? true,
      });
      const templateFile = { path: null as string | null };
      const host = await createHost(deps(dataDir, io, templateFile));
      const expectations = new Map<string, Expectation>();
      const expect = (
        key: string,
        e: Omit<Expectation, 'inFlight' | 'acknowledged'>,
        value: unknown,
        acked: boolean,
      ) => {
        const previous = expectations.get(key);
        const next: Expectation = {
          ...e,
          acknowledged: previous?.acknowledged,
          inFlight: previous?.inFlight,
        };
        if (acked) {
          next.acknowledged = value;
          next.inFlight = undefined;
        } else next.inFlight = value;
        expectations.set(key, next);
      };
      let attempt = await call<Attempt>(host, 'getAttempt', { id: seeded.attemptId });
      // The cut falls somewhere in the next hundred and fifty operations (an edit takes ten to a hundred), or
      // after the last edit was acknowledged.
      layer.armPowerCut(Math.floor(random() * 150));
      let review = seeded.review;
      let record = seeded.record;
      let encrypted = false;
      let templateVersion = 1;
      const edits = 3 + Math.floor(random() * 5);
      let cutMidEdit = false;
      for (let e = 0; e < edits && !layer.powerIsCut; e += 1) {
        const kind = editKinds[Math.floor(random() * editKinds.length)]!;
        const text = `cycle ${cycle} edit ${e}`;
        const attempted = async <T>(
          key: string,
          expectation: Omit<Expectation, 'inFlight' | 'acknowledged'>,
          value: unknown,
          send: () => Promise<T>,
        ): Promise<T | null> => {
          expect(key, expectation, value, false);
          try {
            const answer = await send();
            expect(key, expectation, value, true);
            report.acknowledgedEdits += 1;
            report.byKind[kind] += 1;
            return answer;
          } catch {
            cutMidEdit = layer.powerIsCut;
            return null;
          }
        };
        switch (kind) {
          case 'attempt': {
            const next = { ...attempt, answers: { 'rosh-analysis': { 'persons-account': text } } };
            const saved = await attempted(
              `attempt ${attempt.id}`,
              {
                kind,
                label: `answer of ${attempt.id}`,
                read: async (h) =>
                  (await call<Attempt>(h, 'getAttempt', { id: next.id })).answers['rosh-analysis']?.[
                    'persons-account'
                  ],
              },
              text,
              () =>
                call<{ revision: number; savedAt: string }>(host, 'saveAttempt', {
                  attempt: next,
                  progress: 0.2,
                }),
            );
            if (saved) attempt = { ...next, revision: saved.revision, updatedAt: saved.savedAt };
            break;
          }
          case 'settings':
            await attempted(
              'settings',
              {
                kind,
                label: 'trainee name',
                read: async (h) => (await call<{ traineeName: string }>(h, 'getSettings', {})).traineeName,
              },
              `Sam ${cycle}-${e}`,
              () => call(host, 'updateSettings', { traineeName: `Sam ${cycle}-${e}` }),
            );
            break;
          case 'create': {
            const title = `New attempt ${cycle}-${e}`;
            await attempted(
              `create ${title}`,
              {
                kind,
                label: `index entry "${title}"`,
                read: async (h) =>
                  (await call<{ entries: Array<{ title: string }> }>(h, 'listAttempts', {})).entries.some(
                    (entry) => entry.title === title,
                  ),
              },
              true,
              () =>
                call(host, 'createAttempt', {
                  title,
                  caseId: null,
                  templateIds: ['rosh-analysis'],
                  templateVersions: { 'rosh-analysis': 1 },
                  releasedDocumentIds: [],
                }),
            );
            break;
          }
          case 'review': {
            const next = { ...review, overallFeedback: text };
            const saved = await attempted(
              'review',
              {
                kind,
                label: 'review feedback',
                read: async (h) =>
                  (await call<{ reviews: Review[] }>(h, 'listReviews', {})).reviews.find(
                    (r) => r.id === review.id,
                  )?.overallFeedback,
              },
              text,
              () => call(host, 'saveReview', { review: next }),
            );
            if (saved) review = next;
            break;
          }
          case 'record': {
            const next = { ...record, agenda: text };
            const saved = await attempted(
              'record',
              {
                kind,
                label: 'supervision agenda',
                read: async (h) =>
                  (
                    await call<{ records: SupervisionRecord[] }>(h, 'listSupervisionRecords', {})
                  ).records.find((r) => r.id === record.id)?.agenda,
              },
              text,
              () => call(host, 'saveSupervisionRecord', { record: next }),
            );
            if (saved) record = next;
            break;
          }
          case 'template': {
            templateVersion += 1;
            const version = templateVersion;
            const file = path.join(root, `template-${cycle}-${version}.json`);
            fs.writeFileSync(file, JSON.stringify({ ...templateText, version }));
            templateFile.path = file;
            await attempted(
              `template ${version}`,
              {
                kind,
                label: `template version ${version}`,
                read: async (h) =>
                  (
                    await call<{
                      templates: Array<{ templateId: string; versions: Array<{ version: number }> }>;
                    }>(h, 'listTemplates', {})
                  ).templates
                    .find((t) => t.templateId === seeded.templateId)
                    ?.versions.some((v) => v.version === version) ?? false,
              },
              true,
              () => call(host, 'importTemplate', {}),
            );
            break;
          }
          case 'encryption': {
            const wanted: boolean = !encrypted;
            const answer = await attempted(
              'encryption',
              {
                kind,
                label: 'encryption on',
                read: async (h) => (await call<{ enabled: boolean }>(h, 'getEncryption', {})).enabled,
              },
              wanted,
              () => call(host, 'setEncryption', { enabled: wanted }),
            );
            if (answer) encrypted = wanted;
            break;
          }
        }
      }
      if (cutMidEdit) report.cutsMidEdit += 1;
      // Whatever the host still had queued dies with the power.
      layer.armPowerCut(0);
      await host.close().catch(() => undefined);
      const cut = layer.applyPowerCut(random);
      report.entriesLost += cut.entriesLost;
      report.filesTorn += cut.filesTorn;
      const problems: string[] = [];
      let after: Host | null = null;
      try {
        after = await createHost(deps(dataDir, defaultFileIo, { path: null }));
        for (const e of expectations.values()) {
          if (e.acknowledged === undefined) continue;
          const found = await e.read(after).catch((error: unknown) => `unreadable (${String(error)})`);
          if (found !== e.acknowledged && (e.inFlight === undefined || found !== e.inFlight))
            problems.push(
              `${e.label}: acknowledged ${JSON.stringify(e.acknowledged)}, found ${JSON.stringify(found)}`,
            );
        }
      } catch (error) {
        problems.push(`the app did not open: ${String(error)}`);
      } finally {
        await after?.close().catch(() => undefined);
      }
      if (problems.length === 0) report.survived += 1;
      else if (report.failures.length < 8) report.failures.push(`cycle ${cycle}: ${problems.join('; ')}`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return report;
}
