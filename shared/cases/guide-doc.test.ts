import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseLibrary, difficultyLabels } from '.';

/** The tutors' guide lists every case; keep its table in step with the data. */
const guide = readFileSync(new URL('../../docs/cases.md', import.meta.url), 'utf8');
const tableRows = guide.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Case'));

describe('docs/cases.md', () => {
  it('has one table row per case, with its title, difficulty and time', () => {
    expect(tableRows).toHaveLength(caseLibrary.length);
    for (const practiceCase of caseLibrary) {
      const row = tableRows.find((line) => line.startsWith(`| ${practiceCase.title} |`));
      expect(row, practiceCase.title).toBeDefined();
      expect(row).toContain(`| ${difficultyLabels[practiceCase.difficulty]} |`);
      expect(row).toContain(`| ${practiceCase.estimatedMinutes} min |`);
    }
  });
});
