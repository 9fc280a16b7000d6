import { useSyncExternalStore } from 'react';

/** The parts of the case editor, each its own page. */
export const editorParts = ['details', 'documents', 'interview', 'notes', 'rules', 'preview'] as const;
export type EditorPart = (typeof editorParts)[number];

/** Screens are addressed by the URL hash so reload, back/forward and plain links all work on any origin. */
export type Route =
  | { screen: 'home' }
  | { screen: 'settings' }
  | { screen: 'predictors' }
  | { screen: 'supervision-list' }
  | { screen: 'supervision'; recordId: string | null }
  | { screen: 'compare'; beforeId: string | null; afterId: string | null }
  | { screen: 'progress' }
  | { screen: 'cohort' }
  | { screen: 'debrief'; caseId: string }
  | { screen: 'templates' }
  | { screen: 'case-editor'; part: EditorPart | null }
  | { screen: 'attempt'; attemptId: string; templateId: string | null; sectionId: string | null }
  | { screen: 'review'; attemptId: string }
  | { screen: 'feedback'; attemptId: string }
  | { screen: 'export'; attemptId: string }
  | { screen: 'not-found'; hash: string };

const safeSegment = /^[a-z0-9][a-z0-9.-]{0,119}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { screen: 'home' };
  if (path === 'settings') return { screen: 'settings' };
  if (path === 'predictors') return { screen: 'predictors' };
  if (path === 'supervision') return { screen: 'supervision-list' };
  if (path === 'compare') return { screen: 'compare', beforeId: null, afterId: null };
  if (path === 'progress') return { screen: 'progress' };
  if (path === 'cohort') return { screen: 'cohort' };
  if (path === 'templates') return { screen: 'templates' };
  if (path === 'case-editor') return { screen: 'case-editor', part: null };
  const parts = path.split('/');
  if (parts[0] === 'cohort' && parts.length === 2 && safeSegment.test(parts[1]!))
    return { screen: 'debrief', caseId: parts[1]! };
  if (
    parts[0] === 'case-editor' &&
    parts.length === 2 &&
    (editorParts as readonly string[]).includes(parts[1]!)
  )
    return { screen: 'case-editor', part: parts[1] as EditorPart };
  if (parts[0] === 'supervision' && parts.length === 2 && safeSegment.test(parts[1]!))
    return { screen: 'supervision', recordId: parts[1] === 'new' ? null : parts[1]! };
  if (parts[0] === 'compare' && parts.length === 3 && parts.slice(1).every((p) => safeSegment.test(p)))
    return { screen: 'compare', beforeId: parts[1]!, afterId: parts[2]! };
  if ((parts[0] === 'review' || parts[0] === 'feedback') && parts.length === 2 && safeSegment.test(parts[1]!))
    return { screen: parts[0], attemptId: parts[1]! };
  if (parts[0] === 'attempts' && parts.length === 3 && parts[2] === 'export' && safeSegment.test(parts[1]!))
    return { screen: 'export', attemptId: parts[1]! };
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
  supervisionList: '#/supervision',
  supervisionNew: '#/supervision/new',
  supervision: (recordId: string) => `#/supervision/${recordId}`,
  /** Two attempts (or versions) side by side; without ids, the screen asks which. */
  compare: (beforeId?: string, afterId?: string) =>
    beforeId && afterId ? `#/compare/${beforeId}/${afterId}` : '#/compare',
  progress: '#/progress',
  /** A tutor's trainees' work by case, and the debrief of one case for a group session. */
  cohort: '#/cohort',
  debrief: (caseId: string) => `#/cohort/${caseId}`,
  /** Built-in templates and tutors' own: add one from a file, or delete one. */
  templates: '#/templates',
  /** Tutors writing a case: start one (new or from a built-in), or one part of the case being written. */
  caseEditor: (part?: EditorPart) => (part ? `#/case-editor/${part}` : '#/case-editor'),
  attempt: (attemptId: string, templateId?: string, sectionId?: string) =>
    `#/attempts/${[attemptId, templateId, sectionId].filter((p) => p !== undefined).join('/')}`,
  /** A tutor reviewing a trainee's attempt (read-only work, comments and judgements). */
  review: (attemptId: string) => `#/review/${attemptId}`,
  /** A trainee's own work with the feedback on it, and sharing it with a tutor. */
  feedback: (attemptId: string) => `#/feedback/${attemptId}`,
  /** Export an attempt as a PDF or .casework file, with options. */
  exportAttempt: (attemptId: string) => `#/attempts/${attemptId}/export`,
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
