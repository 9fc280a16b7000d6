import { useMemo } from 'react';
import { RefusalSummary } from '../../components/RefusalSummary';
import { splitRefusal } from '../templates/refusal';

/** A case the host refused (an import or a save): each problem with its path in the case format. */
export function CaseRefusal({ message, testId }: { message: string; testId: string }) {
  // One object per message, so the summary takes focus when a refusal arrives, not on every drawing.
  const refusal = useMemo(() => splitRefusal(message), [message]);
  return (
    <RefusalSummary refusal={refusal} testId={testId}>
      Lists are counted from 0: <code>documents[1]</code> is the second document.
    </RefusalSummary>
  );
}
