import { type Kysely, sql } from 'kysely';
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { ReportCheckin, ReportEvent, ReportPeg } from '../../domain/insight/clinician-summary.ts';
import { type InsightEvent, REMEDY_KINDS } from '../../domain/insight/types.ts';
import type { DB } from '../db/schema.ts';

/** One event as insight reads it: id, kind, instant and the kind's fields. */
export type StoredEvent = ReportEvent & { readonly id: string };

/** SQL of the insight area; every query is scoped by user_id. */
export const insightRepository = {
  /** Events in [from, to), oldest first (a year is ~5,000 rows; one indexed range scan). */
  async events(db: Kysely<DB>, userId: string, from: Date, to: Date): Promise<StoredEvent[]> {
    const rows = await db
      .selectFrom('events')
      .select(['id', 'kind', 'at', 'data'])
      .where('user_id', '=', userId)
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r.data, id: r.id, kind: r.kind, at: r.at.toISOString() }));
  },

  /**
   * Only what "what helps me" reads, in [from, to): pain scores and remedy uses, with the two fields it needs
   * taken out of the jsonb in SQL (a year is ~5,000 rows; decoding every row's whole document cost more).
   */
  async insightEvents(db: Kysely<DB>, userId: string, from: Date, to: Date): Promise<InsightEvent[]> {
    const rows = await db
      .selectFrom('events')
      .select((eb) => [
        'kind',
        'at',
        sql<number | null>`(${eb.ref('data')}->>'score')::int`.as('score'),
        sql<string | null>`${eb.ref('data')}->>'ingredient'`.as('ingredient'),
      ])
      .where('user_id', '=', userId)
      .where('kind', 'in', ['pain', 'cream', ...REMEDY_KINDS])
      .where('at', '>=', from)
      .where('at', '<', to)
      .execute();
    return rows.map((r) => ({
      kind: r.kind,
      at: r.at.toISOString(),
      ...(r.score === null ? {} : { score: r.score }),
      ...(r.ingredient === null ? {} : { ingredient: r.ingredient }),
    }));
  },

  /** Check-ins in [from, to) with the red flags they raised. */
  async checkins(db: Kysely<DB>, userId: string, from: Date, to: Date): Promise<ReportCheckin[]> {
    const rows = await db
      .selectFrom('checkins')
      .select(['at', 'level', 'assessment'])
      .where('user_id', '=', userId)
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at')
      .execute();
    return rows.map((r) => {
      const a = r.assessment as unknown as Partial<Assessment>;
      const flags = (a.triage?.flags ?? []).map((f) => ({ id: f.id, level: f.level, message: f.message }));
      return { at: r.at.toISOString(), level: r.level, flags };
    });
  },

  async pegAnswers(
    db: Kysely<DB>,
    userId: string,
    from: Date,
    to: Date,
  ): Promise<(ReportPeg & { id: string })[]> {
    const rows = await db
      .selectFrom('peg_answers')
      .select(['id', 'at', 'pain', 'enjoyment', 'activity'])
      .where('user_id', '=', userId)
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  },

  async latestPeg(db: Kysely<DB>, userId: string): Promise<string | null> {
    const row = await db
      .selectFrom('peg_answers')
      .select('at')
      .where('user_id', '=', userId)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? row.at.toISOString() : null;
  },

  async insertPeg(
    db: Kysely<DB>,
    row: { id: string; user_id: string; at: string; pain: number; enjoyment: number; activity: number },
  ): Promise<void> {
    await db.insertInto('peg_answers').values(row).execute();
  },
};
