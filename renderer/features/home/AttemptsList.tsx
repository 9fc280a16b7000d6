import { useEffect, useRef, useState } from 'react';
import { HostError } from '@shared/contract';
import { LIBRARY_HEAD_SIZE } from '@shared/model/library';
import type { LibraryEntry } from '@shared/model/library';
import { hrefs } from '../../app/routes';
import { formatDateTime, formatPercent } from '../../format';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';
import { useDeletedAttempts } from './deleted-store';
import { resolveCase } from '../cases/cases-store';
import {
  ATTEMPT_FILTER_FROM,
  describeShownAttempts,
  filterAttempts,
  noAttemptFilter,
} from './attempt-filter';
import type { AttemptFilter } from './attempt-filter';
import { FilterSearch, FilterSelect } from './FilterFields';
import { ActionTable } from '@renderer/components/ActionTable';

function StatusTag({ status }: { status: LibraryEntry['status'] }) {
  return status === 'finished' ? (
    <strong className="tag tag--green">Finished</strong>
  ) : (
    <strong className="tag tag--blue">In progress</strong>
  );
}

export function caseLine(entry: Pick<LibraryEntry, 'caseId'>): string {
  if (entry.caseId === null) return 'Own case';
  const practiceCase = resolveCase(entry.caseId);
  return practiceCase ? `Case: ${practiceCase.person.name}` : 'A case this version does not have';
}

/** A host refusal's own words, or the fallback for anything else. */
export const problemText = (caught: unknown, fallback: string) =>
  caught instanceof HostError ? caught.message : fallback;

/** Asks before deleting, in place of the row's actions; focus moves to the question and back after. */
function ConfirmDelete({
  entry,
  onCancel,
  onDeleted,
}: {
  entry: LibraryEntry;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await host.deleteAttempt({ id: entry.id });
      useDeletedAttempts.getState().actions.deleted({ id: entry.id, title: entry.title });
      await libraryStore.getState().actions.refresh();
      onDeleted();
    } catch (caught) {
      setProblem(problemText(caught, 'The attempt could not be deleted. Please try again.'));
      setBusy(false);
    }
  };
  return (
    <div
      className="confirm-delete"
      role="group"
      aria-labelledby="confirm-delete-title"
      data-testid="confirm-delete"
    >
      <h3
        className="heading-s confirm-delete__title"
        id="confirm-delete-title"
        tabIndex={-1}
        ref={headingRef}
      >
        Delete “{entry.title}”?
      </h3>
      <p className="body">
        It leaves your list. You can undo this straight after, and a copy is kept on this computer for 30
        days.
      </p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={busy}
          onClick={() => void remove()}
        >
          Yes, delete it
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          No, keep it
        </button>
      </div>
    </div>
  );
}

