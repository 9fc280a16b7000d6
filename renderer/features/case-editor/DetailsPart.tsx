import { caseThemes, difficulties, difficultyLabels } from '@shared/cases';
import type { Template } from '@shared/templates';
import {
  CheckboxesField,
  GroupProblem,
  NumberField,
  BooleanField,
  RadiosField,
  TextAreaField,
  TextField,
} from './fields';

/** The facts the templates' rules read, in the order the form asks for them. */
const factNumbers = [
  ['daCallouts', 'Police domestic abuse call-outs in the file at the start'],
  ['daPerpetratorCallouts', 'Of those, call-outs where the person was the alleged perpetrator'],
  ['mappaCategory', 'MAPPA category the file supports (0 when not eligible)'],
] as const;
const factFlags = [
  ['childrenInHousehold', 'Children live with, or stay with, the person'],
  ['safeguardingResponseOnFile', 'A reply from children’s social care is in the file at the start'],
  ['daNoTrace', 'The police recorded “no trace” of domestic abuse'],
  ['onLicence', 'On licence'],
  ['custodyHistory', 'Has been in custody before'],
] as const;

/** What the case is, who it is about, which templates the trainee works through, and the facts rules read. */
export function DetailsPart({ templates }: { templates: readonly Template[] }) {
  return (
    <>
      <h2 className="heading-l">About the case</h2>
      <TextField
        path={['title']}
        label="Title"
        hint="As the home screen lists it, e.g. “Threats at a hostel”."
      />
      <TextAreaField
        path={['summary']}
        label="Summary"
        hint="What the case is about, for the trainee choosing it. Do not give the analysis away."
        rows={3}
      />
      <TextAreaField
        path={['task']}
        label="The trainee’s task"
        hint="What they are asked to do, and at what point in the case."
        rows={3}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">The person</legend>
        <p className="body hint">Invented: no real person, place or agency.</p>
        <TextField path={['person', 'name']} label="Name" width={20} />
        <NumberField path={['person', 'age']} label="Age" />
        <TextField path={['person', 'pronouns']} label="Pronouns" width={10} />
        <TextAreaField
          path={['person', 'circumstances']}
          label="Circumstances"
          hint="A line or two: where they live, with whom, and the order or licence they are on."
          rows={2}
        />
      </fieldset>
      <CheckboxesField
        path={['themes']}
        label="Themes"
        hint="The home screen lets trainees filter by these."
        options={Object.entries(caseThemes).map(([value, label]) => ({ value, label }))}
      />
      <RadiosField
        path={['difficulty']}
        label="Difficulty"
        inline
        options={difficulties.map((value) => ({ value, label: difficultyLabels[value] }))}
      />
      <NumberField path={['estimatedMinutes']} label="Estimated time, in minutes" />
      <CheckboxesField
        path={['templateSet']}
        label="Templates the trainee works through"
        hint="In the order listed."
        options={templates.map((template) => ({ value: template.id, label: template.title }))}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Facts the rules read</legend>
        <p className="body hint">
          The templates’ own rules read these (as <code>case.facts.…</code>), so every case says them.
        </p>
        <GroupProblem path={['facts']} />
        {factNumbers.map(([fact, label]) => (
          <NumberField key={fact} path={['facts', fact]} label={label} />
        ))}
        <div className="form-group">
          <div className="checkboxes">
            {factFlags.map(([fact, label]) => (
              <BooleanField key={fact} path={['facts', fact]} label={label} />
            ))}
          </div>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Identity</legend>
        <TextField
          path={['id']}
          label="Case id"
          width={20}
          hint="Lower-case words joined by dashes. A pack with the same id and a higher version replaces this one in a library."
        />
        <NumberField path={['version']} label="Version" />
      </fieldset>
    </>
  );
}
