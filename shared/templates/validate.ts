import type { z } from 'zod';
import { findJsonProblem } from '../model/json';
import { qualityRuleSchema, type QualityRule } from '../rules/schema';
import { kindOf } from './kinds';
import { catalogueTemplate, type ItemEntry } from './catalogue';
import { templateJsonLimits, type JsonLogic } from './logic-schema';
import { buildDependencyGraph, orderNodes } from './plan';
import { analyseLogic, outerPath, parseVarPath, type VarRef } from './references';
import type { AnyItem, AnyRepeatingGroupItem, Template } from './schema';
import { isAnswerable, templateSchema } from './schema';
import { assertNever } from '../assert-never';
import { findUnreadableIn } from '../text/readable';

/**
 * Validation of user-supplied templates and of rules, with precise paths:
 *   `sections[2].items[4].showWhen: unknown item id 'rosh-grid'`
 * Every message starts with the path of the field at fault, then a colon, then what is wrong.
 */

export interface ValidationContext {
  /** Templates this one may read from (cross-template references are checked against them). */
  otherTemplates?: readonly Template[];
  /** When given, `case.facts.<name>` must name one of these (checking a case's own rules). */
  knownFacts?: readonly string[];
  /** When given, document ids in rules and in `case.releasedDocuments` comparisons must be among these. */
  documentIds?: readonly string[];
  /** When given, `interview.asked.<id>` and `interview.uncovered.<id>` must name the case's questions and facts. */
  interview?: { questionIds: readonly string[]; factIds: readonly string[] };
}

export type TemplateValidation = { ok: true; template: Template } | { ok: false; errors: string[] };
export type RulesValidation = { ok: true; rules: QualityRule[] } | { ok: false; errors: string[] };

/** `['sections', 2, 'items', 4, 'showWhen']` -> `sections[2].items[4].showWhen`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function formatZodIssues(issues: readonly z.core.$ZodIssue[], root: string, prefix = ''): string[] {
  const errors: string[] = [];
  const join = (path: string): string =>
    prefix && path ? `${prefix}${path.startsWith('[') ? '' : '.'}${path}` : prefix || path;
  for (const issue of issues) {
    const path = join(formatPath(issue.path));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push(`${path ? `${path}.` : ''}${key}: unknown field`);
      continue;
    }
    errors.push(`${path || root}: ${issue.message}`);
  }
  return errors;
}

interface RowScope {
  group: AnyRepeatingGroupItem;
  /** Child ids this expression may read through `row.` / `parentRow.`. */
  allowed: ReadonlySet<string>;
}

interface Scope {
  templateId: string;
  row?: RowScope;
  parentRow?: RowScope;
}

/** What a variable resolved to, for checking the literals it is compared with. */
interface Target {
  item: AnyItem;
  /** How many parts were read below the item (for a grid: 1 = a row, 2 = a cell). */
  depth: number;
}

function itemIsInGroup(group: AnyRepeatingGroupItem, itemId: string): boolean {
  return group.items.some((child) => child.id === itemId);
}

class Checker {
  readonly errors: string[] = [];
  private readonly templates = new Map<string, Template>();

  constructor(
    private readonly self: Template | null,
    others: readonly Template[],
    private readonly context: ValidationContext,
  ) {
    if (self) this.templates.set(self.id, self);
    for (const other of others) if (!this.templates.has(other.id)) this.templates.set(other.id, other);
  }

  allTemplates(): Template[] {
    return [...this.templates.values()];
  }

  private fail(at: string, message: string): void {
    this.errors.push(`${at}: ${message}`);
  }

  private describeItem(templateId: string, itemId: string, scope: Scope): string {
    return templateId === scope.templateId ? `'${itemId}'` : `'${itemId}' in template '${templateId}'`;
  }

