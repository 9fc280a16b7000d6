import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { settingsStore, useSettings } from '../../state/app-stores';
import { textSizeScale, textSizes, themes } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import { nameProblem, textSizeLabels, themeLabels } from '../settings/SettingsScreen';
import { TraineeNameField } from '../settings/TraineeNameField';
import './welcome.css';

/**
 * The first-run welcome: a name for the PDFs, a text size and a theme, each also in Settings. Text size and
 * theme apply as they are chosen, so the trainee sees the choice before going on; the name is saved on
 * "Continue". "Skip" keeps the rest as it is. Either way it is not shown again.
 */
export function Welcome() {
  const savedName = useSettings((s) => s.settings.traineeName);
  const theme = useSettings((s) => s.settings.theme);
  const textSize = useSettings((s) => s.settings.textSize);
  const [name, setName] = useState(savedName);
  const [tried, setTried] = useState(false);
  const problem = tried ? nameProblem(name) : null;
  const update = settingsStore.getState().actions.update;
  const finish = (patch: Partial<Settings>) => {
    update({ ...patch, showWelcome: false }, { immediate: true });
    // The button pressed is gone with the welcome: start the keyboard at the top of the screen that follows.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };
  return (
    <div className="welcome" data-testid="welcome">
      <ErrorSummary errors={problem ? [{ fieldId: 'welcome-name', text: problem }] : []} />
      <PageHeading title="Welcome to Casework Practice">Welcome to Casework Practice</PageHeading>
      <p className="body-l">
        Practise risk of serious harm analyses, plans and reflective logs on fictional cases. Everything you
        write stays on this computer.
      </p>
      <p className="body">
        Three things to set up first, or skip them: you can change each of them later in Settings.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (nameProblem(name)) return;
          finish({ traineeName: name.trim() });
        }}
      >
        <TraineeNameField
          id="welcome-name"
          label="Your name (optional)"
          value={name}
          error={problem}
          onChange={setName}
        />
        <Radios
          id="welcome-text-size"
          legend="Text size"
          legendClassName="fieldset__legend--m"
          hint="Makes all text in the app bigger, as soon as you choose. Largest is twice the standard size."
          options={textSizes.map((t) => ({ value: t, label: `${textSizeLabels[t]} (${textSizeScale[t]}%)` }))}
          value={textSize}
          onChange={(value) => update({ textSize: value as Settings['textSize'] }, { immediate: true })}
        />
        <Radios
          id="welcome-theme"
          legend="Colour theme"
          legendClassName="fieldset__legend--m"
          options={themes.map((t) => ({ value: t, label: themeLabels[t].label, hint: themeLabels[t].hint }))}
          value={theme}
          onChange={(value) => update({ theme: value as Settings['theme'] }, { immediate: true })}
        />
        <div className="button-group">
          <button type="submit" className="button">
            Continue
          </button>
          <button type="button" className="button button--secondary" onClick={() => finish({})}>
            Skip for now
          </button>
        </div>
      </form>
    </div>
  );
}
