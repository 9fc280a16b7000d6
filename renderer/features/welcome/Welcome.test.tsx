// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '@shared/model/settings';
import { settingsStore } from '../../state/app-stores';
import { Welcome } from './Welcome';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the first-run welcome', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    settingsStore.setState({ loadState: 'ready', settings: { ...defaultSettings }, unsaved: {} });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<Welcome />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const settings = () => settingsStore.getState().settings;
  const byLabel = (text: string) => {
    const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text))!;
    return container.querySelector<HTMLInputElement>(`#${label.htmlFor}`)!;
  };
  const button = (text: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === text)!;
  function type(input: HTMLInputElement, value: string) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('is due on a fresh install and not for a settings file from before it existed', () => {
    expect(defaultSettings.showWelcome).toBe(true);
    const { showWelcome: _, ...older } = defaultSettings;
    expect(settingsSchema.parse(older).showWelcome).toBe(false);
  });

  it('asks for a name, a text size and a theme with labelled controls, and a way to skip', () => {
    expect(container.querySelector('h1')!.textContent).toBe('Welcome to Casework Practice');
    expect(byLabel('Your name').type).toBe('text');
    expect([...container.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      'Text size',
      'Colour theme',
    ]);
    expect(button('Skip for now').type).toBe('button');
    expect(button('Continue').type).toBe('submit');
  });

  it('applies a text size and theme as they are chosen, and saves the name on Continue', () => {
    act(() => byLabel('Largest').click());
    act(() => byLabel('Dark').click());
    expect(settings()).toMatchObject({ textSize: 'largest', theme: 'dark', showWelcome: true });
    type(byLabel('Your name'), '  Robin Vale ');
    expect(settings().traineeName).toBe('');
    // Enter in the name field submits the form, as a keyboard user would finish.
    act(() => container.querySelector('form')!.requestSubmit());
    expect(settings()).toMatchObject({ traineeName: 'Robin Vale', showWelcome: false });
  });

  it('can be skipped, saving no name and not showing again', () => {
    type(byLabel('Your name'), 'Robin Vale');
    act(() => button('Skip for now').click());
    expect(settings()).toMatchObject({ traineeName: '', textSize: 'standard', showWelcome: false });
  });

  it('refuses a name too long to save and says why, still showing the welcome', () => {
    type(byLabel('Your name'), 'x'.repeat(121));
    act(() => button('Continue').click());
    expect(settings().showWelcome).toBe(true);
    expect(container.querySelector('.error-message')!.textContent).toContain('120 characters or fewer');
  });
});
