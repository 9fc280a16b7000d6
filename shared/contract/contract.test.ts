import { describe, expect, it } from 'vitest';
import { contract, isMethodName, methodForChannel, methodNames } from './index';

describe('host contract', () => {
  it('gives every method a distinct channel name', () => {
    const channels = methodNames.map((name) => contract[name].channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('maps channels back to their methods', () => {
    for (const name of methodNames) expect(methodForChannel(contract[name].channel)).toBe(name);
    expect(methodForChannel('nope:nothing')).toBeUndefined();
  });

  it('does not treat inherited object keys as methods', () => {
    expect(isMethodName('getSettings')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName(42)).toBe(false);
  });

  it('rejects unknown keys in requests so typos fail loudly', () => {
    expect(contract.updateSettings.request.safeParse({ traineeName: 'Ana', colour: 'red' }).success).toBe(
      false,
    );
    expect(contract.updateSettings.request.safeParse({ traineeName: 'Ana' }).success).toBe(true);
  });
});
