import { memo, useState } from 'react';
import { HostError } from '@shared/contract';
import { assertNever } from '@shared/assert-never';
import { documentKinds } from '@shared/cases';
import type { DocumentBlock, ReleaseTrigger } from '@shared/cases';
import { catalogueTemplate, isAnswerable } from '@shared/templates';
import type { Template } from '@shared/templates';
import { Checkboxes, describedBy, Field, Radios } from '../../components/form';
import { host } from '../../host';
import { DocumentView } from '../casefile/DocumentView';
import { asCaseDocument } from './draft';
import type { DraftDocument } from './draft';
import { useEditor, useEditorStore } from './editor-context';
import { fieldId } from './field-ids';
import {
  DateField,
  GroupProblem,
  pathString,
  SelectField,
  TextField,
  useProblem,
  useSet,
  useValue,
} from './fields';
import { textToBlocks } from './paste';

const NO_MATCHES = new Map();
const noQuote = () => undefined;

const kindOptions = Object.entries(documentKinds).map(([value, label]) => ({ value, label }));

export function releaseWords(release: ReleaseTrigger, templates: readonly Template[]): string {
  switch (release.kind) {
    case 'start':
      return 'In the file from the start';
    case 'continue':
      return `When the trainee continues the case (step ${release.step})`;
    case 'afterSection': {
      const template = templates.find((t) => t.id === release.templateId);
      const section = template?.sections.find((s) => s.id === release.sectionId);
      return `After the trainee finishes “${section?.title ?? release.sectionId}” in ${template?.title ?? release.templateId}`;
    }
    case 'interview':
      return 'When the trainee asks an interview question that releases it';
    default:
      return assertNever(release, 'release trigger');
  }
}

