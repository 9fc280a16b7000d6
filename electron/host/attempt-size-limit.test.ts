import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { LARGEST_REQUEST_BYTES, MAX_ATTEMPT_BYTES, attemptBytes } from '@shared/contract/limits';
import { MAX_SHARE_BYTES, serialiseSharePackage } from '@shared/exchange/share-package';
import type { Attempt } from '@shared/model/attempt';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import { maxBodyBytes } from '../../e2e/harness/server';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handler-types';

/** An attempt padded with long answers until its saved form is about `bytes` long. */
function attemptOfSize(bytes: number): Attempt {
  const base = sampleAttempt();
  const chunk = 'Mae’r adroddiad yn dangos newid. '.repeat(9000); // about 300 kB, under one answer's cap
  const padding: Record<string, string> = {};
  let size = attemptBytes(base);
  for (let index = 0; size < bytes; index += 1) {
    padding[`padding-${index}`] = chunk;
    size += new TextEncoder().encode(chunk).length + 40;
  }
  return { ...base, answers: { ...base.answers, padding } };
}

let saved = 0;
const handlers = {
  saveAttempt: async () => {
    saved += 1;
    return { revision: 2, savedAt: '2026-01-01T00:00:00.000Z' };
  },
} as unknown as HandlerTable; // only the one channel under test is called

describe('the largest attempt that can be saved', () => {
  it('is small enough that a saved attempt always fits in a share package', () => {
    const attempt = attemptOfSize(MAX_ATTEMPT_BYTES - 400_000);
    expect(attemptBytes(attempt)).toBeLessThanOrEqual(MAX_ATTEMPT_BYTES);
    const pkg = serialiseSharePackage({
      format: 'casework-share',
      formatVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      appVersion: '0.1.0',
      attempt,
    } as Parameters<typeof serialiseSharePackage>[0]);
    expect(new TextEncoder().encode(pkg).length).toBeLessThan(MAX_SHARE_BYTES);
  });

  it('an attempt under the cap is saved through dispatch', async () => {
    saved = 0;
    const attempt = attemptOfSize(MAX_ATTEMPT_BYTES - 400_000);
    const result = await dispatch(handlers, 'saveAttempt', { attempt, progress: 0.5 }, { transport: 'ipc' });
    expect(result.ok).toBe(true);
    expect(saved).toBe(1);
  });

  it('an attempt over the cap is refused with a typed, plain-words error, on either transport', async () => {
    saved = 0;
    const attempt = attemptOfSize(MAX_ATTEMPT_BYTES + 100_000);
    expect(contract.saveAttempt.request.safeParse({ attempt, progress: 0.5 }).success).toBe(false);
    for (const transport of ['ipc', 'harness'] as const) {
      const result = await dispatch(handlers, 'saveAttempt', { attempt, progress: 0.5 }, { transport });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('too-large');
      expect(result.error.message).toMatch(/too large to save/);
      expect(result.error.message).toMatch(/MB/);
      expect(result.error.message).not.toMatch(/attempts:save|expected form/);
    }
    expect(saved).toBe(0);
  });

  it('the harness accepts every request body the contract allows', () => {
    expect(maxBodyBytes).toBe(LARGEST_REQUEST_BYTES);
    const biggestSave = JSON.stringify({
      payload: { attempt: attemptOfSize(MAX_ATTEMPT_BYTES - 400_000), progress: 1 },
    });
    expect(new TextEncoder().encode(biggestSave).length).toBeLessThan(maxBodyBytes);
    const biggestImport = JSON.stringify({
      payload: {
        given: {
          displayName: 'x'.repeat(255),
          contentBase64: 'A'.repeat(Math.ceil(MAX_SHARE_BYTES / 3) * 4 + 4),
        },
      },
    });
    expect(biggestImport.length).toBeLessThanOrEqual(maxBodyBytes);
  });
});
