import { useEffect, useMemo, useState } from 'react';
import { compareAttempts } from '@shared/compare';
import type { AttemptComparison } from '@shared/compare';
import { HostError } from '@shared/contract';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import type { Template } from '@shared/templates';
import { hrefs, navigate } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { SingleCheckbox } from '../../components/form';
import { formatDateTime } from '../../format';
import { host } from '../../host';
import { libraryStore, useLibrary } from '../../state/app-stores';
import { ItemDiffView } from './DiffViews';
import { directionLabels, pickerGroups, suggestedPair, summaryText } from './present';
import type { PickerGroup } from './present';
import './compare.css';
import { resolveFrom, useCases } from '../cases/cases-store';
import { resolveTemplate, templatesReady } from '../templates/template-store';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; before: Attempt; after: Attempt };

/** The two attempts of the route, loaded; null when the route names no pair. */
function useAttempts(beforeId: string | null, afterId: string | null): Loaded | null {
  const pair = beforeId && afterId ? `${beforeId}/${afterId}` : null;
  const [loaded, setLoaded] = useState<{ pair: string; value: Loaded } | null>(null);
  useEffect(() => {
    if (!beforeId || !afterId || !pair) return;
    let cancelled = false;
    Promise.all([host.getAttempt({ id: beforeId }), host.getAttempt({ id: afterId }), templatesReady()]).then(
      ([before, after]) => !cancelled && setLoaded({ pair, value: { kind: 'ready', before, after } }),
      (error: unknown) =>
        !cancelled &&
        setLoaded({
          pair,
          value: {
            kind: 'failed',
            message:
              error instanceof HostError ? error.message : 'One of these attempts could not be opened.',
          },
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [beforeId, afterId, pair]);
  if (!pair) return null;
  return loaded?.pair === pair ? loaded.value : { kind: 'loading' };
}

function AttemptSelect({
  id,
  label,
  groups,
  value,
  onChange,
  origins,
}: {
  id: string;
  label: string;
  groups: PickerGroup[];
  value: string;
  onChange: (value: string) => void;
  /** Where imported attempts came from, by local id, so a tutor's returned version can be told apart. */
  origins: ReadonlyMap<string, string>;
}) {
  return (
    <div className="form-group">
      <label className="label label--s" htmlFor={id}>
        {label}
      </label>
      <select
        className="select compare-select"
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose an attempt</option>
        {groups.map((group) => (
          <optgroup key={group.caseId ?? 'own'} label={group.label}>
            {group.entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title} (started {formatDateTime(entry.createdAt)}, saved{' '}
                {formatDateTime(entry.updatedAt)}
                {origins.has(entry.id) ? `, ${origins.get(entry.id)}` : ''})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function Picker({ beforeId, afterId }: { beforeId: string | null; afterId: string | null }) {
  const entries = useLibrary((s) => s.entries);
  const versions = useCases((state) => state.versions);
  const groups = useMemo(
    () => pickerGroups(entries, (caseId) => resolveFrom(versions, caseId)?.title ?? caseId),
    [entries, versions],
  );
  const suggestion = suggestedPair(groups);
  // The picker mounts once the library is listed, so the likeliest pair can be offered from the start.
  const [before, setBefore] = useState(beforeId ?? suggestion?.[0] ?? '');
  const [after, setAfter] = useState(afterId ?? suggestion?.[1] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [origins, setOrigins] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let cancelled = false;
    host.listImportedCopies({}).then(
      ({ copies }) =>
        !cancelled &&
        setOrigins(
          new Map(
            copies.map((copy) => [
              copy.id,
              copy.traineeName ? `imported, work of ${copy.traineeName}` : 'imported from a shared file',
            ]),
          ),
        ),
      // Without the origins the pickers still work; they only say less.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (entries.length < 2)
    return (
      <div className="inset-text">
        <p className="body">
          You need at least two attempts to compare. Use Try again on a finished attempt, or import a version
          a tutor sent back, then come back here.
        </p>
      </div>
    );
  return (
    <form
      className="compare-picker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!before || !after) return setProblem('Choose two attempts to compare.');
        if (before === after) return setProblem('Choose two different attempts.');
        setProblem(null);
        navigate(hrefs.compare(before, after));
      }}
    >
      <div className="compare-picker__fields">
        <AttemptSelect
          id="compare-before"
          label="Earlier attempt or version"
          groups={groups}
          origins={origins}
          value={before}
          onChange={setBefore}
        />
        <AttemptSelect
          id="compare-after"
          label="Later attempt or version"
          groups={groups}
          origins={origins}
          value={after}
          onChange={setAfter}
        />
      </div>
      {problem ? (
        <p className="error-message" role="alert">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}

function templatesFor(before: Attempt, after: Attempt): Template[] {
  return (
    [...new Set([...before.templateIds, ...after.templateIds])]
      // The later attempt's version of a tutor's template (the built-ins have one version each).
      .map((id) => resolveTemplate(id, after.templateVersions[id] ?? before.templateVersions[id]))
      .filter((template): template is Template => template !== undefined)
  );
}

function Comparison({ before, after }: { before: Attempt; after: Attempt }) {
  const [showAll, setShowAll] = useState(false);
  const versions = useCases((state) => state.versions);
  // The case as the later attempt saw it: a tutor's case at the version it was started on.
  const afterCase = after.caseId ? resolveFrom(versions, after.caseId, caseVersionOf(after)) : undefined;
  const comparison: AttemptComparison = useMemo(() => {
    const practiceCase = afterCase;
    return compareAttempts({
      templates: templatesFor(before, after),
      before,
      after,
      ...(practiceCase ? { caseFacts: practiceCase.facts } : {}),
    });
  }, [before, after, afterCase]);
  const { summary } = comparison;
  // New information released between the two: the usual reason a rating or an account changed.
  const practiceCase = after.caseId && after.caseId === before.caseId ? afterCase : undefined;
  const newlyReleased = practiceCase
    ? practiceCase.documents.filter(
        (document) =>
          after.releasedDocumentIds.includes(document.id) &&
          !before.releasedDocumentIds.includes(document.id),
      )
    : [];
  return (
    <section aria-labelledby="comparison-heading" data-testid="comparison">
      <h2 className="heading-l" id="comparison-heading">
        What changed
      </h2>
      <dl className="compare-sides">
        <div>
          <dt>Earlier</dt>
          <dd>
            {before.title}, saved {formatDateTime(before.updatedAt)}
          </dd>
        </div>
        <div>
          <dt>Later</dt>
          <dd>
            {after.title}, saved {formatDateTime(after.updatedAt)}
          </dd>
        </div>
      </dl>
      {before.caseId !== after.caseId ? (
        <div className="inset-text" role="note">
          These attempts are of different cases, so their answers may not be comparable.
        </div>
      ) : null}
      {newlyReleased.length > 0 ? (
        <div className="inset-text" data-testid="new-information">
          <p className="body">New information released to the later attempt, not the earlier:</p>
          <ul className="compare-list">
            {newlyReleased.map((document) => (
              <li key={document.id}>{document.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="body-l" data-testid="compare-summary">
        {summaryText(summary)}
      </p>
      {summary.levelChanges.length > 0 ? (
        <div className="compare-levels" data-testid="level-changes">
          <h3 className="heading-m">Risk levels that changed</h3>
          <ul>
            {summary.levelChanges.map((change, index) => (
              <li key={index}>
                <strong>{change.where}</strong>
                {change.where !== change.prompt ? ` (${change.prompt})` : ''}: {change.before ?? 'not rated'}{' '}
                to {change.after ?? 'not rated'}, <strong>{directionLabels[change.direction]}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {comparison.missingTemplateIds.length > 0 ? (
        <p className="body">
          Not compared (this version of the app does not have them):{' '}
          {comparison.missingTemplateIds.join(', ')}.
        </p>
      ) : null}
      <SingleCheckbox
        id="compare-show-all"
        label="Show unchanged answers too"
        checked={showAll}
        onChange={setShowAll}
      />
      {comparison.templates.map((template) => {
        const sections = template.sections.filter((section) => showAll || section.changed);
        return (
          <section key={template.templateId} className="compare-template">
            <h3 className="heading-l">{template.title}</h3>
            {sections.length === 0 ? <p className="body">Nothing changed in this template.</p> : null}
            {sections.map((section) => (
              <section key={section.sectionId} className="compare-section">
                <h4 className="heading-m">{section.title}</h4>
                {section.items
                  .filter((item) => showAll || item.change !== 'unchanged')
                  .map((item) => (
                    <ItemDiffView key={item.itemId} diff={item} showAll={showAll} level={0} />
                  ))}
              </section>
            ))}
          </section>
        );
      })}
    </section>
  );
}

export function CompareScreen({ beforeId, afterId }: { beforeId: string | null; afterId: string | null }) {
  const libraryState = useLibrary((s) => s.loadState);
  const loaded = useAttempts(beforeId, afterId);
  // The pickers wait for a fresh listing, so attempts made since the library was last listed are offered.
  const [listed, setListed] = useState(false);
  useEffect(() => {
    void libraryStore
      .getState()
      .actions.refresh()
      .then(() => setListed(true));
  }, []);
  return (
    <>
      <PageHeading title="Compare attempts">Compare attempts</PageHeading>
      <p className="body-l">
        See what changed between two attempts at the same case, or two versions of one attempt: after new
        information came in, or after feedback from your tutor.
      </p>
      {libraryState === 'ready' && listed ? (
        <Picker key={`${beforeId}/${afterId}`} beforeId={beforeId} afterId={afterId} />
      ) : libraryState === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          Your saved attempts could not be listed.
        </div>
      ) : (
        <p className="body">Loading your attempts…</p>
      )}
      {loaded?.kind === 'loading' ? <p className="body">Comparing…</p> : null}
      {loaded?.kind === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          {loaded.message}
        </div>
      ) : null}
      {loaded?.kind === 'ready' ? <Comparison before={loaded.before} after={loaded.after} /> : null}
    </>
  );
}
