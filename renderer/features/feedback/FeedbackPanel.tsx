import { useMemo } from 'react';
import type { RuleResult } from '@shared/rules';
import type { Template } from '@shared/templates';
import type { ItemRef } from '@shared/rules';
import { groupFeedback, severityLabels } from './group';
import type { FeedbackEntry } from './group';
import { TextFindings } from './TextFindings';
import type { TextFindingsProps } from './TextFindings';
import './feedback.css';

export interface FeedbackPanelProps {
  results: readonly RuleResult[];
  templates: readonly Template[];
  /** Title of a released case-file document, or null when it is not (yet) in the trainee's file. */
  documentTitle: (documentId: string) => string | null;
  onGoToItem: (ref: ItemRef) => void;
  onGoToSection: (templateId: string, sectionId: string) => void;
  onOpenDocument: (documentId: string) => void;
  /** The text analysis's questions and what the trainee set aside; absent where there is no analysis. */
  text?: Pick<TextFindingsProps, 'findings' | 'setAside' | 'onSetAside' | 'onBringBack'>;
}

function Entry({ entry, props }: { entry: FeedbackEntry; props: FeedbackPanelProps }) {
  const { result } = entry;
  const documentTitle = result.documentRef ? props.documentTitle(result.documentRef) : null;
  return (
    <li className={`feedback-entry feedback-entry--${result.severity}`}>
      <p className="feedback-entry__message">
        <strong
          className={`tag ${result.severity === 'warning' ? 'tag--yellow' : 'tag--blue'} feedback-entry__tag`}
        >
          {result.severity === 'warning' ? 'Check' : 'Question'}
          <span className="visually-hidden">: {severityLabels[result.severity]}</span>
        </strong>{' '}
        {result.message}
      </p>
      {(result.itemRef && entry.itemLabel) || documentTitle ? (
        <ul className="feedback-entry__links">
          {result.itemRef && entry.itemLabel ? (
            <li>
              <button type="button" className="link-button" onClick={() => props.onGoToItem(result.itemRef!)}>
                Go to “{entry.itemLabel}”
              </button>
            </li>
          ) : null}
          {documentTitle && result.documentRef ? (
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onOpenDocument(result.documentRef!)}
              >
                Read {documentTitle}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * Every reflective question the rules raise, by section, each with a way to the question it is about and
 * to the case-file document it concerns. Questions, not scores; nothing here stops saving or finishing.
 */
export function FeedbackPanel(props: FeedbackPanelProps) {
  const feedback = useMemo(
    () => groupFeedback(props.results, props.templates),
    [props.results, props.templates],
  );
  const multipleTemplates = props.templates.length > 1;
  return (
    <section className="feedback-panel" aria-labelledby="feedback-title" data-testid="feedback-panel">
      <h2 className="heading-m feedback-panel__title" id="feedback-title">
        Quality feedback
      </h2>
      <p className="feedback-panel__intro">
        Questions a tutor might ask about your answers so far. They are prompts to think again, not marks, and
        they never stop you saving or finishing.
      </p>
      {props.text ? (
        <TextFindings
          {...props.text}
          templates={props.templates}
          documentTitle={props.documentTitle}
          onGoToItem={props.onGoToItem}
          onGoToSection={props.onGoToSection}
          onOpenDocument={props.onOpenDocument}
        />
      ) : null}
      {feedback.count === 0 ? (
        <p className="inset-text" data-testid="no-feedback">
          No questions at the moment. The rules look again each time you change an answer.
        </p>
      ) : (
        <>
          <p className="feedback-panel__count">
            {feedback.count === 1 ? '1 question' : `${feedback.count} questions`} across{' '}
            {feedback.groups.length === 1 ? '1 section' : `${feedback.groups.length} sections`}
          </p>
          {feedback.groups.map((group) => (
            <section
              key={`${group.templateId}/${group.sectionId}`}
              className="feedback-group"
              aria-labelledby={`feedback-${group.templateId}-${group.sectionId}`}
            >
              <h3
                className="heading-s feedback-group__title"
                id={`feedback-${group.templateId}-${group.sectionId}`}
              >
                <button
                  type="button"
                  className="link-button feedback-group__link"
                  onClick={() => props.onGoToSection(group.templateId, group.sectionId)}
                >
                  {group.sectionTitle}
                </button>
                {multipleTemplates ? (
                  <span className="feedback-group__template">{group.templateTitle}</span>
                ) : null}
              </h3>
              <ul className="feedback-list">
                {group.entries.map((entry) => (
                  <Entry key={entry.key} entry={entry} props={props} />
                ))}
              </ul>
            </section>
          ))}
          {feedback.general.length > 0 ? (
            <section className="feedback-group" aria-labelledby="feedback-general">
              <h3 className="heading-s feedback-group__title" id="feedback-general">
                About the whole assessment
              </h3>
              <ul className="feedback-list">
                {feedback.general.map((entry) => (
                  <Entry key={entry.key} entry={entry} props={props} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
