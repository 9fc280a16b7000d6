import { roshGroups, roshLevelIds } from '@shared/cases';
import type { RoshRange } from '@shared/cases';
import { useEditor, useEditorStore } from './editor-context';
import {
  CheckboxesField,
  GroupProblem,
  LinesField,
  RadiosField,
  SelectField,
  TextAreaField,
  useSet,
  useValue,
} from './fields';

/**
 * Tutor notes: hidden from the trainee until they finish, then shown beside their work as points for
 * discussion. The ranges say, for each group, which RoSH levels a tutor would find defensible, and how a
 * range moves once a late document is in the file.
 */

export const groupLabels: Record<(typeof roshGroups)[number], string> = {
  children: 'Children',
  public: 'Public',
  'known-adult': 'Known adult',
  staff: 'Staff',
  prisoners: 'Prisoners',
};
export const levelLabels: Record<(typeof roshLevelIds)[number], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
};
const levelOptions = roshLevelIds.map((value) => ({ value, label: levelLabels[value] }));

function useDocumentOptions(onlyLate = false) {
  const documents = useEditor((s) => s.draft?.documents);
  return (documents ?? [])
    .filter((doc) => !onlyLate || doc.release.kind !== 'start')
    .map((doc) => ({ value: doc.id, label: doc.title || doc.id }));
}

function EvidencePoint({ index }: { index: number }) {
  const base = ['tutorNotes', 'keyEvidence', index] as const;
  const documents = useDocumentOptions();
  const actions = useEditorStore().getState().actions;
  return (
    <div className="case-editor__item">
      <TextAreaField path={[...base, 'point']} label={`Evidence point ${index + 1}`} rows={2} />
      <CheckboxesField path={[...base, 'documentRefs']} label="Where it is in the file" options={documents} />
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => actions.removeAt(['tutorNotes', 'keyEvidence'], index)}
      >
        Remove<span className="visually-hidden"> evidence point {index + 1}</span>
      </button>
    </div>
  );
}

function RangeEditor({ index }: { index: number }) {
  const base = ['tutorNotes', 'roshRanges', index] as const;
  const range = useValue<RoshRange>(base);
  const documents = useDocumentOptions();
  const lateDocuments = useDocumentOptions(true);
  const set = useSet();
  const actions = useEditorStore().getState().actions;
  const moves = range.afterNewInformation !== undefined;
  return (
    <fieldset className="fieldset case-editor__item">
      <legend className="fieldset__legend fieldset__legend--s">
        Range {index + 1}: {groupLabels[range.group]}, {range.setting}
      </legend>
      <SelectField
        path={[...base, 'group']}
        label="Group"
        options={roshGroups.map((value) => ({ value, label: groupLabels[value] }))}
      />
      <RadiosField
        path={[...base, 'setting']}
        label="Setting"
        inline
        options={[
          { value: 'community', label: 'Community' },
          { value: 'custody', label: 'Custody' },
        ]}
      />
      <div className="case-editor__pair">
        <SelectField path={[...base, 'from']} label="From" options={levelOptions} />
        <SelectField path={[...base, 'to']} label="To" options={levelOptions} />
      </div>
      <TextAreaField path={[...base, 'reasons']} label="Why this range is defensible" rows={3} />
      <CheckboxesField
        path={[...base, 'documentRefs']}
        label="Documents that support it"
        options={documents}
      />
      <div className="form-group">
        <div className="checkboxes">
          <div className="checkboxes__item">
            <input
              className="checkboxes__input"
              type="checkbox"
              id={`case-range-${index}-moves`}
              checked={moves}
              disabled={!moves && lateDocuments.length === 0}
              onChange={(event) =>
                set(
                  [...base, 'afterNewInformation'],
                  event.target.checked
                    ? {
                        documentId: lateDocuments[0]?.value ?? '',
                        from: range.from,
                        to: range.to,
                        reasons: '',
                      }
                    : undefined,
                )
              }
            />
            <label className="checkboxes__label" htmlFor={`case-range-${index}-moves`}>
              The range moves once a late document is in the file
            </label>
          </div>
        </div>
      </div>
      {moves ? (
        <div className="case-editor__nested">
          <SelectField
            path={[...base, 'afterNewInformation', 'documentId']}
            label="After which document"
            options={lateDocuments}
          />
          <div className="case-editor__pair">
            <SelectField
              path={[...base, 'afterNewInformation', 'from']}
              label="Then from"
              options={levelOptions}
            />
            <SelectField
              path={[...base, 'afterNewInformation', 'to']}
              label="Then to"
              options={levelOptions}
            />
          </div>
          <TextAreaField path={[...base, 'afterNewInformation', 'reasons']} label="Why it moves" rows={2} />
        </div>
      ) : null}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => actions.removeAt(['tutorNotes', 'roshRanges'], index)}
      >
        Remove<span className="visually-hidden"> range {index + 1}</span>
      </button>
    </fieldset>
  );
}

export function NotesPart() {
  const evidenceCount = useEditor((s) => s.draft?.tutorNotes.keyEvidence.length ?? 0);
  const rangeCount = useEditor((s) => s.draft?.tutorNotes.roshRanges.length ?? 0);
  const ranges = useEditor((s) => s.draft?.tutorNotes.roshRanges);
  const evidence = useEditor((s) => s.draft?.tutorNotes.keyEvidence);
  const set = useSet();
  const addRange = () => {
    const used = new Set((ranges ?? []).map((r) => `${r.group}/${r.setting}`));
    const group = roshGroups.find((g) => !used.has(`${g}/community`)) ?? 'public';
    const next: RoshRange = {
      group,
      setting: 'community',
      from: 'low',
      to: 'medium',
      reasons: '',
      documentRefs: [],
    };
    set(['tutorNotes', 'roshRanges'], [...(ranges ?? []), next]);
  };
  return (
    <>
      <h2 className="heading-l">Tutor notes and ranges</h2>
      <p className="inset-text">
        The trainee sees these only after finishing, framed as points for discussion, not the answer.
      </p>
      <TextAreaField path={['tutorNotes', 'teachingFocus']} label="What the case is for" rows={2} />

      <h3 className="heading-m">Defensible ranges per group</h3>
      <GroupProblem path={['tutorNotes', 'roshRanges']} />
      {Array.from({ length: rangeCount }, (_, index) => (
        <RangeEditor key={index} index={index} />
      ))}
      <p className="body">
        <button type="button" className="button button--secondary" onClick={addRange}>
          Add a range
        </button>
      </p>

      <h3 className="heading-m">Evidence a sound assessment would use</h3>
      <GroupProblem path={['tutorNotes', 'keyEvidence']} />
      {Array.from({ length: evidenceCount }, (_, index) => (
        <EvidencePoint key={index} index={index} />
      ))}
      <p className="body">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            set(['tutorNotes', 'keyEvidence'], [...(evidence ?? []), { point: '', documentRefs: [] }])
          }
        >
          Add an evidence point
        </button>
      </p>

      <TextAreaField
        path={['tutorNotes', 'mappa']}
        label="MAPPA"
        hint="Whether the case is eligible, and why."
        rows={2}
      />
      <TextAreaField
        path={['tutorNotes', 'riskToSelf']}
        label="Risk to the person themself (optional)"
        rows={2}
        optional
      />
      <LinesField path={['tutorNotes', 'discussionPoints']} label="Points for discussion" />
      <LinesField path={['tutorNotes', 'pitfalls']} label="Pitfalls trainees often fall into" />
    </>
  );
}
