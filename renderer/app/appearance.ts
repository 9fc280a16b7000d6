import type { Settings } from '@shared/model/settings';

/**
 * Theme, text size and font are attributes on <html> that the stylesheet reads, so no inline style is needed
 * (the CSP forbids it) and a change applies to every screen at once.
 */
export function applyAppearance(
  settings: Pick<Settings, 'theme' | 'textSize' | 'dyslexiaFriendlyFont'>,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
  root.dataset.font = settings.dyslexiaFriendlyFont ? 'readable' : 'standard';
}
