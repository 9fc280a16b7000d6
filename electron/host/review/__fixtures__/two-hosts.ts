import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '@shared/contract';
import type { HostDeps } from '../../ports';
import type { Attempt } from '@shared/model/attempt';
import { sampleSoundAnswers } from '@shared/templates/builtin/__fixtures__/sample-answers';
import { dispatch } from '../../dispatch';
import { createHost } from '../../services';
import type { Host } from '../../services';
import { sequentialIds, tempDataDir, testHostDeps } from '../../storage/testing';

/** Copies of the app for host tests that go through the handler table, as the renderer would. */

/** Every host a test started; each test file closes them after each test. */
export const hosts: Host[] = [];

export interface Person {
  call: <T>(method: string, payload: unknown) => Promise<T>;
  attempt: (method: string, payload: unknown) => Promise<Envelope<unknown>>;
  dialogs: { save: string | null; open: string | null };
  dataDir: string;
  ids: () => string;
  now: () => Date;
}

/** A copy of the app on its own data folder, with dialogs that answer what the test sets. */
export async function person(
  name: string,
  idPrefix: string,
  dataDir = tempDataDir(idPrefix),
  more: Partial<HostDeps> = {},
): Promise<Person> {
  const dialogs = { save: null as string | null, open: null as string | null };
  const deps = testHostDeps({
    dataDir,
    newId: sequentialIds(idPrefix),
    storage: { fsyncFolders: false },
    dialogs: {
      chooseSavePath: async () => dialogs.save,
      chooseOpenPath: async () => dialogs.open,
    },
    ...more,
  });
  const host = await createHost(deps);
  hosts.push(host);
  const attempt = (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  const call = async <T>(method: string, payload: unknown): Promise<T> => {
    const envelope = await attempt(method, payload);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  await call('updateSettings', { traineeName: name });
  const ids = sequentialIds(`${idPrefix}-edit`);
  return { call, attempt, dialogs, dataDir, ids, now: deps.now };
}

/** An attempt finished with sound answers on two templates. */
export async function startAttempt(trainee: Person): Promise<Attempt> {
  const created = await trainee.call<Attempt>('createAttempt', {
    title: 'Practice on a fictional case',
    caseId: null,
    templateIds: ['rosh-analysis', 'risk-management-plan'],
    templateVersions: { 'rosh-analysis': 1, 'risk-management-plan': 1 },
    releasedDocumentIds: [],
  });
  const answers = sampleSoundAnswers();
  await trainee.call('saveAttempt', {
    attempt: {
      ...created,
      status: 'finished',
      answers: {
        'rosh-analysis': answers['rosh-analysis'],
        'risk-management-plan': answers['risk-management-plan'],
      },
    },
    progress: 1,
  });
  return trainee.call<Attempt>('getAttempt', { id: created.id });
}

/** One person exports an attempt's review file to `file` and the other opens it, as the dialogs would. */
export async function sendReviewFile<T>(
  from: Person,
  to: Person,
  attemptId: string,
  file: string,
): Promise<T> {
  from.dialogs.save = file;
  await from.call('exportReviewFile', { attemptId });
  to.dialogs.open = file;
  return to.call<T>('importReviewFile', {});
}

/** Every file under a data folder with its bytes, to show that a refusal wrote nothing. */
export function dataFolderSnapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(dataDir, full)] = fs.readFileSync(full, 'base64');
    }
  return out;
}
