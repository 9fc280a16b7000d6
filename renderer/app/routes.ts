import { useSyncExternalStore } from 'react';

/** Screens are addressed by the URL hash so reload, back/forward and plain links all work on any origin. */
export type Route =
  | { screen: 'home' }
  | { screen: 'settings' }
  | { screen: 'predictors' }
  | { screen: 'attempt'; attemptId: string; templateId: string | null; sectionId: string | null }
  | { screen: 'not-found'; hash: string };

const safeSegment = /^[a-z0-9][a-z0-9.-]{0,119}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { screen: 'home' };
  if (path === 'settings') return { screen: 'settings' };
  if (path === 'predictors') return { screen: 'predictors' };
  const parts = path.split('/');
  if (parts[0] === 'attempts' && parts.length >= 2 && parts.length <= 4) {
    const [, attemptId, templateId, sectionId] = parts;
    if ([attemptId, templateId, sectionId].every((p) => p === undefined || safeSegment.test(p))) {
      return {
        screen: 'attempt',
        attemptId: attemptId!,
        templateId: templateId ?? null,
        sectionId: sectionId ?? null,
      };
    }
  }
  return { screen: 'not-found', hash };
}

export const hrefs = {
  home: '#/',
  settings: '#/settings',
  predictors: '#/predictors',
  attempt: (attemptId: string, templateId?: string, sectionId?: string) =>
    `#/attempts/${[attemptId, templateId, sectionId].filter((p) => p !== undefined).join('/')}`,
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
