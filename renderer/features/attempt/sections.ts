import type { SectionState, SectionStatus, Template } from '@shared/templates';
import { sectionKey } from './attempt-store';

export interface SectionLink {
  templateId: string;
  sectionId: string;
  key: string;
  title: string;
  templateTitle: string;
}

// Both lists are asked for by store selectors, which run on every keystroke; the template set and the
// evaluated sections change far less often, so each list is kept for the objects it was made from.
const allByTemplates = new WeakMap<readonly Template[], readonly SectionLink[]>();
const visibleBySections = new WeakMap<
  Readonly<Record<string, SectionState>>,
  { templates: readonly Template[]; links: readonly SectionLink[] }
>();

/** Every section of the templates, visible or not, in working order. */
export function allSections(templates: readonly Template[]): readonly SectionLink[] {
  let links = allByTemplates.get(templates);
  if (!links) {
    links = templates.flatMap((template) =>
      template.sections.map((section) => ({
        templateId: template.id,
        sectionId: section.id,
        key: sectionKey(template.id, section.id),
        title: section.title,
        templateTitle: template.title,
      })),
    );
    allByTemplates.set(templates, links);
  }
  return links;
}

/** Every visible section in working order: templates in the attempt's order, sections in the template's. */
export function visibleSections(
  templates: readonly Template[],
  sections: Readonly<Record<string, SectionState>>,
): readonly SectionLink[] {
  const kept = visibleBySections.get(sections);
  if (kept?.templates === templates) return kept.links;
  const links = allSections(templates).filter((link) => sections[link.key]?.visible);
  visibleBySections.set(sections, { templates, links });
  return links;
}

/**
 * A section's status as the GOV.UK task list shows it: "Completed" as plain text, work still to do as a tag
 * ("Not yet started" before anything is answered, "In progress" after). "Has questions" is this app's own:
 * answered, with reflective questions from the quality rules to look at.
 */
export type TaskStatus = 'completed' | 'not-started' | 'in-progress' | 'has-questions';

export function taskStatus(
  section: { status: SectionStatus; answeredCount: number } | undefined,
): TaskStatus {
  if (!section || section.status === 'incomplete')
    return section && section.answeredCount > 0 ? 'in-progress' : 'not-started';
  return section.status === 'complete' ? 'completed' : 'has-questions';
}

export const taskStatusLabels: Record<TaskStatus, string> = {
  completed: 'Completed',
  'not-started': 'Not yet started',
  'in-progress': 'In progress',
  'has-questions': 'Has questions',
};

/** The tag colour for each status; null for "Completed", which GOV.UK shows as plain text. */
export const taskStatusTagClass: Record<TaskStatus, string | null> = {
  completed: null,
  'not-started': 'tag--blue',
  'in-progress': 'tag--light-blue',
  'has-questions': 'tag--yellow',
};
