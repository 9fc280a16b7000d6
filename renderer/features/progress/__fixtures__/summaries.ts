import type { ResponseOf } from '@shared/contract';

const cases = ['cotter-domestic-abuse', 'doyle-street-violence', null] as const;
const levels = ['not-yet', 'developing', 'secure'] as const;

/**
 * A trainee's library of `count` attempts as the index summarises it: three cases in turn, one a day,
 * a spread of questions and time, every third attempt reviewed against two criteria. Fictional throughout.
 */
export function progressFixture(count: number): ResponseOf<'listProgress'> {
  const start = Date.parse('2024-01-01T09:00:00.000Z');
  return {
    attempts: Array.from({ length: count }, (_, n) => {
      const createdAt = new Date(start + n * 86_400_000).toISOString();
      const reviewed = n % 3 === 0;
      const level = levels[n % 3 === 0 ? (n / 3) % 3 : 0]!;
      const counts = (chosen: (typeof levels)[number]) => ({
        'not-yet': chosen === 'not-yet' ? 1 : 0,
        developing: chosen === 'developing' ? 1 : 0,
        secure: chosen === 'secure' ? 1 : 0,
      });
      return {
        traineeName: null,
        entry: {
          id: `attempt-${String(n).padStart(6, '0')}`,
          title: `Practice ${n + 1}`,
          caseId: cases[n % cases.length]!,
          templateIds: ['rosh-analysis', 'risk-management-plan'],
          status: n % 4 === 0 ? ('in-progress' as const) : ('finished' as const),
          createdAt,
          updatedAt: createdAt,
          progress: 1,
          summary: {
            finishedAt: n % 4 === 0 ? null : createdAt,
            totalMs: 1_800_000 + (n % 7) * 300_000,
            msByTemplate: { 'rosh-analysis': 1_200_000, 'risk-management-plan': 600_000 },
            questions: (n * 7) % 5,
            warnings: n % 2,
            reviews: reviewed
              ? {
                  reviews: 1,
                  comments: 2,
                  reviewers: ['Dana Whitcombe'],
                  criteria: {
                    'evidence-used': { label: 'Evidence used', ...counts(level) },
                    'risk-rated-defensibly': { label: 'Risk rated defensibly', ...counts('developing') },
                  },
                }
              : null,
          },
        },
      };
    }),
  };
}