function ReleaseFields({ index, templates }: { index: number; templates: readonly Template[] }) {
  const base = ['documents', index] as const;
  const release = useValue<ReleaseTrigger>([...base, 'release']);
  const templateSet = useValue<string[]>(['templateSet']);
  const steps = useEditor((s) => s.draft?.documents.filter((d) => d.release.kind === 'continue').length ?? 0);
  const set = useSet();
  const caseTemplates = templates.filter((t) => templateSet.includes(t.id));
  const sectionPath = [...base, 'release', 'sectionId'];
  const sectionOwnProblem = useProblem(sectionPath);
  const templateProblem = useProblem([...base, 'release', 'templateId']);
  const sectionProblem = sectionOwnProblem ?? templateProblem;
  const sectionId = fieldId(pathString(sectionPath));
  const choose = (kind: string) => {
    if (kind === release.kind) return;
    const first = caseTemplates[0];
    const next: ReleaseTrigger =
      kind === 'start'
        ? { kind: 'start' }
        : kind === 'interview'
          ? { kind: 'interview' }
          : kind === 'continue'
            ? { kind: 'continue', step: steps + 1 }
            : {
                kind: 'afterSection',
                templateId: first?.id ?? 'rosh-analysis',
                sectionId: first?.sections[0]?.id ?? '',
              };
    set([...base, 'release'], next);
    if (kind === 'start') set([...base, 'newInformation'], undefined);
    else if (release.kind === 'start') set([...base, 'newInformation'], { headline: '', revisit: [] });
  };
  return (
    <>
      <Radios
        id={fieldId(pathString([...base, 'release', 'kind']))}
        legend="When the trainee can read it"
        legendClassName="fieldset__legend--s"
        value={release.kind}
        onChange={choose}
        options={[
          { value: 'start', label: 'In the file from the start' },
          {
            value: 'afterSection',
            label: 'Released after a section',
            hint: 'Arrives once the trainee has finished a section of one of the case’s templates.',
          },
          {
            value: 'continue',
            label: 'Released when the trainee continues the case',
            hint: 'Arrives when they press “continue the case”; steps count 1, 2, 3.',
          },
          {
            value: 'interview',
            label: 'Released by an interview question',
            hint: 'Arrives only when the trainee asks a question that releases it (choose it on the Interview part): a check they now know to make.',
          },
        ]}
      />
      {release.kind === 'afterSection' ? (
        <Field id={sectionId} label="After which section" error={sectionProblem}>
          <select
            className={`select${sectionProblem ? ' select--error' : ''}`}
            id={sectionId}
            value={`${release.templateId}/${release.sectionId}`}
            aria-describedby={describedBy(sectionId, null, sectionProblem)}
            onChange={(event) => {
              const [templateId, sectionId] = event.target.value.split('/');
              set([...base, 'release'], { kind: 'afterSection', templateId, sectionId });
            }}
          >
            {caseTemplates.map((template) => (
              <optgroup key={template.id} label={template.title}>
                {template.sections.map((section) => (
                  <option key={section.id} value={`${template.id}/${section.id}`}>
                    {section.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      ) : null}
      {release.kind === 'continue' ? (
        <Field id={fieldId(pathString([...base, 'release', 'step']))} label="Step">
          <input
            className="input input--width-5"
            id={fieldId(pathString([...base, 'release', 'step']))}
            type="number"
            min={1}
            max={20}
            value={release.step}
            onChange={(event) => set([...base, 'release', 'step'], Number(event.target.value))}
          />
        </Field>
      ) : null}
      {release.kind !== 'start' ? (
        <TextField
          path={[...base, 'newInformation', 'headline']}
          label="What the workspace says is new"
          hint="One line, shown when the document arrives, e.g. “Police attended the address again on 14/11/2026.”"
        />
      ) : null}
      {release.kind !== 'start' ? <RevisitField index={index} templates={templates} /> : null}
    </>
  );
}

/** The answers the workspace suggests looking at again when the document arrives (optional). */
function RevisitField({ index, templates }: { index: number; templates: readonly Template[] }) {
  const path = ['documents', index, 'newInformation', 'revisit'];
  const revisit = useValue<Array<{ templateId: string; itemId: string }> | undefined>(path) ?? [];
  const templateSet = useValue<string[]>(['templateSet']);
  const problem = useProblem(path);
  const set = useSet();
  const options = templates
    .filter((template) => templateSet.includes(template.id))
    .flatMap((template) =>
      catalogueTemplate(template)
        .entries.filter((entry) => entry.depth === 0 && isAnswerable(entry.item))
        .map((entry) => ({
          value: `${template.id}/${entry.item.id}`,
          label: `${'prompt' in entry.item ? entry.item.prompt : entry.item.id} (${template.title})`,
        })),
    );
  return (
    <details className="details" open={revisit.length > 0 || problem !== undefined}>
      <summary className="details__summary">
        <span className="details__summary-text">
          Answers to look at again when it arrives ({revisit.length} chosen)
        </span>
      </summary>
      <div className="details__text">
        <Checkboxes
          id={fieldId(pathString(path))}
          legend="Answers that may need revisiting"
          legendClassName="fieldset__legend--s"
          error={problem}
          options={options}
          values={revisit.map((ref) => `${ref.templateId}/${ref.itemId}`)}
          onChange={(values) =>
            set(
              path,
              values.map((value) => {
                const [templateId = '', itemId = ''] = value.split('/');
                return { templateId, itemId };
              }),
            )
          }
        />
      </div>
    </details>
  );
}

/** Paste text or bring in a Word document; what arrives replaces the body or goes after it. */
function BodyEditor({ index }: { index: number }) {
  const path = ['documents', index, 'body'];
  const body = useValue<DocumentBlock[]>(path);
  const problem = useProblem(path);
  const set = useSet();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'done' | 'failed'; text: string; warnings?: string[] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const id = fieldId(pathString(path));
  const applyBlocks = (
    blocks: DocumentBlock[],
    how: 'replace' | 'append',
    from: string,
    warnings: string[] = [],
  ) => {
    set(path, how === 'replace' ? blocks : [...body, ...blocks]);
    setStatus({
      kind: 'done',
      text: `${how === 'replace' ? 'The text is now' : 'Added'} ${blocks.length} ${blocks.length === 1 ? 'part' : 'parts'} from ${from}.`,
      warnings,
    });
  };
  const applyPasted = (how: 'replace' | 'append') => {
    const blocks = textToBlocks(text);
    if (blocks.length === 0) {
      setStatus({ kind: 'failed', text: 'There is no text to use yet: paste or type it in the box first.' });
      return;
    }
    applyBlocks(blocks, how, 'the text you pasted');
    setText('');
  };
  const bringDocx = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await host.importCaseDocumentDocx({});
      if (result.imported)
        applyBlocks(
          result.blocks,
          body.length > 0 ? 'append' : 'replace',
          `“${result.fileName}”`,
          result.warnings,
        );
    } catch (error) {
      setStatus({
        kind: 'failed',
        text:
          error instanceof HostError
            ? error.message
            : 'The Word document could not be read. Please try again.',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="case-editor__body">
      <Field
        id={id}
        label="Paste the text of the document"
        hint="A blank line starts a new paragraph. Lines starting “-” or “1.” become a list, “Label: value” lines become labelled details, and rows with tabs between cells (a table copied from Word) become a table."
        error={problem}
      >
        <textarea
          className={`textarea${problem ? ' textarea--error' : ''}`}
          id={id}
          rows={6}
          value={text}
          aria-describedby={describedBy(id, true, problem)}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => applyPasted('replace')}>
          {body.length > 0 ? 'Replace the text with this' : 'Use this text'}
        </button>
        {body.length > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => applyPasted('append')}>
            Add this after the text
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void bringDocx()}
        >
          Bring in a Word document
        </button>
      </div>
      <div role="status" className="case-editor__status">
        {status ? (
          status.kind === 'failed' ? (
            <p className="inset-text inset-text--error">{status.text}</p>
          ) : (
            <>
              <p className="body">{status.text}</p>
              {status.warnings && status.warnings.length > 0 ? (
                <ul className="body">
                  {status.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              ) : null}
            </>
          )
        ) : null}
      </div>
    </div>
  );
}

/** The document as the trainee's case file will show it. */
const DocumentPreview = memo(function DocumentPreview({ document }: { document: DraftDocument }) {
  return (
    <div className="case-editor__preview" aria-label="As the trainee will see it" role="region">
      <p className="caption">As the trainee will see it</p>
      <DocumentView
        document={asCaseDocument(document)}
        matches={NO_MATCHES}
        activeMatch={null}
        arrivedLater={document.release.kind !== 'start'}
        onQuote={noQuote}
      />
    </div>
  );
});

function DocumentEditor({
  index,
  count,
  templates,
}: {
  index: number;
  count: number;
  templates: readonly Template[];
}) {
  const doc = useValue<DraftDocument>(['documents', index]);
  const actions = useEditorStore().getState().actions;
  const base = ['documents', index] as const;
  const headingId = `case-document-${index}-heading`;
  return (
    <section className="case-editor__document" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        Document {index + 1}
        {doc.title ? `: ${doc.title}` : ''}
      </h3>
      <div className="case-editor__columns">
        <div className="case-editor__column">
          <TextField path={[...base, 'title']} label="Title" />
          <SelectField path={[...base, 'kind']} label="Kind of document" options={kindOptions} />
          <TextField path={[...base, 'agency']} label="Agency" hint="Invented, e.g. “Brindlemoor Police”." />
          <TextField
            path={[...base, 'author']}
            label="Author"
            hint="A role, or an invented name with a role."
          />
          <DateField path={[...base, 'date']} label="Date" />
          <TextField
            path={[...base, 'id']}
            label="Document id"
            width={20}
            hint="Rules and tutor notes point at documents by this id."
          />
          <ReleaseFields index={index} templates={templates} />
          <BodyEditor index={index} />
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={index === 0}
              onClick={() => actions.move(['documents'], index, -1)}
            >
              Move up<span className="visually-hidden"> document {index + 1}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={index === count - 1}
              onClick={() => actions.move(['documents'], index, 1)}
            >
              Move down<span className="visually-hidden"> document {index + 1}</span>
            </button>
            <button
              type="button"
              className="button button--warning button--small"
              disabled={count === 1}
              onClick={() => actions.removeAt(['documents'], index)}
            >
              Remove<span className="visually-hidden"> document {index + 1}</span>
            </button>
          </div>
        </div>
        <DocumentPreview document={doc} />
      </div>
    </section>
  );
}

export function DocumentsPart({ templates, today }: { templates: readonly Template[]; today: string }) {
  const count = useEditor((s) => s.draft?.documents.length ?? 0);
  const actions = useEditorStore().getState().actions;
  return (
    <>
      <h2 className="heading-l">Documents</h2>
      <p className="body">
        The case file, in the order the trainee reads it. At least one document is there from the start; a
        document released later says what is new when it arrives.
      </p>
      <GroupProblem path={['documents']} />
      {Array.from({ length: count }, (_, index) => (
        <DocumentEditor key={index} index={index} count={count} templates={templates} />
      ))}
      <button type="button" className="button button--secondary" onClick={() => actions.addDocument(today)}>
        Add a document
      </button>
    </>
  );
}
