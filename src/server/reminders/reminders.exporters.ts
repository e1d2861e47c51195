import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Exporter } from '../privacy/exporter.ts';

/** The reminders area's personal data for GET /api/v1/me/export (push keys of the browser are not secrets of ours, but are left out: they are of no use to the person). */
export const remindersExporters: Exporter[] = [
  {
    table: 'reminder_settings',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db
        .selectFrom('reminder_settings')
        .select(['settings', 'updated_at'])
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => ({ ...r.settings, updatedAt: r.updated_at.toISOString() }));
    },
  },
  {
    table: 'reminders',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db
        .selectFrom('reminders')
        .select(['id', 'kind', 'due_at', 'status', 'sent_at', 'attempts', 'payload'])
        .where('user_id', '=', userId)
        .orderBy('due_at')
        .execute();
      return rows.map((r) => ({
        id: String(r.id),
        kind: r.kind,
        dueAt: r.due_at.toISOString(),
        status: r.status,
        sentAt: r.sent_at?.toISOString() ?? null,
        attempts: r.attempts,
        title: r.payload.title,
      }));
    },
  },
  {
    table: 'push_subscriptions',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db
        .selectFrom('push_subscriptions')
        .select(['endpoint', 'created_at'])
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => ({ endpoint: r.endpoint, createdAt: r.created_at.toISOString() }));
    },
  },
];
