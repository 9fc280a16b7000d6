import { readdirSync, readlinkSync } from 'node:fs';
import { constants as osConstants, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { renderPdfJob } from './pdf-jobs';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf-runner';

/**
 * The PDF worker: a child process (the default) or a worker thread. It builds and renders one job at a time
 * and sends the bytes back. pdfmake's layout is synchronous and keeps every page until the end, so running
 * it here keeps the host's thread free to acknowledge saves and puts the export's memory under its own limit.
 */
interface Port {
  on(event: 'message', listener: (request: PdfWorkerRequest) => void): void;
  reply(reply: PdfWorkerReply): void;
}

function portOf(): Port {
  if (parentPort) {
    const thread = parentPort;
    return {
      on: (event, listener) => void thread.on(event, listener),
      // Transferred, not copied.
      reply: (reply) => thread.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The PDF worker must be started as a worker thread or a child process.');
  // The app has gone (or closed the channel): nothing is waiting for a PDF.
  process.on('disconnect', () => process.exit(0));
  return {
    on: (event, listener) => void process.on(event, listener as (message: unknown) => void),
    reply: (reply) => void send(reply),
  };
}

/**
 * On Linux a nice value belongs to a thread: lower this thread (a worker thread), or every thread of this
 * process (a child process: its collector threads too), so the export gives way to the host's own thread
 * on a busy machine. Elsewhere the runner lowers the child process as a whole, and a worker thread is left
 * alone because the call would lower the whole app.
 */
function giveWayToTheHost(): void {
  if (process.platform !== 'linux') return;
  const low = osConstants.priority.PRIORITY_LOW;
  try {
    if (parentPort) {
      const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
      if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, low);
      return;
    }
    for (const task of readdirSync('/proc/self/task')) setPriority(Number(task), low);
  } catch {
    // Only a courtesy: the export works the same at normal priority.
  }
}

const port = portOf();
giveWayToTheHost();

port.on('message', (request: PdfWorkerRequest) => {
  // Threads V8 or Node started since (the first job's compile, a collector) are lowered too.
  giveWayToTheHost();
  const cpuBefore = process.cpuUsage();
  renderPdfJob(request.job, { fontsDir: request.fontsDir }).then(
    (rendered) => {
      // A Buffer may be a view on Node's shared pool; copy into a buffer of its own so it can be transferred.
      const bytes = new Uint8Array(rendered.bytes.byteLength);
      bytes.set(rendered.bytes);
      const cpu = process.cpuUsage(cpuBefore);
      port.reply({
        id: request.id,
        ok: true,
        bytes,
        pages: rendered.pages,
        // The figures are this process's (a child) or the whole app's (a thread), as the OS counts them.
        usage: {
          cpuMs: Math.round((cpu.user + cpu.system) / 1000),
          maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        },
      });
    },
    (error: unknown) => {
      port.reply({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
});
