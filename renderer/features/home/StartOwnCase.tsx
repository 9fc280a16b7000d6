import { useState } from 'react';
import { HostError } from '@shared/contract';
import { libraryEntryFor } from '@shared/model/library';
import { builtinTemplates } from '@shared/templates';
import { startableFrom, useTemplates } from '../templates/template-store';
import { hrefs, navigate } from '../../app/routes';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryError } from '../../components/ErrorSummary';
import { Checkboxes, Field, describedBy } from '../../components/form';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';

const allTemplateIds = builtinTemplates.map((template) => template.id);

/**
 * Starts a blank "own case" attempt: a case the trainee brings themselves (invented, or from a training
 * exercise), worked through with the templates they choose.
 */
export function StartOwnCase() {
  const [title, setTitle] = useState('');
  const [templateIds, setTemplateIds] = useState<string[]>(allTemplateIds);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [checks, setChecks] = useState(0);
  // Tutors' templates (newest version of each) are offered after the built-ins, not ticked to begin with.
  const custom = useTemplates((s) => s.custom);
  const startable = startableFrom(custom);

  const problemFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.text ?? null;

  const start = async () => {
    const found: SummaryError[] = [];
    if (title.trim() === '')
      found.push({ fieldId: 'own-case-title', text: 'Enter a name for this practice' });
    else if (title.trim().length > 200)
      found.push({ fieldId: 'own-case-title', text: 'The name must be 200 characters or fewer' });
    if (templateIds.length === 0)
      found.push({ fieldId: 'own-case-templates', text: 'Choose at least one template to work through' });
    setErrors(found);
    setChecks((n) => n + 1);
    if (found.length > 0) return;
    setSubmitting(true);
    try {
      const chosen = startable.filter((template) => templateIds.includes(template.id));
      const attempt = await host.createAttempt({
        title: title.trim(),
        caseId: null,
        templateIds: chosen.map((template) => template.id),
        templateVersions: Object.fromEntries(chosen.map((template) => [template.id, template.version])),
        releasedDocumentIds: [],
      });
      libraryStore.getState().actions.upsert(libraryEntryFor(attempt, 0));
      navigate(hrefs.attempt(attempt.id));
    } catch (error) {
      const message = error instanceof HostError ? error.message : 'The practice could not be started.';
      setErrors([{ fieldId: 'own-case-start', text: message }]);
      setChecks((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const titleError = problemFor('own-case-title');
  return (
    <section aria-labelledby="start-own-case">
      <h2 className="heading-l" id="start-own-case">
        Start an own-case practice
      </h2>
      <p className="body">
        Work through the templates on a case you bring yourself. Use an invented person: never a real case.
      </p>
      <ErrorSummary key={checks} errors={errors} focusOnShow />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <Field
          id="own-case-title"
          label="Name this practice"
          labelClassName="label--s"
          hint="For example, ‘Own case: Jordan, domestic abuse’. Only you and your tutor see it."
          error={titleError}
        >
          <input
            className={`input input--width-20${titleError ? ' input--error' : ''}`}
            id="own-case-title"
            type="text"
            value={title}
            maxLength={240}
            aria-describedby={describedBy('own-case-title', true, titleError)}
            aria-invalid={titleError ? true : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </Field>
        <Checkboxes
          id="own-case-templates"
          legend="Templates to work through"
          legendClassName="fieldset__legend--s"
          hint="In this order. You can leave out any you do not need."
          error={problemFor('own-case-templates')}
          options={startable.map((template) => ({
            value: template.id,
            label: template.title,
            ...(builtinTemplates.includes(template)
              ? {}
              : { hint: `Added by a tutor (version ${template.version})` }),
          }))}
          values={templateIds}
          onChange={setTemplateIds}
        />
        <button type="submit" className="button" id="own-case-start" disabled={submitting}>
          Start practising
        </button>
      </form>
    </section>
  );
}
