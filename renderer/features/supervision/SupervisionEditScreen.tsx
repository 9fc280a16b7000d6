import { useEffect, useMemo, useState } from 'react';
import { HostError } from '../../../shared/contract';
import type { LibraryEntry } from '../../../shared/model/library';
import { randomId } from '../../../shared/model/ids';
import { followUpSummary, previousRecord, recordProblems } from '../../../shared/supervision/record';
import type { EditContext } from '../../../shared/supervision/record';
import {
  actionOutcomeLabels,
  actionOutcomes,
  reflectiveModelIds,
  reflectiveModels,
} from '../../../shared/supervision/schema';
import type { ActionOutcome, SupervisionRecord } from '../../../shared/supervision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { builtinTemplates } from '../../../shared/templates/builtin';
import { resolveTemplate } from '../templates/template-store';
import { hrefs, navigate } from '../../app/routes';
import { ErrorSummary, focusField } from '../../components/ErrorSummary';
import { describedBy, ErrorMessage, Field, Hint, Radios } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { host } from '../../host';
import { libraryStore, settingsStore, useLibrary, useSettings } from '../../state/app-stores';
import {
  carryUnfinished,
  checkForm,
  fieldIds,
  followUpForDate,
  formFromRecord,
  newForm,
  recordFromForm,
  setOutcome,
} from './form';
import type { ActionRow, DiscussionRow, FormProblems, SupervisionForm } from './form';
import { itemChoices } from './items';
import { supervisionStore, useSupervision } from './supervision-store';
import './supervision.css';

const editContext: EditContext = { now: () => new Date(), newId: randomId };

/** Moves focus to a control that is about to appear (a row just added), once React has drawn it. */
function focusSoon(fieldId: string): void {
  setTimeout(() => focusField(fieldId), 0);
}

/** Today as yyyy-mm-dd in the trainee's own time zone. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Message = { kind: 'done' | 'failed'; text: string } | null;

/** A message to show once the screen for a just-saved new record opens (the route changes on first save). */
let carriedMessage: Message = null;
function takeCarriedMessage(): Message {
  const message = carriedMessage;
  carriedMessage = null;
  return message;
}

export function SupervisionEditScreen({ recordId }: { recordId: string | null }) {
  const records = useSupervision((s) => s.records);
  const loadState = useSupervision((s) => s.loadState);
  const loadError = useSupervision((s) => s.loadError);
  const libraryState = useLibrary((s) => s.loadState);
  // A new record starts with the trainee's name, so wait for settings too.
  const settingsState = useSettings((s) => s.loadState);

  useEffect(() => {
    void supervisionStore.getState().actions.load();
    void libraryStore.getState().actions.refresh();
  }, []);

  if (loadState === 'failed')
    return (
      <>
        <PageHeading title="Supervision record">Supervision record</PageHeading>
        <div className="inset-text inset-text--error" role="alert">
          {loadError}
        </div>
      </>
    );
  if (
    loadState !== 'ready' ||
    (libraryState !== 'ready' && libraryState !== 'failed') ||
    settingsState === 'loading'
  )
    return <p className="body">Loading the supervision record…</p>;
  const record = recordId === null ? null : (records.find((candidate) => candidate.id === recordId) ?? null);
  if (recordId !== null && record === null)
    return (
      <>
        <PageHeading title="Record not found">Record not found</PageHeading>
        <p className="body">
          This supervision record is not here any more. <a href={hrefs.supervisionList}>See all records</a>.
        </p>
      </>
    );
  return <SupervisionEditor key={recordId ?? 'new'} record={record} records={records} />;
}

