import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** The folder test fixtures live in beside the code they exercise (the product builds refuse it too). */
const FIXTURES_FOLDER = '__fixtures__';

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === FIXTURES_FOLDER ? [] : productFiles(path);
    const isSource = /\.(ts|tsx|mts)$/.test(entry.name);
    const isTest = /\.test\.(ts|tsx)$/.test(entry.name) || /\.spec\.ts$/.test(entry.name);
    return isSource && !isTest ? [path] : [];
  });
}

describe('test fixtures stay out of the product', () => {
  it('no product file under electron/, renderer/ or shared/ imports from a __fixtures__ folder', () => {
    const offenders = ['electron', 'renderer', 'shared']
      .flatMap((folder) => productFiles(join(root, folder)))
      .filter((file) =>
        /from\s+['"][^'"]*__fixtures__[^'"]*['"]|import\(\s*['"][^'"]*__fixtures__/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
