import type {
  ChoicesItemDiff,
  EvidenceItemDiff,
  GridItemDiff,
  GroupItemDiff,
  ItemDiff,
  TextItemDiff,
  ValueItemDiff,
} from '@shared/compare';
import { changeLabels, directionLabels, gridChangeLabels, visibleCells } from './present';

/**
 * One item's change, drawn so that every difference is also said in words: deleted and inserted words carry
 * a visible "removed:" / "added:" label (not colour alone), levels say "raised" or "lowered".
 */

export function ChangeTag({ change }: { change: ItemDiff['change'] }) {
  if (change === 'unchanged') return <strong className="tag tag--grey">{changeLabels[change]}</strong>;
  if (change === 'added') return <strong className="tag tag--green">{changeLabels[change]}</strong>;
  if (change === 'removed') return <strong className="tag tag--blue">{changeLabels[change]}</strong>;
  return <strong className="tag tag--yellow">{changeLabels[change]}</strong>;
}

function TextDiffView({ diff }: { diff: TextItemDiff }) {
  if (diff.change === 'unchanged') {
    const text = diff.parts.map((part) => part.text).join('');
    return <p className="body compare-text">{text || <em>No answer on either side.</em>}</p>;
  }
  return (
    <>
      <p className="hint">
        {diff.wordsAdded} {diff.wordsAdded === 1 ? 'word' : 'words'} added, {diff.wordsRemoved}{' '}
        {diff.wordsRemoved === 1 ? 'word' : 'words'} removed.
      </p>
      <p className="body compare-text" data-testid="text-diff">
        {diff.parts.map((part, index) =>
          part.op === 'equal' ? (
            <span key={index}>{part.text}</span>
          ) : part.op === 'insert' ? (
            <ins key={index} className="diff-insert">
              <span className="diff-label">[added: </span>
              {part.text}
              <span className="diff-label">]</span>
            </ins>
          ) : (
            <del key={index} className="diff-delete">
              <span className="diff-label">[removed: </span>
              {part.text}
              <span className="diff-label">]</span>
            </del>
          ),
        )}
      </p>
    </>
  );
}

function BeforeAfter({
  before,
  after,
  extra,
}: {
  before: string;
  after: string;
  extra?: string | undefined;
}) {
  return (
    <dl className="compare-before-after">
      <div>
        <dt>Before</dt>
        <dd>{before}</dd>
      </div>
      <div>
        <dt>After</dt>
        <dd>
          {after}
          {extra ? <strong className="compare-direction"> ({extra})</strong> : null}
        </dd>
      </div>
    </dl>
  );
}

const none = 'No answer';

function ValueDiffView({ diff }: { diff: ValueItemDiff }) {
  return (
    <BeforeAfter
      before={diff.before ?? none}
      after={diff.after ?? none}
      extra={diff.direction ? directionLabels[diff.direction] : undefined}
    />
  );
}

function ChoicesDiffView({ diff }: { diff: ChoicesItemDiff }) {
  return (
    <>
      <BeforeAfter
        before={diff.before.length > 0 ? diff.before.join('; ') : 'None chosen'}
        after={diff.after.length > 0 ? diff.after.join('; ') : 'None chosen'}
      />
      {diff.added.length > 0 ? <p className="body">Added: {diff.added.join('; ')}</p> : null}
      {diff.removed.length > 0 ? <p className="body">Removed: {diff.removed.join('; ')}</p> : null}
    </>
  );
}

function GridDiffView({ diff, showAll }: { diff: GridItemDiff; showAll: boolean }) {
  const cells = visibleCells(diff, showAll);
  const hidden = diff.cells.length - cells.length;
  return (
    <>
      <p className="hint">
        {diff.raised} {diff.raised === 1 ? 'rating' : 'ratings'} raised, {diff.lowered} lowered.
      </p>
      {cells.length > 0 ? (
        <table className="table compare-grid" data-testid="grid-diff">
          <caption className="visually-hidden">Ratings before and after: {diff.prompt}</caption>
          <thead>
            <tr>
              <th scope="col">Who or what</th>
              <th scope="col">Setting</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => (
              <tr
                key={`${cell.rowId}/${cell.columnId}`}
                className={
                  cell.change === 'raised'
                    ? 'compare-raised'
                    : cell.change === 'lowered'
                      ? 'compare-lowered'
                      : undefined
                }
              >
                <th scope="row">{cell.rowLabel}</th>
                <td>{cell.columnLabel}</td>
                <td>{cell.before ?? 'Not rated'}</td>
                <td>{cell.after ?? 'Not rated'}</td>
                <td>
                  <strong>{gridChangeLabels[cell.change]}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {hidden > 0 ? (
        <p className="hint">
          {hidden} {hidden === 1 ? 'rating is' : 'ratings are'} the same on both sides.
        </p>
      ) : null}
    </>
  );
}

function EvidenceDiffView({ diff }: { diff: EvidenceItemDiff }) {
  return (
    <>
      {diff.added.map((reference, index) => (
        <blockquote key={`a${index}`} className="compare-quote">
          <span className="diff-label">Quote added: </span>“{reference.quote}”
        </blockquote>
      ))}
      {diff.removed.map((reference, index) => (
        <blockquote key={`r${index}`} className="compare-quote compare-quote--removed">
          <span className="diff-label">Quote removed: </span>“{reference.quote}”
        </blockquote>
      ))}
      <p className="hint">
        {diff.kept} {diff.kept === 1 ? 'quote' : 'quotes'} kept.
      </p>
    </>
  );
}

function GroupDiffView({ diff, showAll, level }: { diff: GroupItemDiff; showAll: boolean; level: number }) {
  const rows = showAll ? diff.rows : diff.rows.filter((row) => row.change !== 'unchanged');
  return (
    <div className="compare-group">
      {rows.map((row) => (
        <div key={`${row.beforeRowId}/${row.afterRowId}`} className="compare-row">
          <p className="body compare-row__title">
            <strong>{row.label}</strong>
            {row.summary ? `: ${row.summary}` : ''} <ChangeTag change={row.change} />
          </p>
          {row.fields
            .filter((field) => showAll || field.change !== 'unchanged')
            .map((field) => (
              <ItemDiffView key={field.itemId} diff={field} showAll={showAll} level={level + 1} />
            ))}
        </div>
      ))}
      {rows.length === 0 ? <p className="hint">No {diff.rowLabel.toLowerCase()} changed.</p> : null}
    </div>
  );
}

export function ItemDiffView({ diff, showAll, level }: { diff: ItemDiff; showAll: boolean; level: number }) {
  const Heading = level <= 0 ? 'h4' : 'h5';
  return (
    <div className={`compare-item compare-item--${diff.change}`} data-testid={`diff-${diff.itemId}`}>
      <Heading className="heading-s compare-item__prompt">
        {diff.prompt} <ChangeTag change={diff.change} />
      </Heading>
      {diff.kind === 'text' ? <TextDiffView diff={diff} /> : null}
      {diff.kind === 'value' ? <ValueDiffView diff={diff} /> : null}
      {diff.kind === 'choices' ? <ChoicesDiffView diff={diff} /> : null}
      {diff.kind === 'grid' ? <GridDiffView diff={diff} showAll={showAll} /> : null}
      {diff.kind === 'evidence' ? <EvidenceDiffView diff={diff} /> : null}
      {diff.kind === 'group' ? <GroupDiffView diff={diff} showAll={showAll} level={level} /> : null}
    </div>
  );
}
