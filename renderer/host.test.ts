import { describe, expect, it } from 'vitest';
import { HostError, methodNames } from '@shared/contract';
import type { CaseworkBridge } from '@shared/contract';
import { createHostClient } from './host';

function bridgeAnswering(answer: (method: string, payload: unknown) => Promise<unknown>): CaseworkBridge {
  return Object.fromEntries(
    methodNames.map((name) => [name, (payload: unknown) => answer(name, payload)]),
  ) as unknown as CaseworkBridge;
}

describe('the host client', () => {
  it('has one function per contract method and unwraps a value', async () => {
    const seen: Array<[string, unknown]> = [];
    const client = createHostClient(() =>
      bridgeAnswering(async (method, payload) => {
        seen.push([method, payload]);
        return { ok: true, value: { notices: [] } };
      }),
    );
    expect(Object.keys(client).sort()).toEqual([...methodNames].sort());
    await expect(client.getStartupNotices({})).resolves.toEqual({ notices: [] });
    expect(seen).toEqual([['getStartupNotices', {}]]);
  });

  it('throws the host error with its code and plain message', async () => {
    const client = createHostClient(() =>
      bridgeAnswering(async () => ({
        ok: false,
        error: { code: 'disk-full', message: 'There is no space left on the disk.' },
      })),
    );
    const error = await client.getSettings({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'disk-full', message: 'There is no space left on the disk.' });
  });

  it('turns a broken transport or a strange answer into a host error, never a raw exception', async () => {
    const broken = createHostClient(() =>
      bridgeAnswering(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(broken.getSettings({})).rejects.toMatchObject({ name: 'HostError', code: 'storage-failed' });
    const strange = createHostClient(() => bridgeAnswering(async () => 'hello'));
    await expect(strange.getSettings({})).rejects.toMatchObject({ name: 'HostError', code: 'internal' });
    const missing = createHostClient();
    await expect(missing.getSettings({})).rejects.toMatchObject({ name: 'HostError', code: 'internal' });
  });
});
