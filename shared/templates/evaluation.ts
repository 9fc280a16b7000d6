import type { JsonValue } from '../model/json';
import type { QualityRule, RuleResult, RuleSource, SectionRef } from '../rules/schema';
import {
  checkAnswer,
  hasContent,
  isAnswered,
  hasAnswerShape,
  isRepeatingGroupAnswer,
  type AnswerValue,
  type RepeatingGroupRow,
  requiredMessage,
} from './answers';
import { isTruthy, runLogic } from './logic';
import type { JsonLogic } from './logic-schema';
import type { AnswerableItem, AnyRepeatingGroupItem, OptionsFrom, Section, Template } from './schema';
import { isAnswerable } from './schema';
import type {
  CaseContext,
  EvaluateInput,
  EvaluationProblem,
  ItemError,
  OfferedOption,
} from './evaluation-types';
import type { PreparedSet } from './prepare';

/** One pass over an attempt's answers in dependency order: the state `evaluateAttempt` reads its results from. */

const hintText = (value: JsonValue): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export const rowKey = (templateId: string, itemId: string, rowPath: readonly string[]): string =>
  rowPath.length === 0 ? `${templateId}/${itemId}` : `${templateId}/${itemId}#${rowPath.join('/')}`;

export const toRowPath = (rowPath: string | readonly string[] | undefined): readonly string[] =>
  rowPath === undefined ? [] : typeof rowPath === 'string' ? [rowPath] : rowPath;

interface EvaluationData {
  answers: Record<string, Record<string, AnswerValue>>;
  computed: Record<string, Record<string, JsonValue>>;
  case: { id: string | null; facts: Record<string, JsonValue>; releasedDocuments: readonly string[] };
  interview: NonNullable<CaseContext['interview']>;
}

interface RowData extends EvaluationData {
  row: Record<string, AnswerValue>;
  parentRow: Record<string, AnswerValue> | null;
  rowId: string;
  rowIndex: number;
}

const isRowArray = isRepeatingGroupAnswer;

export class Evaluation {
  readonly data: EvaluationData;
  readonly visibility = new Map<string, boolean>();
  readonly requiredness = new Map<string, boolean>();
  readonly sectionVisibility = new Map<string, boolean>();
  readonly itemErrors: ItemError[] = [];
  readonly problems: EvaluationProblem[] = [];
  /** Row data each row item was evaluated with, for options' suggestedWhen and hint asked for later. */
  readonly rowData = new Map<string, RowData>();
  readonly rowOptions = new Map<string, OfferedOption[]>();
  readonly counts = new Map<
    string,
    { required: number; answered: number; errors: number; anyAnswer: boolean }
  >();

  constructor(
    readonly prepared: PreparedSet,
    readonly answers: EvaluateInput['answers'],
    readonly caseContext: CaseContext | null,
  ) {
    this.data = {
      answers: {},
      computed: {},
      case: {
        id: caseContext?.caseId ?? null,
        facts: caseContext?.facts ?? {},
        releasedDocuments: caseContext?.releasedDocumentIds ?? [],
      },
      interview: caseContext?.interview ?? { asked: {}, uncovered: {}, held: false },
    };
    for (const id of prepared.byId.keys()) {
      this.data.answers[id] = {};
      this.data.computed[id] = {};
    }
  }

  /** `at` is a function so the path is only built when something fails: this runs on every keystroke. */
  run(expression: JsonLogic, data: object, templateId: string, at: () => string): JsonValue {
    const outcome = runLogic(expression, data);
    if (outcome.ok) return outcome.value;
    this.problems.push({ templateId, at: at(), message: outcome.error });
    return null;
  }

  test(expression: JsonLogic | undefined, data: object, templateId: string, at: () => string): boolean {
    if (expression === undefined) return true;
    return isTruthy(this.run(expression, data, templateId, at));
  }