  private resolve(ref: VarRef, scope: Scope): { error: string } | { target: Target | null } {
    switch (ref.scope) {
      case 'answers':
      case 'computed': {
        const template = this.templates.get(ref.templateId);
        if (!template) return { error: `unknown template '${ref.templateId}'` };
        const entry = catalogueTemplate(template).items.get(ref.itemId);
        const named = this.describeItem(ref.templateId, ref.itemId, scope);
        if (!entry)
          return {
            error:
              ref.templateId === scope.templateId
                ? `unknown item id '${ref.itemId}'`
                : `unknown item id '${ref.itemId}' in template '${ref.templateId}'`,
          };
        if (entry.depth > 0)
          return {
            error: `${named} is inside repeating group '${entry.group?.id ?? ''}'; read it as row.${ref.itemId} from inside the group, or read the group's rows`,
          };
        const item = entry.item;
        if (item.kind === 'guidance') return { error: `${named} is guidance and has no answer` };
        if (ref.scope === 'answers' && item.kind === 'computed')
          return {
            error: `${named} is a computed item; read it as computed.${ref.templateId}.${ref.itemId}`,
          };
        if (ref.scope === 'computed' && item.kind !== 'computed')
          return {
            error: `${named} is not a computed item; read it as answers.${ref.templateId}.${ref.itemId}`,
          };
        return this.resolveParts(item, ref.rest, named);
      }
      case 'case': {
        if (ref.field === 'facts' && this.context.knownFacts && !this.context.knownFacts.includes(ref.name))
          return { error: `unknown case fact '${ref.name}'` };
        return { target: null };
      }
      case 'row':
      case 'parentRow': {
        const rowScope = ref.scope === 'row' ? scope.row : scope.parentRow;
        if (!rowScope)
          return {
            error:
              ref.scope === 'row'
                ? `row.${ref.itemId} can only be read inside a repeating group or by a rule with forEachRow`
                : `parentRow.${ref.itemId} can only be read inside a repeating group that is inside another`,
          };
        if (!itemIsInGroup(rowScope.group, ref.itemId))
          return { error: `unknown item id '${ref.itemId}' in the rows of '${rowScope.group.id}'` };
        if (!rowScope.allowed.has(ref.itemId))
          return {
            error: `${ref.scope}.${ref.itemId} must name an item that comes before this one in the row`,
          };
        const item = rowScope.group.items.find((child) => child.id === ref.itemId)!;
        if (item.kind === 'guidance') return { error: `'${ref.itemId}' is guidance and has no answer` };
        return this.resolveParts(item, ref.rest, `'${ref.itemId}'`);
      }
      case 'interview': {
        const known = this.context.interview;
        if (known && ref.field === 'asked' && !known.questionIds.includes(ref.name))
          return { error: `unknown interview question '${ref.name}'` };
        if (known && ref.field === 'uncovered' && !known.factIds.includes(ref.name))
          return { error: `unknown interview fact '${ref.name}'` };
        return { target: null };
      }
      case 'rowId':
      case 'rowIndex':
        if (!scope.row)
          return {
            error: `${ref.scope} can only be read inside a repeating group or by a rule with forEachRow`,
          };
        return { target: null };
      default:
        return assertNever(ref, 'reference scope');
    }
  }

  /** Each kind says what parts of its answer a condition may read and which values it may compare. */
  private resolveParts(item: AnyItem, rest: string[], named: string): { error: string } | { target: Target } {
    if (rest.length === 0) return { target: { item, depth: 0 } };
    const parts = kindOf(item).reference.parts(item, rest, named);
    if (parts === null) return { error: `${named} has no parts to read ('${rest.join('.')}')` };
    return 'error' in parts ? parts : { target: { item, depth: parts.depth } };
  }

  private checkLiterals(target: Target, literals: readonly string[], at: string, named: string): void {
    const { item, depth } = target;
    const values = kindOf(item).reference.literals(item, depth);
    if (!values) return;
    for (const literal of literals) {
      if (!values.allowed.includes(literal))
        this.fail(
          at,
          `unknown ${values.noun} '${literal}' for ${named} (expected one of: ${values.allowed.join(', ')})`,
        );
    }
  }

