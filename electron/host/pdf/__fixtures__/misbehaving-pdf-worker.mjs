// A stand-in for the PDF worker that misbehaves on request, so the runner's limits can be tested against a
// worker that really runs out of heap, hangs or dies (and, as controls, one that stays within them). It runs
// as a worker thread or as a child process, as the real worker does.
import { parentPort } from 'node:worker_threads';

const port = parentPort ?? {
  on: (event, listener) => process.on(event, listener),
  postMessage: (message) => process.send(message),
};
if (!parentPort) process.on('disconnect', () => process.exit(0));

const kept = [];

port.on('message', (request) => {
  const { behaviour, mb = 0, ms = 0 } = request.job.input;
  const answer = () =>
    port.postMessage({ id: request.id, ok: true, bytes: new Uint8Array([37, 80, 68, 70]), pages: 1 });
  if (behaviour === 'allocate') {
    // Each array of 128 Ki small integers holds about 1 MB of the heap.
    for (let i = 0; i < mb; i += 1) kept.push(new Array(128 * 1024).fill(i));
    answer();
    kept.length = 0;
  } else if (behaviour === 'wait') setTimeout(answer, ms);
  else if (behaviour === 'hang') setInterval(() => undefined, 1000);
  else if (behaviour === 'exit') process.exit(3);
  else if (behaviour === 'throw') port.postMessage({ id: request.id, ok: false, message: 'broken' });
});
