// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTemplates } from '@shared/templates/builtin';
import { DocumentsPart } from './DocumentsPart';
import { CaseProblems } from './CaseProblems';
import { button, choose, click, installBridge, mountEditor, settle, typeInto } from './__fixtures__/render';

let cleanUp: Array<() => void> = [];
afterEach(() => {
  cleanUp.forEach((undo) => undo());
  cleanUp = [];
});

function mountDocuments() {
  const mounted = mountEditor(
    () => (
      <>
        <CaseProblems part="documents" />
        <DocumentsPart templates={builtinTemplates} today="2026-11-23" />
      </>
    ),
    (store) => store.getState().actions.startNew('2026-11-23'),
  );
  cleanUp.push(mounted.unmount);
  return mounted;
}

const preview = (container: Element) => container.querySelector('.case-editor__preview')!;

describe('the documents part of the case editor', () => {
  it('releases a document by an interview question: it then says what is new, like any late document', () => {
    const { container, store } = mountDocuments();
    const interviewRadio = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (radio) => radio.value === 'interview',
    )!;
    expect(interviewRadio.labels?.[0]?.textContent).toBe('Released by an interview question');
    click(interviewRadio);
    expect(store.getState().draft!.documents[0]).toMatchObject({
      release: { kind: 'interview' },
      newInformation: { headline: '', revisit: [] },
    });
    expect(container.querySelector('#case-documents-0-newInformation-headline')).not.toBeNull();
    expect(preview(container).textContent).toContain('New information');
  });

  it('turns pasted text into paragraphs and a list, shown as the trainee will see them', () => {
    const { container, store } = mountDocuments();
    typeInto(container.querySelector('#case-documents-0-title')!, 'Housing officer’s email');
    typeInto(
      container.querySelector('#case-documents-0-body')!,
      'Update on the tenancy\n\nMr Tolland has paid two weeks of arrears.\n\nStill owed:\n- Rent for October\n- The broken window',
    );
    click(button(container, 'Use this text'));
    expect(store.getState().draft!.documents[0]!.body).toEqual([
      { kind: 'heading', text: 'Update on the tenancy' },
      { kind: 'paragraph', text: 'Mr Tolland has paid two weeks of arrears.' },
      { kind: 'paragraph', text: 'Still owed:' },
      { kind: 'list', items: ['Rent for October', 'The broken window'] },
    ]);
    const shown = preview(container);
    expect(shown.querySelector('h3')!.textContent).toBe('Housing officer’s email');
    expect(shown.querySelector('h4')!.textContent).toBe('Update on the tenancy');
    expect(
      [...shown.querySelectorAll('li')].map((li) => li.textContent?.replace(/Quote.*$/, '').trim()),
    ).toEqual(['Rent for October', 'The broken window']);
    expect(container.querySelector('[role="status"]')!.textContent).toContain(
      '4 parts from the text you pasted',
    );
  });

  it('brings in a Word document through the host and says what it left out', async () => {
    cleanUp.push(
      installBridge({
        importCaseDocumentDocx: () => ({
          imported: true,
          fileName: 'letter.docx',
          blocks: [
            { kind: 'heading', text: 'Letter from Harrowgate Housing Trust' },
            { kind: 'table', columns: ['Date', 'Report'], rows: [['06/11/2026', 'Shouting']] },
          ],
          warnings: ['Pictures were left out: a case file holds text only.'],
        }),
      }),
    );
    const { container, store } = mountDocuments();
    click(button(container, 'Bring in a Word document'));
    await settle();
    expect(store.getState().draft!.documents[0]!.body).toHaveLength(2);
    expect(preview(container).querySelector('table th')!.textContent).toBe('Date');
    const status = container.querySelector('.case-editor__status')!.textContent;
    expect(status).toContain('from “letter.docx”');
    expect(status).toContain('Pictures were left out');
  });

  it('shows the host’s refusal of a Word document in plain words and changes nothing', async () => {
    cleanUp.push(
      installBridge({
        importCaseDocumentDocx: () => {
          throw {
            code: 'too-large',
            message: '“bomb.docx” was not read: it would unpack to more than 48.0 MB.',
          };
        },
      }),
    );
    const { container, store } = mountDocuments();
    click(button(container, 'Bring in a Word document'));
    await settle();
    expect(store.getState().draft!.documents[0]!.body).toEqual([]);
    expect(container.querySelector('.inset-text--error')!.textContent).toContain('would unpack to more than');
  });

  it('offers a release after a section, and asks what is new for a late document', () => {
    const { container, store } = mountDocuments();
    click(container.querySelector<HTMLInputElement>('#case-documents-0-release-kind-1')!);
    expect(store.getState().draft!.documents[0]!.release).toEqual({
      kind: 'afterSection',
      templateId: 'rosh-analysis',
      sectionId: builtinTemplates.find((t) => t.id === 'rosh-analysis')!.sections[0]!.id,
    });
    const section = container.querySelector<HTMLSelectElement>('#case-documents-0-release-sectionId')!;
    const last = section.options[section.options.length - 1]!.value;
    choose(section, last);
    expect(store.getState().draft!.documents[0]!.release).toMatchObject({ sectionId: last.split('/')[1] });
    expect(container.querySelector('#case-documents-0-newInformation-headline')).not.toBeNull();
    // The answers to look at again when it arrives: the case's templates' questions.
    const revisit = container.querySelector<HTMLInputElement>('#case-documents-0-newInformation-revisit')!;
    click(revisit);
    const [templateId, itemId] = revisit.value.split('/');
    expect(store.getState().draft!.documents[0]!.newInformation).toEqual({
      headline: '',
      revisit: [{ templateId, itemId }],
    });
    expect(templateId).toBe('rosh-analysis');
  });

  it('lists problems with their exact paths, and a link focuses the field', () => {
    const { container, store } = mountDocuments();
    click(container.querySelector<HTMLInputElement>('#case-documents-0-release-kind-1')!);
    act(() => void store.getState().actions.check());
    const summary = container.querySelector('[data-testid="case-problems"]')!;
    const paths = [...summary.querySelectorAll('code')].map((code) => code.textContent);
    expect(paths).toContain('documents[0].title');
    expect(paths).toContain('documents[0].newInformation.headline');
    const link = [...summary.querySelectorAll('a')].find((a) =>
      a.textContent?.startsWith('documents[0].title'),
    )!;
    click(link);
    expect(document.activeElement?.id).toBe('case-documents-0-title');
    expect(container.querySelector('#case-documents-0-title-error')!.textContent).toContain('Error:');
    // Fixing it takes it off the list.
    typeInto(container.querySelector('#case-documents-0-title')!, 'Police call-out record');
    expect([...summary.querySelectorAll('code')].map((code) => code.textContent)).not.toContain(
      'documents[0].title',
    );
  });
});
