/**
 * The loopback test harness: serves the built renderer to plain Chromium and answers `window.casework` over
 * HTTP with the SAME handler table the Electron shell dispatches IPC to (electron/host). Tests only.
 *
 * - 127.0.0.1 on a random port; every request must carry the per-run token (header `x-casework-token`,
 *   which Playwright adds, or an HttpOnly cookie set by `/__harness/login?token=` for a person's browser).
 * - The page gets `window.casework` from a same-origin script (`/__harness/casework.js`), generated from the
 *   contract's method names, so the renderer's strict CSP stays as it ships: no inline script.
 * - Native dialogs are fakes the test answers in advance (`setNextDialogAnswer` or POST /__harness/next-dialog).
 * - `restart()` closes the host and opens it again on the same data folder, port and token, as a relaunch would.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { methodNames } from '@shared/contract';
import type { Envelope } from '@shared/contract';
import { randomId } from '@shared/model/ids';
import { LARGEST_REQUEST_BYTES } from '@shared/contract/limits';
import { createFileStore } from '@host/storage/file-store';
import { contentTypeFor } from '@host/static-types';
import type { Dialogs, HostDeps } from '@host/ports';
import { dispatch } from '@host/dispatch';
import { createHost } from '@host/services';
import { fakeKeyProtector } from '@host/encryption/testing';
import type { Host } from '@host/services';
import { pdfWorkerEntry } from '@host/pdf/pdf-runner';

export const tokenHeader = 'x-casework-token';
const tokenCookie = 'casework-harness-token';
/** Exactly what the contract allows (the largest attempt or dropped file), so tests meet IPC's own limits. */
export const maxBodyBytes = LARGEST_REQUEST_BYTES;

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const defaultRendererDir = path.join(repoRoot, 'out', 'renderer');
/** The shell's own worker file when the app is built (out/main/pdf-worker.js), else the same source. */
const pdfWorker = { entry: pdfWorkerEntry(path.join(repoRoot, 'out', 'main')) };

export interface HarnessOptions {
  /** Reuse a data folder (e.g. to start a second harness on the first one's data); a temp folder otherwise. */
  dataDir?: string;
  rendererDir?: string;
  /** Replaces parts of what the host is built with (clock, ids, storage tuning). */
  hostDeps?: Partial<Omit<HostDeps, 'dataDir' | 'dialogs' | 'createStore'>>;
  /** Where the host's own problem reports go; collected in `hostLog` either way. */
  log?: (message: string, error?: unknown) => void;
  /** Show the first-run welcome on a new data folder; most journeys start past it, as a returning user. */
  firstRun?: boolean;
}

export interface DialogCall {
  kind: 'save' | 'open' | 'open-many' | 'folder';
  title: string;
  defaultName?: string;
  answered: string | string[] | null;
}