/** Renames a saved attempt from the list (an open attempt is renamed in its own workspace). */
function RenameAttempt({ entry, onDone }: { entry: LibraryEntry; onDone: (renamed: boolean) => void }) {
  const [value, setValue] = useState(entry.title);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const title = value.trim();
    if (title === '') return setProblem('Enter a name for this practice');
    if (title.length > 200) return setProblem('The name must be 200 characters or fewer');
    if (title === entry.title) return onDone(false);
    setBusy(true);
    try {
      const { entry: renamed } = await host.renameAttempt({ id: entry.id, title });
      libraryStore.getState().actions.upsert(renamed);
      onDone(true);
    } catch (caught) {
      setProblem(problemText(caught, 'The name could not be saved. Please try again.'));
      setBusy(false);
    }
  };
  return (
    <form
      className="rename-attempt"
      data-testid="rename-attempt"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="label label--s" htmlFor="rename-attempt-title">
        New name for “{entry.title}”
      </label>
      {problem ? (
        <p className="error-message" id="rename-attempt-error">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      <input
        id="rename-attempt-title"
        className={`input input--width-20${problem ? ' input--error' : ''}`}
        value={value}
        maxLength={240}
        // The trainee asked to rename: focus goes where they will type.
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'rename-attempt-error' : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone(false);
        }}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Save name
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => onDone(false)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "Deleted. Undo": offered for every attempt deleted in this session until it is restored or dismissed. */
export function DeletedBanner() {
  const recent = useDeletedAttempts((s) => s.recent);
  const forget = useDeletedAttempts((s) => s.actions.forget);
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const newest = recent[0]?.id;
  // Focus comes here only when something has just been deleted, not when the list is revisited.
  const seen = useRef(newest);
  useEffect(() => {
    if (newest && newest !== seen.current) ref.current?.focus();
    seen.current = newest;
  }, [newest]);
  if (recent.length === 0) return null;
  const undo = async (id: string) => {
    setProblem(null);
    try {
      const { entry } = await host.restoreDeletedAttempt({ id });
      libraryStore.getState().actions.upsert(entry);
      forget(id);
    } catch (caught) {
      setProblem(problemText(caught, 'The attempt could not be brought back. Please try again.'));
    }
  };
  return (
    <div
      className="notification-banner notification-banner--neutral"
      role="region"
      aria-labelledby="deleted-banner-title"
      tabIndex={-1}
      ref={ref}
      data-testid="deleted-banner"
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id="deleted-banner-title">
          Deleted
        </h2>
      </div>
      <div className="notification-banner__content">
        <ul className="notification-banner__list">
          {recent.map((attempt) => (
            <li key={attempt.id} className="notification-banner__item deleted-item">
              <span>“{attempt.title}” was deleted.</span>
              <span className="deleted-item__actions">
                <button type="button" className="link-button" onClick={() => void undo(attempt.id)}>
                  Undo<span className="visually-hidden"> deleting “{attempt.title}”</span>
                </button>
                <button type="button" className="link-button" onClick={() => forget(attempt.id)}>
                  Dismiss<span className="visually-hidden"> this message</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
        {problem ? (
          <p className="error-message" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Rows shown at first and added per "Show more". A long library drawn whole cost seconds on every visit to home
 * (bench/ui.ts: 2 s for 1,000 rows), and the newest work is what a trainee opens. The host's index head holds
 * exactly this first page, so start-up can draw it without the whole index (decision 0028).
 */
export const ATTEMPTS_PAGE_SIZE = LIBRARY_HEAD_SIZE;

const attemptStatusOptions: ReadonlyArray<{ value: LibraryEntry['status']; label: string }> = [
  { value: 'in-progress', label: 'In progress' },
  { value: 'finished', label: 'Finished' },
];

/** Words and status to narrow a long list by; it narrows as the trainee types, so there is no button. */
function AttemptFilterForm({
  filter,
  onChange,
}: {
  filter: AttemptFilter;
  onChange: (filter: AttemptFilter) => void;
}) {
  return (
    <form
      className="case-filter"
      role="search"
      aria-label="Find an attempt"
      onSubmit={(event) => event.preventDefault()}
    >
      <FilterSearch
        id="attempt-filter-text"
        label="Find by name, case or person"
        value={filter.text}
        onChange={(text) => onChange({ ...filter, text })}
      />
      <FilterSelect
        id="attempt-filter-status"
        label="Status"
        anyLabel="Any status"
        options={attemptStatusOptions}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
      />
    </form>
  );
}

/**
 * The trainee's attempts, newest first, each with a way to rename it and to delete it (asked first,
 * undoable). `listing` says the entries are only the newest page while the rest are still being listed:
 * finding and "Show more" wait for the whole list, since they would work on part of it.
 */
export function AttemptsList({
  entries: all,
  listing = null,
}: {
  entries: LibraryEntry[];
  listing?: { total: number } | null;
}) {
  const [filter, setFilter] = useState<AttemptFilter>(noAttemptFilter);
  const filterable = listing === null && all.length >= ATTEMPT_FILTER_FROM;
  const entries = filterable ? filterAttempts(all, filter, caseLine) : all;
  const [action, setAction] = useState<{ kind: 'delete' | 'rename'; id: string } | null>(null);
  const [shown, setShown] = useState(ATTEMPTS_PAGE_SIZE);
  // After "Show more", focus goes to the first row it added, so a keyboard user carries on where they were.
  const focusRow = useRef<string | null>(null);
  useEffect(() => {
    if (!focusRow.current) return;
    document.getElementById(`attempt-link-${focusRow.current}`)?.focus();
    focusRow.current = null;
  }, [shown]);
  const visible = entries.slice(0, shown);
  const hidden = entries.length - visible.length;
  const pending = entries.find((entry) => entry.id === action?.id) ?? null;
  const backTo = (buttonId: string) =>
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  const toggle = (kind: 'delete' | 'rename', id: string) =>
    setAction(action?.kind === kind && action.id === id ? null : { kind, id });
  return (
    <>
      {filterable ? (
        <>
          <AttemptFilterForm
            filter={filter}
            onChange={(next) => {
              setFilter(next);
              setShown(ATTEMPTS_PAGE_SIZE);
            }}
          />
          <p className="case-filter__status">
            <span role="status">{describeShownAttempts(entries.length, all.length)}</span>
            {entries.length < all.length ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => setFilter(noAttemptFilter)}>
                  Show all attempts
                </button>
              </>
            ) : null}
          </p>
        </>
      ) : null}
      <ActionTable
        caption="Your saved practice attempts"
        columns={['Practice', 'Status', 'Progress', 'Last saved']}
        className="attempts-table"
        testId="attempts"
      >
        {visible.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <a
                className="attempts-table__title"
                id={`attempt-link-${entry.id}`}
                href={hrefs.attempt(entry.id)}
              >
                {entry.title}
              </a>
              <span className="attempts-table__case">{caseLine(entry)}</span>
            </th>
            <td>
              <StatusTag status={entry.status} />
            </td>
            <td>{formatPercent(entry.progress)}</td>
            <td>
              <time dateTime={entry.updatedAt}>{formatDateTime(entry.updatedAt)}</time>
            </td>
            <td className="attempts-table__actions">
              <button
                type="button"
                className="link-button"
                id={`rename-${entry.id}`}
                aria-expanded={action?.kind === 'rename' && action.id === entry.id}
                onClick={() => toggle('rename', entry.id)}
              >
                Rename<span className="visually-hidden"> “{entry.title}”</span>
              </button>
              <button
                type="button"
                className="link-button link-button--warning"
                id={`delete-${entry.id}`}
                aria-expanded={action?.kind === 'delete' && action.id === entry.id}
                onClick={() => toggle('delete', entry.id)}
              >
                Delete<span className="visually-hidden"> “{entry.title}”</span>
              </button>
            </td>
          </tr>
        ))}
      </ActionTable>
      {listing ? (
        <div className="attempts-more" data-testid="attempts-listing">
          <p className="body" role="status">
            Showing your newest {visible.length} of {listing.total.toLocaleString('en-GB')} attempts. Listing
            the rest…
          </p>
        </div>
      ) : hidden > 0 ? (
        <div className="attempts-more" data-testid="attempts-more">
          <p className="body" role="status">
            Showing your newest {visible.length} of {entries.length} attempts.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusRow.current = entries[shown]?.id ?? null;
              setShown(shown + ATTEMPTS_PAGE_SIZE);
            }}
          >
            Show {Math.min(hidden, ATTEMPTS_PAGE_SIZE)} more
          </button>
        </div>
      ) : null}
      {pending && action?.kind === 'delete' ? (
        <ConfirmDelete
          key={pending.id}
          entry={pending}
          onCancel={() => {
            setAction(null);
            backTo(`delete-${pending.id}`);
          }}
          onDeleted={() => setAction(null)}
        />
      ) : null}
      {pending && action?.kind === 'rename' ? (
        <RenameAttempt
          key={pending.id}
          entry={pending}
          onDone={() => {
            setAction(null);
            backTo(`rename-${pending.id}`);
          }}
        />
      ) : null}
    </>
  );
}
