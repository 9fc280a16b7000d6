import { describe, expect, it } from 'vitest';
import { defaultExportFileName, safeFileName, safeFileNamePart, templateSetLabel } from './file-name';

describe('export file names', () => {
  it('follows <case> - <template set> - <trainee> - <yyyy-mm-dd>', () => {
    expect(
      defaultExportFileName({
        caseTitle: 'Rhys Pennant (fictional)',
        templateTitles: ['Risk management plan'],
        traineeName: 'Siân Ellis',
        exportedAt: new Date('2026-11-23T10:00:00Z'),
        extension: 'pdf',
      }),
    ).toBe('Rhys Pennant (fictional) - Risk management plan - Siân Ellis - 2026-11-23.pdf');
  });

  it('uses the UK calendar date', () => {
    const name = defaultExportFileName({
      caseTitle: 'Case',
      templateTitles: ['A'],
      traineeName: 'T',
      exportedAt: new Date('2026-07-01T23:30:00Z'),
      extension: 'casework',
    });
    expect(name).toBe('Case - A - T - 2026-07-02.casework');
  });

  it('removes characters no operating system accepts and fills empty parts', () => {
    expect(safeFileNamePart('a/b\\c:d*e?f"g<h>i|j\u0007k', 'x')).toBe('a b c d e f g h i j k');
    expect(safeFileNamePart('  ...  ', 'Trainee')).toBe('Trainee');
    expect(safeFileNamePart('name. ', 'x')).toBe('name');
  });

  it('avoids reserved Windows names and keeps names short enough', () => {
    expect(safeFileName(['CON'], 'pdf')).toBe('Casework CON.pdf');
    const long = safeFileName(['ŵ'.repeat(300)], 'pdf');
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(210);
    expect(long.endsWith('ŵ.pdf')).toBe(true);
  });

  it('names template sets briefly', () => {
    expect(templateSetLabel(['A'])).toBe('A');
    expect(templateSetLabel(['A', 'B'])).toBe('A + B');
    expect(templateSetLabel(['A', 'B', 'C', 'D'])).toBe('A and 3 more');
  });
});
