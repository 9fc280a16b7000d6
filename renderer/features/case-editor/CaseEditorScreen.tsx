import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { caseLibrary } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { CaseListEntry } from '@shared/contract/channels/cases';
import { isoDateOf } from '@shared/dates/format';
import { PageHeading } from '../../components/PageHeading';
import { editorParts, hrefs } from '../../app/routes';
import type { EditorPart } from '../../app/routes';
import { startableFrom, templatesStore, useTemplates } from '../templates/template-store';
import { CaseEditorContext, useEditor } from './editor-context';
import { caseEditorStore } from './editor-store-instance';
import type { CaseEditorStore } from './editor-store';
import { CaseProblems } from './CaseProblems';
import { CaseRefusal } from './CaseRefusal';
import { casesStore, resolveFrom, useCases } from '../cases/cases-store';
import { DetailsPart } from './DetailsPart';
import { DocumentsPart } from './DocumentsPart';
import { editorPartTitles } from './field-ids';
import { InterviewPart } from './InterviewPart';
import { NotesPart } from './NotesPart';
import { PreviewPart } from './PreviewPart';
import { RulesPart } from './RulesPart';
import './case-editor.css';
import { ActionTable } from '@renderer/components/ActionTable';

function ImportPack() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const add = async () => {
    setBusy(true);
    setStatus('');
    setRefusal(null);
    try {
      const result = await casesStore.getState().actions.importFromFile();
      if (!result.imported) return;
      setStatus(
        result.unchanged
          ? `“${result.title}” version ${result.version} is already here; nothing changed.`
          : result.previousVersion === null
            ? `Added “${result.title}” (version ${result.version}) from ${result.fileName}. Trainees can start it on the home screen.`
            : `Added version ${result.version} of “${result.title}”. Attempts on version ${result.previousVersion} or earlier keep the case file they started with.`,
      );
    } catch (error) {
      setRefusal(
        error instanceof HostError ? error.message : 'The case could not be added. Please try again.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {refusal ? <CaseRefusal message={refusal} testId="case-import-refusal" /> : null}
      <p className="body">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void add()}>
          Add a case from a file
        </button>
      </p>
      <p role="status" className="body" data-testid="case-import-status">
        {status}
      </p>
    </>
  );
}

