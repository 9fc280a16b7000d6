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
