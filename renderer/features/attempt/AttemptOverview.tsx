import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { hrefs } from '../../app/routes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatPercent } from '../../format';
import { useAttempt, useAttemptActions, useAttemptStore } from './context';
import { CheckAnswers } from './CheckAnswers';
import { SectionStatusTag } from './SectionStatusTag';
import { allSections, visibleSections } from './sections';

/** The attempt's front page: the GOV.UK task list of sections with their status, then finishing. */
export function AttemptOverview() {
  const title = useAttempt((state) => state.attempt.title);
  const attemptId = useAttempt((state) => state.attempt.id);
  const status = useAttempt((state) => state.attempt.status);
  const finishedAt = useAttempt((state) => state.attempt.finishedAt);
  const progress = useAttempt((state) => state.evaluation.progress);
  const templates = useAttempt((state) => state.templates);
  const links = useAttempt(
    useShallow((state) => visibleSections(state.templates, state.sections).map((l) => l.key)),
  );
  const incompleteKeys = useAttempt(
    useShallow((state) =>
      visibleSections(state.templates, state.sections)
        .filter((link) => state.sections[link.key]?.status === 'incomplete')
        .map((link) => link.key),
    ),
  );
  const incomplete = allSections(templates).filter((link) => incompleteKeys.includes(link.key));
  const actions = useAttemptActions();
  const store = useAttemptStore();
  const [confirming, setConfirming] = useState(false);
  const [checking, setChecking] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const shown = new Set(links);

  const finish = async () => {
    setFinishError(null);
    const saved = await actions.finish();
    setConfirming(false);
    if (!saved)
      setFinishError(
        'The practice is marked finished on screen but could not be saved yet. The app keeps trying.',
      );
  };

  if (checking)
    return (
      <CheckAnswers
        onConfirm={() => {
          setChecking(false);
          void finish();
        }}
        onBack={() => setChecking(false)}
      />
    );

  return (
    <>
      <PageHeading title={title} caption="Practice attempt">
        {title}
      </PageHeading>
      <p className="body">
        {status === 'finished' && finishedAt ? (
          <>
            <strong className="tag tag--green">Finished</strong> on {formatDateTime(finishedAt)}.
          </>
        ) : (
          <>
            <strong className="tag tag--blue">In progress</strong> You have answered {formatPercent(progress)}{' '}
            of the questions that need an answer.
          </>
        )}
      </p>

      {templates.map((template) => (
        <section key={template.id} className="task-list-section" aria-labelledby={`tasks-${template.id}`}>
          <h2 className="heading-m" id={`tasks-${template.id}`}>
            {template.title}
          </h2>
          <ul className="task-list">
            {template.sections.map((section) => {
              const key = `${template.id}/${section.id}`;
              if (!shown.has(key)) return null;
              const statusId = `status-${template.id}-${section.id}`;
              return (
                <li className="task-list__item" key={section.id}>
                  <a
                    className="task-list__link"
                    href={hrefs.attempt(attemptId, template.id, section.id)}
                    aria-describedby={statusId}
                  >
                    {section.title}
                  </a>
                  <SectionStatusTag sectionKey={key} id={statusId} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      <h2 className="heading-l">Finish this practice</h2>
      {status === 'finished' ? (
        <>
          <div className="panel panel--confirmation" data-testid="finished-panel">
            <h3 className="heading-m">Practice finished</h3>
            <p className="body">
              Your answers are saved. You can still read and change them; export a PDF for your tutor when you
              are ready.
            </p>
          </div>
          <button type="button" className="button button--secondary" onClick={() => actions.reopen()}>
            Mark as in progress again
          </button>
        </>
      ) : confirming ? (
        <>
          <ErrorSummary
            title="Some sections are not complete"
            focusOnShow
            errors={incomplete.map((link) => ({
              fieldId: `finish-link-${link.key}`,
              text: `${link.templateTitle}: ${link.title}`,
            }))}
          />
          <ul className="list">
            {incomplete.map((link) => (
              <li key={link.key}>
                <a
                  id={`finish-link-${link.key}`}
                  href={hrefs.attempt(attemptId, link.templateId, link.sectionId)}
                >
                  Go to {link.title}
                </a>
              </li>
            ))}
          </ul>
          <p className="body">
            You can go back to them, or finish now and talk them through with your tutor.
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void finish()}>
              Finish anyway
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Keep working
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="body">
            When you finish, the attempt is marked as finished in your list. Nothing is sent anywhere.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              actions.evaluateNow();
              const state = store.getState();
              const unfinished = visibleSections(state.templates, state.sections)
                .filter((link) => state.sections[link.key]?.status === 'incomplete')
                .map((link) => link.key);
              if (unfinished.length > 0) {
                actions.reveal(unfinished);
                setConfirming(true);
              } else setChecking(true);
            }}
          >
            Finish this practice
          </button>
        </>
      )}
      {finishError ? (
        <p className="error-message" role="alert">
          {finishError}
        </p>
      ) : null}
      <p className="body">
        <a href={hrefs.home}>Back to your practice</a>
      </p>
    </>
  );
}
