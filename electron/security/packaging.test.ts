// The packaging step is not run here (it downloads Electron and installer tools), so its config is checked
// instead: valid for the installed electron-builder, with the release fuses docs/security.md promises, the
// installers IT deploys, no publishing, and icons in the sizes each platform wants.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
  publish: unknown;
  asarUnpack: string[];
  directories: { buildResources: string };
  extraResources: Array<{ from: string; to: string }>;
  fileAssociations: Array<{ ext: string; icon?: string }>;
  electronFuses: Record<string, boolean>;
  win: {
    icon: string;
    target: Array<{ target: string }>;
    forceCodeSigning: boolean;
    signtoolOptions?: Record<string, unknown>;
  };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  msi: { perMachine: boolean; upgradeCode: string };
  mac: { icon: string; target: Array<{ target: string }>; notarize: boolean; hardenedRuntime: boolean };
  linux: { icon: string; target: string[] };
}

const repo = (path: string) => new URL(`../../${path}`, import.meta.url);

/** The pixel sizes in a Windows .ico (a width byte of 0 means 256). */
function icoSizes(bytes: Buffer): number[] {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1)
    throw new Error('not an ICO file');
  const count = bytes.readUInt16LE(4);
  if (bytes.length < 6 + 16 * count) throw new Error('ICO directory is truncated');
  return Array.from({ length: count }, (_, index) => bytes[6 + 16 * index] || 256);
}

const icnsTypeSizes: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 512,
  ic14: 1024,
  is32: 16,
  il32: 32,
};

/** The pixel sizes a macOS .icns holds (retina entries counted at their real size). */
function icnsSizes(bytes: Buffer): number[] {
  if (bytes.subarray(0, 4).toString('latin1') !== 'icns' || bytes.readUInt32BE(4) !== bytes.length)
    throw new Error('not an ICNS file');
  const sizes = new Set<number>();
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at + 4);
    if (length < 8 || at + length > bytes.length) throw new Error('ICNS entry is truncated');
    const size = icnsTypeSizes[bytes.subarray(at, at + 4).toString('latin1')];
    if (size) sizes.add(size);
    at += length;
  }
  return [...sizes].sort((a, b) => a - b);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi', 'portable']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('installs per user without admin rights (NSIS), and for all users from the MSI', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(config.msi.perMachine).toBe(true);
    // A fixed upgrade code is what lets a newer MSI replace the old one.
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('publishes nothing, and the docs say there is no auto-update', () => {
    expect(config.publish).toBeNull();
    const docs = readFileSync(repo('docs/packaging.md'), 'utf8');
    expect(docs).toMatch(/no auto-update/i);
    expect(docs).toMatch(/never connects to the network/i);
  });

  it('has signing and notarisation placeholders, off until there is a certificate, with notes', () => {
    expect(config.win.forceCodeSigning).toBe(false);
    expect(config.win.signtoolOptions).toBeDefined();
    expect(config.mac.notarize).toBe(false);
    expect(config.mac.hardenedRuntime).toBe(true);
    const docs = readFileSync(repo('docs/packaging.md'), 'utf8');
    for (const words of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'notarize: true',
      'APPLE_API_KEY',
      'azureSignOptions',
    ])
      expect(docs).toContain(words);
  });

  it('keeps the PDF attachment worker and its parser outside the asar, where a worker thread can load them', () => {
    expect(config.asarUnpack).toEqual(['out/main/pdf-attachments.js', 'node_modules/pdfjs-dist/**']);
    const vite = readFileSync(repo('electron.vite.config.ts'), 'utf8');
    expect(vite).toMatch(/'pdf-attachments': fromRoot\('electron\/host\/pdf\/attachment-worker\.mjs'\)/);
    expect(readFileSync(repo('electron/host/pdf/extract.ts'), 'utf8')).toContain("'./pdf-attachments.js'");
  });

  it('ships the spelling dictionary and the fonts the app reads at run time', () => {
    const shipped = config.extraResources.map((r) => `${r.from} -> ${r.to}`);
    expect(shipped).toEqual(
      expect.arrayContaining([
        'assets/fonts -> assets/fonts',
        'assets/dictionaries -> dictionaries',
        'docs/user-guide.md -> docs/user-guide.md',
      ]),
    );
    for (const { from } of config.extraResources.filter((r) => r.from.startsWith('assets/')))
      expect(existsSync(repo(from)), from).toBe(true);
  });
});

describe('icons, made from the one source', () => {
  const buildDir = (path: string) => repo(`${config.directories.buildResources}/${path}`);

  it('are up to date with assets/icon.svg (run scripts/make-icons.ts after changing it)', () => {
    const manifest = JSON.parse(readFileSync(buildDir('icons.json'), 'utf8')) as { sha256: string };
    const svg = readFileSync(repo('assets/icon.svg'));
    expect(manifest.sha256).toBe(createHash('sha256').update(svg).digest('hex'));
  });

  it('give Windows 16 to 256 pixels, for the app and for .casework files', () => {
    expect(config.win.icon).toBe(`${config.directories.buildResources}/icon.ico`);
    for (const name of ['icon.ico', `${config.fileAssociations[0]?.icon}.ico`])
      expect(icoSizes(readFileSync(buildDir(name))), name).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('give macOS 16 to 1024 pixels, for the app and for .casework files', () => {
    expect(config.mac.icon).toBe(`${config.directories.buildResources}/icon.icns`);
    for (const name of ['icon.icns', `${config.fileAssociations[0]?.icon}.icns`])
      expect(icnsSizes(readFileSync(buildDir(name))), name).toEqual([16, 32, 64, 128, 256, 512, 1024]);
  });

  it('give Linux a PNG of each size, named by its size', () => {
    expect(config.linux.icon).toBe(`${config.directories.buildResources}/icons`);
    const files = readdirSync(buildDir('icons'));
    const sizes = files.map((file) => Number(/^(\d+)x\1\.png$/.exec(file)?.[1])).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const file of files) {
      const size = Number(file.split('x')[0]);
      expect(pngSize(readFileSync(new URL(file, `${buildDir('icons').href}/`))), file).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('the readers refuse broken icon files (so the checks above can fail)', () => {
    const ico = readFileSync(buildDir('icon.ico'));
    expect(() => icoSizes(ico.subarray(0, 40))).toThrow(/truncated/);
    expect(() => icoSizes(Buffer.from('not an icon'))).toThrow();
    const icns = readFileSync(buildDir('icon.icns'));
    expect(() => icnsSizes(icns.subarray(0, 1000))).toThrow();
    // An .ico without its 256 px image fails the size check.
    const fewer = Buffer.from(ico);
    fewer.writeUInt16LE(6, 4);
    expect(icoSizes(fewer)).not.toContain(256);
  });
});
