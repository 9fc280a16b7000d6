import type { TimerPort } from '../../ports';

/** Lets every pending promise callback and I/O callback queued so far run. */
export async function flush(rounds = 5): Promise<void> {
  for (let n = 0; n < rounds; n += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A clock and timers that move only when the test says, for the folder watcher's waits. */
export class FakeTime implements TimerPort {
  now = 0;
  #next = 0;
  #timers: Array<{ id: number; at: number; run: () => void }> = [];

  readonly clock = () => this.now;

  after(ms: number, run: () => void): () => void {
    const id = (this.#next += 1);
    this.#timers.push({ id, at: this.now + ms, run });
    return () => {
      this.#timers = this.#timers.filter((timer) => timer.id !== id);
    };
  }

  get pending(): number {
    return this.#timers.length;
  }

  /** Moves the clock on, running each timer that falls due (in order) and letting its work finish. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    await flush();
    for (;;) {
      const due = this.#timers
        .filter((timer) => timer.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.run();
      await flush();
    }
    this.now = end;
    await flush();
  }
}
