import { useEffect } from 'react';
import { isAnswerable } from '@shared/templates';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { AnswerValue } from '../review/AnswerView';
import { RowHeadingLevel } from '../review/answer-views';
import { useAttempt } from './context';

/**
 * GOV.UK's "Check your answers" before finishing: every visible section as a summary list, each answer with a
 * Change link to its section, then the button that finishes. Nothing here changes the attempt.
 */
export function CheckAnswers({ onConfirm, onBack }: { onConfirm: () => void; onBack: () => void }) {
  const attempt = useAttempt((state) => state.attempt);
  const templates = useAttempt((state) => state.templates);
  const evaluation = useAttempt((state) => state.evaluation);
  // The page changed without a navigation: start keyboard and screen-reader users at its heading.
  useEffect(() => document.querySelector<HTMLElement>('h1.page-heading')?.focus(), []);

  return (
    <RowHeadingLevel.Provider value={4}>
      <div data-testid="check-answers">
        <PageHeading title={`Check your answers – ${attempt.title}`} caption={attempt.title}>
          Check your answers before finishing
        </PageHeading>
        {templates.map((template) => {
          const ctx = { templateId: template.id, evaluation, attempt, templates };
          const sections = template.sections.filter((s) => evaluation.sectionVisible(template.id, s.id));
          if (sections.length === 0) return null;
          return (
            <section key={template.id} aria-labelledby={`check-${template.id}`}>
              <h2 className="heading-l" id={`check-${template.id}`}>
                {template.title}
              </h2>
              {sections.map((section) => {
                const items = section.items.filter(
                  (item) => isAnswerable(item) && evaluation.visible(template.id, item.id),
                );
                if (items.length === 0) return null;
                const change = hrefs.attempt(attempt.id, template.id, section.id);
                return (
                  <div key={section.id}>
                    <h3 className="heading-m">{section.title}</h3>
                    <dl className="summary-list">
                      {items.map((item) =>
                        isAnswerable(item) ? (
                          <div className="summary-list__row" key={item.id}>
                            <dt className="summary-list__key">{item.prompt}</dt>
                            <dd className="summary-list__value">
                              <AnswerValue
                                ctx={ctx}
                                item={item}
                                value={attempt.answers[template.id]?.[item.id]}
                                rowPath={[]}
                              />
                            </dd>
                            <dd className="summary-list__actions">
                              <a href={change}>
                                Change<span className="visually-hidden"> {item.prompt}</span>
                              </a>
                            </dd>
                          </div>
                        ) : null,
                      )}
                    </dl>
                  </div>
                );
              })}
            </section>
          );
        })}
        <h2 className="heading-m">Now finish this practice</h2>
        <p className="body">
          Finishing marks the attempt as finished in your list. Nothing is sent anywhere, and you can still
          change your answers afterwards.
        </p>
        <div className="button-group">
          <button type="button" className="button" onClick={onConfirm}>
            Confirm and finish
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back to all sections
          </button>
        </div>
      </div>
    </RowHeadingLevel.Provider>
  );
}
