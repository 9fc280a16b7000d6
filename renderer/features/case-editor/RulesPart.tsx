import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { checkCaseRule, presetRule, rulePresetLabels, tryRule } from '@shared/cases/presets';
import type { RulePreset, RulePresetKind, TryRuleResult } from '@shared/cases/presets';
import type { QualityRule } from '@shared/rules/schema';
import { catalogueTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';
import { describedBy, Field, Radios } from '../../components/form';
import { idFromWords, uniqueId } from './draft';
import type { CaseDraft } from './draft';
import { useEditor, useEditorStore } from './editor-context';
import { fieldId, splitErrors } from './field-ids';
import {
  pathString,
  RadiosField,
  SelectField,
  TextAreaField,
  TextField,
  useProblem,
  useSet,
  useValue,
} from './fields';
import { parseSample, sampleSkeleton } from './sample';

/**
 * The case's rules: added from presets (the shapes the built-in cases use) or written in JSON Logic, each
 * checked as the case will be (variables, items, documents, the expression budget), and tried against a
 * sample attempt to see whether it speaks.
 */

const presetKinds = Object.keys(rulePresetLabels) as RulePresetKind[];

const severityOptions = [
  { value: 'question', label: 'A reflective question' },
  { value: 'warning', label: 'A warning' },
];

function caseTemplatesOf(draft: CaseDraft, templates: readonly Template[]): Template[] {
  return draft.templateSet
    .map((id) => templates.find((template) => template.id === id))
    .filter((template): template is Template => template !== undefined);
}

/** Top-level items of the given kinds, across the case's templates, for the preset's choices. */
function itemsOfKind(templates: readonly Template[], kinds: readonly string[]) {
  return templates.flatMap((template) =>
    catalogueTemplate(template)
      .entries.filter((entry) => entry.depth === 0 && kinds.includes(entry.item.kind))
      .map((entry) => ({ template, item: entry.item, value: `${template.id}/${entry.item.id}` })),
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  empty,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  empty?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint}>
      <select
        className="select"
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, null)}
        onChange={(event) => onChange(event.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface PresetChoices {
  kind: RulePresetKind;
  item: string;
  rowId: string;
  columnId: string;
  level: string;
  optionId: string;
  section: string;
  afterDocumentId: string;
  message: string;
}

const emptyChoices: PresetChoices = {
  kind: 'rating-below',
  item: '',
  rowId: '',
  columnId: '',
  level: '',
  optionId: '',
  section: '',
  afterDocumentId: '',
  message: '',
};

function PresetForm({ templates }: { templates: readonly Template[] }) {
  const draft = useEditor((s) => s.draft)!;
  const set = useSet();
  const [choices, setChoices] = useState<PresetChoices>(emptyChoices);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState('');
  const change = (patch: Partial<PresetChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const caseTemplates = caseTemplatesOf(draft, templates);
  const kindsFor: Record<Exclude<RulePresetKind, 'section-empty'>, string[]> = {
    'rating-below': ['ratingGrid'],
    'enquiry-not-recorded': ['singleChoice'],
    'option-not-chosen': ['singleChoice', 'multiChoice'],
  };
  const items =
    choices.kind === 'section-empty' ? [] : itemsOfKind(caseTemplates, kindsFor[choices.kind] ?? []);
  const chosen = items.find((entry) => entry.value === choices.item) ?? items[0];
  const grid = chosen?.item.kind === 'ratingGrid' ? chosen.item : null;
  const choiceOptions =
    chosen && (chosen.item.kind === 'singleChoice' || chosen.item.kind === 'multiChoice')
      ? (chosen.item.options ?? [])
      : [];
  const sections = caseTemplates.flatMap((template) =>
    template.sections.map((section) => ({
      value: `${template.id}/${section.id}`,
      label: `${section.title} (${template.title})`,
    })),
  );
  const section = choices.section || sections[0]?.value || '';
  const rowId = choices.rowId || grid?.rows[0]?.id || '';
  const columnId = choices.columnId || grid?.columns[0]?.id || '';
  const level = choices.level || grid?.levels[2]?.id || grid?.levels[1]?.id || '';
  const optionId = choices.optionId || choiceOptions[0]?.id || '';
  const base = 'case-preset';

  const add = () => {
    const [templateId = '', itemId = ''] = (chosen?.value ?? '').split('/');
    const [sectionTemplateId = '', sectionId = ''] = section.split('/');
    const takenIds = draft.rules.map((rule) => rule.id);
    const words =
      choices.kind === 'section-empty'
        ? `${sectionId}-empty`
        : `${itemId}-${choices.kind.split('-').slice(1).join('-')}`;
    const common = {
      id: uniqueId(idFromWords(words, 'rule'), takenIds),
      message: choices.message.trim(),
      ...(choices.afterDocumentId ? { afterDocumentId: choices.afterDocumentId } : {}),
    };
    const preset: RulePreset =
      choices.kind === 'rating-below'
        ? { ...common, preset: 'rating-below', templateId, itemId, rowId, columnId, below: level }
        : choices.kind === 'enquiry-not-recorded'
          ? { ...common, preset: 'enquiry-not-recorded', templateId, itemId, recordedOptionId: optionId }
          : choices.kind === 'option-not-chosen'
            ? { ...common, preset: 'option-not-chosen', templateId, itemId, optionId }
            : { ...common, preset: 'section-empty', templateId: sectionTemplateId, sectionId };
    if (!common.message) {
      setProblems(['Write the question the rule asks the trainee.']);
      return;
    }
    const result = presetRule(preset, {
      practiceCase: draft as Parameters<typeof presetRule>[1]['practiceCase'],
      templates,
      index: draft.rules.length,
    });
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    setProblems([]);
    set(['rules'], [...draft.rules, result.rule]);
    setAdded(`Added rule “${result.rule.id}”. Try it below.`);
    change({ message: '' });
  };

  const documents = draft.documents.map((doc) => ({ value: doc.id, label: doc.title || doc.id }));
  return (
    <section className="case-editor__item" aria-labelledby="preset-title">
      <h3 className="heading-m" id="preset-title">
        Add a rule from a preset
      </h3>
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="preset-problems-title" tabIndex={-1}>
          <h4 className="error-summary__title" id="preset-problems-title">
            The rule was not added
          </h4>
          <ul className="error-summary__list case-problems">
            {splitErrors(problems).map(({ path, problem }) => (
              <li key={path + problem}>
                {path ? <code className="case-problems__path">{path}</code> : null}
                {path ? ': ' : ''}
                {problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Radios
        id={`${base}-kind`}
        legend="The rule speaks when"
        legendClassName="fieldset__legend--s"
        value={choices.kind}
        onChange={(kind) => change({ kind: kind as RulePresetKind, item: '', optionId: '' })}
        options={presetKinds.map((kind) => ({ value: kind, label: rulePresetLabels[kind] }))}
      />
      {choices.kind !== 'section-empty' ? (
        items.length === 0 ? (
          <p className="body">None of the case’s templates has an item of this kind.</p>
        ) : (
          <Select
            id={`${base}-item`}
            label={
              choices.kind === 'rating-below'
                ? 'Which rating grid'
                : choices.kind === 'enquiry-not-recorded'
                  ? 'Which enquiry'
                  : 'Which question'
            }
            value={chosen?.value ?? ''}
            onChange={(item) => change({ item, optionId: '', rowId: '', columnId: '', level: '' })}
            options={items.map((entry) => ({
              value: entry.value,
              label: `${'prompt' in entry.item ? entry.item.prompt : entry.item.id} (${entry.template.title})`,
            }))}
          />
        )
      ) : (
        <Select
          id={`${base}-section`}
          label="Which section"
          value={section}
          onChange={(value) => change({ section: value })}
          options={sections}
        />
      )}
      {choices.kind === 'rating-below' && grid ? (
        <div className="case-editor__pair">
          <Select
            id={`${base}-row`}
            label="Group"
            value={rowId}
            onChange={(value) => change({ rowId: value })}
            options={grid.rows.map((row) => ({ value: row.id, label: row.label }))}
          />
          <Select
            id={`${base}-column`}
            label="Setting"
            value={columnId}
            onChange={(value) => change({ columnId: value })}
            options={grid.columns.map((column) => ({ value: column.id, label: column.label }))}
          />
          <Select
            id={`${base}-level`}
            label="Speaks when rated below"
            value={level}
            onChange={(value) => change({ level: value })}
            options={grid.levels.slice(1).map((entry) => ({ value: entry.id, label: entry.label }))}
          />
        </div>
      ) : null}
      {(choices.kind === 'enquiry-not-recorded' || choices.kind === 'option-not-chosen') &&
      choiceOptions.length > 0 ? (
        <Select
          id={`${base}-option`}
          label={
            choices.kind === 'enquiry-not-recorded'
              ? 'Recorded means the answer is'
              : 'The option that should be chosen'
          }
          value={optionId}
          onChange={(value) => change({ optionId: value })}
          options={choiceOptions.map((option) => ({ value: option.id, label: option.label }))}
        />
      ) : null}
      <Select
        id={`${base}-after`}
        label="Only after this document is in the file (optional)"
        value={choices.afterDocumentId}
        onChange={(value) => change({ afterDocumentId: value })}
        options={documents}
        empty="From the start"
      />
      <Field
        id={`${base}-message`}
        label="The question the rule asks"
        hint="In plain words, as a tutor would ask it: “What in the evidence still supports a rating below high?”"
      >
        <textarea
          className="textarea"
          id={`${base}-message`}
          rows={3}
          value={choices.message}
          aria-describedby={`${base}-message-hint`}
          onChange={(event) => change({ message: event.target.value })}
        />
      </Field>
      <button type="button" className="button button--secondary" onClick={add}>
        Add this rule
      </button>
      <p role="status" className="body">
        {added}
      </p>
    </section>
  );
}

/** The rule's condition as JSON Logic, kept as typed until it parses; checked as the case will be. */
function WhenField({ index, templates }: { index: number; templates: readonly Template[] }) {
  const path = ['rules', index, 'when'];
  const when = useValue<unknown>(path);
  const draft = useEditor((s) => s.draft)!;
  const rule = draft.rules[index];
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  const [text, setText] = useState(() => JSON.stringify(when, null, 2));
  const [parseProblem, setParseProblem] = useState<string | null>(null);
  const checks = useMemo(
    () =>
      rule
        ? checkCaseRule(rule, {
            practiceCase: draft as Parameters<typeof checkCaseRule>[1]['practiceCase'],
            templates,
            index,
          })
        : [],
    [rule, draft, templates, index],
  );
  // The rule's other fields show their own problems; this one shows what is wrong with the condition.
  const aboutWhen = checks.filter(
    (line) => !/^rules\[\d+\]\.(id|severity|message|documentRef|itemRef|sectionRef|forEachRow)\b/.test(line),
  );
  const shown = parseProblem ?? problem ?? (aboutWhen.length > 0 ? aboutWhen.join(' ') : null);
  return (
    <Field
      id={id}
      label="When it speaks (JSON Logic)"
      hint="True when the rule should ask its question. Read answers as answers.<template>.<item>, and case.releasedDocuments, case.facts.<name>."
      error={shown}
    >
      <textarea
        className={`textarea case-editor__code${shown ? ' textarea--error' : ''}`}
        id={id}
        rows={Math.min(14, Math.max(4, text.split('\n').length))}
        spellCheck={false}
        value={text}
        aria-describedby={describedBy(id, true, shown)}
        onChange={(event) => {
          setText(event.target.value);
          try {
            set(path, JSON.parse(event.target.value));
            setParseProblem(null);
          } catch {
            setParseProblem('This is not valid JSON yet: check the brackets, commas and quotes.');
          }
        }}
      />
    </Field>
  );
}

function RuleEditor({
  index,
  templates,
  outcome,
}: {
  index: number;
  templates: readonly Template[];
  outcome: TryRuleResult | null;
}) {
  const base = ['rules', index] as const;
  const rule = useValue<QualityRule>(base);
  const documents = useEditor((s) => s.draft?.documents ?? []);
  const actions = useEditorStore().getState().actions;
  const headingId = `case-rule-${index}-heading`;
  return (
    <section className="case-editor__item" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        Rule {index + 1}: <code>{rule.id}</code>{' '}
        {outcome ? (
          <strong
            className={`tag ${outcome.speaks ? 'tag--yellow' : 'tag--grey'}`}
            data-testid={`rule-${index}-outcome`}
          >
            {outcome.speaks ? 'Speaks on the sample' : 'Silent on the sample'}
          </strong>
        ) : null}
      </h3>
      <TextField path={[...base, 'id']} label="Rule id" width={20} />
      <RadiosField path={[...base, 'severity']} label="What it raises" inline options={severityOptions} />
      <TextAreaField path={[...base, 'message']} label="The question it asks" rows={2} />
      <WhenField index={index} templates={templates} />
      <SelectField
        path={[...base, 'documentRef']}
        label="A document to look at again (optional)"
        options={documents.map((doc) => ({ value: doc.id, label: doc.title || doc.id }))}
        empty="None"
      />
      {outcome && outcome.speaks ? (
        <div className="inset-text">
          {outcome.results.map((result, n) => (
            <p key={n} className="body">
              {result.message}
            </p>
          ))}
        </div>
      ) : null}
      {outcome && outcome.problems.length > 0 ? (
        <p className="inset-text inset-text--error">
          On the sample the rule could not be worked out: {outcome.problems.map((p) => p.message).join(' ')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => actions.removeAt(['rules'], index)}
      >
        Remove<span className="visually-hidden"> rule {index + 1}</span>
      </button>
    </section>
  );
}

/** A sample attempt to try every rule on: answers as JSON, and which documents are in its case file. */
function useSample(draft: CaseDraft) {
  const [text, setText] = useState(() =>
    JSON.stringify(
      sampleSkeleton(
        draft.rules.map((rule) => rule.when),
        draft.templateSet,
      ),
      null,
      2,
    ),
  );
  const [released, setReleased] = useState<string[]>(() =>
    draft.documents.filter((doc) => doc.release.kind === 'start').map((doc) => doc.id),
  );
  return { text, setText, released, setReleased };
}

export function RulesPart({ templates }: { templates: readonly Template[] }) {
  const draft = useEditor((s) => s.draft)!;
  const actions = useEditorStore().getState().actions;
  const sample = useSample(draft);
  const parsed = parseSample(sample.text);
  const outcomes = useMemo(() => {
    if (!parsed.ok) return draft.rules.map(() => null);
    return draft.rules.map((rule) => {
      try {
        return tryRule(rule as QualityRule, {
          practiceCase: draft as Parameters<typeof tryRule>[1]['practiceCase'],
          templates,
          answers: parsed.answers,
          releasedDocumentIds: sample.released,
        });
      } catch {
        return null;
      }
    });
  }, [draft, templates, parsed.ok, parsed.ok ? sample.text : '', sample.released]); // eslint-disable-line react-hooks/exhaustive-deps
  const addWritten = () => {
    const id = uniqueId(
      'my-rule',
      draft.rules.map((rule) => rule.id),
    );
    actions.set(
      ['rules'],
      [
        ...draft.rules,
        { id, severity: 'question', message: '', when: { '==': [{ var: 'case.facts.onLicence' }, true] } },
      ],
    );
  };
  return (
    <>
      <h2 className="heading-l">Rules</h2>
      <p className="body">
        A rule asks the trainee a reflective question when their work suggests they have missed something.
        Rules never score and never stop the trainee saving.
      </p>
      <PresetForm templates={templates} />
      <p className="body">
        <button type="button" className="button button--secondary" onClick={addWritten}>
          Write a rule in JSON Logic
        </button>
      </p>
      {draft.rules.length === 0 ? <p className="body">The case has no rules yet.</p> : null}
      {draft.rules.map((rule, index) => (
        <RuleEditor key={index} index={index} templates={templates} outcome={outcomes[index] ?? null} />
      ))}
      <section className="case-editor__item" aria-labelledby="try-title" data-testid="try-rules">
        <h3 className="heading-m" id="try-title">
          Try the rules on a sample attempt
        </h3>
        <p className="body">
          Each rule above says whether it speaks on this sample. Change the answers or the documents in the
          file to see when it does.
        </p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend fieldset__legend--s">
            Documents in the sample’s case file
          </legend>
          <div className="checkboxes">
            {draft.documents.map((doc, n) => (
              <div className="checkboxes__item" key={doc.id}>
                <input
                  className="checkboxes__input"
                  type="checkbox"
                  id={`case-sample-document-${n}`}
                  checked={sample.released.includes(doc.id)}
                  onChange={(event) =>
                    sample.setReleased(
                      event.target.checked
                        ? [...sample.released, doc.id]
                        : sample.released.filter((id) => id !== doc.id),
                    )
                  }
                />
                <label className="checkboxes__label" htmlFor={`case-sample-document-${n}`}>
                  {doc.title || doc.id}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field
          id="case-sample-answers"
          label="The sample’s answers (JSON)"
          hint="Answers by template and item, as an attempt holds them; the items your rules read are listed, unanswered (null)."
          error={parsed.ok ? null : parsed.problem}
        >
          <textarea
            className={`textarea case-editor__code${parsed.ok ? '' : ' textarea--error'}`}
            id="case-sample-answers"
            rows={Math.min(16, Math.max(5, sample.text.split('\n').length))}
            spellCheck={false}
            value={sample.text}
            aria-describedby={describedBy('case-sample-answers', true, parsed.ok ? null : parsed.problem)}
            onChange={(event) => sample.setText(event.target.value)}
          />
        </Field>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            sample.setText(
              JSON.stringify(
                sampleSkeleton(
                  draft.rules.map((rule) => rule.when),
                  draft.templateSet,
                ),
                null,
                2,
              ),
            )
          }
        >
          Start the sample again from the rules
        </button>
      </section>
    </>
  );
}
