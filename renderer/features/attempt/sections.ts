import type { SectionState, Template } from '@shared/templates';
import { sectionKey } from './attempt-store';

export interface SectionLink {
  templateId: string;
  sectionId: string;
  key: string;
  title: string;
  templateTitle: string;
}

/** Every section of the templates, visible or not, in working order. */
export function allSections(templates: readonly Template[]): SectionLink[] {
  return templates.flatMap((template) =>
    template.sections.map((section) => ({
      templateId: template.id,
      sectionId: section.id,
      key: sectionKey(template.id, section.id),
      title: section.title,
      templateTitle: template.title,
    })),
  );
}

/** Every visible section in working order: templates in the attempt's order, sections in the template's. */
export function visibleSections(
  templates: readonly Template[],
  sections: Readonly<Record<string, SectionState>>,
): SectionLink[] {
  return allSections(templates).filter((link) => sections[link.key]?.visible);
}

export const statusLabels = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  'has-questions': 'Has questions',
} as const;

export const statusTagClass = {
  complete: 'tag--green',
  incomplete: 'tag--grey',
  'has-questions': 'tag--yellow',
} as const;
