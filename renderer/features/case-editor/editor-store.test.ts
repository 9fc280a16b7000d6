import { describe, expect, it } from 'vitest';
import { caseLibrary } from '@shared/cases';
import { builtinTemplates } from '@shared/templates/builtin';
import { createCaseEditorStore } from './editor-store';

const store = () => createCaseEditorStore(() => builtinTemplates);

describe('the case editor’s store', () => {
  it('starts a new case that the checks refuse with exact paths until it is written', () => {
    const editor = store();
    editor.getState().actions.startNew('2026-11-23');
    expect(editor.getState().errors).toBeNull();
    expect(editor.getState().actions.check()).toBeNull();
    const paths = editor.getState().errors!.map((error) => error.path);
    expect(paths).toContain('title');
    expect(paths).toContain('documents[0].title');
    expect(paths).toContain('documents[0].body');
    expect(paths).toContain('tutorNotes.roshRanges');
  });

  it('follows every edit with the checks once asked, so a fixed problem leaves the list', () => {
    const editor = store();
    editor.getState().actions.startNew('2026-11-23');
    editor.getState().actions.check();
    expect(editor.getState().errors!.some((error) => error.path === 'title')).toBe(true);
    editor.getState().actions.set(['title'], 'Threats at Larkspur hostel');
    expect(editor.getState().errors!.some((error) => error.path === 'title')).toBe(false);
  });

  it('copies a built-in case as a valid starting point with its own id, leaving the original alone', () => {
    const editor = store();
    const source = caseLibrary[0]!;
    editor.getState().actions.duplicate(
      source,
      caseLibrary.map((c) => c.id),
    );
    const valid = editor.getState().actions.check();
    expect(editor.getState().errors).toEqual([]);
    expect(valid?.id).toBe(`${source.id}-copy`);
    expect(valid?.title).toBe(`Copy of ${source.title}`);
    editor.getState().actions.set(['documents', 0, 'title'], 'Changed');
    expect(source.documents[0]!.title).not.toBe('Changed');
  });

  it('changes one document without replacing the others (their previews stay drawn)', () => {
    const editor = store();
    editor.getState().actions.duplicate(caseLibrary[0]!, []);
    const before = editor.getState().draft!.documents;
    editor.getState().actions.set(['documents', 1, 'title'], 'A new title');
    const after = editor.getState().draft!.documents;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.title).toBe('A new title');
  });

  it('reports a release trigger naming a section the template does not have, at its path', () => {
    const editor = store();
    editor.getState().actions.duplicate(caseLibrary[0]!, []);
    const index = editor.getState().draft!.documents.findIndex((doc) => doc.release.kind === 'afterSection');
    expect(index).toBeGreaterThan(-1);
    const release = editor.getState().draft!.documents[index]!.release as { templateId: string };
    editor.getState().actions.set(['documents', index, 'release', 'sectionId'], 'no-such-section');
    editor.getState().actions.check();
    expect(editor.getState().errors).toContainEqual({
      path: `documents[${index}].release.sectionId`,
      problem: `unknown section 'no-such-section' in template '${release.templateId}'`,
    });
  });

  it('moves and removes documents', () => {
    const editor = store();
    editor.getState().actions.startNew('2026-11-23');
    editor.getState().actions.addDocument('2026-11-24');
    const [first, second] = editor.getState().draft!.documents;
    expect(second!.id).toBe('document-2');
    editor.getState().actions.move(['documents'], 0, 1);
    expect(editor.getState().draft!.documents).toEqual([second, first]);
    editor.getState().actions.removeAt(['documents'], 0);
    expect(editor.getState().draft!.documents).toEqual([first]);
  });
});
