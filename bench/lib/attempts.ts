/**
 * The attempts the benches work on, and how a library of them is laid down through the real host Storage
 * (so the files are exactly what the app saves). Every name and answer is fictional sample text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Attempt } from '@shared/model/attempt';
import type { JsonValue } from '@shared/model/json';
import { sampleAnswers } from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { enquiriesLogSoundAnswers } from '@shared/templates/builtin/__fixtures__/enquiries-log-sample';
import { riskToSelfSoundAnswers } from '@shared/templates/builtin/__fixtures__/risk-to-self-sample';
import { sampleSoundAnswers } from '@shared/templates/builtin/__fixtures__/sample-answers';
import { strengthsNeedsSoundAnswers } from '@shared/templates/builtin/__fixtures__/strengths-needs-sample';
import { createFileStore } from '@host/storage/file-store';
import { openStorage } from '@host/storage/storage';
import type { Storage } from '@host/storage/storage';

export type Answers = Attempt['answers'];

export interface AttemptSpec {
  title: string;
  templateIds: string[];
  answers: Answers;
  progress: number;
}

const versionsOf = (templateIds: readonly string[]) =>
  Object.fromEntries(
    templateIds.map((id) => {
      const template = builtinTemplates.find((candidate) => candidate.id === id);
      if (!template) throw new Error(`No built-in template ${id}`);
      return [id, template.version];
    }),
  );

/** Every built-in template with every section answered from the sound sample answers. */
export function everyTemplateFilled(title = 'Bench: every template filled'): AttemptSpec {
  const answers: Answers = {
    ...sampleSoundAnswers(),
    'strengths-needs': strengthsNeedsSoundAnswers(),
    'risk-to-self': riskToSelfSoundAnswers(),
    'enquiries-log': enquiriesLogSoundAnswers(),
  };
  return { title, templateIds: builtinTemplates.map((t) => t.id), answers, progress: 1 };
}

/** The default four templates answered as the sound sample: what a typical finished attempt holds. */
export function typicalAttempt(title: string): AttemptSpec {
  return {
    title,
    templateIds: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
    answers: sampleSoundAnswers(),
    progress: 1,
  };
}

export function countWords(value: JsonValue | undefined): number {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
  }
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + countWords(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce<number>((n, v) => n + countWords(v), 0);
  return 0;
}

/** The PDF sample attempt grown until its answers hold at least `words` words (about 20,000 for the bench). */
export function largeAttempt(words = 20_000): AttemptSpec & { words: number } {
  let perAnswer = 100;
  let answers = sampleAnswers({ longAnswerWords: perAnswer, rows: 6 });
  while (countWords(answers as JsonValue) < words) {
    perAnswer = Math.ceil(perAnswer * 1.25);
    answers = sampleAnswers({ longAnswerWords: perAnswer, rows: 6 });
  }
  return {
    title: `Bench: a ${Math.round(words / 1000)},000-word attempt`,
    templateIds: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
    answers,
    progress: 1,
    words: countWords(answers as JsonValue),
  };
}

export function storageDeps(dataDir: string) {
  let n = 0;
  return {
    dataDir,
    createStore: createFileStore,
    now: () => new Date(),
    newId: () => `bench-${Date.now().toString(36)}-${String((n += 1)).padStart(6, '0')}`,
    log: () => undefined,
  };
}

/** Adds attempts as the app would (create, then save the answers) and answers their ids in order. */
export async function addAttempts(storage: Storage, specs: Iterable<AttemptSpec>): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of specs) {
    const created = await storage.createAttempt({
      title: spec.title,
      caseId: null,
      templateIds: spec.templateIds,
      templateVersions: versionsOf(spec.templateIds),
      releasedDocumentIds: [],
    });
    await storage.saveAttempt({ attempt: { ...created, answers: spec.answers }, progress: spec.progress });
    ids.push(created.id);
  }
  return ids;
}

/**
 * Lays down a library in `dataDir` through Storage (folder fsync off: seeding speed only; the measured
 * host runs with the defaults) and closes it, so a harness or a bench Storage can open it as the app would.
 */
export async function seedLibrary(dataDir: string, specs: Iterable<AttemptSpec>): Promise<string[]> {
  const storage = await openStorage(storageDeps(dataDir), { fsyncFolders: false });
  try {
    return await addAttempts(storage, specs);
  } finally {
    await storage.close();
  }
}

export function* numbered(count: number, make: (title: string) => AttemptSpec): Generator<AttemptSpec> {
  for (let i = 1; i <= count; i += 1) yield make(`Bench practice ${String(i).padStart(4, '0')}`);
}

/** A copy of a prepared data folder, so every measurement starts from the same saved state. */
export function copyDataDir(from: string, label: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), `casework-bench-${label}-`));
  fs.cpSync(from, to, { recursive: true });
  return to;
}

export interface PreparedLibrary {
  /** Never used directly: take a `copyDataDir` of it. */
  dataDir: string;
  /** The first is every template filled; the rest are typical attempts, oldest first. */
  ids: string[];
}

const prepared = new Map<number, Promise<PreparedLibrary>>();

/** A library of `size` attempts, laid down once per run and shared by the benches that need it. */
export function preparedLibrary(size: number): Promise<PreparedLibrary> {
  let library = prepared.get(size);
  if (!library) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `casework-bench-prepared${size}-`));
    library = seedLibrary(dataDir, [
      everyTemplateFilled('Bench: every template filled'),
      ...numbered(size - 1, typicalAttempt),
    ]).then((ids) => ({ dataDir, ids }));
    prepared.set(size, library);
  }
  return library;
}

/** Removes the prepared libraries (at the end of a run). */
export async function removePreparedLibraries(): Promise<void> {
  for (const library of prepared.values())
    fs.rmSync((await library).dataDir, { recursive: true, force: true });
  prepared.clear();
}
