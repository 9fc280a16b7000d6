/**
 * A host that saves as fast as it can until it is killed. Run by the crash test (see run.ts):
 *   node child.mjs <dataDir>   then "go <firstEdit>" on stdin
 * It opens storage exactly as the app does (conf, atomic writes, fsync), makes sure two attempts exist,
 * then saves edits to both at once, printing one JSON line per acknowledged save.
 */
import { ATTEMPT_SCHEMA_VERSION } from '@shared/model/attempt';
import type { Attempt } from '@shared/model/attempt';
import { randomId } from '@shared/model/ids';
import fs from 'node:fs';
import path from 'node:path';
import { createFileStore } from '../file-store';
import type { CreateJsonStore } from '../../ports';
import { openStorage } from '../storage';
import { applyEdit, FILLER_CHARS, TEMPLATE_ID } from './edits';
import type { ChildLine } from './edits';

function say(line: ChildLine): void {
  // One write per line: a line the parent reads whole was printed after its save was acknowledged.
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/**
 * What the crash test must catch, to prove it can fail: writes in place, in small pieces, and after
 * the save has already been answered. Used only by the test that checks the checker.
 */
const careless: CreateJsonStore = ({ cwd, configName }) => {
  const file = path.join(cwd, `${configName}.json`);
  return {
    path: file,
    get store() {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    },
    set store(value: Record<string, unknown>) {
      const text = JSON.stringify(value);
      setTimeout(() => {
        fs.mkdirSync(cwd, { recursive: true });
        const fd = fs.openSync(file, 'w');
        for (let at = 0; at < text.length; at += 2048) fs.writeSync(fd, text.slice(at, at + 2048));
        fs.closeSync(fd);
      }, 2);
    },
  };
};

/** The parent starts the next child while the current one works; it waits here, loaded, until told to go. */
function waitForGo(): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      buffer += chunk;
      const match = /^go (\d+)\n/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    process.stdin.on('end', () => reject(new Error('parent went away before saying go')));
  });
}

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: child <dataDir>, then "go <firstEdit>" on stdin');
  let edit = await waitForGo();
  const storage = await openStorage(
    {
      dataDir,
      createStore: mode === 'careless' ? careless : createFileStore,
      now: () => new Date(),
      newId: randomId,
      log: () => undefined,
    },
    { indexWriteDelayMs: 50, snapshotIntervalMs: 200 },
  );
  // As the app does once its first screen is up (start-up may have listed from the index's head alone).
  await storage.whenLibraryRead();
  const attempts: Attempt[] = [];
  for (const entry of storage.listAttempts().slice(0, 2)) attempts.push(await storage.getAttempt(entry.id));
  while (attempts.length < 2) {
    const created = await storage.createAttempt({
      title: `Crash practice ${attempts.length + 1}`,
      caseId: null,
      templateIds: [TEMPLATE_ID],
      templateVersions: { [TEMPLATE_ID]: 1 },
      releasedDocumentIds: [],
    });
    attempts.push({
      ...created,
      answers: { [TEMPLATE_ID]: { filler: 'Practice text. '.repeat(FILLER_CHARS / 15) } },
    });
  }
  if (attempts.some((a) => a.schemaVersion !== ATTEMPT_SCHEMA_VERSION)) throw new Error('unexpected version');
  say({ type: 'ready', ids: attempts.map((a) => a.id), notices: storage.notices.length });

  // Two attempts saved side by side, as two open windows would; each attempt's saves are sequential,
  // as the renderer's are (it waits for one acknowledgement before sending the next save).
  await Promise.all(
    attempts.map(async (initial) => {
      let current = initial;
      for (;;) {
        const k = edit;
        edit += 1;
        const next = applyEdit(current, k);
        const ack = await storage.saveAttempt({ attempt: next, progress: (k % 100) / 100 });
        current = { ...next, revision: ack.revision };
        say({ type: 'ack', id: current.id, revision: ack.revision, edit: k });
      }
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
