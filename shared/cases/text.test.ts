import { describe, expect, it } from 'vitest';
import { getCase } from '.';
import { documentPlainText } from './text';

describe('documentPlainText', () => {
  it('includes the title, table cells and dialogue with speakers, for search', () => {
    const cotter = getCase('cotter-domestic-abuse')!;
    const callouts = documentPlainText(cotter.documents.find((doc) => doc.id === 'police-da-callouts')!);
    expect(callouts).toContain('Police domestic abuse information');
    expect(callouts).toContain('26/12/2024 | Leanne Marsh (partner)');
    const interview = documentPlainText(cotter.documents.find((doc) => doc.id === 'psr-interview')!);
    expect(interview).toContain('Ryan: In bed. Both of them.');
  });
});