  sectionShown(template: Template, section: Section, sectionIndex: number): boolean {
    const key = `${template.id}/${section.id}`;
    const known = this.sectionVisibility.get(key);
    if (known !== undefined) return known;
    const shown = this.test(
      section.showWhen,
      this.data,
      template.id,
      () => `sections[${sectionIndex}].showWhen`,
    );
    this.sectionVisibility.set(key, shown);
    return shown;
  }

  rawAnswer(templateId: string, itemId: string): unknown {
    return this.answers[templateId]?.[itemId];
  }

  /** A stored value of the right shape, or null; the shape problem is reported by `checkItems`. */
  shaped(item: AnswerableItem, value: unknown): AnswerValue {
    if (value === null || value === undefined) return null;
    return hasAnswerShape(item, value) ? (value as AnswerValue) : null;
  }

  resolveNodes(): void {
    for (const node of this.prepared.order) {
      const { template, section, sectionIndex, item, path } = node;
      const shown =
        this.sectionShown(template, section, sectionIndex) &&
        this.test(item.showWhen, this.data, template.id, () => `${path}.showWhen`);
      this.visibility.set(rowKey(template.id, item.id, []), shown);
      if (item.kind === 'computed') {
        // Computed values are worked out even when hidden, so other templates can always read them.
        this.data.computed[template.id]![item.id] = this.run(
          item.expression,
          this.data,
          template.id,
          () => `${path}.expression`,
        );
        continue;
      }
      if (!isAnswerable(item) || !shown) continue;
      const raw = this.rawAnswer(template.id, item.id);
      if (item.kind === 'repeatingGroup') {
        const rows = this.resolveRows(template, item, raw, [], null, path);
        if (rows.length > 0) this.data.answers[template.id]![item.id] = rows;
        continue;
      }
      const value = this.shaped(item, raw);
      if (value !== null) this.data.answers[template.id]![item.id] = value;
    }
  }

  /** Decides each row item's visibility in order, so a condition may read earlier items of its row. */
  resolveRows(
    template: Template,
    group: AnyRepeatingGroupItem,
    raw: unknown,
    outerPath: readonly string[],
    parentRow: Record<string, AnswerValue> | null,
    groupPath: string,
  ): RepeatingGroupRow[] {
    if (!isRowArray(raw)) return [];
    return raw.map((rawRow, rowIndex) => {
      const rowPath = [...outerPath, rawRow.rowId];
      const values: Record<string, AnswerValue> = {};
      const rowData: RowData = { ...this.data, row: values, parentRow, rowId: rawRow.rowId, rowIndex };
      group.items.forEach((child, childIndex) => {
        const key = rowKey(template.id, child.id, rowPath);
        this.rowData.set(key, rowData);
        const shown = this.test(
          child.showWhen,
          rowData,
          template.id,
          () => `${groupPath}.items[${childIndex}].showWhen`,
        );
        this.visibility.set(key, shown);
        if (!shown || !isAnswerable(child)) return;
        const rawValue = rawRow.values[child.id];
        if (child.kind === 'repeatingGroup') {
          const rows = this.resolveRows(
            template,
            child,
            rawValue,
            rowPath,
            values,
            `${groupPath}.items[${childIndex}]`,
          );
          if (rows.length > 0) values[child.id] = rows;
          return;
        }
        const value = this.shaped(child, rawValue);
        if (value !== null) values[child.id] = value;
      });
      return { rowId: rawRow.rowId, values };
    });
  }

  options(templateId: string, itemId: string, rowPath: readonly string[]): OfferedOption[] {
    const template = this.prepared.byId.get(templateId);
    const entry = this.prepared.catalogues.get(templateId)?.items.get(itemId);
    if (!template || !entry) return [];
    const item = entry.item;
    if (item.kind !== 'singleChoice' && item.kind !== 'multiChoice') return [];
    const data =
      rowPath.length > 0 ? (this.rowData.get(rowKey(templateId, itemId, rowPath)) ?? this.data) : this.data;
    if (item.optionsFrom) {
      // The same for every row, and asked for once per row: work it out once per evaluation.
      const memoKey = `${templateId}/${itemId}`;
      const known = this.rowOptions.get(memoKey);
      if (known) return known;
      const offered = this.optionsFromRows(templateId, item.optionsFrom);
      this.rowOptions.set(memoKey, offered);
      return offered;
    }
    return (item.options ?? []).map(({ hint, ...option }, index) => ({
      ...option,
      suggested:
        option.suggestedWhen !== undefined &&
        this.test(
          option.suggestedWhen,
          data,
          templateId,
          () => `${entry.path}.options[${index}].suggestedWhen`,
        ),
      hint:
        hint === undefined
          ? null
          : hintText(this.run(hint, data, templateId, () => `${entry.path}.options[${index}].hint`)),
    }));
  }

