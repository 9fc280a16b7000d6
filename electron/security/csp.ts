/**
 * The renderer's Content Security Policy. Sent as a response header for every `app://` file and repeated
 * as a meta tag in `renderer/index.html` (a test keeps the two equal), so the policy holds even where a
 * header cannot be set (the e2e harness serves the same build over loopback).
 *
 * Why each source:
 * - `'self'` only: the app never loads anything remote; no CDN, no analytics, no fonts from the web.
 * - no `'unsafe-inline'` for scripts or styles, no `'unsafe-eval'`: the template engine interprets rules
 *   without eval, and Vite emits every script and stylesheet as a file.
 * - `img-src data:`: small inline SVG icons in CSS; data: images cannot run script.
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'`: no plugins, no <base> hijack, and forms
 *   are handled in script, never submitted anywhere.
 * - `frame-ancestors 'none'`: nobody may frame the app (only honoured in the header, harmless in the meta).
 */
export const cspDirectives: ReadonlyArray<readonly [directive: string, sources: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const contentSecurityPolicy: string = cspDirectives
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

/** Reads the policy out of an HTML file's meta tag, or null when there is none. */
export function metaContentSecurityPolicy(html: string): string | null {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html);
  if (!tag) return null;
  const content = /\scontent="([^"]*)"/i.exec(tag[0]) ?? /\scontent='([^']*)'/i.exec(tag[0]);
  return content?.[1] ?? null;
}

/** Parses a policy into directive -> sources so tests can ask precise questions of it. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const [name, ...sources] = tokens;
    if (name !== undefined && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}
