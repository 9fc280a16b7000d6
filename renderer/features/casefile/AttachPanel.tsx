import { useState } from 'react';
import type { Attempt } from '@shared/model/attempt';
import type { CaseDocument } from '@shared/cases';
import { passagesAttachedTo } from './evidence';
import type { AttachedPassage, AttachTarget } from './evidence';
import type { PickedPassage } from '../workspace/workspace-store';

export interface AttachPanelProps {
  /** The questions of the section on screen that can take evidence; empty when no section is open. */
  targets: readonly AttachTarget[];
  target: AttachTarget | null;
  onChooseTarget: (target: AttachTarget) => void;
  picked: PickedPassage | null;
  onClearPicked: () => void;
  attempt: Pick<Attempt, 'answers' | 'evidence'>;
  documents: readonly CaseDocument[];
  /** Answers null when attached, or the reason it was not. */
  onAttach: (target: AttachTarget, picked: PickedPassage) => string | null;
  onDetach: (target: AttachTarget, passage: AttachedPassage) => void;
  onOpenDocument: (documentId: string) => void;
}

function titleOf(documents: readonly CaseDocument[], id: string): string {
  return documents.find((document) => document.id === id)?.title ?? 'a document no longer in the file';
}

/**
 * The bottom of the case file: which question evidence goes to, the passage picked (by selecting text or a
 * "Quote" button), and what is already attached to that question, each removable.
 */
export function AttachPanel(props: AttachPanelProps) {
  const { targets, target, picked, attempt, documents } = props;
  const [message, setMessage] = useState<{ kind: 'done' | 'problem'; text: string } | null>(null);
  const attached = target ? passagesAttachedTo(attempt as Attempt, target) : [];

  if (targets.length === 0) {
    return (
      <section className="attach-panel" aria-labelledby="attach-title">
        <h3 className="heading-s attach-panel__title" id="attach-title">
          Use as evidence
        </h3>
        <p className="attach-panel__hint">
          Open a section of the form to attach passages from the case file to one of its questions.
        </p>
      </section>
    );
  }

  const attach = () => {
    if (!target || !picked) return;
    const problem = props.onAttach(target, picked);
    setMessage(
      problem
        ? { kind: 'problem', text: problem }
        : {
            kind: 'done',
            text:
              target.home === 'answer'
                ? `Added to your answer to “${target.label}”.`
                : `Attached as evidence for “${target.label}”.`,
          },
    );
  };

  return (
    <section className="attach-panel" aria-labelledby="attach-title" data-testid="attach-panel">
      <h3 className="heading-s attach-panel__title" id="attach-title">
        Use as evidence
      </h3>
      <div className="attach-panel__row">
        <label className="label attach-panel__label" htmlFor="attach-target">
          Attach to
        </label>
        <select
          id="attach-target"
          className="select attach-panel__select"
          value={target ? `${target.templateId}/${target.itemId}` : ''}
          onChange={(event) => {
            const chosen = targets.find((t) => `${t.templateId}/${t.itemId}` === event.target.value);
            if (chosen) props.onChooseTarget(chosen);
            setMessage(null);
          }}
        >
          {targets.map((t) => (
            <option key={`${t.templateId}/${t.itemId}`} value={`${t.templateId}/${t.itemId}`}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {picked ? (
        <div className="attach-panel__picked">
          <p className="attach-panel__picked-from">
            {picked.by === 'selection' ? 'Selected' : 'Picked'} from {titleOf(documents, picked.documentId)}:
          </p>
          {/* A long passage scrolls inside its box: focusable, so the keyboard can scroll it too. */}
          <blockquote
            className="attach-panel__quote"
            data-testid="picked-passage"
            tabIndex={0}
            aria-label="The passage to attach"
          >
            {picked.quote}
          </blockquote>
          <div className="button-group">
            <button type="button" className="button button--small" onClick={attach} disabled={!target}>
              Attach to this question
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                props.onClearPicked();
                setMessage(null);
              }}
            >
              Clear
            </button>
          </div>
        </div>
      ) : (
        <p className="attach-panel__hint">
          Select words in a document, or press <strong>Quote</strong> beside a passage, then attach it here.
        </p>
      )}
      <p
        className={`attach-panel__message${message?.kind === 'problem' ? ' attach-panel__message--problem' : ''}`}
        role="status"
      >
        {message?.text ?? ''}
      </p>
      {target && attached.length > 0 ? (
        <details className="attach-panel__attached">
          <summary>Already attached to this question ({attached.length})</summary>
          <ul className="attached-list">
            {attached.map((passage) => (
              <li key={`${passage.home}:${passage.key}`} className="attached-list__item">
                <blockquote className="attached-list__quote" tabIndex={0} aria-label="Attached passage">
                  {passage.quote}
                </blockquote>
                <p className="attached-list__source">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onOpenDocument(passage.documentId)}
                  >
                    {titleOf(documents, passage.documentId)}
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button link-button--warning"
                    onClick={() => {
                      props.onDetach(target, passage);
                      setMessage({ kind: 'done', text: 'Passage removed.' });
                    }}
                  >
                    Remove<span className="visually-hidden"> this passage</span>
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
