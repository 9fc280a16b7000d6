import type { AnyItem, AnyRepeatingGroupItem, Section, Template } from './schema';

/** Where one item sits in a template; item ids are unique across a whole template, children included. */
export interface ItemEntry {
  item: AnyItem;
  section: Section;
  sectionIndex: number;
  /** e.g. `sections[2].items[4]` or `sections[1].items[0].items[2]`: the prefix of validation errors. */
  path: string;
  /** The repeating group the item belongs to (its row), if any. */
  group: AnyRepeatingGroupItem | null;
  /** Index among its siblings (section items or group children). */
  index: number;
  /** 0 for a section item, 1 for a child of a group, 2 for a child of a nested group. */
  depth: number;
}

export interface TemplateCatalogue {
  template: Template;
  /** First entry per id; duplicates are reported by validation. */
  items: Map<string, ItemEntry>;
  /** Every entry in document order, duplicates included. */
  entries: ItemEntry[];
  sections: Map<string, { section: Section; index: number }>;
  /** The top-level item (depth 0) that holds each item. */
  topLevelOf: Map<string, string>;
}

const catalogues = new WeakMap<Template, TemplateCatalogue>();

export function catalogueTemplate(template: Template): TemplateCatalogue {
  const cached = catalogues.get(template);
  if (cached) return cached;
  const items = new Map<string, ItemEntry>();
  const entries: ItemEntry[] = [];
  const sections = new Map<string, { section: Section; index: number }>();
  const topLevelOf = new Map<string, string>();

  const visit = (
    list: readonly AnyItem[],
    section: Section,
    sectionIndex: number,
    prefix: string,
    group: AnyRepeatingGroupItem | null,
    depth: number,
    topId: string | null,
  ): void => {
    list.forEach((item, index) => {
      const path = `${prefix}.items[${index}]`;
      const entry: ItemEntry = { item, section, sectionIndex, path, group, index, depth };
      entries.push(entry);
      if (!items.has(item.id)) items.set(item.id, entry);
      const top = topId ?? item.id;
      if (!topLevelOf.has(item.id)) topLevelOf.set(item.id, top);
      if (item.kind === 'repeatingGroup') {
        visit(item.items, section, sectionIndex, path, item, depth + 1, top);
      }
    });
  };

  template.sections.forEach((section, sectionIndex) => {
    if (!sections.has(section.id)) sections.set(section.id, { section, index: sectionIndex });
    visit(section.items, section, sectionIndex, `sections[${sectionIndex}]`, null, 0, null);
  });

  const catalogue: TemplateCatalogue = { template, items, entries, sections, topLevelOf };
  catalogues.set(template, catalogue);
  return catalogue;
}