  checkExpression(expression: JsonLogic | undefined, at: string, scope: Scope): void {
    if (expression === undefined) return;
    const analysis = analyseLogic(expression);
    for (const error of analysis.errors) this.fail(at, error);
    const targets = new Map<string, Target | null>();
    for (const use of analysis.vars) {
      const path = use.inIterator ? outerPath(use.path) : use.path;
      // Inside map/filter/some/all/none/reduce a plain var reads the element, which cannot be checked here.
      if (path === null) continue;
      const parsed = parseVarPath(path);
      if ('error' in parsed) {
        this.fail(at, parsed.error);
        continue;
      }
      const resolved = this.resolve(parsed.ref, scope);
      if ('error' in resolved) this.fail(at, resolved.error);
      else targets.set(path, resolved.target);
    }
    for (const comparison of analysis.comparisons) {
      const target = targets.get(comparison.path);
      if (target) {
        const parsed = parseVarPath(comparison.path);
        const itemId = 'ref' in parsed && 'itemId' in parsed.ref ? parsed.ref.itemId : comparison.path;
        this.checkLiterals(target, comparison.literals, at, `'${itemId}'`);
      } else if (comparison.path === 'case.releasedDocuments' && this.context.documentIds) {
        for (const literal of comparison.literals)
          if (!this.context.documentIds.includes(literal)) this.fail(at, `unknown document '${literal}'`);
      }
    }
  }

  /** Scope of the expressions of one item: its row (earlier siblings) and its enclosing row, if any. */
  private scopeFor(template: Template, entry: ItemEntry): Scope {
    const scope: Scope = { templateId: template.id };
    if (!entry.group) return scope;
    const catalogue = catalogueTemplate(template);
    const group = entry.group;
    scope.row = { group, allowed: new Set(group.items.slice(0, entry.index).map((child) => child.id)) };
    const groupEntry = catalogue.items.get(group.id);
    if (groupEntry?.group) {
      const outer = groupEntry.group;
      scope.parentRow = {
        group: outer,
        allowed: new Set(outer.items.slice(0, groupEntry.index).map((child) => child.id)),
      };
    }
    return scope;
  }

  checkTemplate(template: Template): void {
    const catalogue = catalogueTemplate(template);

    const sectionIds = new Map<string, number>();
    template.sections.forEach((section, index) => {
      const first = sectionIds.get(section.id);
      if (first !== undefined)
        this.fail(`sections[${index}].id`, `duplicate section id '${section.id}' (also sections[${first}])`);
      else sectionIds.set(section.id, index);
      this.checkExpression(section.showWhen, `sections[${index}].showWhen`, { templateId: template.id });
    });

    const firstPath = new Map<string, string>();
    for (const entry of catalogue.entries) {
      const { item, path } = entry;
      const earlier = firstPath.get(item.id);
      if (earlier !== undefined) {
        this.fail(`${path}.id`, `duplicate item id '${item.id}' (also ${earlier})`);
        continue;
      }
      firstPath.set(item.id, path);
      this.checkItem(template, entry);
    }

    this.checkRules(template.rules ?? [], 'rules', template.id);

    const graph = buildDependencyGraph(this.allTemplates());
    for (const cycle of orderNodes(graph).cycles) {
      const mine = cycle.edges.find((_, index) => cycle.keys[index]!.startsWith(`${template.id}/`));
      if (mine) this.fail(mine.at, `circular reference: ${cycle.keys.join(' -> ')}`);
    }
    this.checkComputedFanOut(template);
  }

  /**
   * A computed value that reads another twice (merge of it with itself, say) can double at each step of a
   * chain, and it is worked out on every keystroke. Counting how many copies of computed values each one is
   * built from, through the whole chain, refuses such a template before it runs. Only the first value of a
   * chain past the limit is reported: the ones after it are past it only because of it.
   */
  private checkComputedFanOut(template: Template): void {
    const fanOut = new Map<string, number>();
    const visiting = new Set<string>();
    const readsOf = (item: AnyItem): Array<{ templateId: string; itemId: string }> => {
      if (item.kind !== 'computed') return [];
      const reads: Array<{ templateId: string; itemId: string }> = [];
      for (const use of analyseLogic(item.expression).vars) {
        const path = use.inIterator ? outerPath(use.path) : use.path;
        const parsed = path === null ? null : parseVarPath(path);
        if (parsed && 'ref' in parsed && parsed.ref.scope === 'computed')
          reads.push({ templateId: parsed.ref.templateId, itemId: parsed.ref.itemId });
      }
      return reads;
    };
    const itemOf = (templateId: string, itemId: string): AnyItem | undefined => {
      const owner = this.templates.get(templateId);
      return owner ? catalogueTemplate(owner).items.get(itemId)?.item : undefined;
    };
    const measure = (templateId: string, itemId: string): number => {
      const key = `${templateId}/${itemId}`;
      const known = fanOut.get(key);
      if (known !== undefined) return known;
      const item = itemOf(templateId, itemId);
      // A cycle is reported on its own; unknown items are reported where they are read.
      if (!item || visiting.has(key)) return 1;
      visiting.add(key);
      let total = 0;
      for (const read of readsOf(item)) total += measure(read.templateId, read.itemId);
      visiting.delete(key);
      const result = Math.max(1, total);
      fanOut.set(key, result);
      return result;
    };
    for (const { item, path } of catalogueTemplate(template).entries) {
      if (item.kind !== 'computed') continue;
      const copies = measure(template.id, item.id);
      if (copies <= MAX_COMPUTED_FAN_OUT) continue;
      const reads = readsOf(item);
      if (reads.some((read) => measure(read.templateId, read.itemId) > MAX_COMPUTED_FAN_OUT)) continue;
      this.fail(
        `${path}.expression`,
        `this computed value copies other computed values ${copies} times over, which could make it too large to work out (the limit is ${MAX_COMPUTED_FAN_OUT}); read each computed value fewer times`,
      );
    }
  }

