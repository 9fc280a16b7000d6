import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or why there is none. The `electron` npm package downloads its binary in
 * a postinstall step, which `ELECTRON_SKIP_BINARY_DOWNLOAD=1` (this machine, CI) skips: then `path.txt`
 * and `dist/` are missing and the launch tests skip with this reason.
 */
export function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'No Electron binary installed: the electron package is not installed.' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing: `No Electron binary installed: ${pathFile} is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?). Run "node node_modules/electron/install.js" on a machine with internet access to run these tests.`,
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `No Electron binary installed: ${binary} does not exist.` };
  return { path: binary };
}

const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** The launch tests run the built app; build it once if it is missing or older than its sources. */
export function ensureBuilt(): void {
  const newestOutput = Math.min(
    ...builtFiles.map((file) =>
      existsSync(join(repoRoot, file)) ? statSync(join(repoRoot, file)).mtimeMs : 0,
    ),
  );
  const sources = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'renderer/index.html'];
  const newestSource = Math.max(...sources.map((file) => statSync(join(repoRoot, file)).mtimeMs));
  if (newestOutput > newestSource) return;
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  close(): Promise<void>;
}

/** Starts the built app against a fresh temp data folder (honoured only because the app is unpackaged). */
export async function launchApp(): Promise<LaunchedApp> {
  const userData = mkdtempSync(join(tmpdir(), 'casework-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE')
      env[key] = value;
  }
  env['CASEWORK_TEST_USER_DATA'] = userData;
  const app = await _electron.launch({
    args: [repoRoot, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: repoRoot,
    env,
  });
  const page = await app.firstWindow();
  return {
    app,
    page,
    async close() {
      await app.close().catch(() => {});
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
