// Makes every icon the installers need from the one source, assets/icon.svg: the app icon for Windows (.ico),
// macOS (.icns) and Linux (PNGs by size), and the .casework file-type icon (the same mark on a page).
// The outputs are committed in assets/build (electron-builder's buildResources), so packaging needs no
// rasteriser; run this after changing the SVG:  npx tsx scripts/make-icons.ts
// electron/security/packaging.test.ts fails when assets/build/icons.json does not match the SVG.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import icongen from 'icon-gen';
import { format } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcePath = join(root, 'assets', 'icon.svg');
const buildDir = join(root, 'assets', 'build');

/** Windows shows 16-256 (256 in large-icon views); macOS wants 16-1024 (the @2x of 512); Linux picks by size. */
export const iconSizes = {
  ico: [16, 24, 32, 48, 64, 128, 256],
  icns: [16, 32, 64, 128, 256, 512, 1024],
  linux: [16, 24, 32, 48, 64, 128, 256, 512],
} as const;

/** The .casework document: a page with a folded corner and the app's mark on it. */
function fileIconSvg(appSvg: string): string {
  const inner = appSvg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace('<svg ', '<svg x="232" y="424" width="560" height="560" ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <path d="M200 24 h440 l224 224 v728 a24 24 0 0 1 -24 24 h-640 a24 24 0 0 1 -24 -24 v-928 a24 24 0 0 1 24 -24 z" fill="#ffffff" stroke="#0b4f6c" stroke-width="24"/>
  <path d="M640 24 v200 a24 24 0 0 0 24 24 h200" fill="#d7e3ea" stroke="#0b4f6c" stroke-width="24" stroke-linejoin="round"/>
  ${inner}
</svg>`;
}

function render(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

async function iconFiles(svg: string, name: string): Promise<void> {
  const pngs = mkdtempSync(join(tmpdir(), 'casework-icons-'));
  try {
    for (const size of new Set([...iconSizes.ico, ...iconSizes.icns]))
      writeFileSync(join(pngs, `${size}.png`), render(svg, size));
    await icongen(pngs, buildDir, {
      report: false,
      ico: { name, sizes: [...iconSizes.ico] },
      icns: { name, sizes: [...iconSizes.icns] },
    });
  } finally {
    rmSync(pngs, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const svg = readFileSync(sourcePath, 'utf8');
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  await iconFiles(svg, 'icon');
  await iconFiles(fileIconSvg(svg), 'casework');
  for (const size of iconSizes.linux)
    writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), render(svg, size));
  writeFileSync(join(buildDir, 'icon.png'), render(svg, 1024));
  writeFileSync(join(buildDir, 'casework.png'), render(fileIconSvg(svg), 512));
  const sha256 = createHash('sha256').update(svg).digest('hex');
  // Formatted as the repository's prettier check expects.
  const manifest = JSON.stringify({ source: 'assets/icon.svg', sha256, sizes: iconSizes });
  writeFileSync(join(buildDir, 'icons.json'), await format(manifest, { parser: 'json' }));
  console.log(`Icons written to ${buildDir}`);
}

await main();