function SupervisionEditor({
  record,
  records,
}: {
  record: SupervisionRecord | null;
  records: SupervisionRecord[];
}) {
  const entries = useLibrary((s) => s.entries);
  const [form, setForm] = useState<SupervisionForm>(() => {
    if (record) return formFromRecord(record);
    const today = todayIso();
    const name = settingsStore.getState().settings.traineeName.trim();
    const previous = previousRecord(records, today);
    return newForm({
      today,
      previous,
      attempts: [],
      // Supervision is usually with the same people: start from last time's list.
      participants: previous?.participants ?? (name ? `${name} (trainee), ` : ''),
      ctx: editContext,
    });
  });
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<null | 'saving' | 'exporting' | 'deleting'>(null);
  const [message, setMessage] = useState<Message>(takeCarriedMessage);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Each press of Save with problems shows the summary afresh, so it takes focus again.
  const [submits, setSubmits] = useState(0);

  const problems: FormProblems = useMemo(
    () => (checked ? checkForm(form) : { summary: [], byField: {} }),
    [checked, form],
  );
  const update = (change: Partial<SupervisionForm>) => setForm((current) => ({ ...current, ...change }));

  /** Checks and saves; answers the saved record, or null after showing what to fix. */
  async function save(): Promise<SupervisionRecord | null> {
    setChecked(true);
    const found = checkForm(form);
    if (found.summary.length > 0) {
      setSubmits((n) => n + 1);
      setMessage(null);
      return null;
    }
    const saved = recordFromForm(form, editContext);
    await supervisionStore.getState().actions.save(saved);
    setForm(formFromRecord(saved));
    return saved;
  }

  async function run(kind: 'saving' | 'exporting', work: () => Promise<string | null>) {
    setBusy(kind);
    try {
      const text = await work();
      if (text) setMessage({ kind: 'done', text });
    } catch (error) {
      setMessage({
        kind: 'failed',
        text:
          error instanceof HostError ? error.message : 'That did not work. Your record is still on screen.',
      });
    } finally {
      setBusy(null);
    }
  }

  /** A new record moves to its own address once saved; the message goes with it. */
  function opened(saved: SupervisionRecord, text: string): string {
    if (!record) {
      carriedMessage = { kind: 'done', text };
      navigate(hrefs.supervision(saved.id));
    }
    return text;
  }

  const onSave = () =>
    run('saving', async () => {
      const saved = await save();
      if (!saved) return null;
      return opened(saved, `Record saved: ${formatIsoDate(saved.date)}.`);
    });

  const onExport = () =>
    run('exporting', async () => {
      const saved = await save();
      if (!saved) return null;
      const result = await host.exportSupervisionPdf({ record: saved });
      return opened(
        saved,
        result.saved
          ? `Record saved and exported as “${result.fileName}” (${result.pages} ${result.pages === 1 ? 'page' : 'pages'}).`
          : 'Record saved. The PDF was not exported because no file was chosen.',
      );
    });

  async function onDelete() {
    if (!form.id) return;
    setBusy('deleting');
    try {
      await supervisionStore.getState().actions.remove(form.id);
      navigate(hrefs.supervisionList);
    } catch (error) {
      setMessage({
        kind: 'failed',
        text: error instanceof HostError ? error.message : 'The record could not be deleted.',
      });
      setBusy(null);
    }
  }

  const titleText = form.id ? `Supervision on ${form.date}` : 'New supervision record';
  const asRecord = useMemo(() => {
    if (checkForm(form).summary.length > 0) return null;
    try {
      return recordFromForm(form, editContext);
    } catch {
      return null;
    }
  }, [form]);
  const readiness = asRecord ? recordProblems(asRecord) : [];

  return (
    <>
      <a className="back-link" href={hrefs.supervisionList}>
        All supervision records
      </a>
      <PageHeading title={titleText} caption="Reflective supervision">
        {titleText}
      </PageHeading>
      <ErrorSummary key={submits} errors={problems.summary} focusOnShow />
      <div role="status" aria-live="polite" className="supervision-status">
        {message ? (
          <div
            className={message.kind === 'done' ? 'inset-text' : 'inset-text inset-text--error'}
            data-testid="supervision-message"
          >
            {message.text}
          </div>
        ) : null}
      </div>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <h2 className="heading-l">The session</h2>
        <Field
          id={fieldIds.date}
          label="Date of the session"
          labelClassName="label--s"
          hint="For example, 23/11/2026"
          error={problems.byField[fieldIds.date]}
        >
          <input
            className={`input input--width-10${problems.byField[fieldIds.date] ? ' input--error' : ''}`}
            id={fieldIds.date}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={form.date}
            aria-describedby={describedBy(fieldIds.date, 'hint', problems.byField[fieldIds.date])}
            aria-invalid={problems.byField[fieldIds.date] ? true : undefined}
            onChange={(event) =>
              setForm((current) =>
                followUpForDate({ ...current, date: event.target.value }, records, editContext),
              )
            }
          />
        </Field>
        <Field
          id={fieldIds.participants}
          label="Who took part"
          labelClassName="label--s"
          hint="Names and roles, as each person wishes to be recorded."
          error={problems.byField[fieldIds.participants]}
        >
          <input
            className={`input${problems.byField[fieldIds.participants] ? ' input--error' : ''}`}
            id={fieldIds.participants}
            type="text"
            value={form.participants}
            aria-describedby={describedBy(
              fieldIds.participants,
              'hint',
              problems.byField[fieldIds.participants],
            )}
            aria-invalid={problems.byField[fieldIds.participants] ? true : undefined}
            onChange={(event) => update({ participants: event.target.value })}
          />
        </Field>
        <Field
          id="supervision-agenda"
          label="Agenda"
          labelClassName="label--s"
          hint="What you planned to cover."
        >
          <textarea
            className="textarea"
            id="supervision-agenda"
            rows={3}
            value={form.agenda}
            aria-describedby="supervision-agenda-hint"
            onChange={(event) => update({ agenda: event.target.value })}
          />
        </Field>

        <AttemptPicker
          form={form}
          entries={entries}
          error={problems.byField[fieldIds.attempts]}
          onChange={(attempts) => update({ attempts })}
        />

        {form.followUp ? (
          <FollowUpTable
            form={form}
            onChange={setForm}
            onCarry={() => {
              const before = form.actions.length;
              const next = carryUnfinished(form, editContext);
              setForm(next);
              const first = next.actions[before];
              if (first) focusSoon(fieldIds.actionDue(first.key));
            }}
          />
        ) : null}

        <h2 className="heading-l">Reflection</h2>
        <div className="supervision-model">
          <Radios
            id="supervision-model"
            legend="Reflective model"
            legendClassName="fieldset__legend--s"
            hint="The notes under each stage are kept if you change model and change back."
            options={reflectiveModelIds.map((id) => ({
              value: id,
              label: reflectiveModels[id].label,
              hint: reflectiveModels[id].summary,
            }))}
            value={form.model}
            onChange={(value) => update({ model: value as SupervisionForm['model'] })}
          />
        </div>
        {reflectiveModels[form.model].stages.map((stage) => {
          const id = `reflection-${stage.id}`;
          return (
            <Field key={stage.id} id={id} label={stage.label} labelClassName="label--s" hint={stage.prompt}>
              <textarea
                className="textarea"
                id={id}
                rows={4}
                spellCheck
                value={form.reflection[stage.id] ?? ''}
                aria-describedby={`${id}-hint`}
                onChange={(event) =>
                  update({ reflection: { ...form.reflection, [stage.id]: event.target.value } })
                }
              />
            </Field>
          );
        })}

        <DiscussionNotes
          form={form}
          entries={entries}
          problems={problems}
          onChange={(discussion) => update({ discussion })}
          onAdded={(key) => focusSoon(fieldIds.discussionAttempt(key))}
        />

        <ActionsTable
          form={form}
          problems={problems}
          onChange={(actions) => update({ actions })}
          onAdded={(key) => focusSoon(fieldIds.actionText(key))}
        />

        {readiness.length > 0 ? (
          <div className="inset-text" data-testid="supervision-readiness">
            <h2 className="heading-s">Before you share this record</h2>
            <ul className="supervision-list">
              {readiness.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="button-group">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'saving' ? 'Saving…' : 'Save record'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void onExport()}
          >
            {busy === 'exporting' ? 'Exporting…' : 'Save and export as PDF'}
          </button>
          {form.id ? (
            <button
              type="button"
              className="button button--warning"
              disabled={busy !== null}
              onClick={() => setConfirmDelete(true)}
            >
              Delete record
            </button>
          ) : null}
        </div>
        {confirmDelete ? (
          <div className="inset-text inset-text--error" role="alertdialog" aria-labelledby="confirm-delete">
            <p className="body" id="confirm-delete">
              Delete the supervision record of {form.date}? A copy is kept in the app’s backups folder.
            </p>
            <div className="button-group">
              <button
                type="button"
                className="button button--warning"
                autoFocus
                onClick={() => void onDelete()}
              >
                Yes, delete it
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmDelete(false)}
              >
                Keep it
              </button>
            </div>
          </div>
        ) : null}
      </form>
    </>
  );
}

function AttemptPicker({
  form,
  entries,
  error,
  onChange,
}: {
  form: SupervisionForm;
  entries: LibraryEntry[];
  error: string | undefined;
  onChange: (attempts: SupervisionForm['attempts']) => void;
}) {
  const id = fieldIds.attempts;
  const linked = new Set(form.attempts.map((attempt) => attempt.attemptId));
  // Attempts deleted since the record was made stay listed (by the title kept in the record).
  const gone = form.attempts.filter((attempt) => !entries.some((entry) => entry.id === attempt.attemptId));
  const options = [
    ...entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      hint: `Last saved ${formatIsoDate(entry.updatedAt.slice(0, 10))}`,
    })),
    ...gone.map((attempt) => ({
      id: attempt.attemptId,
      title: attempt.title,
      hint: 'No longer in your library',
    })),
  ];
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, 'hint', error)}>
        <legend className="fieldset__legend fieldset__legend--m">
          <h2 className="heading-m supervision-legend-heading">Attempts discussed</h2>
        </legend>
        <Hint id={id}>Choose one or more of your attempts.</Hint>
        <ErrorMessage id={id} error={error} />
        {options.length === 0 ? (
          <p className="body">You have no saved attempts yet. Start one from Your practice first.</p>
        ) : (
          <div className="checkboxes">
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${index}`;
              return (
                <div className="checkboxes__item" key={option.id}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={optionId}
                    checked={linked.has(option.id)}
                    aria-describedby={`${optionId}-item-hint`}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...form.attempts, { attemptId: option.id, title: option.title }]
                          : form.attempts.filter((attempt) => attempt.attemptId !== option.id),
                      )
                    }
                  />
                  <label className="checkboxes__label" htmlFor={optionId}>
                    {option.title}
                  </label>
                  <div className="hint checkboxes__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
    </div>
  );
}

function FollowUpTable({
  form,
  onChange,
  onCarry,
}: {
  form: SupervisionForm;
  onChange: (next: SupervisionForm) => void;
  onCarry: () => void;
}) {
  const followUp = form.followUp!;
  const summary = followUpSummary({ followUp } as SupervisionRecord)!;
  const unfinished = followUp.actions.some(
    (entry) =>
      (entry.outcome === 'not-done' || entry.outcome === 'partly') &&
      !form.actions.some((row) => row.carriedFrom === entry.action.id),
  );
  return (
    <section aria-labelledby="follow-up-heading" data-testid="follow-up">
      <h2 className="heading-l" id="follow-up-heading">
        Follow-up of the session on {formatIsoDate(followUp.previousDate)}
      </h2>
      {followUp.actions.length === 0 ? (
        <p className="body">No actions were agreed at that session.</p>
      ) : (
        <>
          <p className="body" aria-live="polite">
            {summary.done} of {summary.total} done
            {summary.notYetReviewed > 0 ? `; ${summary.notYetReviewed} not yet followed up` : ''}.
          </p>
          <table className="table supervision-table">
            <caption className="visually-hidden">
              Actions agreed at the previous session and what happened
            </caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Who</th>
                <th scope="col">Was due</th>
                <th scope="col">What happened</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {followUp.actions.map((entry, index) => {
                const outcomeId = `follow-up-${index}-outcome`;
                const noteId = `follow-up-${index}-note`;
                return (
                  <tr key={entry.action.id}>
                    <th scope="row">{entry.action.text}</th>
                    <td>{entry.action.owner}</td>
                    <td>{entry.action.dueDate ? formatIsoDate(entry.action.dueDate) : 'No date set'}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={outcomeId}>
                        What happened to “{entry.action.text}”
                      </label>
                      <select
                        className="select"
                        id={outcomeId}
                        value={entry.outcome ?? ''}
                        onChange={(event) =>
                          onChange(
                            setOutcome(form, entry.action.id, {
                              outcome: (event.target.value || null) as ActionOutcome | null,
                            }),
                          )
                        }
                      >
                        <option value="">Not yet followed up</option>
                        {actionOutcomes.map((outcome) => (
                          <option key={outcome} value={outcome}>
                            {actionOutcomeLabels[outcome]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={noteId}>
                        Note on “{entry.action.text}”
                      </label>
                      <input
                        className="input"
                        id={noteId}
                        type="text"
                        value={entry.note}
                        onChange={(event) =>
                          onChange(setOutcome(form, entry.action.id, { note: event.target.value }))
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {unfinished ? (
            <button type="button" className="button button--secondary" onClick={onCarry}>
              Agree the unfinished actions again
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function templatesOf(attemptId: string, entries: LibraryEntry[]) {
  const entry = entries.find((candidate) => candidate.id === attemptId);
  const ids = entry ? entry.templateIds : builtinTemplates.map((template) => template.id);
  // Tutors' templates too (their newest version: the library index does not hold versions).
  const known = ids.map((id) => resolveTemplate(id)).filter((template) => template !== undefined);
  // An attempt whose templates this copy does not have can still be discussed against the built-ins.
  return known.length > 0 ? known : [...builtinTemplates];
}

function DiscussionNotes({
  form,
  entries,
  problems,
  onChange,
  onAdded,
}: {
  form: SupervisionForm;
  entries: LibraryEntry[];
  problems: FormProblems;
  onChange: (rows: DiscussionRow[]) => void;
  onAdded: (key: string) => void;
}) {
  const change = (key: string, patch: Partial<DiscussionRow>) =>
    onChange(form.discussion.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <section aria-labelledby="discussion-heading">
      <h2 className="heading-l" id="discussion-heading">
        Discussion notes
      </h2>
      <p className="body">Add a note for each answer you talked through, or about a template as a whole.</p>
      {form.discussion.map((row, index) => {
        const templates = templatesOf(row.attemptId, entries);
        const template = templates.find((candidate) => candidate.id === row.templateId);
        const attemptId = fieldIds.discussionAttempt(row.key);
        const templateFieldId = `discussion-${row.key}-template`;
        const itemFieldId = `discussion-${row.key}-item`;
        const notesId = fieldIds.discussionNotes(row.key);
        return (
          <fieldset className="fieldset supervision-row" key={row.key}>
            <legend className="fieldset__legend fieldset__legend--s">Note {index + 1}</legend>
            <Field id={attemptId} label="Attempt" error={problems.byField[attemptId]}>
              <select
                className={`select${problems.byField[attemptId] ? ' select--error' : ''}`}
                id={attemptId}
                value={row.attemptId}
                aria-describedby={describedBy(attemptId, null, problems.byField[attemptId])}
                onChange={(event) => {
                  const first = templatesOf(event.target.value, entries)[0];
                  change(row.key, { attemptId: event.target.value, templateId: first?.id ?? '', itemId: '' });
                }}
              >
                {form.attempts.some((attempt) => attempt.attemptId === row.attemptId) ? null : (
                  <option value={row.attemptId}>Choose an attempt</option>
                )}
                {form.attempts.map((attempt) => (
                  <option key={attempt.attemptId} value={attempt.attemptId}>
                    {attempt.title}
                  </option>
                ))}
              </select>
            </Field>
            <div className="supervision-pair">
              <Field id={templateFieldId} label="Template">
                <select
                  className="select"
                  id={templateFieldId}
                  value={row.templateId}
                  onChange={(event) => change(row.key, { templateId: event.target.value, itemId: '' })}
                >
                  {templates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.title}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={itemFieldId} label="Item">
                <select
                  className="select supervision-item-select"
                  id={itemFieldId}
                  value={row.itemId}
                  onChange={(event) => change(row.key, { itemId: event.target.value })}
                >
                  <option value="">The template as a whole</option>
                  {(template ? itemChoices(template) : []).map((section) => (
                    <optgroup key={section.sectionId} label={section.title}>
                      {section.items.map((item) => (
                        <option key={item.id} value={item.id}>
                          {item.prompt}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </Field>
            </div>
            <Field id={notesId} label="What was discussed" error={problems.byField[notesId]}>
              <textarea
                className={`textarea${problems.byField[notesId] ? ' textarea--error' : ''}`}
                id={notesId}
                rows={3}
                spellCheck
                value={row.notes}
                aria-describedby={describedBy(notesId, null, problems.byField[notesId])}
                aria-invalid={problems.byField[notesId] ? true : undefined}
                onChange={(event) => change(row.key, { notes: event.target.value })}
              />
            </Field>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(form.discussion.filter((other) => other.key !== row.key))}
            >
              Remove<span className="visually-hidden"> note {index + 1}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        disabled={form.attempts.length === 0}
        aria-describedby={form.attempts.length === 0 ? 'discussion-needs-attempt' : undefined}
        onClick={() => {
          const attempt = form.attempts[0];
          if (!attempt) return;
          const key = randomId();
          onChange([
            ...form.discussion,
            {
              key,
              attemptId: attempt.attemptId,
              templateId: templatesOf(attempt.attemptId, entries)[0]?.id ?? '',
              itemId: '',
              notes: '',
            },
          ]);
          onAdded(key);
        }}
      >
        Add a discussion note
      </button>
      {form.attempts.length === 0 ? (
        <p className="hint" id="discussion-needs-attempt">
          Choose an attempt above first.
        </p>
      ) : null}
    </section>
  );
}

function ActionsTable({
  form,
  problems,
  onChange,
  onAdded,
}: {
  form: SupervisionForm;
  problems: FormProblems;
  onChange: (rows: ActionRow[]) => void;
  onAdded: (key: string) => void;
}) {
  const change = (key: string, patch: Partial<ActionRow>) =>
    onChange(form.actions.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const previousDate = form.followUp ? formatIsoDate(form.followUp.previousDate) : null;
  const cellInput = (row: ActionRow, index: number, field: 'text' | 'owner' | 'due', label: string) => {
    const id =
      field === 'text'
        ? fieldIds.actionText(row.key)
        : field === 'owner'
          ? fieldIds.actionOwner(row.key)
          : fieldIds.actionDue(row.key);
    const error = problems.byField[id];
    return (
      <div className={error ? 'form-group--error supervision-cell' : 'supervision-cell'}>
        <label className="visually-hidden" htmlFor={id}>
          Action {index + 1}: {label}
        </label>
        <ErrorMessage id={id} error={error} />
        <input
          className={`input${field === 'due' ? ' input--width-10' : ''}${error ? ' input--error' : ''}`}
          id={id}
          type="text"
          inputMode={field === 'due' ? 'numeric' : undefined}
          value={row[field]}
          aria-describedby={describedBy(id, null, error)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => change(row.key, { [field]: event.target.value })}
        />
      </div>
    );
  };
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="heading-l" id="actions-heading">
        Actions agreed
      </h2>
      <p className="body" id="actions-hint">
        What will be done, by whom, and by when (day/month/year, for example 23/11/2026; leave the date blank
        if there is none).
      </p>
      {form.actions.length === 0 ? (
        <p className="body">No actions yet.</p>
      ) : (
        <table className="table supervision-table supervision-actions" aria-describedby="actions-hint">
          <caption className="visually-hidden">Actions agreed in this session</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Who</th>
              <th scope="col">Due by</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.actions.map((row, index) => (
              <tr key={row.key}>
                <td>
                  {cellInput(row, index, 'text', 'what will be done')}
                  {row.carriedFrom ? (
                    <p className="hint">Carried on from the session on {previousDate ?? 'an earlier date'}</p>
                  ) : null}
                </td>
                <td>{cellInput(row, index, 'owner', 'who will do it')}</td>
                <td>{cellInput(row, index, 'due', 'due by')}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onChange(form.actions.filter((other) => other.key !== row.key))}
                  >
                    Remove<span className="visually-hidden"> action {index + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const key = randomId();
          onChange([...form.actions, { key, text: '', owner: '', due: '' }]);
          onAdded(key);
        }}
      >
        Add an action
      </button>
    </section>
  );
}