  optionsFromRows(templateId: string, source: OptionsFrom): OfferedOption[] {
    const sourceId = source.templateId ?? templateId;
    const sourceGroup = this.prepared.catalogues.get(sourceId)?.items.get(source.itemId)?.item;
    const rows = this.data.answers[sourceId]?.[source.itemId];
    if (!sourceGroup || sourceGroup.kind !== 'repeatingGroup' || !Array.isArray(rows)) return [];
    return (rows as RepeatingGroupRow[]).map((row, index) => {
      const label = row.values[source.labelItemId];
      const trimmed = typeof label === 'string' ? label.trim() : '';
      return {
        id: row.rowId,
        label: trimmed || `${sourceGroup.rowLabel} ${index + 1}`,
        suggested: false,
        hint: null,
      };
    });
  }

  private count(templateId: string, sectionId: string) {
    const key = `${templateId}/${sectionId}`;
    let counts = this.counts.get(key);
    if (!counts) {
      counts = { required: 0, answered: 0, errors: 0, anyAnswer: false };
      this.counts.set(key, counts);
    }
    return counts;
  }

  /** Required and invalid answers of one visible item (rows included). */
  checkItem(
    template: Template,
    section: Section,
    item: AnswerableItem,
    path: string,
    raw: unknown,
    effective: AnswerValue | undefined,
    data: object,
    rowPath: readonly string[],
  ): void {
    const counts = this.count(template.id, section.id);
    const required =
      item.required === true ||
      (item.requiredWhen !== undefined &&
        this.test(item.requiredWhen, data, template.id, () => `${path}.requiredWhen`));
    this.requiredness.set(rowKey(template.id, item.id, rowPath), required);
    const fail = (problem: ItemError['problem'], message: string): void => {
      counts.errors += 1;
      this.itemErrors.push({
        templateId: template.id,
        sectionId: section.id,
        itemId: item.id,
        rowPath: [...rowPath],
        problem,
        message,
      });
    };
    if (hasContent(effective)) counts.anyAnswer = true;

    const options =
      item.kind === 'singleChoice' || item.kind === 'multiChoice'
        ? this.options(template.id, item.id, rowPath)
        : undefined;
    const problem = checkAnswer(item, raw, options);
    if (problem) fail('invalid', problem);

    if (item.kind === 'repeatingGroup') {
      const rows = (effective as RepeatingGroupRow[] | undefined) ?? [];
      const minimum = Math.max(item.minRows ?? 0, required ? 1 : 0);
      if (minimum > 0) {
        counts.required += 1;
        if (rows.length >= minimum) counts.answered += 1;
        else
          fail(
            'required',
            minimum === 1
              ? requiredMessage(item)
              : `Add at least ${minimum} (${item.rowLabel.toLowerCase()}).`,
          );
      }
      const rawRows = isRowArray(raw) ? raw : [];
      for (const row of rows) {
        const rawRow = rawRows.find((candidate) => candidate.rowId === row.rowId);
        const childRowPath = [...rowPath, row.rowId];
        item.items.forEach((child, childIndex) => {
          if (!isAnswerable(child)) return;
          const key = rowKey(template.id, child.id, childRowPath);
          if (!this.visibility.get(key)) return;
          const rowData = this.rowData.get(key) ?? data;
          this.checkItem(
            template,
            section,
            child,
            `${path}.items[${childIndex}]`,
            rawRow?.values[child.id],
            row.values[child.id],
            rowData,
            childRowPath,
          );
        });
      }
      return;
    }

    if (!required) return;
    counts.required += 1;
    if (problem === null && isAnswered(item, effective)) counts.answered += 1;
    else if (problem === null) fail('required', requiredMessage(item));
  }

