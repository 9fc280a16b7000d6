import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage, Hint, describedBy } from '@renderer/components/form';
import type { AnyRepeatingGroupItem } from '@shared/templates';
import { rowsOf } from '../answer-paths';
import type { AnswerScope } from '../answer-paths';
import { useAttempt, useAttemptActions } from '../context';
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
  // Where focus goes once the rows have re-rendered after an add or a remove.
  const pendingFocus = useRef<{ kind: 'row'; rowId: string } | { kind: 'add' } | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
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
    else {
      const row = document.getElementById(`${scope.templateId}--row-${target.rowId}`);
      row?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    }
  }, [rowIds, scope.templateId]);

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
          onRemove={(removed) => {
            pendingFocus.current = { kind: 'add' };
            actions.removeRow(scope, item.id, removed);
          }}
        />
      ))}
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
