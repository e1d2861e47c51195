/** How a {@link Batcher} groups calls. */
export interface BatcherOptions {
  /** Largest number of items in one call of `run`. */
  maxBatch: number;
  /** How many batches may run at once; later items wait and go together in the next batch. */
  maxInFlight: number;
}

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Gathers the calls that arrive together into one `run` (DataLoader for reads, group commit for writes).
 * Items submitted in the same turn of the event loop, or while `maxInFlight` batches are running, share a
 * batch: under load, one statement and one commit serve many requests, and a quiet server still runs each
 * call at the next turn. On this 2-core machine a database round trip costs more CPU than the statement
 * (bench/README.md, care-log).
 *
 * `run` gets the items in order and returns one result per item, in the same order. If a batch of several
 * fails, each of its items is run again alone, so one bad item fails only its own caller (a batch is one
 * statement, so a failed one left nothing behind).
 *
 * @example
 * const users = new Batcher((ids: string[]) => repository.findMany(db, ids), { maxBatch: 100, maxInFlight: 2 });
 * const user = await users.submit(id);
 */
export class Batcher<I, O> {
  readonly #run: (items: I[]) => Promise<O[]>;
  readonly #options: BatcherOptions;
  #queue: Pending<I, O>[] = [];
  #inFlight = 0;
  #scheduled = false;

  constructor(run: (items: I[]) => Promise<O[]>, options: BatcherOptions) {
    this.#run = run;
    this.#options = options;
  }

  /** Run `item` with whatever else arrives now; resolves with its own result. */
  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#queue.length === 0 || this.#inFlight >= this.#options.maxInFlight) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      while (this.#queue.length > 0 && this.#inFlight < this.#options.maxInFlight) {
        void this.#start(this.#queue.splice(0, this.#options.maxBatch));
      }
    });
  }

  async #start(batch: Pending<I, O>[]): Promise<void> {
    this.#inFlight += 1;
    try {
      await this.#settle(batch);
    } finally {
      this.#inFlight -= 1;
      this.#schedule();
    }
  }

  async #settle(batch: Pending<I, O>[]): Promise<void> {
    let results: O[];
    try {
      results = await this.#run(batch.map((p) => p.item));
      if (results.length !== batch.length) {
        throw new Error(`Batcher: run returned ${results.length} results for ${batch.length} items.`);
      }
    } catch (err) {
      if (batch.length === 1) batch[0]?.reject(err);
      else await Promise.all(batch.map((p) => this.#settle([p])));
      return;
    }
    for (const [i, p] of batch.entries()) p.resolve(results[i] as O);
  }
}
