import { describe, expect, it } from 'vitest';
import { builtinTemplates, defaultTemplateSet } from '../templates';
import {
  caseForTrainee,
  caseLibrary,
  caseSources,
  caseSummaries,
  getCase,
  validateCase,
  type CaseDocument,
  type CaseTheme,
  type PracticeCase,
} from '.';
import { convictionColumns } from './presets';
import { blockPlainText } from './text';

const byCase = caseLibrary.map((practiceCase) => [practiceCase.id, practiceCase] as const);

const documentText = (doc: CaseDocument) => doc.body.map(blockPlainText).join(' ');
const startDocuments = (practiceCase: PracticeCase) =>
  practiceCase.documents.filter((doc) => doc.release.kind === 'start');

describe.each(caseSources.map((source, index) => [caseLibrary[index]!.id, source] as const))(
  'case %s: validation',
  (_id, source) => {
    it('validates against the case schema and its template set', () => {
      const result = validateCase(source, builtinTemplates);
      expect(result.ok ? [] : result.errors).toEqual([]);
    });
  },
);

describe.each(byCase)('case %s: case file', (_id, practiceCase) => {
  it('carries the notice that it is fictional and for practice only', () => {
    expect(practiceCase.practiceNotice).toMatch(/fictional/i);
    expect(practiceCase.practiceNotice).toMatch(/practice/i);
  });

  it('uses the four default templates, and any fuller built-ins, in working order', () => {
    expect(practiceCase.templateSet).toEqual(expect.arrayContaining([...defaultTemplateSet]));
    const builtinOrder = builtinTemplates.map((template) => template.id);
    const positions = practiceCase.templateSet.map((id) => builtinOrder.indexOf(id));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has no empty document, table row or dialogue', () => {
    for (const doc of practiceCase.documents) {
      expect(documentText(doc).length, doc.id).toBeGreaterThan(80);
      for (const block of doc.body) {
        if (block.kind === 'table')
          for (const row of block.rows) {
            expect(row, `${doc.id}: a row with the wrong number of cells`).toHaveLength(block.columns.length);
            expect(
              row.some((cell) => cell.trim() !== ''),
              `${doc.id}: an empty row`,
            ).toBe(true);
          }
      }
    }
  });

  it('has at least one document that arrives later', () => {
    expect(practiceCase.documents.some((doc) => doc.release.kind !== 'start')).toBe(true);
  });

  it('has a police domestic abuse reply from the start: call-outs that match its facts, or a recorded no trace', () => {
    const replies = startDocuments(practiceCase).filter((doc) => doc.kind === 'police-domestic-abuse');
    expect(replies.length).toBeGreaterThan(0);
    const noTrace = replies.some((doc) =>
      doc.body.some((block) => block.kind === 'note' && /no trace/i.test(block.text)),
    );
    const callouts = replies
      .flatMap((doc) => doc.body)
      .reduce((count, block) => count + (block.kind === 'table' ? block.rows.length : 0), 0);
    expect(noTrace).toBe(practiceCase.facts.daNoTrace);
    expect(callouts).toBe(practiceCase.facts.daCallouts);
    expect(noTrace || callouts > 0).toBe(true);
  });

  it('counts the call-outs where the person was the alleged perpetrator, as its facts say', () => {
    // A reply either marks each row with the part the person played (a "recorded as" column) or says above
    // the table that every row has the person as the alleged perpetrator.
    let perpetrator = 0;
    for (const doc of startDocuments(practiceCase).filter((d) => d.kind === 'police-domestic-abuse')) {
      const allPerpetrator = doc.body.some(
        (block) => block.kind === 'paragraph' && /subject as the alleged perpetrator/i.test(block.text),
      );
      for (const block of doc.body) {
        if (block.kind !== 'table') continue;
        const roleColumn = block.columns.findIndex((column) => /recorded as/i.test(column));
        if (roleColumn < 0) {
          expect(allPerpetrator, `${doc.id}: say whose call-outs these are`).toBe(true);
          perpetrator += block.rows.length;
        } else perpetrator += block.rows.filter((row) => /perpetrator/i.test(row[roleColumn]!)).length;
      }
    }
    expect(perpetrator).toBe(practiceCase.facts.daPerpetratorCallouts);
    expect(practiceCase.facts.daPerpetratorCallouts).toBeLessThanOrEqual(practiceCase.facts.daCallouts);
  });

  it('has a children’s social care reply from the start, as its facts say', () => {
    const reply = startDocuments(practiceCase).some((doc) => doc.kind === 'childrens-social-care');
    expect(reply).toBe(practiceCase.facts.safeguardingResponseOnFile);
    expect(reply).toBe(true);
  });

  it('has a list of previous convictions as a table of date, court, offence and outcome', () => {
    const lists = practiceCase.documents.filter((doc) => doc.kind === 'previous-convictions');
    expect(lists).toHaveLength(1);
    const tables = lists[0]!.body.filter((block) => block.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const block of tables) if (block.kind === 'table') expect(block.columns).toEqual(convictionColumns);
  });

  it('has an interview record in dialogue form with the practitioner and the person', () => {
    const interviews = practiceCase.documents.filter((doc) => doc.kind === 'interview-record');
    expect(interviews.length).toBeGreaterThan(0);
    const roles = new Set(
      interviews
        .flatMap((doc) => doc.body.flatMap((block) => (block.kind === 'dialogue' ? block.turns : [])))
        .map((turn) => turn.role),
    );
    expect(roles).toContain('practitioner');
    expect(roles).toContain('person');
  });

  it('has a licence in the file exactly when the person is on licence', () => {
    expect(practiceCase.documents.some((doc) => doc.kind === 'licence')).toBe(practiceCase.facts.onLicence);
  });

  it('has tutor notes with community ranges for children, the public, a known adult and staff', () => {
    const groups = practiceCase.tutorNotes.roshRanges
      .filter((range) => range.setting === 'community')
      .map((range) => range.group);
    expect(groups).toEqual(expect.arrayContaining(['children', 'public', 'known-adult', 'staff']));
    expect(practiceCase.tutorNotes.pitfalls.length).toBeGreaterThan(2);
    expect(practiceCase.tutorNotes.discussionPoints.length).toBeGreaterThan(2);
  });

  it('has case rules that each point at an item and a document', () => {
    expect(practiceCase.rules.length).toBeGreaterThanOrEqual(4);
    for (const rule of practiceCase.rules) {
      expect(rule.itemRef ?? rule.sectionRef, rule.id).toBeDefined();
      expect(rule.documentRef, rule.id).toBeDefined();
    }
  });

  it('dates every document on or before the day the case is set', () => {
    // The fictional timeline ends in November 2026; a later date would be a typing slip.
    for (const doc of practiceCase.documents) expect(doc.date <= '2026-11-30', doc.id).toBe(true);
  });
});

