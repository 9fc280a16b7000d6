import { useState } from 'react';
import { hrefs } from '../../app/routes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios, SingleCheckbox } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { EncryptionSetting } from './EncryptionSetting';
import { MoveWork } from './MoveWork';
import { TraineeNameField } from './TraineeNameField';
import { settingsStore, useSettings } from '../../state/app-stores';
import { textSizeScale, textSizes, themes } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';

export const maxNameLength = 120;

export const themeLabels: Record<Settings['theme'], { label: string; hint?: string }> = {
  system: { label: 'Match my computer', hint: 'Light or dark, following your computer’s setting.' },
  light: { label: 'Light' },
  dark: { label: 'Dark' },
};

export const textSizeLabels: Record<Settings['textSize'], string> = {
  standard: 'Standard',
  large: 'Large',
  larger: 'Larger',
  largest: 'Largest',
};

export function nameProblem(name: string): string | null {
  if (name.length > maxNameLength) return `Your name must be ${maxNameLength} characters or fewer`;
  return null;
}

/** The name as typed; kept even when too long to save, so nothing the trainee wrote is lost. */
function useNameDraft() {
  const saved = useSettings((s) => s.settings.traineeName);
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? saved;
  return { value, error: nameProblem(value), setDraft };
}

function NameField({ value, error, setDraft }: ReturnType<typeof useNameDraft>) {
  return (
    <TraineeNameField
      id="trainee-name"
      label="Your name"
      value={value}
      error={error}
      onChange={(next) => {
        setDraft(next);
        if (!nameProblem(next)) settingsStore.getState().actions.update({ traineeName: next });
      }}
      onBlur={() => {
        if (!error) {
          setDraft(null);
          void settingsStore.getState().actions.flush();
        }
      }}
    />
  );
}

export function SettingsScreen() {
  const theme = useSettings((s) => s.settings.theme);
  const textSize = useSettings((s) => s.settings.textSize);
  const dyslexiaFriendlyFont = useSettings((s) => s.settings.dyslexiaFriendlyFont);
  const loadState = useSettings((s) => s.loadState);
  const loadError = useSettings((s) => s.loadError);
  const update = settingsStore.getState().actions.update;
  const name = useNameDraft();

  return (
    <>
      <ErrorSummary errors={name.error ? [{ fieldId: 'trainee-name', text: name.error }] : []} />
      <PageHeading title="Settings">Settings</PageHeading>
      <p className="body">Changes take effect at once and are saved on this computer.</p>
      {loadState === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          {loadError} The settings below are the defaults; changes you make will be saved when possible.
        </div>
      ) : null}
      <form className="settings-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <NameField {...name} />
        <Radios
          id="theme"
          legend="Colour theme"
          legendClassName="fieldset__legend--m"
          options={themes.map((t) => ({ value: t, label: themeLabels[t].label, hint: themeLabels[t].hint }))}
          value={theme}
          onChange={(value) => update({ theme: value as Settings['theme'] }, { immediate: true })}
        />
        <Radios
          id="text-size"
          legend="Text size"
          legendClassName="fieldset__legend--m"
          hint="Makes all text in the app bigger. Largest is twice the standard size."
          options={textSizes.map((t) => ({ value: t, label: `${textSizeLabels[t]} (${textSizeScale[t]}%)` }))}
          value={textSize}
          onChange={(value) => update({ textSize: value as Settings['textSize'] }, { immediate: true })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend fieldset__legend--m">Reading font</legend>
          <SingleCheckbox
            id="dyslexia-font"
            label="Use a dyslexia-friendly font"
            hint="Atkinson Hyperlegible, with more space between letters, words and lines."
            checked={dyslexiaFriendlyFont}
            onChange={(checked) => update({ dyslexiaFriendlyFont: checked }, { immediate: true })}
          />
        </fieldset>
      </form>
      <EncryptionSetting />
      <MoveWork />
      <p className="body">
        <a href={hrefs.home}>Back to your practice</a>
      </p>
    </>
  );
}
