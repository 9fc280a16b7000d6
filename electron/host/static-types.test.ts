import { describe, expect, it } from 'vitest';
import { contentTypeFor, staticContentTypes } from './static-types';

describe('static content types', () => {
  it('covers every file type either server used to know', () => {
    for (const extension of [
      '.html',
      '.js',
      '.mjs',
      '.css',
      '.json',
      '.svg',
      '.png',
      '.ico',
      '.woff',
      '.woff2',
      '.ttf',
      '.txt',
    ])
      expect(staticContentTypes[extension], extension).toBeDefined();
  });

  it('gives text types a charset, ignores the case of the extension, and serves the unknown as bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/A.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/no-extension')).toBe('application/octet-stream');
  });
});