export interface Harness {
  /** Ends in '/'; open it with a page whose context sends the token header. */
  url: string;
  token: string;
  dataDir: string;
  /** A link a person can open in a browser: it sets the token cookie and goes to the app. */
  loginUrl: string;
  /** The running host, for tests that need to look behind the handlers. */
  readonly host: Host;
  /**
   * Closes the host (finishing queued writes) and opens it again on the same data, port and token.
   * `whileStopped` runs in between, e.g. to damage a file as a crash or a disk fault would.
   */
  restart(options?: { whileStopped?: () => void | Promise<void> }): Promise<void>;
  /** Stops serving, closes the host, and removes the data folder if the harness made it. */
  stop(): Promise<void>;
  /**
   * What the next native dialog answers: a path, or null for "cancelled". Queued in order. A list answers a
   * dialog where several files can be chosen (a single path does too, as a list of one).
   */
  setNextDialogAnswer(answer: string | string[] | null): void;
  readonly dialogCalls: readonly DialogCall[];
  readonly hostLog: readonly string[];
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison: hashing first makes both sides the same length whatever was sent. */
export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The page's `window.casework`: one method per contract method, each a POST answered by `dispatch`. */
export function bridgeScript(names: readonly string[] = methodNames): string {
  return `'use strict';
// Generated by e2e/harness/server.ts from shared/contract: the browser stand-in for the shell's preload.
(() => {
  const methods = ${JSON.stringify(names)};
  const bridge = {};
  for (const method of methods) {
    bridge[method] = async (payload) => {
      const response = await fetch('/__casework/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ payload }),
        cache: 'no-store',
      });
      return response.json();
    };
  }
  Object.defineProperty(window, 'casework', { value: Object.freeze(bridge), enumerable: true });
})();
`;
}

/** Reads the built index.html and adds the bridge script before the app's own script. */
function harnessIndexHtml(rendererDir: string): { html: string; csp: string | null } {
  const indexPath = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexPath)) {
    throw new Error(`No built renderer at ${indexPath}: run \`npm run build:renderer\` first.`);
  }
  const original = fs.readFileSync(indexPath, 'utf8');
  const firstScript = original.indexOf('<script');
  if (firstScript < 0) throw new Error(`${indexPath} has no <script> to put the harness bridge before.`);
  const html = `${original.slice(0, firstScript)}<script src="/__harness/casework.js"></script>\n    ${original.slice(firstScript)}`;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(original)?.[1] ?? null;
  return { html, csp };
}

/** Maps a URL path to a file inside the renderer folder, or null when it would leave it. */
export function staticFileFor(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  return target;
}

