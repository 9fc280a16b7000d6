import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { setPageTitle } from './document-title';

let navigatedSinceLoad = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigatedSinceLoad = true;
  });
}

/**
 * The page's h1. After moving between screens, focus lands here so keyboard and screen-reader users start at
 * the top of the new screen; on first load focus is left alone. Also sets the window title.
 */
export function PageHeading({
  children,
  title,
  caption,
}: {
  children: ReactNode;
  title: string;
  caption?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setPageTitle(title);
    if (navigatedSinceLoad) ref.current?.focus();
  }, [title]);
  return (
    <>
      {caption ? <span className="caption">{caption}</span> : null}
      <h1 className="heading-xl page-heading" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
