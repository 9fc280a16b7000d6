import { useEffect, useState } from 'react';
import { caseThemes, difficultyLabels, documentKinds } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { Template } from '@shared/templates';
import { hrefs } from '../../app/routes';
import { host } from '../../host';
import { casesStore } from '../cases/cases-store';
import { DocumentView } from '../casefile/DocumentView';
import { TutorNotesPanel } from '../workspace/TutorNotesPanel';
import { CaseRefusal } from './CaseRefusal';
import { releaseWords } from './DocumentsPart';
import { asCaseDocument } from './draft';
import type { CaseDraft } from './draft';
import { useEditor, useEditorStore } from './editor-context';

const NO_MATCHES = new Map();
const counted = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const noQuote = () => undefined;
const noTiming = { timerEnabled: false, targetMinutes: null, totalMs: 0, perSectionMs: {} };

/** The case as the trainee meets it: the brief, then each document in the order and at the time it arrives. */
function TraineePreview({ draft, templates }: { draft: CaseDraft; templates: readonly Template[] }) {
  const order = [...draft.documents].sort((a, b) => rank(a.release) - rank(b.release));
  return (
    <div className="case-editor__trainee" data-testid="case-preview">
      <h3 className="heading-m">{draft.title || 'Untitled case'}</h3>
      <p className="inset-text">{draft.practiceNotice}</p>
      <dl className="case-editor__facts">
        <div>
          <dt>Person</dt>
          <dd>
            {draft.person.name}, {draft.person.age} ({draft.person.pronouns}). {draft.person.circumstances}
          </dd>
        </div>
        <div>
          <dt>Difficulty and time</dt>
          <dd>
            {difficultyLabels[draft.difficulty]}, about {draft.estimatedMinutes} minutes
          </dd>
        </div>
        <div>
          <dt>Themes</dt>
          <dd>{draft.themes.map((theme) => caseThemes[theme]).join(', ') || 'None chosen yet'}</dd>
        </div>
      </dl>
      <p className="body">{draft.summary}</p>
      <h4 className="heading-s">The task</h4>
      <p className="body">{draft.task}</p>
      {draft.interview ? (
        <section aria-labelledby="case-preview-interview" data-testid="case-preview-interview">
          <h4 className="heading-s" id="case-preview-interview">
            The interview: {draft.interview.title}
          </h4>
          <p className="body">{draft.interview.setting}</p>
          <p className="body">
            {counted(draft.interview.questions.length, 'question')} in{' '}
            {counted(draft.interview.topics.length, 'topic')}; the trainee chooses which to ask.{' '}
            <a href={hrefs.caseEditor('interview')}>Try it on the Interview part</a>.
          </p>
        </section>
      ) : null}
      {order.map((doc) => (
        <section key={doc.id} className="case-editor__preview-document" aria-label={doc.title || doc.id}>
          <p className="caption">
            <strong className={`tag ${doc.release.kind === 'start' ? 'tag--grey' : 'tag--yellow'}`}>
              {releaseWords(doc.release, templates)}
            </strong>{' '}
            {documentKinds[doc.kind]}
          </p>
          <DocumentView
            document={asCaseDocument(doc)}
            matches={NO_MATCHES}
            activeMatch={null}
            arrivedLater={doc.release.kind !== 'start'}
            onQuote={noQuote}
          />
        </section>
      ))}
    </div>
  );
}

function rank(release: CaseDraft['documents'][number]['release']): number {
  // Documents only the interview releases come last: they arrive only if the right question is asked.
  if (release.kind === 'interview') return Number.MAX_SAFE_INTEGER;
  return release.kind === 'start' ? 0 : release.kind === 'continue' ? release.step * 2 : 1;
}

type Message = { kind: 'done' | 'failed'; text: string } | null;

function SaveAndExport({ practiceCase }: { practiceCase: PracticeCase }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const actions = useEditorStore().getState().actions;
  const run = async (what: 'save' | 'export') => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await host.saveCase({ practiceCase });
      // The host sets the version; the draft follows it, so the next save is the next version.
      actions.set(['version'], saved.version);
      void casesStore.getState().actions.load();
      if (what === 'save') {
        setMessage({
          kind: 'done',
          text: saved.unchanged
            ? `“${practiceCase.title}” version ${saved.version} is already in your library; nothing changed.`
            : `Saved “${practiceCase.title}” as version ${saved.version} in your library. Trainees using this copy of the app can start it from the home screen.`,
        });
        return;
      }
      const exported = await host.exportCase({ caseId: saved.caseId, version: saved.version });
      if (exported.saved)
        setMessage({
          kind: 'done',
          text: `Saved version ${saved.version} and exported it as ${exported.fileName}. Send that file to trainees or tutors: they add it with “Add a case from a file”.`,
        });
    } catch (error) {
      setMessage({
        kind: 'failed',
        text: error instanceof HostError ? error.message : 'The case could not be saved. Please try again.',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void run('save')}>
          Save to your library
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void run('export')}
        >
          Export the case pack
        </button>
      </div>
      {message?.kind === 'failed' ? <CaseRefusal message={message.text} testId="case-save-refusal" /> : null}
      <div role="status" data-testid="case-editor-status">
        {message?.kind === 'done' ? <p className="body">{message.text}</p> : null}
      </div>
    </>
  );
}

export function PreviewPart({ templates }: { templates: readonly Template[] }) {
  const draft = useEditor((s) => s.draft);
  const valid = useEditor((s) => s.valid);
  const errors = useEditor((s) => s.errors);
  const actions = useEditorStore().getState().actions;
  // Opening the preview checks the case, so what is shown and exported is what passed the checks.
  useEffect(() => {
    actions.check();
  }, [actions]);
  if (!draft) return null;
  return (
    <>
      <h2 className="heading-l">Preview and export</h2>
      {valid ? (
        <>
          <p className="body">The case passes every check. This is how a trainee meets it.</p>
          <SaveAndExport practiceCase={valid} />
        </>
      ) : errors && errors.length > 0 ? (
        <p className="body">Correct the problems listed above, then save or export the case.</p>
      ) : null}
      <TraineePreview draft={draft} templates={templates} />
      <h3 className="heading-m">After the trainee finishes</h3>
      {valid ? (
        <TutorNotesPanel
          practiceCase={valid}
          templates={templates}
          visibleAnswers={{}}
          releasedIds={valid.documents.map((doc) => doc.id)}
          timing={noTiming}
          onOpenDocument={noQuote}
        />
      ) : (
        <p className="body">The tutor notes are shown here once the case passes its checks.</p>
      )}
    </>
  );
}