  checkItems(): void {
    for (const template of this.prepared.byId.values()) {
      template.sections.forEach((section, sectionIndex) => {
        if (!this.sectionShown(template, section, sectionIndex)) return;
        this.count(template.id, section.id);
        section.items.forEach((item, itemIndex) => {
          if (!isAnswerable(item) || !this.visibility.get(rowKey(template.id, item.id, []))) return;
          this.checkItem(
            template,
            section,
            item,
            `sections[${sectionIndex}].items[${itemIndex}]`,
            this.rawAnswer(template.id, item.id),
            this.data.answers[template.id]?.[item.id],
            this.data,
            [],
          );
        });
      });
    }
  }

  /** Every visible row of a group, nested groups included, with the data to evaluate a rule against. */
  rowsOf(templateId: string, groupId: string): RowData[] {
    const catalogue = this.prepared.catalogues.get(templateId);
    const entry = catalogue?.items.get(groupId);
    if (!entry || entry.item.kind !== 'repeatingGroup') return [];
    const firstChild = entry.item.items[0];
    if (!firstChild) return [];
    const found: RowData[] = [];
    const visit = (rows: AnswerValue | undefined, outerPath: readonly string[], depth: number): void => {
      if (!Array.isArray(rows)) return;
      for (const row of rows as RepeatingGroupRow[]) {
        const path = [...outerPath, row.rowId];
        if (depth === entry.depth) {
          const data = this.rowData.get(rowKey(templateId, firstChild.id, path));
          if (data) found.push(data);
        } else if (entry.group) {
          const nested = row.values[entry.item.id];
          visit(nested, path, depth + 1);
        }
      }
    };
    const top = catalogue!.topLevelOf.get(groupId)!;
    visit(this.data.answers[templateId]?.[top], [], 0);
    return found;
  }

  sectionOfItem(templateId: string, itemId: string): SectionRef | undefined {
    const entry = this.prepared.catalogues.get(templateId)?.items.get(itemId);
    return entry ? { templateId, sectionId: entry.section.id } : undefined;
  }

  runRules(rules: readonly QualityRule[], source: RuleSource, prefix: string): RuleResult[] {
    const results: RuleResult[] = [];
    const problemTemplate = source.kind === 'template' ? source.templateId : '';
    rules.forEach((rule, index) => {
      const at = () => `${prefix}[${index}].when`;
      const sectionRef =
        rule.sectionRef ??
        (rule.itemRef ? this.sectionOfItem(rule.itemRef.templateId, rule.itemRef.itemId) : undefined) ??
        (rule.forEachRow
          ? this.sectionOfItem(rule.forEachRow.templateId, rule.forEachRow.itemId)
          : undefined);
      const base = {
        ruleId: rule.id,
        source,
        severity: rule.severity,
        ...(rule.itemRef ? { itemRef: rule.itemRef } : {}),
        ...(sectionRef ? { sectionRef } : {}),
        ...(rule.documentRef ? { documentRef: rule.documentRef } : {}),
      };
      if (!rule.forEachRow) {
        if (this.test(rule.when, this.data, problemTemplate, at))
          results.push({ ...base, message: rule.message });
        return;
      }
      for (const rowData of this.rowsOf(rule.forEachRow.templateId, rule.forEachRow.itemId)) {
        if (!this.test(rule.when, rowData, problemTemplate, at)) continue;
        results.push({ ...base, rowId: rowData.rowId, message: fillPlaceholders(rule.message, rowData.row) });
      }
    });
    return results;
  }
}

function fillPlaceholders(message: string, row: Record<string, AnswerValue>): string {
  return message.replace(/\{\{\s*row\.([a-z][a-z0-9-]*)\s*\}\}/g, (_, id: string) => {
    const value = row[id];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    return 'this row';
  });
}
