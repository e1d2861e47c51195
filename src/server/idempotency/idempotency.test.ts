import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { countRows } from '../../../test/db.ts';

let t: TestApp;
let u: TestUser;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
  u = await t.signUp();
});
afterAll(() => t.close());

const event = { kind: 'ibuprofen', at: '2026-11-26T11:00:00Z', mg: 200 };
const events = () => t.db.selectFrom('events').select('id').where('user_id', '=', u.id).execute();

describe('Idempotency-Key', () => {
  it('replays the first answer (same status and body) and creates nothing on a retry', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await t.post<{ id: string }>('/api/v1/events', event, { cookie: u.cookie, headers });
    const again = await t.post<{ id: string }>('/api/v1/events', event, { cookie: u.cookie, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await events()).filter((e) => e.id === first.body.id)).toHaveLength(1);
    expect(await events()).toHaveLength(1);
  });

  it('refuses the same key with a different body (422) and a malformed key (400)', async () => {
    const headers = { 'idempotency-key': 'retry-2' };
    expect((await t.post('/api/v1/events', event, { cookie: u.cookie, headers })).status).toBe(201);
    const other = await t.post('/api/v1/events', { ...event, mg: 400 }, { cookie: u.cookie, headers });
    expect(other.status).toBe(422);
    const bad = await t.post('/api/v1/events', event, {
      cookie: u.cookie,
      headers: { 'idempotency-key': 'é'.repeat(3) },
    });
    expect(bad.status).toBe(400);
  });

  it('keys are per person: another user with the same key gets their own row', async () => {
    const other = await t.signUp();
    const headers = { 'idempotency-key': 'retry-1' };
    const res = await t.post<{ id: string }>('/api/v1/events', event, { cookie: other.cookie, headers });
    expect(res.status).toBe(201);
    const row = await t.db
      .selectFrom('events')
      .select('user_id')
      .where('id', '=', res.body.id)
      .executeTakeFirst();
    expect(row?.user_id).toBe(other.id);
  });

  it('20 concurrent retries with one key produce exactly one row and one answer', async () => {
    const v = await t.signUp();
    const headers = { 'idempotency-key': 'burst' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.post<{ id: string }>('/api/v1/events', event, { cookie: v.cookie, headers }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await t.db.selectFrom('events').select('id').where('user_id', '=', v.id).execute();
    expect(rows).toHaveLength(1);
    expect(await countRows(t.db, 'idempotency_keys')).toBeGreaterThanOrEqual(1);
  });

  it('check-ins are idempotent too', async () => {
    const body = {
      at: '2026-11-26T12:00:00Z',
      painScore: 3,
      area: 'neck',
      onsetAt: '2026-11-25T12:00:00Z',
      age: 30,
    };
    const headers = { 'idempotency-key': 'checkin-1' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.post<{ id: string }>('/api/v1/checkins', body, { cookie: u.cookie, headers }),
      ),
    );
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await t.db.selectFrom('checkins').select('id').where('user_id', '=', u.id).execute()).toHaveLength(
      1,
    );
  });
});
