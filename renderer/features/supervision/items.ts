import type { Template } from '@shared/templates/schema';

export interface ItemChoice {
  id: string;
  prompt: string;
}

export interface SectionChoices {
  sectionId: string;
  title: string;
  items: ItemChoice[];
}

/**
 * What a discussion note can be about, by section: every item that asks something (guidance only tells).
 * Children of repeating groups are left out: a note is about the question, not one row of it.
 */
export function itemChoices(template: Template): SectionChoices[] {
  return template.sections
    .map((section) => ({
      sectionId: section.id,
      title: section.title,
      items: section.items.flatMap((item) =>
        item.kind === 'guidance' ? [] : [{ id: item.id, prompt: item.prompt }],
      ),
    }))
    .filter((section) => section.items.length > 0);
}
