import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/contract';
import { MAX_TEMPLATE_FILE_BYTES } from '@shared/contract/channels/templates';
import type { CustomTemplate } from '@shared/contract/channels/templates';
import type { Attempt } from '@shared/model/attempt';
import { dispatch } from '../dispatch';
import { pdfText } from '../pdf/poppler-for-tests';
import { createHost } from '../services';
import type { Host } from '../services';
import { sequentialIds, tempDataDir, testHostDeps } from '../storage/testing';
import { authoringGuideBrokenExample, authoringGuideExample } from './authoring-example';
import { PROBLEMS_SHOWN } from './service';

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

interface App {
  host: Host;
  dataDir: string;
  dialogs: { open: string | null; save: string | null };
  send: (method: string, payload: unknown) => Promise<Envelope<unknown>>;
  call: <T>(method: string, payload: unknown) => Promise<T>;
  /** Writes a file where the fake open dialog will answer it. */
  offer: (name: string, contents: string | Buffer) => string;
}

async function openApp(dataDir = tempDataDir('templates')): Promise<App> {
  const dialogs = { open: null as string | null, save: null as string | null };
  const host = await createHost(
    testHostDeps({
      dataDir,
      newId: sequentialIds(`t${hosts.length}`),
      storage: { fsyncFolders: false },
      dialogs: { chooseOpenPath: async () => dialogs.open, chooseSavePath: async () => dialogs.save },
    }),
  );
  hosts.push(host);
  const send = (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  const call = async <T>(method: string, payload: unknown): Promise<T> => {
    const envelope = await send(method, payload);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  const filesDir = fs.mkdtempSync(path.join(path.dirname(dataDir), 'template-files-'));
  const offer = (name: string, contents: string | Buffer) => {
    const file = path.join(filesDir, name);
    fs.writeFileSync(file, contents);
    dialogs.open = file;
    return file;
  };
  return { host, dataDir, dialogs, send, call, offer };
}

const example = authoringGuideExample();
const withChanges = (changes: (template: Record<string, unknown>) => void): string => {
  const template = JSON.parse(example) as Record<string, unknown>;
  changes(template);
  return JSON.stringify(template, null, 2);
};

async function refusal(app: App): Promise<{ code: string; lines: string[] }> {
  const answer = await app.send('importTemplate', {});
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer.value)}`);
  return { code: answer.error.code, lines: answer.error.message.split('\n') };
}

const listed = async (app: App) =>
  (await app.call<{ templates: CustomTemplate[] }>('listTemplates', {})).templates;

const templatesFolderFiles = (app: App) =>
  fs.existsSync(path.join(app.dataDir, 'templates'))
    ? fs.readdirSync(path.join(app.dataDir, 'templates'))
    : [];

describe('tutors’ templates in the host', () => {
  it('adds the authoring guide’s example and still has it after a restart', async () => {
    const app = await openApp();
    app.offer('home-visit-plan.json', example);
    expect(await app.call('importTemplate', {})).toEqual({
      imported: true,
      templateId: 'home-visit-plan',
      version: 1,
      title: 'Planning a home visit',
      previousVersion: null,
      unchanged: false,
      fileName: 'home-visit-plan.json',
    });
    await app.host.close();
    hosts.pop();
    const again = await openApp(app.dataDir);
    const templates = await listed(again);
    expect(templates.map((t) => [t.templateId, t.versions.map((v) => v.version)])).toEqual([
      ['home-visit-plan', [1]],
    ]);
    expect(templates[0]!.versions[0]!.template).toEqual(JSON.parse(example));
    expect(again.host.services.templates.resolve('home-visit-plan', 1)?.title).toBe('Planning a home visit');
  });

  it('answers not imported when the dialog is closed, and opens nothing else', async () => {
    const app = await openApp();
    expect(await app.call('importTemplate', {})).toEqual({ imported: false });
    expect(await listed(app)).toEqual([]);
  });

  it('refuses an invalid template with the exact path the guide quotes, and stores nothing', async () => {
    const app = await openApp();
    const { json, quotedError } = authoringGuideBrokenExample();
    app.offer('visit.json', json);
    const { code, lines } = await refusal(app);
    expect(code).toBe('invalid-file');
    expect(lines).toEqual(['“visit.json” was not added: the template has 1 problem.', quotedError]);
    expect(quotedError).toBe("sections[1].items[2].expression: unknown item id 'visit-risks'");
    expect(await listed(app)).toEqual([]);
    expect(templatesFolderFiles(app)).toEqual([]);
  });

  it('lists the first problems and says how many more there are', async () => {
    const app = await openApp();
    app.offer(
      'many.json',
      withChanges((template) => {
        const sections = template.sections as Array<{ items: Array<Record<string, unknown>> }>;
        // Twelve misspelt fields, each its own `unknown field` problem.
        for (let n = 0; n < 12; n += 1) sections[0]!.items[0]![`showwhen${n}`] = true;
      }),
    );
    const { code, lines } = await refusal(app);
    expect(code).toBe('invalid-file');
    expect(lines[0]).toBe('“many.json” was not added: the template has 12 problems.');
    expect(lines.slice(1, 3)).toEqual([
      'sections[0].items[0].showwhen0: unknown field',
      'sections[0].items[0].showwhen1: unknown field',
    ]);
    expect(lines).toHaveLength(1 + PROBLEMS_SHOWN + 1);
    expect(lines.at(-1)).toBe(`and ${12 - PROBLEMS_SHOWN} more`);
  });

  it('checks references to other templates against the built-ins and the templates already added', async () => {
    const app = await openApp();
    const debrief = JSON.stringify({
      id: 'visit-debrief',
      version: 1,
      title: 'After the visit',
      description: 'What the visit showed.',
      sections: [
        {
          id: 'after',
          title: 'After the visit',
          items: [
            {
              kind: 'longText',
              id: 'concern-followed',
              prompt: 'What did the visit show about the concern?',
              showWhen: { '==': [{ var: 'answers.home-visit-plan.visit-reason' }, 'concern'] },
            },
            {
              kind: 'yesNoUnknown',
              id: 'analysis-updated',
              prompt: 'Have you updated the analysis?',
              showWhen: { '!=': [{ var: 'computed.rosh-analysis.overall-rosh' }, null] },
            },
          ],
        },
      ],
    });
    app.offer('debrief.json', debrief);
    const before = await refusal(app);
    expect(before.lines.slice(1)).toEqual([
      "sections[0].items[0].showWhen: unknown template 'home-visit-plan'",
    ]);
    app.offer('home-visit-plan.json', example);
    await app.call('importTemplate', {});
    app.offer('debrief.json', debrief);
    expect(await app.call('importTemplate', {})).toMatchObject({
      imported: true,
      templateId: 'visit-debrief',
    });
  });

  it('refuses an id that is a built-in template’s', async () => {
    const app = await openApp();
    app.offer(
      'clash.json',
      withChanges((template) => {
        template.id = 'rosh-analysis';
      }).replaceAll('answers.home-visit-plan.', 'answers.rosh-analysis.'),
    );
    const { code, lines } = await refusal(app);
    expect(code).toBe('conflict');
    expect(lines.join(' ')).toContain(
      "its id 'rosh-analysis' is the id of the built-in template “Risk of serious harm analysis”",
    );
    expect(await listed(app)).toEqual([]);
  });

  it('refuses an oversized file before reading it', async () => {
    const app = await openApp();
    app.offer('huge.json', Buffer.alloc(MAX_TEMPLATE_FILE_BYTES + 1, 0x20));
    const { code, lines } = await refusal(app);
    expect(code).toBe('too-large');
    expect(lines[0]).toMatch(/^“huge\.json” is 2\.0 MB; a template file can be at most 2 MB/);
  });

  it('refuses hostile or broken JSON in plain words, without crashing or storing anything', async () => {
    const app = await openApp();
    const cases: Array<[string, string, RegExp]> = [
      ['proto.json', '{"__proto__": {"polluted": true}, "id": "x"}', /__proto__: this key is not allowed/],
      ['deep.json', '['.repeat(100_000) + ']'.repeat(100_000), /nested more than 40 levels deep/],
      ['truncated.json', example.slice(0, 200), /is not a JSON file the app can read/],
      ['array.json', '[1, 2, 3]', /template: /],
      ['text.json', 'id: home-visit-plan', /is not a JSON file the app can read/],
    ];
    for (const [name, contents, expected] of cases) {
      app.offer(name, contents);
      const { code, lines } = await refusal(app);
      expect(code, name).toBe('invalid-file');
      expect(lines.join('\n'), name).toMatch(expected);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listed(app)).toEqual([]);
  });

  it('keeps a higher version beside the older one, and refuses a changed or older version under a used number', async () => {
    const app = await openApp();
    app.offer('v1.json', example);
    await app.call('importTemplate', {});
    app.offer('v1-again.json', example);
    expect(await app.call('importTemplate', {})).toMatchObject({ unchanged: true, version: 1 });

    const changedTitle = (version: number) =>
      withChanges((template) => {
        template.version = version;
        template.title = 'Planning a home visit (revised)';
      });
    app.offer('v1-changed.json', changedTitle(1));
    const sameNumber = await refusal(app);
    expect(sameNumber.code).toBe('conflict');
    expect(sameNumber.lines[0]).toContain('Raise "version" to 2');

    app.offer('v2.json', changedTitle(2));
    expect(await app.call('importTemplate', {})).toMatchObject({ version: 2, previousVersion: 1 });

    const [stored] = await listed(app);
    expect(stored!.versions.map((v) => [v.version, v.template.title, v.fileName])).toEqual([
      [1, 'Planning a home visit', 'v1.json'],
      [2, 'Planning a home visit (revised)', 'v2.json'],
    ]);
    const { templates } = app.host.services;
    expect(templates.resolve('home-visit-plan', 1)?.title).toBe('Planning a home visit');
    expect(templates.resolve('home-visit-plan')?.title).toBe('Planning a home visit (revised)');
    expect(templates.resolve('home-visit-plan', 3)).toBeUndefined();
  });

  it('refuses to delete a template an attempt uses, naming the attempt, and deletes it once unused', async () => {
    const app = await openApp();
    app.offer('visit.json', example);
    await app.call('importTemplate', {});
    const attempt = await app.call<Attempt>('createAttempt', {
      title: 'Own case: a visit to Fenwick Row',
      caseId: null,
      templateIds: ['home-visit-plan'],
      templateVersions: { 'home-visit-plan': 1 },
      releasedDocumentIds: [],
    });
    const refused = await app.send('deleteTemplate', { templateId: 'home-visit-plan' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '“Planning a home visit” was not removed: an attempt uses it (“Own case: a visit to Fenwick Row”). Delete that attempt first, or keep the template.',
      },
    });
    expect(await listed(app)).toHaveLength(1);

    await app.call('deleteAttempt', { id: attempt.id });
    expect(await app.call('deleteTemplate', { templateId: 'home-visit-plan' })).toEqual({ deleted: true });
    expect(await listed(app)).toEqual([]);
    expect(templatesFolderFiles(app).filter((name) => name.endsWith('.json'))).toEqual([]);
    const removedAgain = await app.send('deleteTemplate', { templateId: 'home-visit-plan' });
    expect(removedAgain.ok ? null : removedAgain.error.code).toBe('not-found');
    const builtin = await app.send('deleteTemplate', { templateId: 'rosh-analysis' });
    expect(builtin.ok ? null : builtin.error.code).toBe('forbidden');
  });

  it('exports an attempt with the version of the tutor’s template it was written against', async () => {
    const app = await openApp();
    app.offer('v1.json', example);
    await app.call('importTemplate', {});
    const attempt = await app.call<Attempt>('createAttempt', {
      title: 'Own case: the Pell Street visit',
      caseId: null,
      templateIds: ['home-visit-plan'],
      templateVersions: { 'home-visit-plan': 1 },
      releasedDocumentIds: [],
    });
    await app.call('saveAttempt', {
      attempt: { ...attempt, answers: { 'home-visit-plan': { 'visit-reason': 'concern' } } },
      progress: 0.2,
    });
    app.offer(
      'v2.json',
      withChanges((template) => {
        template.version = 2;
        template.title = 'Planning a home visit, second edition';
      }),
    );
    await app.call('importTemplate', {});

    const out = path.join(path.dirname(app.dataDir), `visit-${process.pid}-${Date.now()}.pdf`);
    app.dialogs.save = out;
    await app.call('exportAttemptPdf', { attemptId: attempt.id });
    const text = pdfText(fs.readFileSync(out));
    expect(text).toContain('Planning a home visit');
    expect(text).not.toContain('second edition');
    expect(text).toContain('A specific concern');
  }, 60_000);
});
