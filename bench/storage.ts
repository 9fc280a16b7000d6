/**
 * What storage costs: opening a library (every attempt file is read and checked at start-up) and one
 * acknowledged save (write, fsync, rename, folder fsync). Prints figures; asserts nothing.
 * Run: npx tsx bench/storage.ts [attempts=200] [answerKb=40]
 */
import fs from 'node:fs';
import { createConfStore } from '../electron/host/conf-store';
import { openStorage } from '../electron/host/storage/storage';
import { sequentialIds, tempDataDir, testClock } from '../electron/host/storage/testing';

const attemptCount = Number(process.argv[2] ?? 200);
const answerKb = Number(process.argv[3] ?? 40);

function ms(from: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - from) / 1e5) / 10;
}

const dataDir = tempDataDir('casework-bench');
const clock = testClock();
const deps = {
  dataDir,
  createStore: createConfStore,
  now: clock.now,
  newId: sequentialIds('bench'),
  log: () => undefined,
};
const text = 'The person gave an account that was checked against the police summary. '.repeat(
  (answerKb * 1024) / 74,
);

let storage = await openStorage(deps, { fsyncFolders: false });
for (let i = 0; i < attemptCount; i += 1) {
  const created = await storage.createAttempt({
    title: `Bench attempt ${i + 1}`,
    caseId: null,
    templateIds: ['rosh-summary'],
    templateVersions: { 'rosh-summary': 1 },
    releasedDocumentIds: [],
  });
  await storage.saveAttempt({
    attempt: { ...created, answers: { 'rosh-summary': { account: text } } },
    progress: 0.5,
  });
}
await storage.close();

const openRuns: number[] = [];
for (let run = 0; run < 3; run += 1) {
  const started = process.hrtime.bigint();
  storage = await openStorage(deps);
  openRuns.push(ms(started));
  if (run < 2) await storage.close();
}

const first = storage.listAttempts()[0]!;
let attempt = await storage.getAttempt(first.id);
const saveRuns: number[] = [];
for (let i = 0; i < 30; i += 1) {
  clock.advance(1000);
  const started = process.hrtime.bigint();
  const ack = await storage.saveAttempt({ attempt: { ...attempt, title: attempt.title }, progress: 0.5 });
  saveRuns.push(ms(started));
  attempt = { ...attempt, revision: ack.revision };
}
await storage.close();
saveRuns.sort((a, b) => a - b);

console.log(`attempts: ${attemptCount}, about ${answerKb} KB of answers each`);
console.log(`open (read and check every attempt): ${openRuns.join(' / ')} ms`);
console.log(
  `acknowledged save, median of 30: ${saveRuns[15]} ms (min ${saveRuns[0]}, max ${saveRuns.at(-1)})`,
);
fs.rmSync(dataDir, { recursive: true, force: true });
