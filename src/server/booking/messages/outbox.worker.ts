import { type Kysely, sql } from 'kysely';
import { claimDue, JobLoop, type JobTable, retryDelayMs } from '../../jobs/claim.ts';
import type { BookingDb } from '../booking.repository.ts';
import type { Mailer } from './mailer.ts';

export { retryDelayMs };

export interface OutboxWorkerOptions {
  readonly db: Kysely<BookingDb>;
  readonly mailer: Mailer;
  readonly now?: () => Date;
  /** How often to look for due messages when not woken (ms). */
  readonly intervalMs?: number;
  /** Attempts before a message is marked `failed` (it stays visible with its last error). */
  readonly maxAttempts?: number;
  /** How long a claimed message stays hidden from other workers (ms); longer than any SMTP send. */
  readonly leaseMs?: number;
}

const OUTBOX: JobTable = { table: 'booking_outbox', readyStatus: 'pending', runAtColumn: 'next_attempt_at' };

/**
 * Delivers booking e-mails written to `booking_outbox` in the booking's transaction (sending never blocks or
 * fails a booking). Each batch first CLAIMS its rows (FOR UPDATE SKIP LOCKED and a lease, see claimDue), so
 * any number of server processes on one database deliver each message once; a worker that dies mid-batch
 * leaves its rows to be taken again when the lease ends. Failures are retried with back-off; the status and
 * last error stay visible on the row.
 */
export class OutboxWorker {
  readonly #loop: JobLoop;
  private readonly now: () => Date;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
    this.#loop = new JobLoop(() => this.batch(), options.intervalMs ?? 15_000);
  }

  /** Poll in the background (the timer does not keep the process alive). */
  start(): void {
    this.#loop.start();
  }

  stop(): void {
    this.#loop.stop();
  }

  /** Run a batch soon; errors are kept on the rows, never thrown to the caller. */
  kick(): void {
    this.#loop.kick();
  }

  /** Deliver until nothing is due; returns how many messages were attempted. */
  drain(): Promise<number> {
    return this.#loop.drain();
  }

  /** One batch; concurrent calls share the batch in flight. */
  runOnce(): Promise<number> {
    return this.#loop.runOnce();
  }

  private async batch(): Promise<number> {
    const { db, mailer } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 8;
    const ids = await claimDue(db, OUTBOX, {
      now: this.now(),
      limit: 20,
      ...(this.options.leaseMs !== undefined ? { leaseMs: this.options.leaseMs } : {}),
    });
    if (ids.length === 0) return 0;
    const due = await db
      .selectFrom('booking_outbox as o')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.id', 'o.subject', 'o.body', 'o.ics', 'o.attempts', 'u.email'])
      .where(
        'o.id',
        'in',
        ids.map((id) => Number(id)),
      )
      .orderBy('o.id')
      .execute();
    for (const m of due) {
      // The claim counted this attempt already.
      const attempts = m.attempts;
      try {
        await mailer.send({ to: m.email, subject: m.subject, text: m.body, ics: m.ics });
        await sql`update booking_outbox set status = 'sent', sent_at = ${this.now().toISOString()},
          last_error = null, locked_until = null where id = ${m.id}`.execute(db);
      } catch (error) {
        const failed = attempts >= maxAttempts;
        const lastError = String(error instanceof Error ? error.message : error).slice(0, 500);
        const next = new Date(this.now().getTime() + retryDelayMs(attempts)).toISOString();
        await sql`update booking_outbox set status = ${failed ? 'failed' : 'pending'}, last_error = ${lastError},
          next_attempt_at = ${next}, locked_until = null where id = ${m.id}`.execute(db);
      }
    }
    return due.length;
  }
}

/** Delivery status of a booking's e-mails, for the booking detail (visible, never silent). */
export async function outboxStatus(db: Kysely<BookingDb>, bookingId: string) {
  return db
    .selectFrom('booking_outbox')
    .select([
      'kind',
      'user_id as userId',
      'status',
      'attempts',
      'last_error as lastError',
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('createdAt'),
    ])
    .where('booking_id', '=', bookingId)
    .orderBy('id')
    .execute();
}