function StartPage({ store }: { store: CaseEditorStore }) {
  const today = isoDateOf(new Date());
  const draftTitle = useEditor((s) => (s.draft ? s.draft.title || 'a new case' : null));
  const entries = useCases((s) => s.entries);
  const versions = useCases((s) => s.versions);
  const actions = store.getState().actions;
  const takenIds = [...caseLibrary.map((c) => c.id), ...entries.map((entry) => entry.caseId)];
  const tutorCases = entries
    .map((entry) => ({ entry, practiceCase: resolveFrom(versions, entry.caseId, entry.latestVersion) }))
    .filter(
      (row): row is { entry: CaseListEntry; practiceCase: PracticeCase } => row.practiceCase !== undefined,
    );
  return (
    <>
      <PageHeading title="Write a case">Write a case</PageHeading>
      <p className="body-l">
        Write a practice case of your own: the case file’s documents, when each reaches the trainee, the rules
        that ask reflective questions, and the tutor notes the trainee sees after finishing.
      </p>
      {draftTitle ? (
        <div className="inset-text">
          <p className="body">You are writing “{draftTitle}”.</p>
          <a className="button" href={hrefs.caseEditor('details')}>
            Go on writing it
          </a>
        </div>
      ) : null}
      <h2 className="heading-m">Start a new case</h2>
      <p className="body">
        <a className="button" href={hrefs.caseEditor('details')} onClick={() => actions.startNew(today)}>
          Start a new case
        </a>
      </p>
      <h2 className="heading-m">Add a case someone sent you</h2>
      <p className="body">
        A case pack is a <code>.caseworkcase</code> file, checked before it is added.
      </p>
      <ImportPack />
      {tutorCases.length > 0 ? (
        <>
          <h2 className="heading-m">Cases written by tutors</h2>
          <ActionTable
            caption="Cases written by tutors"
            columns={['Case', 'Version']}
            actionsLabel="Action"
            className="case-editor__sources"
            testId="case-editor-tutor-cases"
          >
            {tutorCases.map(({ entry, practiceCase }) => (
              <tr key={entry.caseId}>
                <td>
                  <strong>{practiceCase.title}</strong>
                  <span className="case-editor__summary">
                    {entry.inLibrary
                      ? practiceCase.summary
                      : 'Came with a trainee’s work; not in your library.'}
                  </span>
                </td>
                <td>{entry.latestVersion}</td>
                <td>
                  <a
                    className="button button--secondary"
                    href={hrefs.caseEditor('details')}
                    onClick={() =>
                      actions.open(
                        structuredClone(practiceCase),
                        `version ${practiceCase.version + 1} of “${practiceCase.title}”`,
                      )
                    }
                  >
                    Change<span className="visually-hidden"> “{practiceCase.title}”</span>
                  </a>
                </td>
              </tr>
            ))}
          </ActionTable>
        </>
      ) : null}
      <h2 className="heading-m">Or start from a built-in case</h2>
      <p className="body">A copy to change: the built-in case itself stays as it is.</p>
      <table className="table case-editor__sources" data-testid="case-editor-sources">
        <caption className="visually-hidden">Built-in cases you can copy</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {caseLibrary.map((practiceCase) => (
            <tr key={practiceCase.id}>
              <td>
                <strong>{practiceCase.title}</strong>
                <span className="case-editor__summary">{practiceCase.summary}</span>
              </td>
              <td>
                <a
                  className="button button--secondary"
                  href={hrefs.caseEditor('details')}
                  onClick={() => actions.duplicate(practiceCase, takenIds)}
                >
                  Copy<span className="visually-hidden"> “{practiceCase.title}”</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PartNav({ part }: { part: EditorPart }) {
  return (
    <nav className="case-editor__nav" aria-label="Parts of the case">
      <ol className="case-editor__nav-list">
        {editorParts.map((candidate, index) => (
          <li key={candidate}>
            <a href={hrefs.caseEditor(candidate)} aria-current={candidate === part ? 'page' : undefined}>
              <span className="case-editor__nav-number">{index + 1}.</span> {editorPartTitles[candidate]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function EditorPage({ part, store }: { part: EditorPart; store: CaseEditorStore }) {
  const title = useEditor((s) => s.draft?.title);
  const startedFrom = useEditor((s) => s.startedFrom);
  const custom = useTemplates((s) => s.custom);
  const templates = useMemo(() => startableFrom(custom), [custom]);
  const today = isoDateOf(new Date());
  const actions = store.getState().actions;
  const next = editorParts[editorParts.indexOf(part) + 1];
  return (
    <>
      <PageHeading title={`${editorPartTitles[part]} – Write a case`} caption={`Writing ${startedFrom}`}>
        {title || 'Untitled case'}
      </PageHeading>
      <PartNav part={part} />
      <CaseProblems part={part} />
      <div className="case-editor">
        {part === 'details' ? <DetailsPart templates={templates} /> : null}
        {part === 'documents' ? <DocumentsPart templates={templates} today={today} /> : null}
        {part === 'interview' ? <InterviewPart /> : null}
        {part === 'notes' ? <NotesPart /> : null}
        {part === 'rules' ? <RulesPart templates={templates} /> : null}
        {part === 'preview' ? <PreviewPart templates={templates} /> : null}
      </div>
      {part !== 'preview' ? (
        <div className="button-group case-editor__footer">
          <button type="button" className="button button--secondary" onClick={() => actions.check()}>
            Check the case
          </button>
          {next ? (
            <a className="button" href={hrefs.caseEditor(next)}>
              Next: {editorPartTitles[next]}
            </a>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** The case editor for tutors: its start page, or one part of the case being written. */
export function CaseEditorScreen({
  part,
  store = caseEditorStore,
}: {
  part: EditorPart | null;
  store?: CaseEditorStore;
}) {
  useEffect(() => {
    void templatesStore.getState().actions.load();
    void casesStore.getState().actions.load();
  }, []);
  const hasDraft = useStore(store, (s) => s.draft !== null);
  return (
    <CaseEditorContext.Provider value={store}>
      {part === null || !hasDraft ? (
        <>
          {part !== null ? (
            <p className="inset-text">There is no case being written: start one below.</p>
          ) : null}
          <StartPage store={store} />
        </>
      ) : (
        <EditorPage part={part} store={store} />
      )}
    </CaseEditorContext.Provider>
  );
}
