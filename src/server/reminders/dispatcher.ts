import { type Kysely, sql } from 'kysely';
import { readLog } from '../../domain/plan/care-log.ts';
import { decide } from '../../domain/reminders/catch-up.ts';
import { nextDoseStillAllowed } from '../../domain/reminders/plan.ts';
import {
  defaultReminderSettings,
  kindEnabled,
  type ReminderKind,
  type ReminderSettings,
  ReminderSettingsSchema,
} from '../../domain/reminders/settings.ts';
import type { Mailer } from '../booking/messages/mailer.ts';
import { careLogFromEvents } from '../care/care-log.ts';
import type { ReminderPayload } from '../db/reminder-tables.ts';
import type { DB } from '../db/schema.ts';
import { claimDue, JobLoop, type JobTable, retryDelayMs, untilNextDue } from '../jobs/claim.ts';
import { type PushSender, topicOf } from '../push/push-sender.ts';
import { remindersRepository as repo } from './reminders.repository.ts';
import { planRecurring } from './scheduler.ts';

const REMINDERS: JobTable = { table: 'reminders', readyStatus: 'scheduled', runAtColumn: 'run_at' };

export interface DispatcherOptions {
  db: Kysely<DB>;
  clock: () => Date;
  /** Web Push; without it reminders reach the in-app notification centre only. */
  push?: Pick<PushSender, 'send'> | undefined;
  /** E-mail for visit reminders. */
  mailer?: Mailer | undefined;
  intervalMs?: number;
  maxAttempts?: number;
  /** Rows per claim. */
  batchSize?: number;
  /** Called when a push request was answered (the bench measures due → sent with it). */
  onPushed?: (reminder: { id: string; dueAt: Date }, at: Date) => void;
}

interface Claimed {
  id: string;
  user_id: string;
  kind: ReminderKind;
  dedupe_key: string;
  source_id: string | null;
  due_at: Date;
  expires_at: Date | null;
  attempts: number;
  payload: ReminderPayload;
  email: string;
}

interface Done {
  r: Claimed;
  status: 'sent' | 'failed' | 'collapsed' | 'cancelled';
  why: string | null;
}

/** Stored settings, or the defaults (as the settings route shows them). */
function parseSettings(stored: Record<string, unknown> | null): ReminderSettings {
  const parsed = stored ? ReminderSettingsSchema.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : defaultReminderSettings();
}

/** Push TTL: until the reminder goes stale (at least a minute), else 4 hours. */
function ttlSeconds(expiresAt: Date | null, now: Date): number {
  if (expiresAt === null) return 4 * 3600;
  return Math.max(60, Math.min(24 * 3600, Math.round((expiresAt.getTime() - now.getTime()) / 1000)));
}

const URGENT: ReadonlySet<ReminderKind> = new Set(['heatOff', 'visit', 'nextDose']);

/**
 * Sends due reminders, claimed once across processes (jobs/claim.ts). Each claimed row is first judged by the
 * domain (catch-up, quiet hours, the kind still on, a late dose still allowed): collapsed, deferred, or sent to
 * the in-app notification centre (always), every Web Push subscription of the person and, for visits, by e-mail.
 * At-least-once: a crash between the push and the commit can push again after the lease, and the push `Topic`
 * (from the dedupe key) then replaces an undelivered copy instead of adding one.
 */
export class ReminderDispatcher {
  readonly #loop: JobLoop;

