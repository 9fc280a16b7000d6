import { describe, expect, it } from 'vitest';
import { getCase } from '@shared/cases';
import type { CaseDocument } from '@shared/cases';
import { layOutDocument, segmentsOf } from './passages';
import {
  countByDocument,
  describeMatches,
  findInText,
  foldForSearch,
  highlightPieces,
  matchesBySegment,
  normaliseQuery,
  searchDocuments,
  stepMatch,
} from './search';

const doc = (id: string, body: CaseDocument['body']): CaseDocument => ({
  id,
  title: id,
  kind: 'message',
  agency: 'Somewhere',
  author: 'Someone',
  date: '2026-11-01',
  release: { kind: 'start' },
  body,
});

const interview = doc('interview', [
  { kind: 'paragraph', text: 'He said he hadn’t touched her – “never”.' },
  {
    kind: 'dialogue',
    turns: [
      { speaker: 'PO', role: 'practitioner', text: 'Did you touch her neck?' },
      { speaker: 'Ryan', role: 'person', text: 'I never touched her NECK.' },
    ],
  },
  {
    kind: 'table',
    columns: ['Date', 'Offence'],
    rows: [
      ['11/06/2013', 'Possession'],
      ['02/08/2016', ''],
    ],
  },
]);

describe('folding for search', () => {
  it('keeps the length of the text so offsets stay exact', () => {
    const text = 'He hadn’t – “İstanbul” …';
    expect(foldForSearch(text)).toHaveLength(text.length);
    expect(foldForSearch('Hadn’t – “X”')).toBe('hadn\'t - "x"');
  });

  it('folds what the trainee typed and collapses spaces', () => {
    expect(normaliseQuery("  Hadn't   Touched ")).toBe("hadn't touched");
    expect(normaliseQuery('   ')).toBe('');
  });

  it('finds typed quotes and dashes in typographic text, case-insensitively, without overlaps', () => {
    expect(findInText('He hadn’t – she hadn’t', normaliseQuery("HADN'T"))).toEqual([
      [3, 9],
      [16, 22],
    ]);
    expect(findInText('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findInText('anything', '')).toEqual([]);
  });
});

describe('searching documents', () => {
  it('numbers matches in reading order across documents and says where each is', () => {
    const other = doc('other', [{ kind: 'paragraph', text: 'Nothing touched here.' }]);
    const matches = searchDocuments([interview, other], 'touch');
    expect(matches.map((m) => [m.index, m.documentId, m.segmentId, m.start])).toEqual([
      [0, 'interview', 'b0', 18],
      [1, 'interview', 'b1.t0.x', 8],
      [2, 'interview', 'b1.t1.x', 8],
      [3, 'other', 'b0', 8],
    ]);
    expect(countByDocument(matches)).toEqual(
      new Map([
        ['interview', 3],
        ['other', 1],
      ]),
    );
    expect(
      matchesBySegment(matches)
        .get('b1.t1.x')
        ?.map((m) => m.index),
    ).toEqual([2]);
  });

  it('searches speakers, table headings and cells as well as paragraphs', () => {
    expect(searchDocuments([interview], 'ryan').map((m) => m.segmentId)).toEqual(['b1.t1.s']);
    expect(searchDocuments([interview], 'offence').map((m) => m.segmentId)).toEqual(['b2.h1']);
    expect(searchDocuments([interview], '2016').map((m) => m.segmentId)).toEqual(['b2.r1.c0']);
  });

  it('finds a phrase from a real case file typed with plain quotes', () => {
    const cotter = getCase('cotter-domestic-abuse')!;
    const matches = searchDocuments(cotter.documents, "He's done it before");
    expect(matches).toHaveLength(1);
    expect(matches[0]!.documentId).toBe('cps-summary');
  });
});

describe('highlighting', () => {
  it('cuts a segment into text and matches, marking the active one', () => {
    const matches = searchDocuments([interview], 'touch').filter((m) => m.segmentId === 'b0');
    expect(highlightPieces('He said he hadn’t touched her – “never”.', matches, 0)).toEqual([
      { kind: 'text', text: 'He said he hadn’t ' },
      { kind: 'match', text: 'touch', index: 0, active: true },
      { kind: 'text', text: 'ed her – “never”.' },
    ]);
    expect(highlightPieces('plain', undefined, null)).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});

describe('stepping and describing', () => {
  it('wraps round in both directions and starts from the right end', () => {
    expect(stepMatch(3, null, 1)).toBe(0);
    expect(stepMatch(3, null, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, null, 1)).toBeNull();
  });

  it('says how many matches in plain words', () => {
    expect(describeMatches(12, 2, 'neck')).toBe('3 of 12 matches');
    expect(describeMatches(1, 0, 'neck')).toBe('1 of 1 match');
    expect(describeMatches(0, null, ' neck ')).toBe('No matches for “neck”');
    expect(describeMatches(0, null, '  ')).toBe('');
  });
});

describe('passages', () => {
  it('quotes a table row with its column names and skips empty cells', () => {
    const table = layOutDocument(interview)[2];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((row) => row.passage.quote)).toEqual([
      'Date: 11/06/2013; Offence: Possession',
      'Date: 02/08/2016',
    ]);
  });

  it('quotes an interview turn with its speaker', () => {
    const dialogue = layOutDocument(interview)[1];
    if (dialogue?.kind !== 'dialogue') throw new Error('expected a dialogue');
    expect(dialogue.turns[1]!.passage.quote).toBe('Ryan: I never touched her NECK.');
  });

  it('gives every segment of every case document a unique id', () => {
    const cotter = getCase('cotter-domestic-abuse')!;
    for (const document of cotter.documents) {
      const ids = segmentsOf(document).map((segment) => segment.id);
      expect(new Set(ids).size, document.id).toBe(ids.length);
    }
  });
});
