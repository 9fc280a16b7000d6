import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from './routes';

describe('routes', () => {
  it('reads the screens from the hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/settings')).toEqual({ screen: 'settings' });
    expect(parseRoute(hrefs.attempt('abc123-def', 'rosh-analysis', 'offence'))).toEqual({
      screen: 'attempt',
      attemptId: 'abc123-def',
      templateId: 'rosh-analysis',
      sectionId: 'offence',
    });
  });

  it('reads the review and feedback screens of an attempt', () => {
    expect(parseRoute(hrefs.review('abc123-def'))).toEqual({ screen: 'review', attemptId: 'abc123-def' });
    expect(parseRoute(hrefs.feedback('abc123-def'))).toEqual({ screen: 'feedback', attemptId: 'abc123-def' });
    expect(parseRoute('#/review/../x')).toMatchObject({ screen: 'not-found' });
    expect(parseRoute('#/feedback/abc123-def/more')).toMatchObject({ screen: 'not-found' });
  });

  it('reads the cohort and a case debrief', () => {
    expect(parseRoute(hrefs.cohort)).toEqual({ screen: 'cohort' });
    expect(parseRoute(hrefs.debrief('cotter-domestic-abuse'))).toEqual({
      screen: 'debrief',
      caseId: 'cotter-domestic-abuse',
    });
    expect(parseRoute('#/cohort/../x')).toMatchObject({ screen: 'not-found' });
    expect(parseRoute('#/cohort/a/b')).toMatchObject({ screen: 'not-found' });
  });

  it('refuses odd segments rather than passing them on to the host', () => {
    expect(parseRoute('#/attempts/../../etc')).toMatchObject({ screen: 'not-found' });
    expect(parseRoute('#/attempts/ABC')).toMatchObject({ screen: 'not-found' });
    expect(parseRoute('#/nowhere')).toMatchObject({ screen: 'not-found' });
  });
});
