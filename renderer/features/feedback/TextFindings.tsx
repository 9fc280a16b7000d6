import { useId, useState } from 'react';
import type { SetAsideFinding } from '@shared/model/attempt';
import type { ItemRef } from '@shared/rules';
import type { Template } from '@shared/templates';
import { withReasons } from '@shared/text-feedback/set-aside';
import type { TextFinding } from '@shared/text-feedback';

export interface TextFindingsProps {
  findings: readonly TextFinding[];
  setAside: readonly SetAsideFinding[];
  templates: readonly Template[];
  documentTitle: (documentId: string) => string | null;
  /** The links are left out where there is nowhere to go (the tutor's review reads the answers in one page). */
  onGoToItem?: (ref: ItemRef) => void;
  onGoToSection?: (templateId: string, sectionId: string) => void;
  onOpenDocument?: (documentId: string) => void;
  /** Absent where findings are only read (a finished attempt, the tutor's review). */
  onSetAside?: (findingId: string, reason: string) => void;
  onBringBack?: (findingId: string) => void;
}

function sectionTitle(templates: readonly Template[], finding: TextFinding): string {
  const template = templates.find((t) => t.id === finding.sectionRef.templateId);
  return template?.sections.find((s) => s.id === finding.sectionRef.sectionId)?.title ?? '';
}

function SetAsideForm({ onSave, onCancel }: { onSave: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={`form-group text-finding__aside-form${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={`${id}-reason`}>
        Why are you setting this question aside?
      </label>
      <p className="hint" id={`${id}-hint`}>
        Your tutor will see the question and your reason.
      </p>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <textarea
        className="textarea"
        id={`${id}-reason`}
        rows={3}
        value={reason}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (reason.trim() === '') setError('Give a reason for setting this question aside.');
            else onSave(reason);
          }}
        >
          Set aside
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Finding({
  finding,
  reason,
  props,
}: {
  finding: TextFinding;
  reason: string | null;
  props: TextFindingsProps;
}) {
  const [asking, setAsking] = useState(false);
  const documentTitle = finding.documentRef ? props.documentTitle(finding.documentRef) : null;
  const { onGoToItem, onGoToSection, onOpenDocument } = props;
  const title = sectionTitle(props.templates, finding);
  return (
    <li className="feedback-entry feedback-entry--question text-finding" data-testid="text-finding">
      <p className="feedback-entry__message">
        <strong className="tag tag--blue feedback-entry__tag">From your writing</strong> {finding.message}
      </p>
      <p className="text-finding__why">
        <span className="visually-hidden">Why this question: </span>
        {finding.why}
      </p>
      {reason !== null ? (
        <p className="inset-text text-finding__reason" data-testid="set-aside-reason">
          Set aside: {reason}
        </p>
      ) : null}
      <ul className="feedback-entry__links">
        {finding.itemRef && onGoToItem ? (
          <li>
            <button type="button" className="link-button" onClick={() => onGoToItem(finding.itemRef!)}>
              Go to the passage it concerns
            </button>
          </li>
        ) : title && onGoToSection ? (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => onGoToSection(finding.sectionRef.templateId, finding.sectionRef.sectionId)}
            >
              Go to {title}
            </button>
          </li>
        ) : null}
        {documentTitle && finding.documentRef && onOpenDocument ? (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenDocument(finding.documentRef!)}
            >
              Read {documentTitle}
            </button>
          </li>
        ) : null}
        {reason === null && props.onSetAside && !asking ? (
          <li>
            <button type="button" className="link-button" onClick={() => setAsking(true)}>
              Set this question aside
            </button>
          </li>
        ) : null}
        {reason !== null && props.onBringBack ? (
          <li>
            <button type="button" className="link-button" onClick={() => props.onBringBack!(finding.id)}>
              Bring it back
            </button>
          </li>
        ) : null}
      </ul>
      {asking && props.onSetAside ? (
        <SetAsideForm
          onSave={(text) => {
            props.onSetAside!(finding.id, text);
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </li>
  );
}

/**
 * Questions the text analysis asks about what the trainee wrote: each says why it spoke and links to the
 * passage; the trainee can set one aside with a reason, which the tutor sees. Never a mark, never blocking.
 */
export function TextFindings(props: TextFindingsProps) {
  const listed = withReasons(props.findings, { findingsSetAside: [...props.setAside] });
  const standing = listed.filter((f) => f.setAside === null);
  const aside = listed.filter((f) => f.setAside !== null);
  return (
    <section className="feedback-group" aria-labelledby="text-findings-title" data-testid="text-findings">
      <h3 className="heading-s feedback-group__title" id="text-findings-title">
        About what you wrote
      </h3>
      {listed.length === 0 ? (
        <p className="hint">
          No questions about your writing at the moment. They are checked again when you pause.
        </p>
      ) : null}
      {standing.length > 0 ? (
        <ul className="feedback-list">
          {standing.map(({ finding }) => (
            <Finding key={finding.id} finding={finding} reason={null} props={props} />
          ))}
        </ul>
      ) : null}
      {aside.length > 0 ? (
        <>
          <h4 className="heading-s">Set aside</h4>
          <ul className="feedback-list">
            {aside.map(({ finding, setAside }) => (
              <Finding key={finding.id} finding={finding} reason={setAside!.reason} props={props} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
