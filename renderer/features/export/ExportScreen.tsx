import { useEffect, useRef, useState } from 'react';
import { HostError } from '@shared/contract';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import { hrefs } from '../../app/routes';
import { Checkboxes, Radios } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { host } from '../../host';
import { useSettings } from '../../state/app-stores';
import { flushAll } from '../../state/flush';
import { resolveFrom, useCases } from '../cases/cases-store';
import { resolveTemplate, templatesReady } from '../templates/template-store';
import {
  choicesProblem,
  defaultChoices,
  exportFailureMessage,
  pdfOptionsFrom,
  suggestedFileName,
} from './export-choices';
import type { ExportChoices } from './export-choices';
import './export.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; attempt: Attempt; templates: { id: string; title: string }[] };

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; what: 'pdf' | 'casework' }
  | { kind: 'saved'; text: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; title: string; detail: string };

const parts = [
  {
    value: 'includeCover',
    label: 'Cover page',
    hint: 'Trainee, case, dates, time spent and the practice banner',
  },
  { value: 'includeContents', label: 'Contents', hint: 'Headings with their page numbers' },
  { value: 'includeFeedback', label: 'Quality feedback summary', hint: 'The questions the app raised' },
  {
    value: 'includeTutorNotes',
    label: 'Notes for tutors',
    hint: 'The case’s model points; leave out if the tutor should mark without them',
  },
  {
    value: 'includeCommentBoxes',
    label: 'Blank “Tutor comments” boxes',
    hint: 'After each section, for a tutor who marks on paper',
  },
] as const;
type PartKey = (typeof parts)[number]['value'];

function useExportTarget(attemptId: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      // Whatever is still waiting to be saved goes to disk first: the export reads the saved attempt.
      await flushAll();
      await templatesReady();
      const attempt = await host.getAttempt({ id: attemptId });
      const templates = attempt.templateIds.map((id) => ({
        id,
        title: resolveTemplate(id, attempt.templateVersions[id])?.title ?? id,
      }));
      if (live) setLoaded({ kind: 'ready', attempt, templates });
      // The host readies the PDF engine while the trainee chooses; nothing waits for it or fails with it.
      void host.preparePdfExport({}).catch(() => undefined);
    })().catch((error: unknown) => {
      if (live)
        setLoaded({
          kind: 'failed',
          message:
            error instanceof HostError
              ? error.message
              : 'This practice could not be opened. Please try again.',
        });
    });
    return () => {
      live = false;
    };
  }, [attemptId]);
  return loaded;
}

