import { useMemo, useState } from 'react';
import { HostError } from '@shared/contract';
import { randomId } from '@shared/model/ids';
import { previousRecord, recordProblems } from '@shared/supervision/record';
import type { EditContext } from '@shared/supervision/record';
import { reflectiveModelIds, reflectiveModels } from '@shared/supervision/schema';
import type { SupervisionRecord } from '@shared/supervision/schema';
import { hrefs, navigate } from '../../app/routes';
import { ErrorSummary, focusField } from '../../components/ErrorSummary';
import { describedBy, Field, Radios } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { DateInput } from '../../components/DateInput';
import { host } from '../../host';
import { settingsStore, useLibrary } from '../../state/app-stores';
import {
  carryUnfinished,
  checkForm,
  fieldIds,
  followUpForDate,
  formFromRecord,
  newForm,
  recordFromForm,
  sessionDate,
} from './form';
import type { FormProblems, SupervisionForm } from './form';
import { supervisionStore } from './supervision-store';
import { ActionsTable } from './ActionsTable';
import { AttemptPicker } from './AttemptPicker';
import { DiscussionNotes } from './DiscussionNotes';
import { FollowUpTable } from './FollowUpTable';
import type { SupervisionMessage } from './supervision-store';
import { formatIsoDate, isoDateOf } from '@shared/dates/format';

const editContext: EditContext = { now: () => new Date(), newId: randomId };

/** Moves focus to a control that is about to appear (a row just added), once React has drawn it. */
function focusSoon(fieldId: string): void {
  setTimeout(() => focusField(fieldId), 0);
}

/** Today as yyyy-mm-dd in UK time, the one time zone every date in the app is shown in. */
function todayIso(): string {
  return isoDateOf(new Date());
}

export function SupervisionEditor({
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
  const [message, setMessage] = useState<SupervisionMessage>(() =>
    supervisionStore.getState().actions.takeCarriedMessage(),
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Each press of Save with problems shows the summary afresh, so it takes focus again.
  const [submits, setSubmits] = useState(0);

  const problems: FormProblems = useMemo(
    () => (checked ? checkForm(form) : { summary: [], byField: {}, dateParts: {} }),
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
      supervisionStore.getState().actions.carryMessage({ kind: 'done', text });
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

  const typedDate = sessionDate(form);
  const titleText = form.id
    ? typedDate
      ? `Supervision on ${formatIsoDate(typedDate)}`
      : 'Supervision record'
    : 'New supervision record';
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
      <ErrorSummary key={submits} errors={problems.summary} focusOnShow />
      <PageHeading title={titleText} caption="Reflective supervision">
        {titleText}
      </PageHeading>
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
        <DateInput
          id={fieldIds.date}
          legend="Date of the session"
          legendClassName="fieldset__legend--s"
          hint="For example, 23 11 2026"
          error={problems.byField[fieldIds.date]}
          errorParts={problems.dateParts[fieldIds.date]}
          value={form.date}
          onChange={(date) =>
            setForm((current) => followUpForDate({ ...current, date }, records, editContext))
          }
        />
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
              Delete the supervision record of {typedDate ? formatIsoDate(typedDate) : 'this session'}? A copy
              is kept in the app’s backups folder.
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