  private checkItem(template: Template, entry: ItemEntry): void {
    const { item, path } = entry;
    const scope = this.scopeFor(template, entry);
    this.checkExpression(item.showWhen, `${path}.showWhen`, scope);
    if (isAnswerable(item)) {
      if (item.required !== undefined && item.requiredWhen !== undefined)
        this.fail(`${path}.requiredWhen`, 'use either required or requiredWhen, not both');
      this.checkExpression(item.requiredWhen, `${path}.requiredWhen`, scope);
    }
    // What is particular to the kind (options, ranges, grid rows) is checked by the kind itself.
    kindOf(item).checkDefinition(item, {
      path,
      fail: (at, message) => this.fail(at, message),
      unique: (list, at, noun) => this.checkUnique(list, at, noun),
      expression: (expression, at) => this.checkExpression(expression, at, scope),
      optionsFrom: (source, at) => this.checkOptionsFrom(source, at, template.id),
    });
  }

  private checkUnique(list: ReadonlyArray<{ id: string }>, at: string, noun: string): void {
    const seen = new Map<string, number>();
    list.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first !== undefined)
        this.fail(`${at}[${index}].id`, `duplicate ${noun} id '${entry.id}' (also ${at}[${first}])`);
      else seen.set(entry.id, index);
    });
  }

  private checkOptionsFrom(
    source: { templateId?: string | undefined; itemId: string; labelItemId: string },
    at: string,
    selfId: string,
  ): void {
    const templateId = source.templateId ?? selfId;
    const template = this.templates.get(templateId);
    if (!template) {
      this.fail(`${at}.templateId`, `unknown template '${templateId}'`);
      return;
    }
    const entry = catalogueTemplate(template).items.get(source.itemId);
    if (!entry || entry.depth > 0 || entry.item.kind !== 'repeatingGroup') {
      this.fail(`${at}.itemId`, `'${source.itemId}' must be a repeating group at the top of a section`);
      return;
    }
    const label = entry.item.items.find((child) => child.id === source.labelItemId);
    if (!label || (label.kind !== 'shortText' && label.kind !== 'longText'))
      this.fail(
        `${at}.labelItemId`,
        `'${source.labelItemId}' must be a text item in the rows of '${source.itemId}'`,
      );
  }

  /** Rules of a template (`ownerTemplateId`) or of a case (null). */
  checkRules(rules: readonly QualityRule[], prefix: string, ownerTemplateId: string | null): void {
    this.checkUnique(rules, prefix, 'rule');
    rules.forEach((rule, index) => {
      const at = `${prefix}[${index}]`;
      const scope: Scope = { templateId: ownerTemplateId ?? '' };
      let rowGroup: AnyRepeatingGroupItem | null = null;
      if (rule.forEachRow) {
        const template = this.templates.get(rule.forEachRow.templateId);
        const entry = template ? catalogueTemplate(template).items.get(rule.forEachRow.itemId) : undefined;
        if (!template)
          this.fail(`${at}.forEachRow.templateId`, `unknown template '${rule.forEachRow.templateId}'`);
        else if (!entry || entry.item.kind !== 'repeatingGroup')
          this.fail(`${at}.forEachRow.itemId`, `'${rule.forEachRow.itemId}' is not a repeating group`);
        else {
          rowGroup = entry.item;
          scope.templateId = template.id;
          scope.row = { group: rowGroup, allowed: new Set(rowGroup.items.map((child) => child.id)) };
          if (entry.group)
            scope.parentRow = {
              group: entry.group,
              allowed: new Set(entry.group.items.map((child) => child.id)),
            };
        }
      }
      if (rule.itemRef) {
        const template = this.templates.get(rule.itemRef.templateId);
        if (!template) this.fail(`${at}.itemRef.templateId`, `unknown template '${rule.itemRef.templateId}'`);
        else if (!catalogueTemplate(template).items.has(rule.itemRef.itemId))
          this.fail(
            `${at}.itemRef.itemId`,
            `unknown item id '${rule.itemRef.itemId}' in template '${template.id}'`,
          );
      }
      if (rule.sectionRef) {
        const template = this.templates.get(rule.sectionRef.templateId);
        if (!template)
          this.fail(`${at}.sectionRef.templateId`, `unknown template '${rule.sectionRef.templateId}'`);
        else if (!catalogueTemplate(template).sections.has(rule.sectionRef.sectionId))
          this.fail(
            `${at}.sectionRef.sectionId`,
            `unknown section id '${rule.sectionRef.sectionId}' in template '${template.id}'`,
          );
      }
      if (
        rule.documentRef &&
        this.context.documentIds &&
        !this.context.documentIds.includes(rule.documentRef)
      )
        this.fail(`${at}.documentRef`, `unknown document '${rule.documentRef}'`);
      for (const match of rule.message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        const placeholder = match[1] ?? '';
        const childId = /^row\.([a-z][a-z0-9-]*)$/.exec(placeholder)?.[1];
        if (!rowGroup) this.fail(`${at}.message`, `{{${placeholder}}} needs forEachRow`);
        else if (!childId || !itemIsInGroup(rowGroup, childId))
          this.fail(
            `${at}.message`,
            `{{${placeholder}}} must be row.<id of an item in the rows of '${rowGroup.id}'>`,
          );
      }
      this.checkExpression(rule.when, `${at}.when`, scope);
    });
  }
}

