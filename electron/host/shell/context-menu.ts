import type { MenuItemTemplate } from './menu';

/** The part of Electron's `context-menu` event parameters the menu is built from. */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  /** The word under the pointer when the spellchecker marked it; empty otherwise. */
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** Chromium offers up to five; more than that is a list to read, not a menu. */
export const maxSuggestions = 5;

/**
 * The right-click menu for what is under the pointer: spelling suggestions (from the en-GB dictionary the
 * session is set to) and Add to dictionary on a marked word, then Cut, Copy, Paste and Select all where they
 * apply. Empty when there is nothing to offer, so no empty menu appears over plain page furniture.
 */
export function buildContextMenu(params: ContextMenuParams, actions: ContextMenuActions): MenuItemTemplate[] {
  const items: MenuItemTemplate[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, maxSuggestions);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push(
      { label: 'Add to dictionary', click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push(
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: params.editFlags.canSelectAll },
    );
  }
  return items;
}
