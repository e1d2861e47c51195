/**
 * Event writes are grouped into one statement per batch (group commit). These tests send many writes at
 * once, so they share batches, and check that each caller still gets exactly its own outcome.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { fingerprintOf, type IdempotentRequest } from '../idempotency/idempotency.service.ts';
import type { EventInput } from './event.schema.ts';
import { EventsService } from './events.service.ts';

let t: TestDb;
let events: EventsService;
const now = new Date('2026-11-26T12:00:00Z');

async function addUser(): Promise<string> {
  const id = randomUUID();
  await t.db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.test`,
      password_hash: 'x',
      name: 'Batch',
      role: 'client',
      created_at: now,
    })
    .execute();
  return id;
}

function request(userId: string, body: EventInput, key?: string): IdempotentRequest {
  return { userId, key, fingerprint: fingerprintOf('POST', '/api/v1/events', body) };
}

const pain = (score: number): EventInput => ({ kind: 'pain', at: '2026-11-26T11:00:00.000Z', score });

beforeAll(async () => {
  t = await createTestDb();
  events = new EventsService({ db: t.db, clock: () => now });
});
afterAll(() => t.close());

describe('batched event writes', () => {
  it('gives every concurrent writer its own answer: new rows, one row per key, replays and 422s', async () => {
    const user = await addUser();
    const unkeyed = Array.from({ length: 10 }, (_, i) => events.create(request(user, pain(i)), pain(i)));
    const keyed = Array.from({ length: 10 }, (_, i) =>
      events.create(request(user, pain(i), `k${i}`), pain(i)),
    );
    const retries = Array.from({ length: 5 }, () => events.create(request(user, pain(7), 'same'), pain(7)));
    const all = await Promise.all([...unkeyed, ...keyed, ...retries]);

    const ids = all.map((a) => (JSON.parse(a.json) as { id: string }).id);
    expect(new Set(ids.slice(0, 20)).size).toBe(20);
    expect(new Set(ids.slice(20)).size).toBe(1);
    expect(all.slice(20).filter((a) => !a.replayed)).toHaveLength(1);
    const rows = await t.db.selectFrom('events').select('id').where('user_id', '=', user).execute();
    expect(rows.map((r) => r.id).sort()).toEqual([...new Set(ids)].sort());

    const other = await events.create(request(user, pain(3), 'same'), pain(3)).catch((e: unknown) => e);
    expect(other).toMatchObject({ status: 422 });
  });

  it('a write that fails (unknown user) fails alone; the others in its batch are stored', async () => {
    const user = await addUser();
    const ghost = randomUUID();
    const outcomes = await Promise.allSettled([
      events.create(request(user, pain(1), 'a'), pain(1)),
      events.create(request(ghost, pain(2), 'a'), pain(2)),
      events.create(request(user, pain(3)), pain(3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await t.db
      .selectFrom('events')
      .select('user_id')
      .where('user_id', 'in', [user, ghost])
      .execute();
    expect(rows).toHaveLength(2);
    const keys = await t.db
      .selectFrom('idempotency_keys')
      .select('user_id')
      .where('user_id', '=', ghost)
      .execute();
    expect(keys).toHaveLength(0);
  });
});
