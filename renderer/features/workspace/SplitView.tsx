import { useRef, useState } from 'react';
import type { ReactNode } from 'react';

export const MIN_SHARE = 0.2;
export const MAX_SHARE = 0.8;
const STEP = 0.05;

export function clampShare(share: number): number {
  if (!Number.isFinite(share)) return 0.5;
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, Math.round(share * 100) / 100));
}

export interface SplitViewProps {
  /** Share of the width the side (case file) takes, 0.2 to 0.8; remembered in settings. */
  sideShare: number;
  onCommit: (sideShare: number) => void;
  main: ReactNode;
  side: ReactNode;
  sideShown: boolean;
  sideId: string;
}

/**
 * The form and the case file side by side, with a separator that resizes them by mouse or keyboard (the
 * WAI-ARIA window splitter: its value is the form's share; left and right arrows move it, Home and End go
 * to the limits). The share is committed (and so saved) when a drag or key press ends.
 */
export function SplitView({ sideShare, onCommit, main, side, sideShown, sideId }: SplitViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [dragShare, setDragShare] = useState<number | null>(null);
  const share = clampShare(dragShare ?? sideShare);
  const mainPercent = Math.round((1 - share) * 100);

  const shareAt = (clientX: number): number | null => {
    const rect = container.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    return clampShare(1 - (clientX - rect.left) / rect.width);
  };

  return (
    <div
      className={`split${sideShown ? '' : ' split--side-hidden'}`}
      ref={container}
      style={{ ['--split-main' as string]: `${1 - share}fr`, ['--split-side' as string]: `${share}fr` }}
    >
      <div className="split__main">{main}</div>
      {sideShown ? (
        <>
          <div
            className={`split__separator${dragShare !== null ? ' split__separator--dragging' : ''}`}
            role="separator"
            tabIndex={0}
            aria-orientation="vertical"
            aria-label="Resize the form and the case file"
            aria-controls={sideId}
            aria-valuenow={mainPercent}
            aria-valuemin={Math.round(MIN_SHARE * 100)}
            aria-valuemax={Math.round(MAX_SHARE * 100)}
            aria-valuetext={`Form ${mainPercent}%, case file ${100 - mainPercent}% of the width`}
            data-testid="split-separator"
            onKeyDown={(event) => {
              let next: number | null = null;
              if (event.key === 'ArrowLeft') next = share + STEP;
              else if (event.key === 'ArrowRight') next = share - STEP;
              else if (event.key === 'Home') next = MAX_SHARE;
              else if (event.key === 'End') next = MIN_SHARE;
              if (next === null) return;
              event.preventDefault();
              onCommit(clampShare(next));
            }}
            onPointerDown={(event) => {
              if (event.button !== 0) return;
              event.currentTarget.setPointerCapture(event.pointerId);
              setDragShare(shareAt(event.clientX));
            }}
            onPointerMove={(event) => {
              if (dragShare === null) return;
              const next = shareAt(event.clientX);
              if (next !== null) setDragShare(next);
            }}
            onPointerUp={(event) => {
              if (dragShare === null) return;
              const next = shareAt(event.clientX) ?? dragShare;
              setDragShare(null);
              onCommit(next);
            }}
            onPointerCancel={() => setDragShare(null)}
          >
            <span className="split__grip" aria-hidden="true" />
          </div>
          <div className="split__side" id={sideId}>
            {side}
          </div>
        </>
      ) : null}
    </div>
  );
}
