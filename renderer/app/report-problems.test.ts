import { describe, expect, it } from 'vitest';
import { installProblemReporter, maxReportsPerSession } from './report-problems';

type Report = { kind: string; message: string; stack?: string; where?: string };

function setUp(fails = false) {
  const target = new EventTarget() as unknown as Window;
  const reports: Report[] = [];
  const uninstall = installProblemReporter(
    target,
    {
      reportProblem: async (report) => {
        reports.push(report);
        if (fails) throw new Error('host gone');
        return {};
      },
    },
    () => '#/attempts/a-1',
  );
  const fire = (type: string, fields: Record<string, unknown>) =>
    target.dispatchEvent(Object.assign(new Event(type), fields));
  return { reports, uninstall, fire };
}

describe('the page reports its uncaught problems to the log', () => {
  it('sends uncaught errors and unhandled rejections with where they happened', () => {
    const { reports, fire } = setUp();
    fire('error', { error: new TypeError('x is undefined'), message: 'ignored' });
    fire('unhandledrejection', { reason: 'quota exceeded' });
    expect(reports).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: 'TypeError: x is undefined',
        where: '#/attempts/a-1',
      }),
      { kind: 'unhandled-rejection', message: 'quota exceeded', where: '#/attempts/a-1' },
    ]);
    expect(reports[0]?.stack).toContain('TypeError');
  });

  it('stops after a fixed number, and stops listening when uninstalled', () => {
    const { reports, fire, uninstall } = setUp();
    for (let i = 0; i < maxReportsPerSession + 10; i += 1) fire('unhandledrejection', { reason: i });
    expect(reports).toHaveLength(maxReportsPerSession);
    const other = setUp();
    other.uninstall();
    other.fire('error', { error: new Error('late') });
    expect(other.reports).toEqual([]);
    uninstall();
  });

  it('swallows a failure to report (no second error to report)', async () => {
    const { reports, fire } = setUp(true);
    fire('error', { error: new Error('first') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports).toHaveLength(1);
  });
});
