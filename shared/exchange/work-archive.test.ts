import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_BYTES, parseWorkArchive, serialiseWorkArchive } from './work-archive';
import { parseSharePackage } from './share-package';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const onePackage = () => {
  const parsed = parseSharePackage(fs.readFileSync(path.join(fixturesDir, 'valid-attempt.casework')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.package;
};
const bytes = (text: string) => new TextEncoder().encode(text);
const sound = () =>
  JSON.parse(
    serialiseWorkArchive({
      exportedAt: '2026-11-23T14:00:00.000Z',
      appVersion: '0.1.0',
      packages: [onePackage()],
    }),
  ) as Record<string, unknown>;

describe('reading a file from "Export all my work"', () => {
  it('opens a sound file, and one written by the first version (packages only)', () => {
    expect(parseWorkArchive(bytes(JSON.stringify(sound())))).toMatchObject({ ok: true });
    const { copies, templates, cases, supervision, ...v1 } = sound();
    expect([copies, templates, cases, supervision]).toEqual([[], [], [], []]);
    expect(parseWorkArchive(bytes(JSON.stringify({ ...v1, formatVersion: 1 })))).toMatchObject({ ok: true });
  });

  it('refuses a file over the size cap without reading it (negative control: the sound file, padded to the cap, opens)', () => {
    const text = JSON.stringify(sound());
    const atCap = bytes(text + ' '.repeat(MAX_ARCHIVE_BYTES - bytes(text).byteLength));
    expect(atCap.byteLength).toBe(MAX_ARCHIVE_BYTES);
    expect(parseWorkArchive(atCap)).toMatchObject({ ok: true });
    const over = new Uint8Array(MAX_ARCHIVE_BYTES + 1);
    over.set(atCap);
    over[MAX_ARCHIVE_BYTES] = 0x20;
    expect(parseWorkArchive(over)).toEqual({ ok: false, message: expect.stringMatching(/larger than/) });
  });

  it('refuses a hostile envelope: too deep, too many pieces, a copy that marks no package, an unknown key', () => {
    const deep = { ...sound(), templates: [JSON.parse(`${'['.repeat(60)}${']'.repeat(60)}`)] };
    expect(parseWorkArchive(bytes(JSON.stringify(deep)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/nested more deeply/),
    });
    const many = { ...sound(), cases: Array.from({ length: 1001 }, () => ({ inLibrary: true, pack: {} })) };
    expect(parseWorkArchive(bytes(JSON.stringify(many)))).toMatchObject({ ok: false });
    const copy = {
      originalAttemptId: 'attempt-0001',
      traineeName: null,
      importedAt: '2026-11-23T14:00:00.000Z',
      fileName: 'x.casework',
    };
    expect(
      parseWorkArchive(bytes(JSON.stringify({ ...sound(), copies: [{ ...copy, package: 0 }] }))),
    ).toMatchObject({ ok: true });
    expect(
      parseWorkArchive(bytes(JSON.stringify({ ...sound(), copies: [{ ...copy, package: 1 }] }))),
    ).toMatchObject({ ok: false });
    expect(parseWorkArchive(bytes(JSON.stringify({ ...sound(), extra: true })))).toMatchObject({ ok: false });
  });
});
