import { describe, expect, it } from 'vitest';
import { buildContextMenu, maxSuggestions } from './context-menu';
import type { ContextMenuParams } from './context-menu';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function params(overrides: Partial<ContextMenuParams>): ContextMenuParams {
  return {
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: allowed,
    ...overrides,
  };
}

function record() {
  const done: string[] = [];
  return {
    done,
    actions: {
      replaceMisspelling: (word: string) => done.push(`replace ${word}`),
      addToDictionary: (word: string) => done.push(`add ${word}`),
    },
  };
}

const labels = (items: ReturnType<typeof buildContextMenu>) => items.map((item) => item.label ?? item.type);

describe('the right-click menu', () => {
  it('offers en-GB suggestions for a marked word, then Add to dictionary and the edit commands', () => {
    const { done, actions } = record();
    const items = buildContextMenu(
      params({ misspelledWord: 'behaviuor', dictionarySuggestions: ['behaviour', 'behaviours'] }),
      actions,
    );
    expect(labels(items)).toEqual([
      'behaviour',
      'behaviours',
      'Add to dictionary',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'separator',
      'Select all',
    ]);
    items[0]?.click?.();
    items[2]?.click?.();
    expect(done).toEqual(['replace behaviour', 'add behaviuor']);
    expect(items.filter((item) => item.role).map((item) => item.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('says when the dictionary has no suggestion, and still offers to add the word', () => {
    const items = buildContextMenu(params({ misspelledWord: 'Okafor' }), record().actions);
    expect(items[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
    expect(labels(items)).toContain('Add to dictionary');
  });

  it('shows at most five suggestions', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const items = buildContextMenu(
      params({ misspelledWord: 'x', dictionarySuggestions: many }),
      record().actions,
    );
    expect(labels(items).slice(0, maxSuggestions + 1)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'Add to dictionary',
    ]);
  });

  it('greys out what the field cannot do', () => {
    const items = buildContextMenu(
      params({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }),
      record().actions,
    );
    expect(items.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(items.find((item) => item.role === 'paste')?.enabled).toBe(true);
  });

  it('offers Copy and Select all on selected page text, and nothing on plain page furniture', () => {
    expect(
      labels(buildContextMenu(params({ isEditable: false, selectionText: 'Sam' }), record().actions)),
    ).toEqual(['Copy', 'separator', 'Select all']);
    expect(buildContextMenu(params({ isEditable: false }), record().actions)).toEqual([]);
    // A marked word outside a field (read-only text) gets no spelling items.
    expect(
      labels(
        buildContextMenu(
          params({ isEditable: false, misspelledWord: 'x', dictionarySuggestions: ['y'] }),
          record().actions,
        ),
      ),
    ).toEqual([]);
  });
});
