import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from '../../app/routes';

describe('export route', () => {
  it('opens the export screen for an attempt, and leaves section routes alone', () => {
    expect(parseRoute(hrefs.exportAttempt('attempt-1'))).toEqual({
      screen: 'export',
      attemptId: 'attempt-1',
    });
    expect(parseRoute('#/attempts/attempt-1/rosh-analysis').screen).toBe('attempt');
    expect(parseRoute('#/attempts/Bad Id/export').screen).toBe('not-found');
  });
});
