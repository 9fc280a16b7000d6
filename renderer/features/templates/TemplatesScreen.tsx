import { useEffect, useRef, useState } from 'react';
import { HostError } from '@shared/contract';
import type { CustomTemplate } from '@shared/contract/channels/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { PageHeading } from '../../components/PageHeading';
import { RefusalSummary } from '../../components/RefusalSummary';
import { formatDateTime } from '../../format';
import { splitRefusal } from './refusal';
import type { Refusal } from './refusal';
import { templatesStore, useTemplates } from './template-store';
import './templates.css';
import { ActionTable } from '@renderer/components/ActionTable';

function describeVersions(entry: CustomTemplate): string {
  const versions = entry.versions.map((v) => v.version);
  return versions.length === 1
    ? String(versions[0])
    : `${versions.at(-1)} (also kept: ${versions.slice(0, -1).join(', ')})`;
}

function CustomRow({
  entry,
  onRefused,
  onRemoved,
}: {
  entry: CustomTemplate;
  onRefused: (refusal: Refusal) => void;
  onRemoved: (title: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // The button pressed is replaced by the question (and back): keep keyboard focus on what took its place.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const latest = entry.versions[entry.versions.length - 1]!;
  const { title } = latest.template;
  const remove = async () => {
    setBusy(true);
    try {
      await templatesStore.getState().actions.remove(entry.templateId);
      onRemoved(title);
    } catch (error) {
      onRefused(
        splitRefusal(
          error instanceof HostError ? error.message : `“${title}” could not be removed. Try again.`,
        ),
      );
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr>
      <td>
        <strong>{title}</strong>
        <span className="templates-table__id">
          id <code>{entry.templateId}</code>
        </span>
      </td>
      <td>{describeVersions(entry)}</td>
      <td>{latest.template.description}</td>
      <td>
        {formatDateTime(latest.importedAt)}
        <span className="templates-table__id">from {latest.fileName}</span>
      </td>
      <td className="templates-table__actions">
        {confirming ? (
          <div role="group" aria-label={`Delete “${title}”?`}>
            <p className="body-s">Delete every version of “{title}”?</p>
            <button
              type="button"
              className="button button--warning"
              ref={confirmRef}
              disabled={busy}
              onClick={() => void remove()}
            >
              Yes, delete
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            ref={deleteRef}
            aria-label={`Delete “${title}”`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}

/** Built-in templates and tutors' own: add one from a .json file (checked by the host), or delete one. */
export function TemplatesScreen() {
  const custom = useTemplates((s) => s.custom);
  const loadState = useTemplates((s) => s.loadState);
  const loadError = useTemplates((s) => s.loadError);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void templatesStore.getState().actions.load();
  }, []);

  const add = async () => {
    setBusy(true);
    setStatus('');
    try {
      const result = await templatesStore.getState().actions.importFromFile();
      setRefusal(null);
      if (!result.imported) return;
      setStatus(
        result.unchanged
          ? `“${result.title}” version ${result.version} is already here; nothing changed.`
          : result.previousVersion === null
            ? `Added “${result.title}” (version ${result.version}) from ${result.fileName}. Trainees can start an own-case practice with it on the home screen.`
            : `Added version ${result.version} of “${result.title}”. Attempts on version ${result.previousVersion} or earlier keep the questions they were written against.`,
      );
    } catch (error) {
      setRefusal(
        splitRefusal(
          error instanceof HostError ? error.message : 'The template could not be added. Please try again.',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title="Templates">Templates</PageHeading>
      {refusal ? (
        <RefusalSummary refusal={refusal} testId="template-refusal">
          Sections and items are counted from 0: <code>sections[1].items[0]</code> is the first item of the
          second section. Correct the file, then add it again.
        </RefusalSummary>
      ) : null}
      <p className="body">
        A template is the form a trainee works through. The app comes with the templates below; a practice
        tutor can write more as a JSON file, following the template authoring guide (
        <code>docs/template-authoring.md</code>). The app checks a file before it keeps it and tells you
        exactly where any problem is.
      </p>
      <p className="body">
        <button type="button" className="button" disabled={busy} onClick={() => void add()}>
          Add a template from a file
        </button>
      </p>
      <p role="status" className="body templates-status" data-testid="templates-status">
        {status}
      </p>

      <section aria-labelledby="custom-templates">
        <h2 className="heading-l" id="custom-templates">
          Added by tutors
        </h2>
        {loadState === 'failed' ? (
          <p className="inset-text inset-text--error">{loadError}</p>
        ) : custom.length === 0 ? (
          <p className="body">{loadState === 'ready' ? 'No templates added yet.' : 'Loading…'}</p>
        ) : (
          <ActionTable
            caption="Templates added by tutors"
            columns={['Template', 'Version', 'Description', 'Added']}
            className="templates-table"
            testId="custom-templates"
          >
            {custom.map((entry) => (
              <CustomRow
                key={entry.templateId}
                entry={entry}
                onRefused={(found) => {
                  setStatus('');
                  setRefusal(found);
                }}
                onRemoved={(title) => {
                  setRefusal(null);
                  setStatus(`Deleted “${title}”. A copy is kept in the backups folder.`);
                }}
              />
            ))}
          </ActionTable>
        )}
      </section>

      <section aria-labelledby="builtin-templates">
        <h2 className="heading-l" id="builtin-templates">
          Built into the app
        </h2>
        <table className="table templates-table" data-testid="builtin-templates">
          <caption className="table__caption visually-hidden">Templates built into the app</caption>
          <thead>
            <tr>
              <th scope="col">Template</th>
              <th scope="col">Version</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {builtinTemplates.map((template) => (
              <tr key={template.id}>
                <td>
                  <strong>{template.title}</strong>
                </td>
                <td>{template.version}</td>
                <td>{template.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
