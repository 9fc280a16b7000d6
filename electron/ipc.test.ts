import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import type { MethodName } from '@shared/contract';
import type { HandlerTable } from '@host/handler-types';
import { forbiddenEnvelope, registerContractHandlers } from './ipc';
import type { InvokeEventLike, IpcMainLike } from './ipc';
import { releaseTrustPolicy } from './security/origin';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

/** A table whose handlers record what reached them, so a test can see whether dispatch let a call through. */
function recordingTable() {
  const calls: Array<{ method: MethodName; payload: unknown }> = [];
  const table = Object.fromEntries(
    methodNames.map((method) => [
      method,
      async (payload: unknown) => {
        calls.push({ method, payload });
        if (method === 'deleteAttempt') throw new Error('disk on fire');
        return { handledBy: method };
      },
    ]),
  ) as unknown as HandlerTable;
  return { table, calls };
}

const mainFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: {} } });
const appUrl = 'app://casework/index.html';

describe('registerContractHandlers', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unregister = registerContractHandlers(ipcMain, recordingTable().table, releaseTrustPolicy);
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((m) => contract[m].channel).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('dispatches a valid call from the app’s own page', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { table, calls } = recordingTable();
    registerContractHandlers(ipcMain, table, releaseTrustPolicy);
    const answer = await handlers.get('settings:get')!(mainFrame(appUrl), {});
    expect(answer).toEqual({ ok: true, value: { handledBy: 'getSettings' } });
    expect(calls).toEqual([{ method: 'getSettings', payload: {} }]);
  });

  it.each([
    ['a remote page', mainFrame('https://example.org/')],
    ['a file: page', mainFrame('file:///tmp/evil.html')],
    ['an iframe of the app', subFrame(appUrl)],
    ['a destroyed frame', { senderFrame: null }],
    ['a missing frame', { senderFrame: undefined }],
  ])('refuses %s with forbidden, without reaching a handler', async (_label, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { table, calls } = recordingTable();
    registerContractHandlers(ipcMain, table, releaseTrustPolicy);
    for (const method of methodNames) {
      const answer = await handlers.get(contract[method].channel)!(event as InvokeEventLike, {});
      expect(answer).toEqual(forbiddenEnvelope);
    }
    expect(calls).toHaveLength(0);
  });

  it('answers a bad payload with invalid-request, never a throw, and never reaches the handler', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { table, calls } = recordingTable();
    registerContractHandlers(ipcMain, table, releaseTrustPolicy, () => {});
    const badPayloads = [
      undefined,
      null,
      42,
      'x',
      [],
      { traineeName: 7 },
      { theme: 'neon' },
      JSON.parse('{"__proto__": {"admin": true}}'),
    ];
    for (const payload of badPayloads) {
      const answer = await handlers.get('settings:update')!(mainFrame(appUrl), payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('turns a handler that throws into an internal error envelope', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerContractHandlers(ipcMain, recordingTable().table, releaseTrustPolicy, () => {});
    const answer = await handlers.get('attempts:delete')!(mainFrame(appUrl), { id: 'abcdef-123' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
