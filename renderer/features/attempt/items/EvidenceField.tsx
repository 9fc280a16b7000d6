import { useEffect, useRef, useState } from 'react';
import { ErrorMessage, Hint, describedBy } from '@renderer/components/form';
import type { EvidenceReference, EvidenceReferenceItem } from '@shared/templates';
import { useAnswer, useAttempt, useAttemptActions } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { ItemHeading } from './ItemHeading';
import { GuidanceDetails } from './GuidanceText';

interface Draft {
  key: number;
  documentId: string;
  quote: string;
  note: string;
}

/** Keys for quotes on screen; they only need to be unique within the page. */
let draftKeys = 0;

function isReference(value: unknown): value is EvidenceReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EvidenceReference).documentId === 'string' &&
    typeof (value as EvidenceReference).quote === 'string'
  );
}

/** Drafts for the saved references, keeping the keys of drafts already on screen so focus stays put. */
function draftsFrom(stored: unknown, onScreen: readonly Draft[]): Draft[] {
  const saved = onScreen.filter((draft) => draft.quote.trim() !== '' && draft.documentId !== '');
  return (Array.isArray(stored) ? stored.filter(isReference) : []).map((reference, index) => ({
    key: saved[index]?.key ?? draftKeys++,
    documentId: reference.documentId,
    quote: reference.quote,
    note: reference.note ?? '',
  }));
}

/**
 * Quoted passages of case-file documents. A quote being written (no text yet) stays on screen but is not
 * saved, because a saved reference must quote something; everything with text is saved as it is typed.
 */
export function EvidenceField({ item, scope, id, error, required }: FieldProps<EvidenceReferenceItem>) {
  const stored = useAnswer(scope, item.id);
  const documents = useAttempt((state) => state.documents);
  const actions = useAttemptActions();
  const [drafts, setDrafts] = useState<Draft[]>(() => draftsFrom(stored, []));
  // What this field last saved, so a change that came from elsewhere (a passage attached from the case file,
  // an undo, another window) is taken in, while the field's own saves do not rebuild it under the caret.
  const lastSaved = useRef(JSON.stringify(stored ?? null));
  useEffect(() => {
    const now = JSON.stringify(stored ?? null);
    if (now === lastSaved.current) return;
    lastSaved.current = now;
    setDrafts((current) => [
      ...draftsFrom(stored, current),
      ...current.filter((draft) => draft.quote.trim() === '' || draft.documentId === ''),
    ]);
  }, [stored]);
  // Where focus goes once the quotes have re-rendered: into a new quote, or back to "Add" after a removal.
  const pendingFocus = useRef<{ kind: 'quote'; key: number } | { kind: 'add' } | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target.kind === 'add') addRef.current?.focus();
    else document.getElementById(`${id}--quote-${target.key}-document`)?.focus();
  }, [drafts, id]);
  const headingId = `${id}-heading`;
  const atMax = item.maxReferences !== undefined && drafts.length >= item.maxReferences;
  const hint =
    documents.length === 1
      ? `Quote the words you are relying on from ${documents[0]!.title.toLowerCase()}.`
      : 'Choose the document and quote the words you are relying on.';

  const commit = (next: Draft[]) => {
    setDrafts(next);
    const references = next
      .filter((draft) => draft.quote.trim() !== '' && draft.documentId !== '')
      .map((draft) => ({
        documentId: draft.documentId,
        quote: draft.quote,
        ...(draft.note.trim() ? { note: draft.note } : {}),
      }));
    const answer = references.length > 0 ? references : null;
    lastSaved.current = JSON.stringify(answer);
    actions.setAnswer(scope, item.id, answer);
  };
  const update = (key: number, change: Partial<Draft>) =>
    commit(drafts.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));

  if (documents.length === 0) {
    return (
      <div className="form-group">
        <ItemHeading scope={scope} className="heading-s" id={id} tabIndex={-1}>
          {item.prompt}
        </ItemHeading>
        <p className="inset-text">No case-file documents are available to quote yet.</p>
      </div>
    );
  }

  return (
    <div
      className={`form-group repeating-group${error ? ' form-group--error' : ''}`}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={describedBy(id, hint, error)}
    >
      <ItemHeading scope={scope} className="heading-s repeating-group__heading" id={headingId}>
        {item.prompt}
        {optionalSuffix(required)}
      </ItemHeading>
      <Hint id={id}>{hint}</Hint>
      <GuidanceDetails guidance={item.guidance} />
      <ErrorMessage id={id} error={error} />
      {drafts.map((draft, index) => {
        const base = `${id}--quote-${draft.key}`;
        return (
          <fieldset className="repeating-group__row" key={draft.key}>
            <legend className="fieldset__legend fieldset__legend--s">Quote {index + 1}</legend>
            <div className="form-group">
              <label className="label" htmlFor={`${base}-document`}>
                Document
              </label>
              <select
                className="select"
                id={`${base}-document`}
                value={draft.documentId}
                onChange={(event) => update(draft.key, { documentId: event.target.value })}
                onBlur={() => void actions.flush()}
              >
                {documents.map((document) => (
                  <option key={document.id} value={document.id}>
                    {document.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${base}-text`}>
                Passage you are quoting
              </label>
              <textarea
                className="textarea"
                id={`${base}-text`}
                rows={3}
                value={draft.quote}
                maxLength={5000}
                onChange={(event) => update(draft.key, { quote: event.target.value })}
                onBlur={() => void actions.flush()}
              />
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${base}-note`}>
                Why it matters (optional)
              </label>
              <input
                className="input"
                id={`${base}-note`}
                type="text"
                value={draft.note}
                maxLength={5000}
                onChange={(event) => update(draft.key, { note: event.target.value })}
                onBlur={() => void actions.flush()}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                pendingFocus.current = { kind: 'add' };
                commit(drafts.filter((other) => other.key !== draft.key));
              }}
            >
              Remove quote {index + 1}
            </button>
          </fieldset>
        );
      })}
      {atMax ? null : (
        <button
          type="button"
          className="button button--secondary"
          id={id}
          ref={addRef}
          onClick={() => {
            const key = draftKeys++;
            pendingFocus.current = { kind: 'quote', key };
            setDrafts([...drafts, { key, documentId: documents[0]!.id, quote: '', note: '' }]);
          }}
        >
          {drafts.length === 0 ? 'Add a quote' : 'Add another quote'}
        </button>
      )}
    </div>
  );
}