  constructor(private readonly o: DispatcherOptions) {
    const intervalMs = o.intervalMs ?? 1000;
    this.#loop = new JobLoop(
      () => this.batch(),
      intervalMs,
      () => untilNextDue(o.db, REMINDERS, o.clock(), intervalMs),
    );
  }

  start(): void {
    this.#loop.start();
  }
  stop(): void {
    this.#loop.stop();
  }
  kick(): void {
    this.#loop.kick();
  }
  drain(): Promise<number> {
    return this.#loop.drain();
  }

  private async batch(): Promise<number> {
    const { db } = this.o;
    const ids = await claimDue(db, REMINDERS, {
      now: this.o.clock(),
      limit: this.o.batchSize ?? 100,
      leaseMs: 2 * 60_000,
    });
    if (ids.length === 0) return 0;
    // The rows with their person's e-mail and settings: one query for the batch.
    const rows = await db
      .selectFrom('reminders as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .leftJoin('reminder_settings as s', 's.user_id', 'r.user_id')
      .select([
        'r.id',
        'r.user_id',
        'r.kind',
        'r.dedupe_key',
        'r.source_id',
        'r.due_at',
        'r.expires_at',
        'r.attempts',
        'r.payload',
        'u.email',
        's.settings',
      ])
      .where('r.id', 'in', ids)
      .execute();
    const done: Done[] = [];
    // A few at a time: each send is a network round trip, the database is shared with the requests.
    for (let i = 0; i < rows.length; i += 25) {
      await Promise.all(
        rows.slice(i, i + 25).map(async (r) => {
          try {
            const outcome = await this.handle(r, parseSettings(r.settings));
            if (outcome !== null) done.push({ r, ...outcome });
          } catch (e) {
            const failed = await this.retry(r, e);
            if (failed) done.push({ r, status: 'failed', why: failed });
          }
        }),
      );
    }
    await this.finish(done);
    return rows.length;
  }

  /** Decide and send one reminder; its final status, or null when it waits (quiet hours). */
  private async handle(r: Claimed, settings: ReminderSettings): Promise<Omit<Done, 'r'> | null> {
    const { db } = this.o;
    const now = this.o.clock();
    if (!kindEnabled(settings, r.kind)) return { status: 'cancelled', why: 'turned off' };
    let stillUseful = true;
    if (r.kind === 'nextDose') {
      const log = readLog(await careLogFromEvents(db, r.user_id, now.toISOString()), now.getTime());
      stillUseful = nextDoseStillAllowed(log, now.getTime());
    }
    const d = decide({ expiresMs: r.expires_at?.getTime() ?? null }, now.getTime(), settings, stillUseful);
    if (d.action === 'collapse') return { status: 'collapsed', why: d.reason };
    if (d.action === 'wait') {
      // Waiting for the end of quiet hours is not an attempt.
      await sql`update reminders set run_at = ${new Date(d.untilMs).toISOString()}, locked_until = null,
        attempts = attempts - 1 where id = ${r.id}`.execute(db);
      return null;
    }
    await this.deliver(r, now);
    return { status: 'sent', why: null };
  }

  private async deliver(r: Claimed, now: Date): Promise<void> {
    const { db, push, mailer } = this.o;
    if (push) {
      const subs = await db
        .selectFrom('push_subscriptions')
        .select(['id', 'endpoint', 'p256dh', 'auth'])
        .where('user_id', '=', r.user_id)
        .execute();
      const payload = {
        kind: r.kind,
        reminderId: r.id,
        dueAt: r.due_at.toISOString(),
        title: r.payload.title,
        body: r.payload.body,
        url: r.payload.url,
        action: r.payload.action,
      };
      const options = {
        ttl: ttlSeconds(r.expires_at, now),
        topic: topicOf(r.dedupe_key),
        urgency: URGENT.has(r.kind) ? ('high' as const) : ('normal' as const),
      };
      const results = await Promise.allSettled(subs.map((s) => push.send(s, payload, options)));
      const gone: string[] = [];
      let failure: string | null = null;
      results.forEach((res, i) => {
        const sub = subs[i];
        if (sub === undefined) return;
        if (res.status === 'rejected') failure = String(res.reason);
        else if (res.value.status === 404 || res.value.status === 410) gone.push(sub.id);
        else if (res.value.status >= 400) failure = `push service answered ${res.value.status}`;
        else this.o.onPushed?.({ id: r.id, dueAt: r.due_at }, this.o.clock());
      });
      // The push service says the subscription is gone for good: forget it.
      if (gone.length > 0) await db.deleteFrom('push_subscriptions').where('id', 'in', gone).execute();
      if (failure !== null) throw new Error(failure);
    }
    if (mailer && r.payload.email) {
      await mailer.send({ to: r.email, subject: r.payload.title, text: r.payload.body });
    }
  }

  /**
   * Final states of a batch in one transaction (one statement per status, one insert into the in-app
   * notification centre for those sent or finally failed), then the next of each recurring kind.
   */
  private async finish(done: readonly Done[]): Promise<void> {
    if (done.length === 0) return;
    const { db } = this.o;
    const now = this.o.clock();
    await db.transaction().execute(async (tx) => {
      for (const status of ['sent', 'failed', 'collapsed', 'cancelled'] as const) {
        const these = done.filter((d) => d.status === status);
        if (these.length === 0) continue;
        await tx
          .updateTable('reminders')
          .set({
            status,
            locked_until: null,
            ...(status === 'sent' ? { sent_at: now, last_error: null } : {}),
          })
          .where(
            'id',
            'in',
            these.map((d) => d.r.id),
          )
          .execute();
        for (const d of these) {
          if (d.why !== null && status !== 'sent')
            await tx.updateTable('reminders').set({ last_error: d.why }).where('id', '=', d.r.id).execute();
        }
      }
      const inbox = done.filter((d) => d.status === 'sent' || d.status === 'failed');
      if (inbox.length > 0) {
        await tx
          .insertInto('inbox_messages')
          .values(
            inbox.map(({ r }) => ({
              user_id: r.user_id,
              booking_id: r.kind === 'visit' ? r.source_id : null,
              subject: r.payload.title,
              body: r.payload.body,
            })),
          )
          .execute();
      }
    });
    for (const { r, status } of done) {
      if (status === 'cancelled' || (r.kind !== 'bedtime' && r.kind !== 'stretchBreaks')) continue;
      const next = planRecurring(
        r.user_id,
        r.kind,
        await repo.settings(db, r.user_id),
        Math.max(now.getTime(), r.due_at.getTime()),
      );
      if (next) await repo.schedule(db, [next]);
    }
  }

  /** A failed send: again later with back-off (null), or its error when that was the last attempt. */
  private async retry(r: Claimed, error: unknown): Promise<string | null> {
    const now = this.o.clock();
    const message = String(error instanceof Error ? error.message : error).slice(0, 500);
    if (r.attempts >= (this.o.maxAttempts ?? 5)) return message;
    await sql`update reminders set locked_until = null, last_error = ${message},
      run_at = ${new Date(now.getTime() + retryDelayMs(r.attempts)).toISOString()} where id = ${r.id}`.execute(
      this.o.db,
    );
    return null;
  }
}
