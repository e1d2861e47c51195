import { toEvent } from '../care/events.service.ts';
import type { Exporter } from './exporter.ts';

const iso = (d: Date) => d.toISOString();

/** The core tables' exporters. Secrets (password hash, session tokens) are never exported. */
export const coreExporters: Exporter[] = [
  {
    table: 'account',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'role', 'created_at'])
        .where('id', '=', userId)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        name: r.name,
        role: r.role,
        createdAt: iso(r.created_at),
      }));
    },
  },
  {
    table: 'checkins',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('checkins')
        .select(['id', 'at', 'level', 'check_in', 'assessment', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: iso(r.at),
        level: r.level,
        checkIn: r.check_in,
        assessment: r.assessment,
        createdAt: iso(r.created_at),
      }));
    },
  },
  {
    table: 'events',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('events')
        .select(['id', 'kind', 'at', 'data'])
        .where('user_id', '=', userId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ ...toEvent(r) }));
    },
  },
  {
    table: 'sessions',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('sessions')
        .select(['created_at', 'expires_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({ createdAt: iso(r.created_at), expiresAt: iso(r.expires_at) }));
    },
  },
];
