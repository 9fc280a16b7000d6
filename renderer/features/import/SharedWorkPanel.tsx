import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { ImportedCopy } from '@shared/exchange/imported-copy';
import { hrefs } from '../../app/routes';
import { host } from '../../host';
import { useLibrary } from '../../state/app-stores';
import { openAndRefresh } from './FileDrop';
import { importStatusStore } from './open-shared-file';
import { BatchImportButtons, WatchFolderControl } from './BatchImport';
import './import.css';

/**
 * The home page's way into exchange with a tutor or trainee: open a file (dialog; dropping a file anywhere
 * on the window does the same), the trainees' work being reviewed here, and the trainee's own work with
 * the way to share it and read feedback.
 */
export function SharedWorkPanel() {
  const entries = useLibrary((s) => s.entries);
  const status = useStore(importStatusStore, (state) => state.status);
  const [copies, setCopies] = useState<ImportedCopy[]>([]);
  const [comments, setComments] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    let cancelled = false;
    // Comment counts come from the summaries the index keeps, so no review file is read to draw home.
    Promise.all([host.listImportedCopies({}), host.listReviewSummaries({})]).then(
      ([copyList, { summaries }]) => {
        if (cancelled) return;
        setCopies(copyList.copies);
        setComments(new Map(summaries.map(({ attemptId, summary }) => [attemptId, summary.comments])));
      },
      // The lists are a convenience here; the attempts table above already says if storage is unreadable.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [entries]);

  const copyIds = new Set(copies.map((copy) => copy.id));
  const commentsOn = (attemptId: string) => comments.get(attemptId) ?? 0;
  const reviewing = entries.filter((entry) => copyIds.has(entry.id));
  const own = entries.filter((entry) => !copyIds.has(entry.id));

  return (
    <section className="shared-work" aria-labelledby="shared-work-title" data-testid="shared-work">
      <h2 className="heading-l" id="shared-work-title">
        Sharing with a tutor or trainee
      </h2>
      <p className="body">
        Open a .casework file (or a PDF exported by Casework Practice) that a trainee or tutor sent you. Work
        from someone else is added beside yours, never over it. You can also drag a file onto this window.
      </p>
      <button
        type="button"
        className="button"
        disabled={status.kind === 'working'}
        onClick={() => void openAndRefresh(null)}
      >
        Open a file from a trainee or tutor
      </button>
      <h3 className="heading-m">A tutor with several trainees</h3>
      <p className="body">
        Import many trainees’ files at once: choose several, choose a folder (its .casework and PDF files, and
        those in the folders inside it), or drag several onto this window. Each file gets a line saying
        whether it was imported, was already here, or was refused and why. Importing the same work again never
        makes a second copy; a trainee’s newer version replaces the earlier one.
      </p>
      <BatchImportButtons />
      <WatchFolderControl />

      {reviewing.length > 0 ? (
        <>
          <h3 className="heading-m">Trainees’ work you are reviewing</h3>
          <p className="body">
            <a href={hrefs.cohort}>See all your trainees’ work by case</a>, and debrief a case with the group.
          </p>
          <ul className="shared-work__list" data-testid="reviewing-list">
            {reviewing.map((entry) => {
              const copy = copies.find((candidate) => candidate.id === entry.id);
              return (
                <li key={entry.id} className="shared-work__item">
                  <a href={hrefs.review(entry.id)}>Review {entry.title}</a>
                  <span className="secondary-text">
                    {copy?.traineeName ? `${copy.traineeName}, ` : ''}from “{copy?.fileName}”
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {own.length > 0 ? (
        <>
          <h3 className="heading-m">Your work: share it and read feedback</h3>
          <ul className="shared-work__list" data-testid="own-work-list">
            {own.map((entry) => {
              const count = commentsOn(entry.id);
              return (
                <li key={entry.id} className="shared-work__item">
                  <a href={hrefs.feedback(entry.id)}>Share or read feedback: {entry.title}</a>
                  <span className="secondary-text">
                    {count === 0 ? 'No feedback yet' : `${count} ${count === 1 ? 'comment' : 'comments'}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
