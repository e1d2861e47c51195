import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { addUser } from '../booking/booking.fixtures.ts';
import { claimDue, type JobTable, retryDelayMs } from './claim.ts';

// The claim every background job uses, on the test database (PGlite, or PostgreSQL with DATABASE_URL).
const REMINDERS: JobTable = { table: 'reminders', readyStatus: 'scheduled', runAtColumn: 'run_at' };
let t: TestDb;
const t0 = new Date('2027-01-01T12:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  const userId = await addUser(t.db, 'client');
  await t.db
    .insertInto('reminders')
    .values(
      Array.from({ length: 5 }, (_, i) => ({
        user_id: userId,
        kind: 'bedtime' as const,
        dedupe_key: `k${i}`,
        due_at: new Date(t0.getTime() + i * 1000),
        run_at: new Date(t0.getTime() + i * 1000),
        payload: JSON.stringify({ title: 't', body: 'b', url: '/', action: 'Open' }),
      })),
    )
    .execute();
});
afterAll(() => t.close());

describe('claimDue', () => {
  it('gives each due row to one claimer, hides it for the lease, then returns it', async () => {
    const at = new Date(t0.getTime() + 2_000);
    // Two claimers at once: together they get the three due rows, never one row twice.
    const [a, b] = await Promise.all([
      claimDue(t.db, REMINDERS, { now: at, limit: 2, leaseMs: 60_000 }),
      claimDue(t.db, REMINDERS, { now: at, limit: 2, leaseMs: 60_000 }),
    ]);
    const all = [...(a ?? []), ...(b ?? [])];
    expect(all).toHaveLength(3);
    expect(new Set(all).size).toBe(3);
    // Leased: nobody else gets them before the lease ends…
    expect(await claimDue(t.db, REMINDERS, { now: at, limit: 10 })).toEqual([]);
    // …and after it (the worker "crashed" without finishing), they are claimed again, counting attempts.
    const again = await claimDue(t.db, REMINDERS, { now: new Date(at.getTime() + 60_000), limit: 10 });
    // (with the two rows that have fallen due since).
    expect(again).toHaveLength(5);
    expect(again).toEqual(expect.arrayContaining(all));
    const rows = await t.db.selectFrom('reminders').select(['id', 'attempts']).orderBy('id').execute();
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 2, 1, 1]);
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 3_600_000]);
  });
});

describe('untilNextDue', () => {
  it('counts a leased row from its lease end and looks only over the horizon', async () => {
    const { untilNextDue } = await import('./claim.ts');
    const at = new Date(t0.getTime() + 2_000);
    // Rows 1-3 (due by t0+2 s) are leased until t0+2 s+2 min from the first test; rows 4-5 fall due at t0+3 s, t0+4 s
    // but were claimed again too. Only leases and run_at decide.
    const next = await untilNextDue(t.db, REMINDERS, at, 10 * 60_000);
    expect(next).not.toBeNull();
    expect(next).toBeGreaterThan(0);
    expect(await untilNextDue(t.db, REMINDERS, new Date(t0.getTime() - 3_600_000), 1_000)).toBeNull();
  });
});
