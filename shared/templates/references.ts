import { allowedOperators, customOperators, iteratingOperators } from './logic';
import type { JsonLogic } from './logic-schema';

/**
 * The variable namespace every expression reads (`{"var": "<path>"}`):
 *
 *   answers.<templateId>.<itemId>             the answer of a top-level item; null when the item is hidden
 *   answers.<templateId>.<gridId>.<rowId>.<columnId>   one cell of a rating grid (a level id or null)
 *   computed.<templateId>.<itemId>            the value of a computed item
 *   case.facts.<name>                         a fact the case declares (e.g. case.facts.daCallouts = 2); null
 *                                             when there is no case or the case does not declare it
 *   case.releasedDocuments                    ids of the case-file documents released so far
 *   case.id                                   the case id, or null for an "own case" attempt
 *   row.<childItemId>                         inside a repeating group (its items' conditions, or a rule with
 *                                             forEachRow): that row's answer
 *   parentRow.<childItemId>                   inside a nested group: the answer in the enclosing row
 *   rowId, rowIndex                           the current row's id and 0-based position
 *   interview.asked.<questionId>              whether the trainee asked that interview question (true/false)
 *   interview.uncovered.<factId>              whether a question asked uncovered that interview fact
 *   interview.held                            true once at least one interview question has been asked
 *
 * Templates may read other templates' answers (a sentence plan reading the assessment); `validateTemplate`
 * checks such references against the templates it is given.
 */

export type VarRef =
  | { scope: 'answers' | 'computed'; templateId: string; itemId: string; rest: string[] }
  | { scope: 'case'; field: 'facts'; name: string; rest: string[] }
  | { scope: 'case'; field: 'releasedDocuments' | 'id' }
  | { scope: 'row' | 'parentRow'; itemId: string; rest: string[] }
  | { scope: 'rowId' | 'rowIndex' }
  | { scope: 'interview'; field: 'asked' | 'uncovered'; name: string }
  | { scope: 'interview'; field: 'held' };

const forbiddenSegments = new Set(['__proto__', 'constructor', 'prototype']);

export function parseVarPath(path: string): { ref: VarRef } | { error: string } {
  const parts = path.split('.');
  if (parts.some((part) => forbiddenSegments.has(part))) return { error: `'${path}' is not allowed` };
  if (parts.some((part) => part === '')) return { error: `'${path}' has an empty part` };
  const [head, ...rest] = parts;
  switch (head) {
    case 'answers':
    case 'computed': {
      const [templateId, itemId, ...more] = rest;
      if (!templateId || !itemId)
        return { error: `'${path}' must name a template and an item, e.g. ${head}.<templateId>.<itemId>` };
      return { ref: { scope: head, templateId, itemId, rest: more } };
    }
    case 'case': {
      const [field, name, ...more] = rest;
      if (field === 'facts') {
        if (!name) return { error: `'${path}' must name a fact, e.g. case.facts.daCallouts` };
        return { ref: { scope: 'case', field, name, rest: more } };
      }
      if ((field === 'releasedDocuments' || field === 'id') && name === undefined)
        return { ref: { scope: 'case', field } };
      return {
        error: `unknown case variable '${path}': use case.facts.<name>, case.releasedDocuments or case.id`,
      };
    }
    case 'row':
    case 'parentRow': {
      const [itemId, ...more] = rest;
      if (!itemId) return { error: `'${path}' must name an item of the row` };
      return { ref: { scope: head, itemId, rest: more } };
    }
    case 'rowId':
    case 'rowIndex':
      if (rest.length > 0) return { error: `'${path}' has no parts` };
      return { ref: { scope: head } };
    case 'interview': {
      const [field, name, ...more] = rest;
      if (field === 'held' && name === undefined) return { ref: { scope: 'interview', field } };
      if ((field === 'asked' || field === 'uncovered') && name !== undefined && more.length === 0)
        return { ref: { scope: 'interview', field, name } };
      return {
        error: `unknown interview variable '${path}': use interview.asked.<questionId>, interview.uncovered.<factId> or interview.held`,
      };
    }
    default:
      return {
        error: `unknown variable '${path}': variables start with answers., computed., case., interview., row. or parentRow., or are rowId or rowIndex`,
      };
  }
}

/** A `var` met while walking an expression. Paths inside iterator bodies read the element, not the namespace. */
export interface VarUse {
  path: string;
  inIterator: boolean;
}

/** A variable compared with literal strings: each literal must be an option or level of that item. */
export interface LiteralComparison {
  path: string;
  literals: string[];
}

export interface LogicAnalysis {
  vars: VarUse[];
  comparisons: LiteralComparison[];
  errors: string[];
}

