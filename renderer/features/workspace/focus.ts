import { catalogueTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';
import type { ItemRef } from '@shared/rules';
import { hrefs, navigate } from '../../app/routes';

/**
 * Moving between the workspace panels and the form: which question a focused control belongs to, and
 * going to a question from feedback or a "revisit" link. Field ids follow the form's scheme,
 * `f--<templateId>--[<rowId>--…]<itemId>[--<part>]` (features/attempt/answer-paths.ts `fieldId`).
 */

/** The top-level question a form control belongs to, from its id; null for anything else. */
export function itemRefFromFieldId(id: string, templates: readonly Template[]): ItemRef | null {
  const parts = id.split('--');
  if (parts[0] !== 'f' || parts.length < 3) return null;
  const template = templates.find((candidate) => candidate.id === parts[1]);
  if (!template) return null;
  const catalogue = catalogueTemplate(template);
  for (const part of parts.slice(2)) {
    const top = catalogue.topLevelOf.get(part);
    if (top) return { templateId: template.id, itemId: top };
  }
  return null;
}

/** The nearest form control (or field wrapper) with a field id, from an element inside the form. */
export function itemRefFromElement(element: Element | null, templates: readonly Template[]): ItemRef | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.id) {
      const ref = itemRefFromFieldId(at.id, templates);
      if (ref) return ref;
    }
  }
  return null;
}

export function sectionOfItem(templates: readonly Template[], ref: ItemRef): string | null {
  const template = templates.find((candidate) => candidate.id === ref.templateId);
  return template ? (catalogueTemplate(template).items.get(ref.itemId)?.section.id ?? null) : null;
}

export function fieldIdOf(ref: ItemRef): string {
  return ['f', ref.templateId, ref.itemId].join('--');
}

/** Waits (briefly) for an element to be drawn, for focusing after a change of section. */
function whenDrawn(id: string, then: (element: HTMLElement) => void, triesLeft = 40): void {
  const element = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}--"]`);
  if (element) {
    // Two frames: the new page's heading takes focus on arrival; the question should have it last.
    requestAnimationFrame(() => requestAnimationFrame(() => then(element)));
    return;
  }
  if (triesLeft > 0) window.setTimeout(() => whenDrawn(id, then, triesLeft - 1), 50);
}

function focusElement(element: HTMLElement): void {
  const focusable = element.matches('input, textarea, select, button, a[href], [tabindex]')
    ? element
    : (element.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]') ?? element);
  if (!focusable.hasAttribute('tabindex') && focusable === element) element.setAttribute('tabindex', '-1');
  element.scrollIntoView({ block: 'center' });
  focusable.focus({ preventScroll: true });
}

/** Opens the question's section (if need be) and puts focus on the question. */
export function goToItem(attemptId: string, templates: readonly Template[], ref: ItemRef): void {
  const sectionId = sectionOfItem(templates, ref);
  if (!sectionId) return;
  const href = hrefs.attempt(attemptId, ref.templateId, sectionId);
  if (window.location.hash !== href) navigate(href);
  whenDrawn(fieldIdOf(ref), focusElement);
}
