import type { LibraryEntry } from '@shared/model/library';
import { randomId } from '@shared/model/ids';
import { builtinTemplates } from '@shared/templates/builtin';
import { resolveTemplate } from '../templates/template-store';
import { describedBy, Field } from '../../components/form';
import { fieldIds } from './form';
import type { DiscussionRow, FormProblems, SupervisionForm } from './form';
import { itemChoices } from './items';

function templatesOf(attemptId: string, entries: LibraryEntry[]) {
  const entry = entries.find((candidate) => candidate.id === attemptId);
  const ids = entry ? entry.templateIds : builtinTemplates.map((template) => template.id);
  // Tutors' templates too (their newest version: the library index does not hold versions).
  const known = ids.map((id) => resolveTemplate(id)).filter((template) => template !== undefined);
  // An attempt whose templates this copy does not have can still be discussed against the built-ins.
  return known.length > 0 ? known : [...builtinTemplates];
}

export function DiscussionNotes({
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
