import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import { ordinaryText } from '@shared/text/testing';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handler-types';

let called = 0;
const handlers = new Proxy(
  {},
  {
    get: () => async () => {
      called += 1;
      return {};
    },
  },
) as HandlerTable; // every channel answers {}: only the request checks are under test

const create = (title: string) =>
  dispatch(
    handlers,
    'createAttempt',
    { title, caseId: null, templateIds: ['reflective-log'], templateVersions: { 'reflective-log': 1 } },
    { transport: 'ipc' },
    () => undefined,
  );
const rename = (title: string) =>
  dispatch(
    handlers,
    'renameAttempt',
    { id: 'attempt-000001', title },
    { transport: 'harness' },
    () => undefined,
  );
// The title is also sent whole with every save (an open attempt is renamed through its own store).
const save = (title: string) =>
  dispatch(
    handlers,
    'saveAttempt',
    { attempt: { ...sampleAttempt(), title }, progress: 0.5 },
    { transport: 'ipc' },
    () => undefined,
  );

describe('a title the trainee types (later read by a tutor in a share package)', () => {
  it('is refused with a hidden directional or invisible character, in plain words', async () => {
    called = 0;
    for (const result of [
      await create('My \u202Eattempt'),
      await rename('Jo\u200Bhn'),
      await save('Case \u202Efdp.exe'),
    ]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/^The title contains a (right-to-left override|zero-width space)/);
      expect(result.error.message).not.toMatch(/expected form/);
    }
    expect(called).toBe(0);
  });

  it('is accepted in ordinary multilingual text', async () => {
    for (const title of ordinaryText) {
      expect((await create(title)).ok, title).toBe(true);
      expect((await rename(title)).ok, title).toBe(true);
      expect((await save(title)).ok, title).toBe(true);
    }
  });
});
