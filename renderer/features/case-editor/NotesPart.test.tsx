// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTemplates } from '@shared/templates/builtin';
import { DetailsPart } from './DetailsPart';
import { NotesPart } from './NotesPart';
import { button, choose, click, mountEditor, typeInto } from './__fixtures__/render';

let cleanUp: Array<() => void> = [];
afterEach(() => {
  cleanUp.forEach((undo) => undo());
  cleanUp = [];
});

describe('the tutor notes part of the case editor', () => {
  it('adds a range per group, and how it moves after a late document', () => {
    const mounted = mountEditor(
      () => <NotesPart />,
      (store) => {
        store.getState().actions.startNew('2026-11-23');
        store.getState().actions.addDocument('2026-11-24');
        store.getState().actions.set(['documents', 1, 'release'], { kind: 'continue', step: 1 });
        store.getState().actions.set(['documents', 1, 'title'], 'Police call-out');
      },
    );
    cleanUp.push(mounted.unmount);
    const { container, store } = mounted;
    typeInto(container.querySelector('#case-tutorNotes-teachingFocus')!, 'Weighing a late police report.');
    click(button(container, 'Add a range'));
    choose(container.querySelector('#case-tutorNotes-roshRanges-0-group')!, 'known-adult');
    choose(container.querySelector('#case-tutorNotes-roshRanges-0-to')!, 'high');
    typeInto(container.querySelector('#case-tutorNotes-roshRanges-0-reasons')!, 'Threats to his partner.');
    const moves = container.querySelector<HTMLInputElement>('#case-range-0-moves')!;
    expect(moves.disabled).toBe(false);
    click(moves);
    choose(container.querySelector('#case-tutorNotes-roshRanges-0-afterNewInformation-from')!, 'high');
    typeInto(
      container.querySelector('#case-tutorNotes-roshRanges-0-afterNewInformation-reasons')!,
      'He went back.',
    );
    typeInto(container.querySelector('#case-tutorNotes-discussionPoints')!, 'First point\n\nSecond point\n');
    expect(store.getState().draft!.tutorNotes).toMatchObject({
      teachingFocus: 'Weighing a late police report.',
      roshRanges: [
        {
          group: 'known-adult',
          setting: 'community',
          from: 'low',
          to: 'high',
          reasons: 'Threats to his partner.',
          afterNewInformation: {
            documentId: 'document-2',
            from: 'high',
            to: 'high',
            reasons: 'He went back.',
          },
        },
      ],
      discussionPoints: ['First point', 'Second point'],
    });
    // The blank line typed is kept on screen while the list drops it.
    expect(container.querySelector<HTMLTextAreaElement>('#case-tutorNotes-discussionPoints')!.value).toBe(
      'First point\n\nSecond point\n',
    );
    click(moves);
    expect(store.getState().draft!.tutorNotes.roshRanges[0]!.afterNewInformation).toBeUndefined();
  });

  it('cannot say a range moves when no document arrives late', () => {
    const mounted = mountEditor(
      () => <NotesPart />,
      (store) => store.getState().actions.startNew('2026-11-23'),
    );
    cleanUp.push(mounted.unmount);
    click(button(mounted.container, 'Add a range'));
    expect(mounted.container.querySelector<HTMLInputElement>('#case-range-0-moves')!.disabled).toBe(true);
  });
});

describe('the details part of the case editor', () => {
  it('binds each field to its place in the case, labelled', () => {
    const mounted = mountEditor(
      () => <DetailsPart templates={builtinTemplates} />,
      (store) => store.getState().actions.startNew('2026-11-23'),
    );
    cleanUp.push(mounted.unmount);
    const { container, store } = mounted;
    typeInto(container.querySelector('#case-title')!, 'Threats at Larkspur hostel');
    typeInto(container.querySelector('#case-person-age')!, '34');
    click(
      container.querySelector<HTMLInputElement>('label[for="case-facts-onLicence"]')!
        .previousElementSibling as HTMLInputElement,
    );
    const themes = [
      ...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"][id^="case-themes"]'),
    ];
    click(themes[0]!);
    const draft = store.getState().draft!;
    expect(draft.title).toBe('Threats at Larkspur hostel');
    expect(draft.person.age).toBe(34);
    expect(draft.facts.onLicence).toBe(true);
    expect(draft.themes).toEqual(['domestic-abuse']);
    for (const input of container.querySelectorAll('input, textarea, select')) {
      const id = input.getAttribute('id');
      expect(container.querySelector(`label[for="${id}"]`), `label for ${id}`).not.toBeNull();
    }
  });
});