describe('the library', () => {
  it('uses the fuller templates where the practice calls for them', () => {
    const uses = (caseId: string, templateId: string) => getCase(caseId)!.templateSet.includes(templateId);
    expect(uses('deverell-licence-recall', 'enquiries-log')).toBe(true);
    expect(uses('kerr-arson-trauma', 'risk-to-self')).toBe(true);
    expect(uses('rooke-acquisitive', 'risk-to-self')).toBe(true);
    expect(uses('rooke-acquisitive', 'strengths-needs')).toBe(true);
  });

  it('has predictor scores as a document in at least two case files', () => {
    const withScores = caseLibrary.filter((practiceCase) =>
      practiceCase.documents.some(
        (doc) => /\bOGRS\b/.test(documentText(doc)) && /\bRSR\b/.test(documentText(doc)),
      ),
    );
    expect(withScores.length).toBeGreaterThanOrEqual(2);
    for (const practiceCase of withScores) {
      const doc = practiceCase.documents.find((candidate) => /\bOGRS\b/.test(documentText(candidate)))!;
      expect(documentText(doc), `${practiceCase.id}: predictors are not RoSH`).toMatch(
        /not a risk of serious harm level/i,
      );
    }
  });

  it('keeps to the corrections on orders, notification and MAPPA category 2', () => {
    for (const practiceCase of caseLibrary) {
      const file = practiceCase.documents.map(documentText).join(' ');
      const notes = JSON.stringify(practiceCase.tutorNotes);
      // A restraining order is a criminal court's; the civil order is a non-molestation order.
      for (const words of [file, notes])
        expect(words, practiceCase.id).not.toMatch(/restraining order[^.]*\b(civil|family court)\b/i);
      // The prosecution asks for a restraining order, not the police.
      expect(file, practiceCase.id).not.toMatch(/\bwe will apply for a restraining order/i);
      // Category 2 turns on the sentence: say so plainly wherever a case's MAPPA note raises it.
      if (/category 2/i.test(practiceCase.tutorNotes.mappa) && !practiceCase.facts.onLicence) {
        expect(practiceCase.tutorNotes.mappa, practiceCase.id).toMatch(
          /12 months or more of imprisonment or detention/,
        );
        expect(practiceCase.tutorNotes.mappa, practiceCase.id).toMatch(/hospital or guardianship order/);
        expect(practiceCase.tutorNotes.mappa, practiceCase.id).toMatch(/community order never/i);
      }
    }
    // Notification runs from the date of conviction, which the court record gives.
    const hale = getCase('hale-indecent-images')!;
    const court = documentText(hale.documents.find((doc) => doc.id === 'court-result')!);
    expect(court).toMatch(/Convicted:? 06\/07\/2026/);
    expect(court).toMatch(/running from the date of conviction, 06\/07\/2026/);
  });

  it('has at least eight cases with unique ids', () => {
    expect(caseLibrary.length).toBeGreaterThanOrEqual(8);
    const ids = caseLibrary.map((practiceCase) => practiceCase.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('spans foundation, intermediate and advanced', () => {
    const levels = new Set(caseLibrary.map((practiceCase) => practiceCase.difficulty));
    expect([...levels].sort()).toEqual(['advanced', 'foundation', 'intermediate']);
  });

  it('covers the situations a trainee meets', () => {
    const has = (...themes: CaseTheme[]) =>
      caseLibrary.some((practiceCase) => themes.every((theme) => practiceCase.themes.includes(theme)));
    expect(has('domestic-abuse', 'child-safeguarding')).toBe(true);
    expect(has('violence', 'peer-group', 'young-adult')).toBe(true);
    expect(has('sexual-offending')).toBe(true);
    expect(has('acquisitive', 'substance-misuse', 'homelessness')).toBe(true);
    expect(has('women', 'trauma', 'self-harm')).toBe(true);
    expect(has('licence-recall')).toBe(true);
    expect(has('account-versus-evidence')).toBe(true);
    expect(has('neurodivergence', 'responsivity')).toBe(true);
  });

  it('finds a case by id, and nothing for an unknown id', () => {
    expect(getCase('cotter-domestic-abuse')?.person.name).toBe('Ryan Cotter');
    expect(getCase('no-such-case')).toBeUndefined();
  });

  it('summarises cases for the home screen without documents or tutor notes', () => {
    expect(caseSummaries).toHaveLength(caseLibrary.length);
    for (const summary of caseSummaries) {
      expect(summary).not.toHaveProperty('tutorNotes');
      expect(summary).not.toHaveProperty('documents');
      expect(JSON.stringify(summary)).not.toMatch(/Points for discussion|pitfall/i);
      expect(summary.documentCount).toBe(getCase(summary.id)!.documents.length);
    }
  });

  it('strips the tutor notes from the case a trainee sees before finishing', () => {
    for (const practiceCase of caseLibrary) {
      const forTrainee = caseForTrainee(practiceCase);
      expect(forTrainee).not.toHaveProperty('tutorNotes');
      expect(forTrainee.documents).toBe(practiceCase.documents);
    }
  });
});
