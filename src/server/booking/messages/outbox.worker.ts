import { type Kysely, sql } from 'kysely';
import type { BookingDb } from '../booking.repository.ts';
import type { Mailer } from './mailer.ts';

export interface OutboxWorkerOptions {
  readonly db: Kysely<BookingDb>;
  readonly mailer: Mailer;
  readonly now?: () => Date;
  /** How often to look for due messages when not woken (ms). */
  readonly intervalMs?: number;
  /** Attempts before a message is marked `failed` (it stays visible with its last error). */
  readonly maxAttempts?: number;
}

/** Retry delay after the n-th failed attempt: 30 s, 1 min, 2 min… capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Delivers booking e-mails written to `booking_outbox` in the booking's transaction (issue 5: sending never
 * blocks or fails a booking). In-process, one batch at a time; failures are retried with backoff and their
 * status and last error stay visible on the row.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Poll in the background (the timer does not keep the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.intervalMs ?? 15_000);
    this.timer.unref();
    this.kick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Run a batch soon; errors are kept on the rows, never thrown to the caller. */
  kick(): void {
    void this.runOnce().catch(() => undefined);
  }

  /** Deliver until nothing is due; returns how many messages were attempted. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.runOnce();
      total += n;
      if (n === 0) return total;
    }
  }

  /** One batch; concurrent calls share the batch in flight. */
  runOnce(): Promise<number> {
    if (!this.running) {
      this.running = this.batch().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async batch(): Promise<number> {
    const { db, mailer } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 8;
    const now = this.now();
    const due = await db
      .selectFrom('booking_outbox as o')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.id', 'o.subject', 'o.body', 'o.ics', 'o.attempts', 'u.email'])
      .where('o.status', '=', 'pending')
      .where('o.next_attempt_at', '<=', now)
      .orderBy('o.id')
      .limit(20)
      .execute();
    for (const m of due) {
      const attempts = m.attempts + 1;
      try {
        await mailer.send({ to: m.email, subject: m.subject, text: m.body, ics: m.ics });
        await db
          .updateTable('booking_outbox')
          .set({ status: 'sent', attempts, sent_at: this.now().toISOString(), last_error: null })
          .where('id', '=', m.id)
          .execute();
      } catch (error) {
        const failed = attempts >= maxAttempts;
        await db
          .updateTable('booking_outbox')
          .set({
            status: failed ? 'failed' : 'pending',
            attempts,
            last_error: String(error instanceof Error ? error.message : error).slice(0, 500),
            next_attempt_at: new Date(this.now().getTime() + retryDelayMs(attempts)).toISOString(),
          })
          .where('id', '=', m.id)
          .execute();
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
