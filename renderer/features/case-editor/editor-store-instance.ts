import { startableFrom, templatesStore } from '../templates/template-store';
import { createCaseEditorStore } from './editor-store';

/** The one case being written in this window; kept while the tutor moves between the editor's parts. */
export const caseEditorStore = createCaseEditorStore(() => startableFrom(templatesStore.getState().custom));
