// Runs in a worker thread: reads the embedded files of one PDF with pdfjs-dist (Mozilla's PDF.js, legacy build
// for Node) and posts them back. Plain JavaScript that imports nothing of the app's, so tests, the harness and
// the built app all start it as it is (the build emits it as out/main/pdf-attachments.js). Its input and
// output are typed in attachment-worker-types.ts.
//
// pdfjs decodes what it reads without a size cap, and a worker's resourceLimits do not cover typed arrays, so
// every typed array and ArrayBuffer this thread creates is charged against a budget first: past it the
// constructor throws and the parse is refused (pdfjs recovers from many errors itself, so the refusal is
// remembered, not only thrown). The parent also ends the thread after a time limit.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {import('./attachment-worker-types').AttachmentWorkerInput} */
const input = workerData;
let allocated = 0;
let exceeded = false;

class BudgetExceeded extends Error {}

/** Refuses an allocation before it is made, so what the thread holds never passes the budget. */
function charge(bytes) {
  if (allocated + bytes > input.maxAllocatedBytes) {
    exceeded = true;
    throw new BudgetExceeded('allocation budget exceeded');
  }
  allocated += bytes;
}

/** What constructing a typed array from this first argument allocates: a view over a buffer costs nothing. */
function elementsOf(first) {
  if (typeof first === 'number') return first;
  if (first instanceof ArrayBuffer || first instanceof SharedArrayBuffer) return 0;
  if (first !== null && typeof first === 'object' && 'length' in first) return Number(first.length) || 0;
  return 0;
}

// A Proxy keeps `instanceof`, statics and prototypes exactly as they were; only `new` is counted.
for (const name of [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
]) {
  globalThis[name] = new Proxy(globalThis[name], {
    construct(target, args, newTarget) {
      charge(elementsOf(args[0]) * target.BYTES_PER_ELEMENT);
      return Reflect.construct(target, args, newTarget);
    },
  });
}
globalThis.ArrayBuffer = new Proxy(ArrayBuffer, {
  construct(target, args, newTarget) {
    charge(typeof args[0] === 'number' ? args[0] : 0);
    return Reflect.construct(target, args, newTarget);
  },
});

/** @returns {Promise<import('./attachment-worker-types').AttachmentWorkerOutput>} */
async function read() {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: input.bytes,
    // Nothing is drawn: no fonts, no scripts, no eval, no forms.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const found = (await document.getAttachments()) ?? {};
    const attachments = Object.values(found)
      .filter((file) => file && file.content instanceof Uint8Array)
      .map((file) => ({ filename: String(file.filename ?? ''), content: file.content }));
    if (attachments.length > input.maxAttachments)
      return { ok: false, problem: 'too-many', allocatedBytes: allocated };
    return { ok: true, attachments, allocatedBytes: allocated };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

read()
  .catch((error) => ({
    ok: false,
    problem: exceeded || error instanceof BudgetExceeded ? 'too-large' : 'damaged',
    allocatedBytes: allocated,
  }))
  .then((output) =>
    parentPort?.postMessage(
      exceeded ? { ok: false, problem: 'too-large', allocatedBytes: allocated } : output,
    ),
  );
