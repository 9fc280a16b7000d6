import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration, run on code that is never written to disk: each case names the file
// it pretends to be, so the depth and area of the importing file are what the rule sees.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'casework/boundaries').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared/a.ts', "import { x } from '../renderer/state/store';"],
    ['shared/templates/kinds/deep/a.ts', "import { x } from '../../../../renderer/state/store';"],
    ['shared/a/b/c/d/e.ts', "import { x } from '@renderer/state/store';"],
    ['shared/a/b/c/d/e.ts', "import { x } from '@host/storage/storage';"],
    ['shared/a/b/c/d/e.ts', "export { x } from '../../../../../electron/main';"],
    ['renderer/features/a/b/c.tsx', "import { x } from '@host/storage/storage';"],
    ['renderer/features/a/b/c.tsx', "const m = import('../../../../electron/host/storage/storage');"],
    ['electron/host/a/b/c.ts', "import { x } from '@renderer/host';"],
    ['electron/host/a/b/c.ts', "import { x } from '../../../main';"],
  ])('refuses what %s may not reach: %s', async (file, code) => {
    const messages = await boundaryMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/may not import from/);
  });

  it.each([
    [
      'renderer/features/a/b/c.tsx',
      "import { x } from '../../../../shared/model/attempt';",
      '@shared/model/attempt',
    ],
    ['electron/main.ts', "import { x } from './host/storage/storage';", '@host/storage/storage'],
    ['e2e/a.spec.ts', "import { x } from '../electron/host/dispatch';", '@host/dispatch'],
  ])('asks %s to cross areas by alias: %s', async (file, code, alias) => {
    const messages = await boundaryMessages(file, code);
    expect(messages).toEqual([expect.stringContaining(`'${alias}'`)]);
  });

  it.each([
    ['shared/templates/kinds/a.ts', "import { x } from '../engine';"],
    ['shared/a/b/c/d/e.ts', "import { x } from '@shared/model/attempt';"],
    ['renderer/features/a/b/c.tsx', "import { x } from '@shared/model/attempt';"],
    ['electron/host/a/b.ts', "import { x } from '@shared/model/attempt';"],
    ['electron/main.ts', "import { x } from '@host/dispatch';"],
    ['shared/pdf/a.test.ts', "import { x } from '@host/pdf/render';"],
  ])('lets %s import what it may: %s', async (file, code) => {
    expect(await boundaryMessages(file, code)).toEqual([]);
  });

  it('refuses a path that climbs out of the repository', async () => {
    const messages = await boundaryMessages('shared/a.ts', "import { x } from '../../outside/thing';");
    expect(messages).toEqual([expect.stringContaining('climbs out of the repository')]);
  });
});
