import { catalogueTemplate } from './catalogue';
import type { JsonLogic } from './logic-schema';
import { analyseLogic, outerPath, parseVarPath } from './references';
import type { AnyItem, Template } from './schema';

/**
 * The order in which the engine resolves top-level items across a template set. Each top-level item is a
 * node: resolving it decides its visibility (which sets its answer as others see it) or its computed
 * value. A node depends on the items its section's showWhen, its own showWhen, its expression and (for a
 * repeating group) its children's showWhen read. Validation uses the same graph to refuse cycles.
 */

export interface DependencyEdge {
  to: string;
  /** Field path of the expression the reference sits in, e.g. `sections[1].items[3].showWhen`. */
  at: string;
}

export interface DependencyNode {
  key: string;
  templateId: string;
  itemId: string;
  edges: DependencyEdge[];
}

export const nodeKey = (templateId: string, itemId: string): string => `${templateId}/${itemId}`;

function referencedNodes(expression: JsonLogic | undefined, templates: Map<string, Template>): string[] {
  if (expression === undefined) return [];
  const keys: string[] = [];
  for (const use of analyseLogic(expression).vars) {
    const path = use.inIterator ? outerPath(use.path) : use.path;
    if (path === null) continue;
    const parsed = parseVarPath(path);
    if (!('ref' in parsed)) continue;
    const ref = parsed.ref;
    if (ref.scope !== 'answers' && ref.scope !== 'computed') continue;
    const template = templates.get(ref.templateId);
    if (!template) continue;
    const top = catalogueTemplate(template).topLevelOf.get(ref.itemId);
    if (top !== undefined) keys.push(nodeKey(ref.templateId, top));
  }
  return keys;
}

function descendantConditions(
  item: AnyItem,
  base: string,
  out: Array<{ expression: JsonLogic; at: string }>,
): void {
  if (item.kind !== 'repeatingGroup') return;
  item.items.forEach((child, index) => {
    const path = `${base}.items[${index}]`;
    if (child.showWhen !== undefined) out.push({ expression: child.showWhen, at: `${path}.showWhen` });
    descendantConditions(child, path, out);
  });
}

export function buildDependencyGraph(templates: readonly Template[]): Map<string, DependencyNode> {
  const byId = new Map<string, Template>();
  for (const template of templates) if (!byId.has(template.id)) byId.set(template.id, template);
  const nodes = new Map<string, DependencyNode>();
  for (const template of byId.values()) {
    template.sections.forEach((section, sectionIndex) => {
      section.items.forEach((item, itemIndex) => {
        const key = nodeKey(template.id, item.id);
        if (nodes.has(key)) return;
        const path = `sections[${sectionIndex}].items[${itemIndex}]`;
        const sources: Array<{ expression: JsonLogic; at: string }> = [];
        if (section.showWhen !== undefined)
          sources.push({ expression: section.showWhen, at: `sections[${sectionIndex}].showWhen` });
        if (item.showWhen !== undefined) sources.push({ expression: item.showWhen, at: `${path}.showWhen` });
        if (item.kind === 'computed') sources.push({ expression: item.expression, at: `${path}.expression` });
        descendantConditions(item, path, sources);
        const edges: DependencyEdge[] = [];
        for (const source of sources) {
          for (const to of referencedNodes(source.expression, byId)) edges.push({ to, at: source.at });
        }
        nodes.set(key, { key, templateId: template.id, itemId: item.id, edges });
      });
    });
  }
  return nodes;
}

export interface DependencyCycle {
  /** The nodes around the cycle, starting and ending with the same key. */
  keys: string[];
  /** The edge of each step, parallel to keys (one fewer). */
  edges: DependencyEdge[];
}

/** Depth-first topological order (document order where free) and every cycle met on the way. */
export function orderNodes(nodes: Map<string, DependencyNode>): {
  order: string[];
  cycles: DependencyCycle[];
} {
  const order: string[] = [];
  const cycles: DependencyCycle[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  for (const start of nodes.keys()) {
    if (state.has(start)) continue;
    // Iterative DFS: a template set can be large and recursion depth should not depend on the author.
    const stack: Array<{ key: string; next: number; via: DependencyEdge | null }> = [
      { key: start, next: 0, via: null },
    ];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = nodes.get(frame.key)!;
      if (frame.next >= node.edges.length) {
        state.set(frame.key, 'done');
        order.push(frame.key);
        stack.pop();
        continue;
      }
      const edge = node.edges[frame.next]!;
      frame.next += 1;
      if (!nodes.has(edge.to)) continue;
      const seen = state.get(edge.to);
      if (seen === 'done') continue;
      if (seen === 'visiting') {
        const startIndex = stack.findIndex((f) => f.key === edge.to);
        const loop = stack.slice(startIndex);
        cycles.push({
          keys: [...loop.map((f) => f.key), edge.to],
          edges: [...loop.slice(1).map((f) => f.via!), edge],
        });
        continue;
      }
      state.set(edge.to, 'visiting');
      stack.push({ key: edge.to, next: 0, via: edge });
    }
  }
  return { order, cycles };
}
