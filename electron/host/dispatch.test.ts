import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handler-types';

// One real channel (app:notices) served by handlers that answer well, or out of contract.
function tableAnswering(value: unknown): HandlerTable {
  return { getStartupNotices: async () => value } as unknown as HandlerTable;
}
const quiet = () => undefined;

describe('dispatch with response checks', () => {
  it('passes a response that matches the contract', async () => {
    const envelope = await dispatch(
      tableAnswering({ notices: [] }),
      'getStartupNotices',
      {},
      { transport: 'harness' },
      quiet,
      {
        checkResponses: true,
      },
    );
    expect(envelope).toEqual({ ok: true, value: { notices: [] } });
  });

  it('turns a response that drifted from the contract into an internal error, naming the channel', async () => {
    const logged: string[] = [];
    const envelope = await dispatch(
      tableAnswering({ notices: 'none' }),
      'getStartupNotices',
      {},
      { transport: 'harness' },
      (message) => logged.push(message),
      { checkResponses: true },
    );
    expect(envelope.ok).toBe(false);
    expect(envelope).toMatchObject({
      error: { code: 'internal', message: expect.stringContaining('app:notices') },
    });
    expect(logged).toEqual([expect.stringContaining('does not match the contract')]);
  });

  it('lets the drifted response through when the check is off (the packaged app), so the check is what catches it', async () => {
    const envelope = await dispatch(
      tableAnswering({ notices: 'none' }),
      'getStartupNotices',
      {},
      { transport: 'ipc' },
      quiet,
    );
    expect(envelope).toEqual({ ok: true, value: { notices: 'none' } });
  });
});