class BodyTooLarge extends Error {}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLarge());
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(
  response: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function errorEnvelope(code: 'invalid-request' | 'too-large', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'casework-harness-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const rendererDir = options.rendererDir ?? defaultRendererDir;
  const { html: indexHtml, csp } = harnessIndexHtml(rendererDir);
  const bridgeJs = bridgeScript();
  const token = randomBytes(32).toString('hex');

  const dialogAnswers: Array<string | string[] | null> = [];
  const dialogCalls: DialogCall[] = [];
  const hostLog: string[] = [];
  const answerNextAny = (): string | string[] | null =>
    dialogAnswers.length > 0 ? dialogAnswers.shift()! : null;
  const answerNext = (): string | null => {
    const answered = answerNextAny();
    return Array.isArray(answered) ? (answered[0] ?? null) : answered;
  };
  const dialogs: Dialogs = {
    chooseSavePath: async ({ title, defaultName }) => {
      const answered = answerNext();
      dialogCalls.push({ kind: 'save', title, defaultName, answered });
      return answered;
    },
    chooseOpenPath: async ({ title }) => {
      const answered = answerNext();
      dialogCalls.push({ kind: 'open', title, answered });
      return answered;
    },
    chooseOpenPaths: async ({ title }) => {
      const given = answerNextAny();
      const answered = given === null ? [] : Array.isArray(given) ? given : [given];
      dialogCalls.push({ kind: 'open-many', title, answered });
      return answered;
    },
    chooseFolder: async ({ title }) => {
      const answered = answerNext();
      dialogCalls.push({ kind: 'folder', title, answered });
      return answered;
    },
  };
  const log = (message: string, error?: unknown) => {
    hostLog.push(error === undefined ? message : `${message}: ${String(error)}`);
    options.log?.(message, error);
  };
  const openHost = () =>
    createHost({
      now: () => new Date(),
      newId: randomId,
      // A stand-in key store, so the encryption setting can be exercised in the browser (the shell uses safeStorage).
      keyProtector: fakeKeyProtector(),
      pdfWorker,
      ...options.hostDeps,
      dataDir,
      createStore: createFileStore,
      dialogs,
      log,
    });

  let host = await openHost();
  if (ownsDataDir && !options.firstRun)
    await host.handlers.updateSettings({ showWelcome: false }, { transport: 'harness' });
  let accepting = true;

  const authorised = (request: http.IncomingMessage): boolean => {
    const header = request.headers[tokenHeader];
    const given = Array.isArray(header) ? header[0] : header;
    return tokensMatch(token, given ?? cookieValue(request.headers.cookie, tokenCookie));
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';

    if (url.pathname === '/__harness/login' && method === 'GET') {
      if (!tokensMatch(token, url.searchParams.get('token')))
        return send(response, 403, 'Forbidden', 'text/plain');
      return send(response, 303, '', 'text/plain', {
        location: '/',
        'set-cookie': `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!authorised(request))
      return send(response, 403, 'Forbidden: this harness needs its token.', 'text/plain');
    if (!accepting)
      return sendJson(response, 503, errorEnvelope('invalid-request', 'The harness is restarting.'));

    if (url.pathname.startsWith('/__casework/')) {
      if (method !== 'POST')
        return send(response, 405, 'Method not allowed', 'text/plain', { allow: 'POST' });
      let body: string;
      try {
        body = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          return sendJson(response, 413, errorEnvelope('too-large', 'That request was too large to accept.'));
        }
        throw error;
      }
      let payload: unknown;
      try {
        const parsed: unknown = body === '' ? {} : JSON.parse(body);
        payload =
          typeof parsed === 'object' && parsed !== null
            ? (parsed as { payload?: unknown }).payload
            : undefined;
      } catch {
        return sendJson(response, 200, errorEnvelope('invalid-request', 'The request was not valid JSON.'));
      }
      const name = decodeURIComponent(url.pathname.slice('/__casework/'.length));
      // Tests check every response against the contract as well, so a handler cannot drift from it.
      const envelope = await dispatch(host.handlers, name, payload, { transport: 'harness' }, log, {
        checkResponses: true,
      });
      return sendJson(response, 200, envelope);
    }

    if (url.pathname === '/__harness/casework.js' && method === 'GET') {
      return send(response, 200, bridgeJs, 'text/javascript; charset=utf-8');
    }
    if (url.pathname === '/__harness/next-dialog' && method === 'POST') {
      const body = JSON.parse((await readBody(request, 1024 * 1024)) || '{}') as { path?: unknown };
      const list =
        Array.isArray(body.path) && body.path.every((item): item is string => typeof item === 'string')
          ? body.path
          : null;
      if (body.path !== null && typeof body.path !== 'string' && list === null)
        return send(response, 400, 'path must be a string, a list of strings or null', 'text/plain');
      dialogAnswers.push(list ?? (body.path as string | null));
      return sendJson(response, 200, { queued: dialogAnswers.length });
    }

    if (method !== 'GET' && method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
    const htmlHeaders: Record<string, string> = csp ? { 'content-security-policy': csp } : {};
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(response, 200, indexHtml, contentTypeFor('index.html'), htmlHeaders);
    }
    const file = staticFileFor(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'Not found', 'text/plain');
    let content: Buffer;
    try {
      content = await fs.promises.readFile(file);
    } catch {
      return send(response, 404, 'Not found', 'text/plain');
    }
    return send(response, 200, content, contentTypeFor(file));
  };

  const createServer = () =>
    http.createServer((request, response) => {
      handle(request, response).catch((error: unknown) => {
        log('Harness request failed', error);
        if (!response.headersSent) send(response, 500, 'Harness error', 'text/plain');
        else response.destroy();
      });
    });

  const listen = (server: http.Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });

  const close = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  let server = createServer();
  const port = await listen(server, 0);
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    token,
    dataDir,
    loginUrl: `${url}__harness/login?token=${token}`,
    get host() {
      return host;
    },
    dialogCalls,
    hostLog,
    setNextDialogAnswer(answer) {
      dialogAnswers.push(answer);
    },
    async restart(restartOptions) {
      accepting = false;
      await close(server);
      await host.close();
      await restartOptions?.whileStopped?.();
      host = await openHost();
      server = createServer();
      await listen(server, port);
      accepting = true;
    },
    async stop() {
      accepting = false;
      await close(server);
      await host.close();
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
