// The packaging step is not run here (it downloads Electron and installer tools), so its config is checked
// instead: valid for the installed electron-builder, with the release fuses docs/security.md promises.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own YAML reader and validator, resolved from where electron-builder finds them.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = createRequire(builderRequire.resolve('builder-util/package.json'))(
  './out/DebugLogger.js',
) as { DebugLogger: new (enabled: boolean) => unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  fileAssociations: Array<{ ext: string }>;
  electronFuses: Record<string, boolean>;
  win: { target: Array<{ target: string }> };
  mac: { target: Array<{ target: string }> };
  linux: { target: string[] };
}

const config = yaml.load(
  readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('fails validation when the config is wrong (so the check above can fail)', async () => {
    await expect(
      validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('sets the release fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app into an asar, with the file association and every platform target', () => {
    expect(config.productName).toBe('Casework Practice');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['casework']);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