/** Export an attempt for a tutor: choose what to include, then save a PDF (or a .casework file). */
export function ExportScreen({ attemptId }: { attemptId: string }) {
  const loaded = useExportTarget(attemptId);
  const traineeName = useSettings((s) => s.settings.traineeName);
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [showProblem, setShowProblem] = useState(false);
  const caseVersions = useCases((state) => state.versions);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome.kind === 'failed') resultRef.current?.focus();
  }, [outcome]);

  if (loaded.kind === 'loading')
    return (
      <p className="body" role="status">
        Opening the practice…
      </p>
    );
  if (loaded.kind === 'failed')
    return (
      <>
        <PageHeading title="Export">Export</PageHeading>
        <div className="inset-text inset-text--error" role="alert">
          <p className="body">{loaded.message}</p>
        </div>
        <p className="body">
          <a href={hrefs.home}>Back to your practice</a>
        </p>
      </>
    );

  const { attempt, templates } = loaded;
  // Until the trainee changes something, the choices are the defaults for this attempt.
  const current = choices ?? defaultChoices(attempt.templateIds);
  const problem = choicesProblem(current);
  const working = outcome.kind === 'working';
  const practiceCase = attempt.caseId
    ? resolveFrom(caseVersions, attempt.caseId, caseVersionOf(attempt))
    : undefined;
  const caseTitle = practiceCase?.title ?? attempt.title;
  const fileName = suggestedFileName({
    caseTitle,
    templateTitles: templates.filter((t) => current.templateIds.includes(t.id)).map((t) => t.title),
    traineeName,
    today: new Date(),
    extension: 'pdf',
  });
  const set = (change: Partial<ExportChoices>) => setChoices({ ...current, ...change });

  const run = async (what: 'pdf' | 'casework') => {
    if (what === 'pdf' && problem) {
      setShowProblem(true);
      return;
    }
    setShowProblem(false);
    setOutcome({ kind: 'working', what });
    try {
      if (what === 'pdf') {
        const result = await host.exportAttemptPdf({
          attemptId: attempt.id,
          options: pdfOptionsFrom(current, attempt.templateIds),
        });
        setOutcome(
          result.saved
            ? {
                kind: 'saved',
                text: `Saved “${result.fileName}”: ${result.pages} ${result.pages === 1 ? 'page' : 'pages'}, ${Math.max(1, Math.round(result.bytes / 1024))} KB.`,
              }
            : { kind: 'cancelled' },
        );
      } else {
        const result = await host.exportAttemptFile({ attemptId: attempt.id });
        setOutcome(
          result.saved
            ? { kind: 'saved', text: `Saved “${result.fileName}”, which Casework Practice can import.` }
            : { kind: 'cancelled' },
        );
      }
    } catch (error) {
      setOutcome({ kind: 'failed', ...exportFailureMessage(error) });
    }
  };

  return (
    <div className="export-screen" data-testid="export-screen">
      <p className="body">
        <a href={hrefs.attempt(attempt.id)}>Back to the practice</a>
      </p>
      <PageHeading title={`Export ${attempt.title}`} caption={attempt.title}>
        Export for a tutor
      </PageHeading>
      <p className="body">
        “{attempt.title}” as a PDF a practice tutor can read, print or annotate. The PDF also carries the
        practice as data, so a tutor using Casework Practice can open it again exactly as you wrote it.
      </p>

      {showProblem && problem ? (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="export-problem-title">
          <h2 className="error-summary__title" id="export-problem-title">
            There is a problem
          </h2>
          <ul className="error-summary__list">
            <li>
              <a
                href="#export-templates"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById('export-templates')?.focus();
                }}
              >
                {problem}
              </a>
            </li>
          </ul>
        </div>
      ) : null}

      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run('pdf');
        }}
      >
        <Checkboxes
          id="export-templates"
          legend="Which parts of the practice"
          legendClassName="fieldset__legend--m"
          hint="Each is printed with its prompts and your answers, in the order of the practice."
          error={showProblem ? problem : null}
          options={templates.map((template) => ({ value: template.id, label: template.title }))}
          values={current.templateIds}
          onChange={(values) => set({ templateIds: values })}
        />
        <Checkboxes
          id="export-parts"
          legend="What else to include"
          legendClassName="fieldset__legend--m"
          options={parts.map((part) => ({ value: part.value, label: part.label, hint: part.hint }))}
          values={parts.filter((part) => current[part.value]).map((part) => part.value)}
          onChange={(values) =>
            set(
              Object.fromEntries(parts.map((part) => [part.value, values.includes(part.value)])) as Record<
                PartKey,
                boolean
              >,
            )
          }
        />
        <Radios
          id="export-page-size"
          name="export-page-size"
          legend="Paper size"
          legendClassName="fieldset__legend--m"
          inline
          options={[
            { value: 'A4', label: 'A4' },
            { value: 'LETTER', label: 'US Letter' },
          ]}
          value={current.pageSize}
          onChange={(value) => set({ pageSize: value === 'LETTER' ? 'LETTER' : 'A4' })}
        />
        <p className="body">
          A .casework file always holds the whole practice, for importing; the choices above shape the PDF.
        </p>
        <p className="body export-form__file-name">
          You will be asked where to save it. Suggested name:{' '}
          <strong data-testid="suggested-name">{fileName}</strong>
        </p>
        <div className="button-group">
          <button type="submit" className="button" disabled={working} data-testid="export-pdf">
            Export as PDF
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={working}
            data-testid="export-casework"
            onClick={() => void run('casework')}
          >
            Export as a .casework file
          </button>
        </div>
      </form>

      <div className="export-result" ref={resultRef} tabIndex={-1} data-testid="export-result">
        {outcome.kind === 'working' ? (
          <div className="export-progress" role="status">
            <label className="body" htmlFor="export-progress-bar">
              {outcome.what === 'pdf'
                ? 'Writing the PDF. A long practice can take a few seconds.'
                : 'Writing the file.'}
            </label>
            <progress id="export-progress-bar" className="export-progress__bar" />
          </div>
        ) : null}
        {outcome.kind === 'saved' ? (
          <div className="panel export-result__saved" role="status">
            <p className="body">{outcome.text}</p>
          </div>
        ) : null}
        {outcome.kind === 'cancelled' ? (
          <p className="body" role="status">
            Nothing was saved: the save window was closed.
          </p>
        ) : null}
        {outcome.kind === 'failed' ? (
          <div className="inset-text inset-text--error" role="alert" data-testid="export-failed">
            <h2 className="heading-s">{outcome.title}</h2>
            <p className="body">{outcome.detail}</p>
            <p className="body">Your choices above are kept, so you can export again straight away.</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
