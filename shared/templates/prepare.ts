import { catalogueTemplate, type TemplateCatalogue } from './catalogue';
import { buildDependencyGraph, orderNodes } from './plan';
import type { Section, Template, TemplateItem } from './schema';

/**
 * Templates are prepared once per template set (dependency order, catalogues), because the engine runs on every
 * keystroke.
 */

export interface PreparedNode {
  template: Template;
  section: Section;
  sectionIndex: number;
  item: TemplateItem;
  path: string;
}

export interface PreparedSet {
  templates: readonly Template[];
  byId: Map<string, Template>;
  catalogues: Map<string, TemplateCatalogue>;
  order: PreparedNode[];
}

const preparedByArray = new WeakMap<readonly Template[], PreparedSet>();
let lastPrepared: PreparedSet | null = null;

function sameTemplates(a: readonly Template[], b: readonly Template[]): boolean {
  return a.length === b.length && a.every((template, index) => template === b[index]);
}

/** Prepares a template set once; later calls with the same array (or the same templates) reuse it. */
export function prepareTemplates(templates: readonly Template[]): PreparedSet {
  const cached = preparedByArray.get(templates);
  if (cached) return cached;
  if (lastPrepared && sameTemplates(lastPrepared.templates, templates)) {
    preparedByArray.set(templates, lastPrepared);
    return lastPrepared;
  }
  const byId = new Map<string, Template>();
  const catalogues = new Map<string, TemplateCatalogue>();
  for (const template of templates) {
    if (byId.has(template.id)) continue;
    byId.set(template.id, template);
    catalogues.set(template.id, catalogueTemplate(template));
  }
  const nodes = new Map<string, PreparedNode>();
  for (const template of byId.values()) {
    template.sections.forEach((section, sectionIndex) =>
      section.items.forEach((item, itemIndex) => {
        const key = `${template.id}/${item.id}`;
        if (!nodes.has(key))
          nodes.set(key, {
            template,
            section,
            sectionIndex,
            item,
            path: `sections[${sectionIndex}].items[${itemIndex}]`,
          });
      }),
    );
  }
  // Validation refuses cycles; if one slips through, the DFS order still resolves every node once.
  const { order } = orderNodes(buildDependencyGraph([...byId.values()]));
  const prepared: PreparedSet = {
    templates,
    byId,
    catalogues,
    order: order.map((key) => nodes.get(key)).filter((node): node is PreparedNode => node !== undefined),
  };
  preparedByArray.set(templates, prepared);
  lastPrepared = prepared;
  return prepared;
}
