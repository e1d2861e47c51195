import { type Kysely, sql } from 'kysely';
import type { PlannedReminder } from '../../domain/reminders/plan.ts';
import {
  defaultReminderSettings,
  type ReminderKind,
  type ReminderSettings,
  ReminderSettingsSchema,
} from '../../domain/reminders/settings.ts';
import type { DB } from '../db/schema.ts';

/** All SQL of the reminders area but the claim (jobs/claim.ts). */
export const remindersRepository = {
  /** A person's settings, or the defaults until they save their own. */
  async settings(db: Kysely<DB>, userId: string): Promise<ReminderSettings> {
    const row = await db
      .selectFrom('reminder_settings')
      .select('settings')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const parsed = row ? ReminderSettingsSchema.safeParse(row.settings) : undefined;
    return parsed?.success ? parsed.data : defaultReminderSettings();
  },

  async saveSettings(db: Kysely<DB>, userId: string, settings: ReminderSettings, now: Date): Promise<void> {
    await db
      .insertInto('reminder_settings')
      .values({ user_id: userId, settings: JSON.stringify(settings), updated_at: now })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ settings: JSON.stringify(settings), updated_at: now }),
      )
      .execute();
  },

  /**
   * Schedule planned reminders. The dedupe key makes this idempotent (a replayed hook, two processes): an
   * existing key stays as it is, except a cancelled one, which is scheduled again (a dose deleted, then logged
   * again as it was).
   */
  async schedule(db: Kysely<DB>, planned: readonly PlannedReminder[]): Promise<void> {
    if (planned.length === 0) return;
    await scheduleSql(planned).execute(db);
  },

  /**
   * Visit reminders as one part of a caller's data-modifying WITH statement (a booking's write, where each
   * round trip to the database cost more than its statement): written only when the CTE named `guard`
   * returned a row, so they commit or roll back with it, and only to people whose `visits` setting is on.
   * Otherwise as {@link schedule}.
   */
  scheduleVisitsStatement(planned: readonly PlannedReminder[], guard: string) {
    return scheduleSql(planned, guard);
  },

  /** Cancel what is still scheduled of some kinds for a person, except the keys given. */
  async cancelKinds(
    db: Kysely<DB>,
    userId: string,
    kinds: readonly ReminderKind[],
    keep: readonly string[] = [],
  ): Promise<void> {
    if (kinds.length === 0) return;
    let q = db
      .updateTable('reminders')
      .set({ status: 'cancelled', locked_until: null })
      .where('user_id', '=', userId)
      .where('status', '=', 'scheduled')
      .where('kind', 'in', kinds);
    if (keep.length > 0) q = q.where('dedupe_key', 'not in', keep);
    await q.execute();
  },

  /** Cancel what is still scheduled from a source (an event, a booking), except the keys given. */
  async cancelSource(db: Kysely<DB>, sourceId: string, keep: readonly string[] = []): Promise<void> {
    let q = db
      .updateTable('reminders')
      .set({ status: 'cancelled', locked_until: null })
      .where('source_id', '=', sourceId)
      .where('status', '=', 'scheduled');
    if (keep.length > 0) q = q.where('dedupe_key', 'not in', keep);
    await q.execute();
  },

  async list(db: Kysely<DB>, userId: string, from: Date, to: Date) {
    return db
      .selectFrom('reminders')
      .select(['id', 'kind', 'due_at', 'status', 'sent_at', 'attempts', 'last_error', 'payload'])
      .where('user_id', '=', userId)
      .where('due_at', '>=', from)
      .where('due_at', '<', to)
      .orderBy('due_at')
      .limit(1000)
      .execute();
  },
};

/**
 * The insert of {@link remindersRepository.schedule}, and with a `guard` the booking's: rows only when the CTE
 * `guard` has one, and visit reminders only to people whose `visits` setting is on. "On" as the settings
 * read it: the default (defaultReminderSettings) until a person saves settings, and a saved value that is not
 * a boolean cannot switch it off.
 */
function scheduleSql(planned: readonly PlannedReminder[], guard?: string) {
  const rows = planned.map((p) => ({
    user_id: p.userId,
    kind: p.kind,
    dedupe_key: p.dedupeKey,
    source_id: p.sourceId,
    due_at: new Date(p.dueMs).toISOString(),
    expires_at: p.expiresMs === null ? null : new Date(p.expiresMs).toISOString(),
    payload: p.message,
  }));
  const visitsOn = defaultReminderSettings().visits;
  return sql`insert into reminders (user_id, kind, dedupe_key, source_id, due_at, run_at, expires_at, payload)
    select r.user_id, r.kind, r.dedupe_key, r.source_id, r.due_at, r.due_at, r.expires_at, r.payload
    from ${guard === undefined ? sql`` : sql`${sql.table(guard)}, `}jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(user_id uuid, kind text, dedupe_key text, source_id text, due_at timestamptz, expires_at timestamptz,
        payload jsonb)
    ${
      guard === undefined
        ? sql``
        : sql`where r.kind <> 'visit' or coalesce((
            select case when jsonb_typeof(s.settings->'visits') = 'boolean' then (s.settings->>'visits')::boolean end
            from reminder_settings s where s.user_id = r.user_id
          ), ${visitsOn})`
    }
    on conflict (dedupe_key) do update set status = 'scheduled', run_at = excluded.run_at, attempts = 0,
      locked_until = null, source_id = excluded.source_id
    where reminders.status = 'cancelled'`;
}
