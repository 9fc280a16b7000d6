import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { hrefs, navigate } from '../../app/routes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { topLevel } from './answer-paths';
import { sectionKey } from './attempt-store';
import type { ErrorLink } from './attempt-store';
import { useAttempt, useAttemptActions, useAttemptStore } from './context';
import { GuidanceText } from './items/GuidanceText';
import { ItemField } from './items/ItemField';
import { SectionQuestions } from './RuleFeedback';
import { SectionStatusTag } from './SectionStatusTag';
import { allSections, visibleSections } from './sections';

const NO_ERRORS: readonly ErrorLink[] = [];

function SectionNav({ current }: { current: string }) {
  const attemptId = useAttempt((state) => state.attempt.id);
  const templates = useAttempt((state) => state.templates);
  const shownKeys = useAttempt(
    useShallow((state) => visibleSections(state.templates, state.sections).map((link) => link.key)),
  );
  const links = allSections(templates).filter((link) => shownKeys.includes(link.key));
  return (
    <nav className="section-nav" aria-label="Sections">
      <p className="section-nav__back">
        <a href={hrefs.attempt(attemptId)}>All sections</a>
      </p>
      {templates.map((template) => {
        const own = links.filter((link) => link.templateId === template.id);
        if (own.length === 0) return null;
        return (
          <div key={template.id} className="section-nav__group">
            <h2 className="section-nav__heading">{template.title}</h2>
            <ol className="section-nav__list">
              {own.map((link) => (
                <li key={link.key} className="section-nav__item">
                  <a
                    href={hrefs.attempt(attemptId, link.templateId, link.sectionId)}
                    aria-current={link.key === current ? 'page' : undefined}
                    className="section-nav__link"
                  >
                    {link.title}
                  </a>{' '}
                  <SectionStatusTag sectionKey={link.key} />
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </nav>
  );
}

/** One section of one template: its questions, its reflective prompts, and the way on. */
export function SectionPage({ templateId, sectionId }: { templateId: string; sectionId: string }) {
  const key = sectionKey(templateId, sectionId);
  const attemptId = useAttempt((state) => state.attempt.id);
  const template = useAttempt((state) => state.templates.find((t) => t.id === templateId));
  const visible = useAttempt((state) => state.sections[key]?.visible ?? false);
  const revealed = useAttempt((state) => state.revealed[key] === true);
  // A section of optional questions only counts as started once one of them is answered.
  const optionalUnstarted = useAttempt((state) => {
    const section = state.sections[key];
    return section?.status === 'incomplete' && section.requiredCount === 0 && section.errorCount === 0;
  });
  const errors = useAttempt((state) => state.sectionErrors[key] ?? NO_ERRORS);
  const pendingMarker = useEvaluationPendingMarker();
  const nextKey = useAttempt((state) => {
    const order = visibleSections(state.templates, state.sections);
    const index = order.findIndex((link) => link.key === key);
    return order[index + 1]?.key ?? null;
  });
  const actions = useAttemptActions();
  const store = useAttemptStore();
  const scope = useMemo(() => topLevel(templateId), [templateId]);
  const [checks, setChecks] = useState(0);
  const section = template?.sections.find((s) => s.id === sectionId);

  if (!template || !section) {
    return (
      <>
        <PageHeading title="Section not found">Section not found</PageHeading>
        <p className="body">
          This practice has no such section. <a href={hrefs.attempt(attemptId)}>See all sections</a>.
        </p>
      </>
    );
  }

  const nextHref = nextKey
    ? hrefs.attempt(attemptId, nextKey.split('/')[0], nextKey.split('/')[1])
    : hrefs.attempt(attemptId);
  const shownErrors = revealed ? errors : NO_ERRORS;

  return (
    <div className="attempt-layout">
      <SectionNav current={key} />
      <div className="attempt-layout__main">
        {visible ? (
          <ErrorSummary
            key={checks}
            title="Some questions still need an answer"
            focusOnShow={checks > 0}
            errors={shownErrors.map((error) => ({ fieldId: error.fieldId, text: error.text }))}
          />
        ) : null}
        <PageHeading title={`${section.title} – ${template.title}`} caption={template.title}>
          {section.title}
        </PageHeading>
        {!visible ? (
          <div className="inset-text">
            <p className="body">
              This section does not apply with your current answers, so it is not checked or printed.
            </p>
            <p className="body">
              <a href={hrefs.attempt(attemptId)}>See all sections</a>
            </p>
          </div>
        ) : (
          <>
            {shownErrors.length > 0 ? (
              <p className="body" data-testid="answers-kept">
                Your answers so far are saved. You can answer these now, or leave this section and come back
                to it later.
              </p>
            ) : null}
            {section.description ? <GuidanceText text={section.description} /> : null}
            {optionalUnstarted ? (
              <div className="inset-text" data-testid="optional-section-note">
                <p className="body">
                  Every question here is optional. The section shows as complete once you have answered at
                  least one of them; you can also leave it and finish without it.
                </p>
              </div>
            ) : null}
            <SectionQuestions templateId={templateId} sectionId={sectionId} />
            <form
              className="section-form"
              ref={pendingMarker}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                actions.evaluateNow();
                void actions.flush();
                if ((store.getState().sectionErrors[key] ?? NO_ERRORS).length > 0) {
                  actions.reveal([key]);
                  setChecks((n) => n + 1);
                  return;
                }
                navigate(nextHref);
              }}
            >
              {section.items.map((item) => (
                <ItemField key={item.id} item={item} scope={scope} sectionKey={key} />
              ))}
              <div className="button-group">
                <button type="submit" className="button">
                  {nextKey ? 'Save and continue' : 'Save and go to all sections'}
                </button>
                {revealed && errors.length > 0 ? (
                  <a className="body" href={nextHref}>
                    Leave this section for now
                  </a>
                ) : null}
              </div>
            </form>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * Marks the form `data-evaluation-pending` while the engine has not caught up with the last answer, so the
 * end-to-end journeys can read the form once it shows what that answer brings instead of guessing how long
 * that takes. Set on the element directly: re-rendering the page twice per keystroke would cost typing.
 */
function useEvaluationPendingMarker() {
  const store = useAttemptStore();
  return useCallback(
    (form: HTMLFormElement | null) => {
      if (form === null) return;
      const mark = (pending: boolean) => form.toggleAttribute('data-evaluation-pending', pending);
      mark(store.getState().evaluationPending);
      return store.subscribe((state, previous) => {
        if (state.evaluationPending !== previous.evaluationPending) mark(state.evaluationPending);
      });
    },
    [store],
  );
}