function varPathOf(node: unknown): string | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const arg = (node as { var: unknown }).var;
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg) && typeof arg[0] === 'string') return arg[0];
  return null;
}

const customOperatorSet: ReadonlySet<string> = new Set(customOperators);
const comparisonOperators = new Set(['==', '===', '!=', '!==']);

const analyses = new WeakMap<object, LogicAnalysis>();

/**
 * Walks an expression once, iteratively bounded by its JSON depth (checked by the schema), collecting the
 * variables it reads, literal comparisons, and structural problems (unknown operators, objects with more
 * than one key, malformed arguments).
 */
export function analyseLogic(expression: JsonLogic): LogicAnalysis {
  if (typeof expression === 'object' && expression !== null) {
    const cached = analyses.get(expression);
    if (cached) return cached;
  }
  const analysis: LogicAnalysis = { vars: [], comparisons: [], errors: [] };

  const walk = (node: unknown, inIterator: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, inIterator);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      analysis.errors.push(
        keys.length === 0
          ? 'an empty object is not an expression'
          : `an expression object must have exactly one operator, found ${keys.map((key) => `'${key}'`).join(', ')}`,
      );
      return;
    }
    const operator = keys[0]!;
    const args: unknown = (node as Record<string, unknown>)[operator];
    if (!allowedOperators.has(operator)) {
      analysis.errors.push(`unknown operator '${operator}'`);
      return;
    }
    switch (operator) {
      case 'var': {
        const path = varPathOf(node);
        if (path === null) {
          analysis.errors.push('var must name a path as text, e.g. {"var": "answers.my-template.my-item"}');
          return;
        }
        analysis.vars.push({ path, inIterator });
        if (Array.isArray(args)) walk(args.slice(1), inIterator);
        return;
      }
      case 'missing': {
        for (const path of Array.isArray(args) ? args : [args]) {
          if (typeof path === 'string') analysis.vars.push({ path, inIterator });
          else walk(path, inIterator);
        }
        return;
      }
      case 'missing_some': {
        const [count, paths] = Array.isArray(args) ? args : [];
        walk(count, inIterator);
        if (!Array.isArray(paths)) {
          analysis.errors.push('missing_some takes [count, [paths...]]');
          return;
        }
        for (const path of paths) {
          if (typeof path === 'string') analysis.vars.push({ path, inIterator });
          else walk(path, inIterator);
        }
        return;
      }
      default:
        break;
    }
    if (customOperatorSet.has(operator) && !Array.isArray(args)) {
      analysis.errors.push(`'${operator}' takes a list of arguments, e.g. {"${operator}": [ ... ]}`);
      return;
    }
    if (iteratingOperators.has(operator)) {
      if (!Array.isArray(args) || args.length < 2) {
        analysis.errors.push(
          `'${operator}' takes [list, expression${operator === 'reduce' ? ', initial' : ''}]`,
        );
        return;
      }
      walk(args[0], inIterator);
      walk(args[1], true);
      if (operator === 'reduce') walk(args.slice(2), inIterator);
      return;
    }
    if (!inIterator && Array.isArray(args)) recordComparison(operator, args);
    walk(args, inIterator);
  };

  const recordComparison = (operator: string, args: unknown[]): void => {
    if (comparisonOperators.has(operator) && args.length === 2) {
      const [a, b] = args;
      const pathA = varPathOf(a);
      const pathB = varPathOf(b);
      if (pathA !== null && typeof b === 'string') analysis.comparisons.push({ path: pathA, literals: [b] });
      if (pathB !== null && typeof a === 'string') analysis.comparisons.push({ path: pathB, literals: [a] });
      return;
    }
    if (operator === 'in' && args.length === 2) {
      const [needle, haystack] = args;
      const needlePath = varPathOf(needle);
      if (needlePath !== null && Array.isArray(haystack) && haystack.every((x) => typeof x === 'string'))
        analysis.comparisons.push({ path: needlePath, literals: haystack as string[] });
      const haystackPath = varPathOf(haystack);
      if (haystackPath !== null && typeof needle === 'string')
        analysis.comparisons.push({ path: haystackPath, literals: [needle] });
      return;
    }
    if (operator === 'max_level' && args.length === 2) {
      const [value, levels] = args;
      const path = varPathOf(value);
      if (path !== null && Array.isArray(levels) && levels.every((x) => typeof x === 'string'))
        analysis.comparisons.push({ path, literals: levels as string[] });
    }
  };

  walk(expression, false);
  if (typeof expression === 'object' && expression !== null) analyses.set(expression, analysis);
  return analysis;
}

/** Strips the `../` prefixes iterator bodies use to reach outside the element. */
export function outerPath(path: string): string | null {
  if (!path.startsWith('../')) return null;
  return path.replace(/^(\.\.\/)+/, '');
}
