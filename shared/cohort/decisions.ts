import { catalogueTemplate } from '../templates/catalogue';
import type { Template } from '../templates/schema';

/**
 * Where decisions are recorded in the built-in templates. A single or multiple choice item, at the top of
 * its template or inside a repeating group (every row counts). The labels come from the item's options.
 */
export interface DecisionSource {
  id: string;
  title: string;
  templateId: string;
  itemId: string;
  /** The repeating group the item sits in, when it does. */
  groupId?: string;
  /** Options that record no decision ("not known yet", "none"), left out of the counts. */
  ignore?: readonly string[];
}

export const decisionSources: readonly DecisionSource[] = [
  {
    id: 'contingency',
    title: 'Responses planned if warning signs appear (recall, warning, breach, referrals)',
    templateId: 'risk-management-plan',
    groupId: 'contingency-lines',
    itemId: 'response-types',
  },
  {
    id: 'mappa-category',
    title: 'MAPPA category',
    templateId: 'rosh-analysis',
    itemId: 'mappa-category',
    ignore: ['not-known'],
  },
  {
    id: 'mappa-level',
    title: 'MAPPA level',
    templateId: 'rosh-analysis',
    itemId: 'mappa-level',
    ignore: ['not-set'],
  },
  {
    id: 'proposal',
    title: 'Proposal resting on the checks',
    templateId: 'enquiries-log',
    itemId: 'proposal-made',
    ignore: ['none'],
  },
];

/** The label of each decision option, `<decision id>:<option id>` to words, from the templates. */
export function decisionLabels(templates: readonly Template[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const source of decisionSources) {
    const template = templates.find((t) => t.id === source.templateId);
    if (!template) continue;
    const item = catalogueTemplate(template).items.get(source.itemId)?.item;
    if (!item || !('options' in item) || !Array.isArray(item.options)) continue;
    for (const option of item.options as ReadonlyArray<{ id: string; label: string }>)
      labels[`${source.id}:${option.id}`] = option.label;
  }
  return labels;
}
