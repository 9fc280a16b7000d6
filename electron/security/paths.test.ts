// The renderer never names a file the host reads or writes (docs/security.md, "Paths"). Checked two ways:
// no request schema has a field for a path, and crafted paths placed in every string of every request
// either fail validation or are kept as plain text, never reaching the file system.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import type { MethodName } from '@shared/contract';
import { createFileStore } from '@host/storage/file-store';
import type { HostDeps } from '@host/ports';
import { dispatch } from '@host/dispatch';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { defOf, sampleFor, sitesOf, withValueAt } from './fuzz/schema-walk';

const pathLikeKey =
  /^(path|paths|file|files|filename|fileName|filepath|filePath|dir|dirname|directory|folder|cwd|dest|destination|location|url|uri)$|(Path|File|Files|Dir|Directory|Folder|FileName|Filename|Url|Uri)$/;

/** Every object key named in a schema, at any depth (record keys are data, not names, so they are skipped). */
function keysIn(schema: Parameters<typeof defOf>[0], depth = 0): string[] {
  if (depth > 25) return [];
  const def = defOf(schema);
  const children = [
    ...Object.values(def.shape ?? {}),
    ...(def.element ? [def.element] : []),
    ...(def.valueType ? [def.valueType] : []),
    ...(def.innerType ? [def.innerType] : []),
    ...(def.options ?? []),
    ...(def.in ? [def.in] : []),
  ];
  return [...Object.keys(def.shape ?? {}), ...children.flatMap((child) => keysIn(child, depth + 1))];
}

describe('request schemas', () => {
  it('have no field for a file path, at any depth', () => {
    for (const method of methodNames) {
      const offending = keysIn(contract[method].request).filter((key) => pathLikeKey.test(key));
      expect(offending, `${method} (${contract[method].channel})`).toEqual([]);
    }
  });

  it('would catch one (the check above can fail)', () => {
    expect(
      ['filePath', 'path', 'outputDir', 'targetFolder', 'fileName', 'url'].every((k) => pathLikeKey.test(k)),
    ).toBe(true);
    expect(['templateIds', 'title', 'caseId', 'answers', 'progress'].some((k) => pathLikeKey.test(k))).toBe(
      false,
    );
  });

  it('each have a valid sample to place crafted strings in', () => {
    for (const method of methodNames) {
      const sample = sampleFor(contract[method].request);
      expect(contract[method].request.safeParse(sample).success, method).toBe(true);
    }
  });
});

describe('crafted paths in requests', () => {
  let root: string;
  let dataDir: string;
  let chosenDir: string;
  let outsideDir: string;
  let canary: string;
  let host: Host;
  let closed = false;
  const savePrompts: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'casework-paths-'));
    dataDir = join(root, 'data');
    chosenDir = join(root, 'chosen');
    outsideDir = join(root, 'outside');
    mkdirSync(chosenDir);
    mkdirSync(outsideDir);
    canary = join(outsideDir, 'canary.json');
    writeFileSync(canary, '{"untouched":true}');
    let n = 0;
    const deps: HostDeps = {
      dataDir,
      createStore: createFileStore,
      // The trainee "chooses" a file in chosen/; the host may write only there.
      dialogs: {
        chooseSavePath: async ({ defaultName }) => {
          savePrompts.push(defaultName);
          return join(chosenDir, `export-${(n += 1)}${defaultName.match(/\.[a-z]+$/)?.[0] ?? ''}`);
        },
        chooseOpenPath: async () => null,
      },
      now: () => new Date('2026-11-23T14:02:00.000Z'),
      newId: () => `paths-${String((n += 1)).padStart(6, '0')}`,
      log: () => {},
    };
    host = await createHost(deps);
  });

  afterAll(async () => {
    if (!closed) await host?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const crafted = () => [
    canary,
    join(outsideDir, 'planted.json'),
    '../outside/canary',
    '../../outside/planted',
    '..\\outside\\canary',
    'attempts/../../outside/planted',
    'file:///etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '%2e%2e%2foutside%2fplanted',
    'abcdef-123456/../../outside/planted',
  ];

  it('are refused where the string names something (an id), and stay text everywhere else', async () => {
    const refusedAt = new Set<string>();
    const keptAsTextAt = new Set<string>();
    for (const method of methodNames as MethodName[]) {
      const { request } = contract[method];
      const sample = sampleFor(request);
      for (const site of sitesOf(request, sample).filter((s) => s.kind === 'string' || s.kind === 'custom')) {
        const where = `${method}:${site.path.join('.')}`;
        for (const path of crafted()) {
          const payload = withValueAt(sample, site.path, path);
          const answer = await dispatch(host.handlers, method, payload, { transport: 'ipc' }, () => {});
          if (!answer.ok && answer.error.code === 'invalid-request') refusedAt.add(where);
          else keptAsTextAt.add(where);
        }
        if (
          defOf(site.schema).type === 'string' &&
          /(^|\.)([a-zA-Z]*Id|id)$|Ids\.\d+$/.test(site.path.join('.'))
        ) {
          expect(keptAsTextAt.has(where), `${where} accepted a path where an id belongs`).toBe(false);
        }
      }
    }
    // Every id-named string was refused (checked above), and there are several of them.
    expect([...refusedAt].filter((w) => /Id|\.id$|:id$/.test(w)).length).toBeGreaterThan(5);
    // Both kinds exist today: ids (refused) and free text such as titles and answers (kept as text).
    expect(refusedAt.size).toBeGreaterThan(0);
    expect(keptAsTextAt.size).toBeGreaterThan(0);
  }, 60_000);

  it('never reach the file system: only the data folder and the chosen folder change', async () => {
    // An attempt titled with a path, exported through the dialog: the suggested name must not carry it.
    const created = await dispatch(
      host.handlers,
      'createAttempt',
      {
        title: '../../outside/planted',
        caseId: null,
        templateIds: ['rosh'],
        templateVersions: { rosh: 1 },
        releasedDocumentIds: [],
      },
      { transport: 'ipc' },
    );
    expect(created.ok).toBe(true);
    const id = (created as { ok: true; value: { id: string } }).value.id;
    for (const method of ['exportAttemptFile', 'exportAttemptPdf'] as const) {
      if (method in contract) await dispatch(host.handlers, method, { attemptId: id }, { transport: 'ipc' });
    }
    await host.close();
    closed = true;

    expect(readFileSync(canary, 'utf8')).toBe('{"untouched":true}');
    expect(readdirSync(outsideDir)).toEqual(['canary.json']);
    expect(readdirSync(root).sort()).toEqual(['chosen', 'data', 'outside']);
    // A suggested name is a bare file name: no folder part, so it cannot point the dialog elsewhere.
    expect(savePrompts.length).toBeGreaterThan(0);
    for (const name of savePrompts) {
      expect(name, JSON.stringify(savePrompts)).not.toMatch(/[\\/]|^[a-zA-Z]:|^\.\.?$/);
      expect(name.includes('\u0000')).toBe(false);
    }

    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(dataDir, join(dir, entry.name))],
      );
    for (const file of walk(dataDir)) {
      for (const segment of file.split(/[\\/]/))
        expect(segment, file).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
      expect(file).not.toMatch(/outside|planted|passwd|win\.ini/);
    }
  });
});
