import { caseThemes, difficulties } from '@shared/cases';
import type { CaseTheme, Difficulty, PracticeCase } from '@shared/cases';

/** Narrowing the case library by difficulty and theme; "any" leaves that choice open. */
export interface CaseFilter {
  difficulty: Difficulty | 'any';
  theme: CaseTheme | 'any';
}

export const noFilter: CaseFilter = { difficulty: 'any', theme: 'any' };

type Filterable = Pick<PracticeCase, 'difficulty' | 'themes'>;

export function filterCases<T extends Filterable>(cases: readonly T[], filter: CaseFilter): T[] {
  return cases.filter(
    (c) =>
      (filter.difficulty === 'any' || c.difficulty === filter.difficulty) &&
      (filter.theme === 'any' || c.themes.includes(filter.theme)),
  );
}

/** The themes the library's cases carry, in alphabetical order of their names: nothing offered that finds nothing. */
export function themesIn(cases: readonly Filterable[]): CaseTheme[] {
  const used = new Set(cases.flatMap((c) => c.themes));
  return (Object.keys(caseThemes) as CaseTheme[])
    .filter((theme) => used.has(theme))
    .sort((a, b) => caseThemes[a].localeCompare(caseThemes[b], 'en-GB'));
}

/** Difficulties in teaching order, only those some case has. */
export function difficultiesIn(cases: readonly Filterable[]): Difficulty[] {
  return difficulties.filter((difficulty) => cases.some((c) => c.difficulty === difficulty));
}

export function describeShown(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} cases`;
  if (shown === 0) return 'No cases match these choices';
  return `Showing ${shown} of ${total} cases`;
}
