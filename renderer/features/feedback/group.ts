import type { RuleResult } from '@shared/rules';
import { catalogueTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';

/**
 * Quality feedback laid out for the panel: by template, then section, in working order. Rules never score
 * and never block; each result is a question with a way to the answer and, where the rule names one, to the
 * case-file document.
 */

export interface FeedbackEntry {
  key: string;
  result: RuleResult;
  /** The question the result points at, in a few words, for "Go to …" links. */
  itemLabel: string | null;
  /** The section holding the item, for the route. */
  itemSectionId: string | null;
}

export interface FeedbackGroup {
  templateId: string;
  templateTitle: string;
  sectionId: string;
  sectionTitle: string;
  entries: FeedbackEntry[];
}

export interface Feedback {
  groups: FeedbackGroup[];
  /** Results that name no section (rare: a case rule about the attempt as a whole). */
  general: FeedbackEntry[];
  count: number;
}

function shortPrompt(prompt: string): string {
  const text = prompt.trim().replace(/[?.:]$/, '');
  return text.length <= 70 ? text : `${text.slice(0, Math.max(text.lastIndexOf(' ', 70), 35))}…`;
}

export function groupFeedback(results: readonly RuleResult[], templates: readonly Template[]): Feedback {
  const groups: FeedbackGroup[] = [];
  const general: FeedbackEntry[] = [];
  const byKey = new Map<string, FeedbackGroup>();
  for (const template of templates)
    for (const section of template.sections) {
      const group: FeedbackGroup = {
        templateId: template.id,
        templateTitle: template.title,
        sectionId: section.id,
        sectionTitle: section.title,
        entries: [],
      };
      groups.push(group);
      byKey.set(`${template.id}/${section.id}`, group);
    }

  results.forEach((result, index) => {
    let itemLabel: string | null = null;
    let itemSectionId: string | null = null;
    if (result.itemRef) {
      const template = templates.find((candidate) => candidate.id === result.itemRef!.templateId);
      const entry = template ? catalogueTemplate(template).items.get(result.itemRef.itemId) : undefined;
      if (entry) {
        itemLabel =
          entry.item.kind === 'guidance' ? (entry.item.title ?? null) : shortPrompt(entry.item.prompt);
        itemSectionId = entry.section.id;
      }
    }
    const entry: FeedbackEntry = {
      key: `${result.source.kind}:${result.ruleId}:${result.rowId ?? ''}:${index}`,
      result,
      itemLabel,
      itemSectionId,
    };
    const group = result.sectionRef
      ? byKey.get(`${result.sectionRef.templateId}/${result.sectionRef.sectionId}`)
      : undefined;
    if (group) group.entries.push(entry);
    else general.push(entry);
  });

  return {
    groups: groups.filter((group) => group.entries.length > 0),
    general,
    count: results.length,
  };
}

export const severityLabels: Record<RuleResult['severity'], string> = {
  question: 'Question to consider',
  warning: 'Check this',
};
