import { useRef, useState } from 'react';
import type { DeletedAttemptEntry } from '@shared/contract';
import { formatDate, formatDateTime } from '@shared/dates/format';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';
import { caseLine, problemText } from './AttemptsList';
import { useDeletedAttempts } from './deleted-store';
import { ActionTable } from '@renderer/components/ActionTable';

type Loaded =
  | { state: 'closed' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; entries: DeletedAttemptEntry[] };

/**
 * Attempts deleted in the last 30 days, while the host still keeps their copies: opened on request (it reads
 * every kept copy), each with Restore. The "Deleted. Undo" banner covers this session; this covers the rest.
 */
export function RecentlyDeleted() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'closed' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const open = loaded.state !== 'closed';
  const load = async () => {
    setLoaded({ state: 'loading' });
    try {
      const { entries } = await host.listDeletedAttempts({});
      setLoaded({ state: 'ready', entries });
    } catch (caught) {
      setLoaded({
        state: 'failed',
        message: problemText(caught, 'The list could not be read. Please try again.'),
      });
    }
  };
  const restore = async (entry: DeletedAttemptEntry) => {
    setMessage(null);
    try {
      const { entry: restored } = await host.restoreDeletedAttempt({ id: entry.id });
      libraryStore.getState().actions.upsert(restored);
      useDeletedAttempts.getState().actions.forget(entry.id);
      setLoaded((now) =>
        now.state === 'ready'
          ? { state: 'ready', entries: now.entries.filter((e) => e.id !== entry.id) }
          : now,
      );
      setMessage({ text: `“${entry.title}” is back in your attempts.`, error: false });
    } catch (caught) {
      setMessage({
        text: problemText(caught, 'The attempt could not be restored. Please try again.'),
        error: true,
      });
    }
    // The row and its button are gone: focus goes to what happened rather than to the top of the page.
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  return (
    <section aria-labelledby="recently-deleted-title" data-testid="recently-deleted">
      <h2 className="heading-m" id="recently-deleted-title">
        Recently deleted
      </h2>
      <p className="body">A copy of each attempt you delete is kept on this computer for 30 days.</p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="recently-deleted-list"
        onClick={() => (open ? setLoaded({ state: 'closed' }) : void load())}
      >
        {open ? 'Hide recently deleted attempts' : 'Show recently deleted attempts'}
      </button>
      <div id="recently-deleted-list">
        {message ? (
          <p
            className={message.error ? 'error-message' : 'body recently-deleted__done'}
            role={message.error ? 'alert' : 'status'}
            tabIndex={-1}
            ref={messageRef}
          >
            {message.text}
          </p>
        ) : null}
        {loaded.state === 'loading' ? <p className="body">Looking for deleted attempts…</p> : null}
        {loaded.state === 'failed' ? (
          <p className="error-message" role="alert">
            {loaded.message}
          </p>
        ) : null}
        {loaded.state === 'ready' && loaded.entries.length === 0 ? (
          <p className="body" data-testid="no-deleted">
            Nothing has been deleted in the last 30 days.
          </p>
        ) : null}
        {loaded.state === 'ready' && loaded.entries.length > 0 ? (
          <ActionTable
            caption="Attempts deleted in the last 30 days"
            columns={['Practice', 'Deleted', 'Kept until']}
            className="attempts-table"
          >
            {loaded.entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  {entry.title}
                  <span className="attempts-table__case">{caseLine(entry)}</span>
                </th>
                <td>
                  <time dateTime={entry.deletedAt}>{formatDateTime(entry.deletedAt)}</time>
                </td>
                <td>
                  <time dateTime={entry.keptUntil}>{formatDate(entry.keptUntil)}</time>
                </td>
                <td className="attempts-table__actions">
                  <button type="button" className="link-button" onClick={() => void restore(entry)}>
                    Restore<span className="visually-hidden"> “{entry.title}”</span>
                  </button>
                </td>
              </tr>
            ))}
          </ActionTable>
        ) : null}
      </div>
    </section>
  );
}
