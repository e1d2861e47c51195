import { type Kysely, sql } from 'kysely';

/** A table whose rows are jobs: a status, an instant from which a row may run, a lease and an attempt count. */
export interface JobTable {
  /** Table name (one of ours, never user input). */
  readonly table: 'booking_outbox' | 'reminders';
  /** The status of rows waiting to run. */
  readonly readyStatus: string;
  /** The column holding when a row may next run. */
  readonly runAtColumn: 'next_attempt_at' | 'run_at';
}

/** How long a claim holds before another worker may take the row again (a crashed worker's rows return). */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Claim up to `limit` due rows in ONE statement (its own short transaction, so PGlite's single session is
 * never held while a message is sent): `FOR UPDATE SKIP LOCKED` lets concurrent workers in any number of
 * processes each take different rows without waiting, and the lease (`locked_until`) hides a claimed row from
 * every other worker until it ends. Each claim counts as an attempt, so a row that keeps crashing its worker
 * still reaches its attempt limit. Returns the claimed ids (as text: bigserial ids exceed 2^53 in theory).
 */
export async function claimDue<DB>(
  db: Kysely<DB>,
  job: JobTable,
  options: { now: Date; limit: number; leaseMs?: number },
): Promise<string[]> {
  const table = sql.table(job.table);
  const runAt = sql.ref(job.runAtColumn);
  const now = options.now.toISOString();
  const lease = new Date(options.now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
  const result = await sql<{ id: string }>`
    update ${table} set locked_until = ${lease}, attempts = attempts + 1
    where id in (
      select id from ${table}
      where status = ${job.readyStatus} and ${runAt} <= ${now}
        and (locked_until is null or locked_until <= ${now})
      order by ${runAt}
      limit ${options.limit}
      for update skip locked)
    returning id::text as id`.execute(db);
  return result.rows.map((r) => r.id);
}

/** Retry delay after the n-th failed attempt: 30 s, 1 min, 2 min… capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * A polling loop around one batch function: `start` runs batches on a timer that does not keep the process
 * alive, back to back while they find work, else after `intervalMs` or, when `untilNext` says the next row
 * falls due sooner, exactly then (so a known reminder is not late by up to a poll). `kick` runs a batch soon,
 * concurrent calls share the batch in flight, and `drain` runs until nothing is due.
 */
export class JobLoop {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #started = false;

  constructor(
    private readonly batch: () => Promise<number>,
    private readonly intervalMs: number,
    /** Milliseconds until the next row falls due (null: none scheduled). */
    private readonly untilNext?: () => Promise<number | null>,
  ) {}

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#schedule(0);
  }

  stop(): void {
    this.#started = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delayMs: number): void {
    if (!this.#started) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), delayMs);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    try {
      if ((await this.runOnce()) > 0) return this.#schedule(0);
      const next = this.untilNext ? await this.untilNext() : null;
      this.#schedule(next === null ? this.intervalMs : Math.max(0, Math.min(this.intervalMs, next)));
    } catch (err) {
      // The app closed its database (tests, shutdown): nothing more to do here.
      if (err instanceof Error && /destroyed/.test(err.message)) return this.stop();
      // The database is away or the batch failed: try again after a poll.
      this.#schedule(this.intervalMs);
    }
  }

  /** Run a batch soon; errors stay on the rows (or are retried on the next tick), never thrown here. */
  kick(): void {
    void this.runOnce().catch(() => undefined);
  }

  /** One batch; concurrent calls share the batch in flight. */
  runOnce(): Promise<number> {
    if (!this.#running) {
      this.#running = this.batch().finally(() => {
        this.#running = undefined;
      });
    }
    return this.#running;
  }

  /** Run batches until one finds nothing due; returns how many rows were handled. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.runOnce();
      total += n;
      if (n === 0) return total;
    }
  }
}

/**
 * Milliseconds from `now` until the earliest waiting row of a job table may run, looking `horizonMs` ahead (null:
 * none that soon). A row leased by another worker counts from its lease's end, so a claimed row never makes a
 * tight loop. Walks the due index over the horizon only.
 */
export async function untilNextDue<DB>(
  db: Kysely<DB>,
  job: JobTable,
  now: Date,
  horizonMs: number,
): Promise<number | null> {
  const runAt = sql.ref(job.runAtColumn);
  const until = new Date(now.getTime() + horizonMs).toISOString();
  const r = await sql<{ at: Date | null }>`
    select min(greatest(${runAt}, coalesce(locked_until, ${runAt}))) as at from ${sql.table(job.table)}
    where status = ${job.readyStatus} and ${runAt} <= ${until}`.execute(db);
  const at = r.rows[0]?.at;
  return at === null || at === undefined ? null : new Date(at).getTime() - now.getTime();
}

/** The polling interval from `UNKNOT_JOB_INTERVAL_MS` (tests and busy deployments), else `fallbackMs`. */
export function jobIntervalMs(fallbackMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number.parseInt(env.UNKNOT_JOB_INTERVAL_MS ?? '', 10);
  return Number.isInteger(ms) && ms >= 50 ? ms : fallbackMs;
}
