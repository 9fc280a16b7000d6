import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { renderPdfJob } from './pdf-jobs';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf-runner';

/**
 * The PDF worker thread: builds and renders one job at a time and sends the bytes back (transferred, not
 * copied). pdfmake's layout is synchronous and keeps every page until the end, so running it here keeps
 * the host's thread free to acknowledge saves and puts the export's memory under this thread's own limit.
 */
const port = parentPort;
if (!port) throw new Error('The PDF worker must be started as a worker thread.');

/**
 * On Linux a nice value belongs to a thread, so this thread can give way to the host's own thread (which
 * acknowledges saves) on a busy machine without slowing anything else. Elsewhere the call would lower the
 * whole app, so it is not made there.
 */
function giveWayToTheHost(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, 10);
  } catch {
    // Only a courtesy: the export works the same at normal priority.
  }
}
giveWayToTheHost();

port.on('message', (request: PdfWorkerRequest) => {
  renderPdfJob(request.job, { fontsDir: request.fontsDir }).then(
    (rendered) => {
      // A Buffer may be a view on Node's shared pool; copy into a buffer of its own so it can be transferred.
      const bytes = new Uint8Array(rendered.bytes.byteLength);
      bytes.set(rendered.bytes);
      const reply: PdfWorkerReply = { id: request.id, ok: true, bytes, pages: rendered.pages };
      port.postMessage(reply, [bytes.buffer]);
    },
    (error: unknown) => {
      const reply: PdfWorkerReply = {
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(reply);
    },
  );
});