/**
 * Checks a template a tutor wrote (or a built-in). Returns the parsed template, or every problem found,
 * each with its path. Structural problems stop the checks that depend on structure.
 */
/** How many copies of computed values one computed value may be built from, counted through chains of them. */
export const MAX_COMPUTED_FAN_OUT = 64;

export function validateTemplate(input: unknown, context: ValidationContext = {}): TemplateValidation {
  const jsonProblem = findJsonProblem(input, templateJsonLimits);
  if (jsonProblem) return { ok: false, errors: [jsonProblem.replace(/^value:/, 'template:')] };
  // Everything in a template is read by trainees as the tutor wrote it, so no string may hide characters.
  const hidden = findUnreadableIn(input, 'template', () => true);
  if (hidden)
    return {
      ok: false,
      errors: [
        `${hidden.path}: contains ${hidden.description}, a character that can reorder or hide what is read; remove it`,
      ],
    };
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, 'template') };
  const template = parsed.data;
  const others = (context.otherTemplates ?? []).filter((other) => other.id !== template.id);
  const checker = new Checker(template, others, context);
  checker.checkTemplate(template);
  return checker.errors.length > 0 ? { ok: false, errors: checker.errors } : { ok: true, template };
}

/**
 * Checks rules that live outside a template (a case's quality rules) against the templates they read.
 * `prefix` names where they sit, e.g. `rules` or `cases[3].rules`.
 */
export function validateRules(
  input: unknown,
  templates: readonly Template[],
  context: Omit<ValidationContext, 'otherTemplates'> & { prefix?: string } = {},
): RulesValidation {
  const prefix = context.prefix ?? 'rules';
  const jsonProblem = findJsonProblem(input, templateJsonLimits);
  if (jsonProblem) return { ok: false, errors: [`${prefix}: ${jsonProblem}`] };
  const parsed = qualityRuleSchema.array().max(500).safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, prefix, prefix) };
  const checker = new Checker(null, templates, context);
  checker.checkRules(parsed.data, prefix, null);
  return checker.errors.length > 0 ? { ok: false, errors: checker.errors } : { ok: true, rules: parsed.data };
}
