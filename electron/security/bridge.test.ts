import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import { shellEventChannels } from '@shared/contract/shell-events';
import { createCaseworkBridge, createCaseworkEvents } from './bridge';
import type { ShellEventSource } from './bridge';

describe('createCaseworkBridge', () => {
  it('has one method per contract channel and nothing else', () => {
    const bridge = createCaseworkBridge(async () => null);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method to its own channel with exactly one argument', async () => {
    const sent: unknown[][] = [];
    const bridge = createCaseworkBridge(async (...args) => {
      sent.push(args);
      return 'answer';
    });
    for (const method of methodNames) {
      const call = bridge[method] as unknown as (...args: unknown[]) => Promise<unknown>;
      await expect(call({ x: method }, 'extra', 'arguments')).resolves.toBe('answer');
    }
    expect(sent).toEqual(methodNames.map((m) => [contract[m].channel, { x: m }]));
  });
});

function fakeSource() {
  const listeners = new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>();
  const sent: unknown[][] = [];
  const source: ShellEventSource = {
    on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    send: (channel, ...args) => sent.push([channel, ...args]),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, ...args);
  };
  return { source, listeners, sent, emit };
}

describe('createCaseworkEvents', () => {
  it('listens once per channel, however many callbacks the page adds', () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    events.onBeforeClose(() => {});
    events.onBeforeClose(() => {});
    events.onMenuCommand(() => {});
    expect(fake.listeners.get(shellEventChannels.beforeClose)).toHaveLength(1);
    expect(fake.listeners.get(shellEventChannels.menuCommand)).toHaveLength(1);
  });

  it('waits for every close callback, even failing ones, then answers with the same token', async () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    const order: string[] = [];
    events.onBeforeClose(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('slow save');
    });
    events.onBeforeClose(() => {
      throw new Error('broken');
    });
    fake.emit(shellEventChannels.beforeClose, 'token-1');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual(['slow save']);
    expect(fake.sent).toEqual([[shellEventChannels.beforeCloseDone, 'token-1', false]]);
  });

  it('passes on a callback’s wish to keep the window open', async () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    events.onBeforeClose(() => undefined);
    events.onBeforeClose(async () => 'keep-open' as const);
    fake.emit(shellEventChannels.beforeClose, 'token-2');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fake.sent).toEqual([[shellEventChannels.beforeCloseDone, 'token-2', true]]);
  });

  it('ignores malformed tokens and unknown menu commands', async () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    const commands: unknown[] = [];
    events.onMenuCommand((command) => commands.push(command));
    fake.emit(shellEventChannels.beforeClose, { evil: true });
    fake.emit(shellEventChannels.menuCommand, 'rm -rf');
    fake.emit(shellEventChannels.menuCommand, 'import');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fake.sent).toEqual([]);
    expect(commands).toEqual(['import']);
  });

  it('never hands the IPC event to page callbacks, and unsubscribes', () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    const received: unknown[][] = [];
    const unsubscribe = events.onMenuCommand((...args: unknown[]) => received.push(args));
    fake.emit(shellEventChannels.menuCommand, 'export');
    unsubscribe();
    fake.emit(shellEventChannels.menuCommand, 'export');
    expect(received).toEqual([['export']]);
  });

  it('refuses a callback that is not a function', () => {
    const events = createCaseworkEvents(fakeSource().source);
    expect(() => events.onBeforeClose('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });

  it('asks the shell for opened files once the first listener is added, and passes on only name and bytes', () => {
    const fake = fakeSource();
    const events = createCaseworkEvents(fake.source);
    expect(fake.sent).toEqual([]);
    const seen: unknown[] = [];
    const stop = events.onFileOpened((file) => seen.push(file));
    events.onFileOpened(() => undefined);
    expect(fake.sent).toEqual([[shellEventChannels.readyForFiles]]);
    const bytes = new Uint8Array([123, 125]);
    fake.emit(shellEventChannels.fileOpened, { name: 'a.casework', bytes, path: '/home/x/a.casework' });
    fake.emit(shellEventChannels.fileOpened, { name: 'b.casework', problem: 'too large' });
    fake.emit(shellEventChannels.fileOpened, { name: 'c.casework', bytes: 'not bytes' });
    fake.emit(shellEventChannels.fileOpened, { name: '', bytes });
    fake.emit(shellEventChannels.fileOpened, null);
    expect(seen).toEqual([
      { name: 'a.casework', bytes },
      { name: 'b.casework', problem: 'too large' },
    ]);
    stop();
    fake.emit(shellEventChannels.fileOpened, { name: 'd.casework', bytes });
    expect(seen).toHaveLength(2);
  });
});
