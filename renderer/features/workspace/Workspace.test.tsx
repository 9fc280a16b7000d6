// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '@shared/templates';
import { mountPerTest } from '../../components/__fixtures__/mount';
import { topLevel } from '../attempt/answer-paths';
import { AttemptStoreContext } from '../attempt/context';
import { renderCounts } from '../attempt/render-probe';
import { SectionPage } from '../attempt/SectionPage';
import { blankAttempt, componentTestStore } from '../attempt/testing';
import type { AttemptStore } from '../attempt/attempt-store';
import { Workspace } from './Workspace';

const rosh = getBuiltinTemplate('rosh-analysis')!;
const scope = topLevel('rosh-analysis');
const { show } = mountPerTest();
let store: AttemptStore | null = null;

afterEach(() => {
  store?.getState().actions.dispose();
  store = null;
});

function openOffenceSection(): HTMLElement {
  // Evaluation trails typing as in the app, so what is counted is the work each key does.
  store = componentTestStore([rosh], {
    attempt: blankAttempt([rosh], { title: 'Workspace render test' }),
    evaluationDelayMs: 60_000,
    evaluationMaxWaitMs: 60_000,
  });
  const container = show(
    <AttemptStoreContext.Provider value={store}>
      <Workspace templateId="rosh-analysis" sectionId="offence">
        <SectionPage templateId="rosh-analysis" sectionId="offence" />
      </Workspace>
    </AttemptStoreContext.Provider>,
  );
  renderCounts.clear();
  return container;
}

describe('the workspace while the trainee types', () => {
  it('is not drawn again for each key typed into a text question, the one the case file attaches to included', () => {
    const container = openOffenceSection();
    // The attach control (the case file's, for a case) starts at the section's first question, the account of
    // the offence: typing there is typing into the question whose evidence the workspace reads.
    const offence = rosh.sections.find((section) => section.id === 'offence')!;
    expect(offence.items[0]!.id).toBe('what-happened');
    const typed = 'He pushed her into the door';
    for (let i = 1; i <= typed.length; i += 1)
      act(() => store!.getState().actions.setAnswer(scope, 'what-happened', typed.slice(0, i)));
    expect(container.querySelector<HTMLTextAreaElement>('#f--rosh-analysis--what-happened')!.value).toBe(
      typed,
    );
    // Control: the field itself was drawn for every key, so the probe counts what it should.
    expect(renderCounts.get('rosh-analysis/what-happened') ?? 0).toBeGreaterThanOrEqual(typed.length);
    expect(renderCounts.get('workspace') ?? 0).toBe(0);
  });

  it('is drawn again when the engine has caught up, so its panels show the new evaluation', () => {
    openOffenceSection();
    act(() => store!.getState().actions.setAnswer(scope, 'what-happened', 'He pushed her'));
    act(() => store!.getState().actions.evaluateNow());
    expect(renderCounts.get('workspace') ?? 0).toBeGreaterThanOrEqual(1);
  });
});
