import type { JsonValue } from '../../model/json';
import type { TextFindingKind } from '../analyse';

/** A compact way to write an attempt's prose for the text-analysis tests. */
export type Level = 'low' | 'medium' | 'high' | 'very-high';

export interface Prose {
  whatHappened?: string;
  account?: string;
  accountVersusEvidence?: string;
  history?: string;
  whoAtRisk?: string;
  nature?: string;
  imminence?: string;
  factors?: [factor: string, explanation: string][];
  protective?: string;
  grid?: Partial<Record<'children' | 'public' | 'known-adult' | 'staff', Level>>;
  rationale?: string;
  selfRisk?: string;
  /** risk-to-self template: [sectionId, evidence text]. */
  selfRiskSections?: [string, string][];
  review?: [newInformation: string, whatChanged: string, whatYouDid: string][];
  supervision?: string;
  controls?: string;
  interventions?: string;
  victimSafety?: string;
  contingency?: [sign: string, action: string, role: string, quickly: string][];
  riskLinks?: string[];
}

export interface ProseAttempt {
  caseId: string;
  name: string;
  quality: 'sound' | 'weak';
  /** What a tutor would ask about this prose (empty for sound attempts). */
  expected: TextFindingKind[];
  prose: Prose;
}

const rows = <T>(
  list: T[] | undefined,
  make: (entry: T, i: number) => Record<string, JsonValue>,
): JsonValue => (list ?? []).map((entry, i) => ({ rowId: `r${i + 1}`, values: make(entry, i) }));

export function answersOf(prose: Prose): Record<string, Record<string, JsonValue>> {
  const grid = prose.grid ?? {};
  const analysis: Record<string, JsonValue> = {
    'what-happened': prose.whatHappened ?? '',
    'persons-account': prose.account ?? '',
    'account-versus-evidence': prose.accountVersusEvidence ?? '',
    'history-analysis': prose.history ?? '',
    'who-at-risk': prose.whoAtRisk ?? '',
    'nature-of-harm': prose.nature ?? '',
    imminence: prose.imminence ?? '',
    'risk-factors': rows(prose.factors, ([factor, explanation]) => ({ factor, explanation })),
    'protective-factors': prose.protective ?? '',
    'rosh-grid': Object.fromEntries(
      (['children', 'public', 'known-adult', 'staff'] as const).map((row) => [
        row,
        { community: grid[row] ?? 'low', custody: 'low' },
      ]),
    ),
    'level-rationale': prose.rationale ?? '',
    'self-risk-evidence': prose.selfRisk ?? '',
    reviews: rows(prose.review, ([n, c, d]) => ({
      date: '2026-11-20',
      'new-information': n,
      'what-changed': c,
      'what-you-did': d,
    })),
  };
  const plan: Record<string, JsonValue> = {
    'supervision-arrangements': prose.supervision ?? '',
    'controls-detail': prose.controls ?? '',
    'interventions-detail': prose.interventions ?? '',
    'victim-safety-detail': prose.victimSafety ?? '',
    'contingency-lines': rows(prose.contingency, ([sign, action, role, quickly]) => ({
      'warning-sign': sign,
      action,
      'who-role': role,
      'how-quickly': quickly,
    })),
    'risk-links': rows(prose.riskLinks, (how) => ({ risk: 'r1', 'plan-parts': ['supervision'], how })),
  };
  const selfRisk = Object.fromEntries(
    (prose.selfRiskSections ?? []).map(([area, text]) => [`${area}-evidence`, text]),
  );
  return { 'rosh-analysis': analysis, 'risk-management-plan': plan, 'risk-to-self': selfRisk };
}
