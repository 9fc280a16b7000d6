import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The path aliases (`@shared/`, `@renderer/`, `@host/`) are written once, in tsconfig.base.json, and every
 * bundler and test runner reads them from there, so tsc, Vite, Vitest and Playwright cannot disagree.
 * Playwright and tsx read the tsconfig themselves; Vite and Vitest take the list this returns.
 */
const root = new URL('../', import.meta.url);

type BaseConfig = { compilerOptions: { paths: Record<string, string[]> } };

export function pathAliases(): { find: string; replacement: string }[] {
  const base = JSON.parse(readFileSync(new URL('tsconfig.base.json', root), 'utf8')) as BaseConfig;
  return Object.entries(base.compilerOptions.paths).map(([pattern, [target]]) => {
    if (!pattern.endsWith('/*') || !target?.endsWith('/*')) {
      throw new Error(`tsconfig.base.json: alias '${pattern}' must map 'name/*' to one 'folder/*'`);
    }
    return {
      find: pattern.slice(0, -1),
      replacement: fileURLToPath(new URL(target.slice(0, -1), root)),
    };
  });
}
