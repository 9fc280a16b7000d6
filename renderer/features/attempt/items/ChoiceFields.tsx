import type { ReactNode } from 'react';
import { Checkboxes, Radios } from '@renderer/components/form';
import type { MultiChoiceItem, OfferedOption, SingleChoiceItem, YesNoUnknownItem } from '@shared/templates';
import { yesNoUnknownLabels, yesNoUnknownValues } from '@shared/templates';
import { useAnswer, useAttemptActions } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { GuidanceDetails } from './GuidanceText';

function SuggestedTag() {
  return <strong className="tag tag--yellow option-tag">Suggested</strong>;
}

function ClearAnswer({ onClear, label }: { onClear: () => void; label: string }) {
  return (
    <button type="button" className="link-button" onClick={onClear}>
      Clear answer<span className="visually-hidden"> to “{label}”</span>
    </button>
  );
}

function NothingToChoose({ id, prompt }: { id: string; prompt: string }) {
  return (
    <div className="form-group">
      <p className="label label--s" id={id} tabIndex={-1}>
        {prompt}
      </p>
      <p className="inset-text">
        There is nothing to choose from yet: add rows to the list this question draws on first.
      </p>
    </div>
  );
}

/** An option's fixed description and the line the template works out from other answers (e.g. the person's view). */
function optionHint(option: OfferedOption): ReactNode {
  if (!option.hint) return option.description;
  if (!option.description) return option.hint;
  return (
    <>
      {option.description}
      <br />
      {option.hint}
    </>
  );
}

export function ChoiceField({ item, scope, id, error, required, options }: FieldProps<SingleChoiceItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const value = typeof answer === 'string' ? answer : null;
  const offered = options ?? [];
  if (offered.length === 0) return <NothingToChoose id={id} prompt={item.prompt} />;
  return (
    <>
      <Radios
        id={id}
        legend={`${item.prompt}${optionalSuffix(required)}`}
        legendClassName="fieldset__legend--s"
        error={error}
        extra={<GuidanceDetails guidance={item.guidance} />}
        options={offered.map((option) => ({
          value: option.id,
          label: (
            <>
              {option.label}
              {option.suggested ? <SuggestedTag /> : null}
            </>
          ),
          hint: optionHint(option),
        }))}
        value={value}
        onChange={(next) => actions.setAnswer(scope, item.id, next)}
        onBlur={() => void actions.flush()}
      />
      {value !== null ? (
        <ClearAnswer label={item.prompt} onClear={() => actions.setAnswer(scope, item.id, null)} />
      ) : null}
    </>
  );
}

export function MultiChoiceField({ item, scope, id, error, required, options }: FieldProps<MultiChoiceItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const values = Array.isArray(answer) ? answer.filter((v): v is string => typeof v === 'string') : [];
  const offered = options ?? [];
  if (offered.length === 0) return <NothingToChoose id={id} prompt={item.prompt} />;
  return (
    <Checkboxes
      id={id}
      legend={`${item.prompt}${optionalSuffix(required)}`}
      legendClassName="fieldset__legend--s"
      hint={item.maxSelected ? `Choose up to ${item.maxSelected}.` : 'Choose all that apply.'}
      error={error}
      extra={<GuidanceDetails guidance={item.guidance} />}
      options={offered.map((option) => ({
        value: option.id,
        label: (
          <>
            {option.label}
            {option.suggested ? <SuggestedTag /> : null}
          </>
        ),
        hint: optionHint(option),
      }))}
      values={values}
      onChange={(next) => actions.setAnswer(scope, item.id, next.length > 0 ? next : null)}
      onBlur={() => void actions.flush()}
    />
  );
}

export function YesNoUnknownField({ item, scope, id, error, required }: FieldProps<YesNoUnknownItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const value = typeof answer === 'string' ? answer : null;
  return (
    <>
      <Radios
        id={id}
        legend={`${item.prompt}${optionalSuffix(required)}`}
        legendClassName="fieldset__legend--s"
        error={error}
        inline
        extra={<GuidanceDetails guidance={item.guidance} />}
        options={yesNoUnknownValues.map((v) => ({ value: v, label: yesNoUnknownLabels[v] }))}
        value={value}
        onChange={(next) => actions.setAnswer(scope, item.id, next)}
        onBlur={() => void actions.flush()}
      />
      {value !== null ? (
        <ClearAnswer label={item.prompt} onClear={() => actions.setAnswer(scope, item.id, null)} />
      ) : null}
    </>
  );
}
