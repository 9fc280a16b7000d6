import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage, Hint, describedBy } from '@renderer/components/form';
import type { AnyRepeatingGroupItem, RepeatingGroupRow } from '@shared/templates';
import { rowsOf } from '../answer-paths';
import type { AnswerScope } from '../answer-paths';
import { useAttempt, useAttemptActions, useAttemptStore } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { ItemHeading } from './ItemHeading';
import { GuidanceDetails } from './GuidanceText';
import { ItemField } from './ItemField';

function countHint(item: AnyRepeatingGroupItem): string | null {
  const min = item.minRows ?? 0;
  const label = item.rowLabel.toLowerCase();
  if (min > 0 && item.maxRows !== undefined) return `Add between ${min} and ${item.maxRows} (${label}).`;
  if (min > 0) return `Add at least ${min} (${label}).`;
  if (item.maxRows !== undefined) return `You can add up to ${item.maxRows} (${label}).`;
  return null;
}

/** Whether a row holds anything the trainee typed or chose (a removed empty row needs no way back). */
export function rowHasAnswers(row: RepeatingGroupRow): boolean {
  const filled = (value: unknown): boolean => {
    if (value === null || value === undefined) return false;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.some(filled);
    if (typeof value === 'object') return Object.values(value).some(filled);
    return true;
  };
  return filled(row.values);
}

/** What a removal took away: the rows as they were, so "Undo" puts the row back where it was. */
interface Removal {
  before: RepeatingGroupRow[];
  rowId: string;
  name: string;
}

function GroupRow({
  item,
  scope,
  rowId,
  index,
  canRemove,
  sectionKey,
  onRemove,
}: {
  item: AnyRepeatingGroupItem;
  scope: AnswerScope;
  rowId: string;
  index: number;
  canRemove: boolean;
  sectionKey: string;
  onRemove: (rowId: string, index: number) => void;
}) {
  // One scope object per row, kept while the row lives, so the row's fields see stable props.
  const rowScope = useMemo<AnswerScope>(
    () => ({ templateId: scope.templateId, rows: [...scope.rows, { groupId: item.id, rowId }] }),
    [scope, item.id, rowId],
  );
  const name = `${item.rowLabel} ${index + 1}`;
  return (
    <fieldset className="repeating-group__row" id={`${rowScope.templateId}--row-${rowId}`}>
      <legend className="fieldset__legend fieldset__legend--s repeating-group__legend">{name}</legend>
      {item.items.map((child) => (
        <ItemField key={child.id} item={child} scope={rowScope} sectionKey={sectionKey} />
      ))}
      {canRemove ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onRemove(rowId, index)}
        >
          Remove {name.toLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}

/**
 * The GOV.UK "add another" pattern: rows in fieldsets, a remove button per row while more than the minimum
 * remain, and an add button up to the maximum. Focus follows the trainee: into a new row, back to the add
 * button after a removal.
 */
export function RepeatingGroupField({
  item,
  scope,
  id,
  error,
  required,
  sectionKey,
}: FieldProps<AnyRepeatingGroupItem> & { sectionKey: string }) {
  const rowIds = useAttempt(
    useShallow((state) => rowsOf(state.attempt.answers, scope, item.id).map((row) => row.rowId)),
  );
  const actions = useAttemptActions();
  const store = useAttemptStore();
  // Where focus goes once the rows have re-rendered after an add or a remove.
  const pendingFocus = useRef<{ kind: 'row'; rowId: string } | { kind: 'add' } | { kind: 'undo' } | null>(
    null,
  );
  const addRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const headingId = `${id}-heading`;
  const min = item.minRows ?? 0;
  const atMax = item.maxRows !== undefined && rowIds.length >= item.maxRows;
  const hint = countHint(item);
  const label = item.rowLabel.toLowerCase();

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target.kind === 'add') addRef.current?.focus();
    else if (target.kind === 'undo') undoRef.current?.focus();
    else {
      const row = document.getElementById(`${scope.templateId}--row-${target.rowId}`);
      row?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    }
  }, [rowIds, scope.templateId, removal]);

  const remove = (rowId: string, index: number) => {
    const before = rowsOf(store.getState().attempt.answers, scope, item.id);
    const row = before.find((r) => r.rowId === rowId);
    // A row with answers in it can be brought back (GOV.UK's way: act at once, offer undo, never lose work).
    const undoable = row !== undefined && rowHasAnswers(row);
    setRemoval(undoable ? { before, rowId, name: `${item.rowLabel} ${index + 1}` } : null);
    pendingFocus.current = { kind: undoable ? 'undo' : 'add' };
    actions.removeRow(scope, item.id, rowId);
  };
  const undo = () => {
    if (!removal) return;
    pendingFocus.current = { kind: 'row', rowId: removal.rowId };
    actions.setAnswer(scope, item.id, removal.before);
    // As when a row is added: the engine must see the row before its questions can be drawn and focused.
    actions.evaluateNow();
    setRemoval(null);
  };

  return (
    <div
      className={`form-group repeating-group${error ? ' form-group--error' : ''}`}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={describedBy(id, hint, error)}
    >
      <ItemHeading scope={scope} className="heading-s repeating-group__heading" id={headingId}>
        {item.prompt}
        {optionalSuffix(required)}
      </ItemHeading>
      <Hint id={id}>{hint}</Hint>
      <GuidanceDetails guidance={item.guidance} />
      <ErrorMessage id={id} error={error} />
      {rowIds.length === 0 ? <p className="body secondary-text">None added yet.</p> : null}
      {rowIds.map((rowId, index) => (
        <GroupRow
          key={rowId}
          item={item}
          scope={scope}
          rowId={rowId}
          index={index}
          canRemove={rowIds.length > min}
          sectionKey={sectionKey}
          onRemove={remove}
        />
      ))}
      {removal ? (
        <div
          className="inset-text removed-row"
          tabIndex={-1}
          ref={undoRef}
          data-testid="removed-row"
          aria-labelledby={`${id}-removed`}
        >
          <p className="body" id={`${id}-removed`}>
            {removal.name} removed, with what you wrote in it.
          </p>
          <button type="button" className="button button--secondary button--small" onClick={undo}>
            Undo<span className="visually-hidden"> removing {removal.name.toLowerCase()}</span>
          </button>
        </div>
      ) : null}
      {atMax ? (
        // Carries the item's id while "Add" is gone, so an error link still lands on the list.
        <p className="body secondary-text" id={id} tabIndex={-1}>
          You have added the most this list allows ({item.maxRows}).
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          id={id}
          ref={addRef}
          onClick={() => {
            setRemoval(null);
            pendingFocus.current = { kind: 'row', rowId: '' };
            const rowId = actions.addRow(scope, item.id);
            pendingFocus.current = { kind: 'row', rowId };
          }}
        >
          {rowIds.length === 0
            ? `Add ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`
            : `Add another ${label}`}
        </button>
      )}
    </div>
  );
}
