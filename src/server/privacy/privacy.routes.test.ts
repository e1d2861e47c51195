import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
});
afterAll(() => t.close());

const checkIn = {
  at: '2026-11-26T12:00:00Z',
  painScore: 4,
  area: 'lower',
  onsetAt: '2026-11-26T01:00:00Z',
  age: 33,
};

describe('export', () => {
  it('exports the account (no hash), check-ins and events as JSON, and a table as CSV', async () => {
    const u = await t.signUp('client', { name: 'Ada, "the" =Count' });
    await t.post(
      '/api/v1/events',
      { kind: 'note', at: '2026-11-26T10:00:00Z', text: 'sore, "very"\nstiff' },
      { cookie: u.cookie },
    );
    await t.post('/api/v1/checkins', checkIn, { cookie: u.cookie });
    const other = await t.signUp();
    await t.post(
      '/api/v1/events',
      { kind: 'water', at: '2026-11-26T10:00:00Z', ml: 1 },
      { cookie: other.cookie },
    );

    const res = await t.get<Record<string, unknown>>('/api/v1/me/export', { cookie: u.cookie });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/argon2|password/);
    expect(res.body.account).toMatchObject({ id: u.id, email: u.email });
    expect(res.body.events).toEqual([expect.objectContaining({ kind: 'note', text: 'sore, "very"\nstiff' })]);
    expect(res.body.checkins).toHaveLength(1);

    const csv = await t.app.request('/api/v1/me/export?format=csv&table=events', {
      headers: { cookie: u.cookie },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const body = await csv.text();
    expect(body.split('\r\n')[0]).toBe('id,kind,at,text');
    expect(body).toContain('"sore, ""very""\nstiff"');
    const account = await (
      await t.app.request('/api/v1/me/export?format=csv&table=account', { headers: { cookie: u.cookie } })
    ).text();
    expect(account).toContain('"Ada, ""the"" =Count"');
    await t.post(
      '/api/v1/events',
      { kind: 'note', at: '2026-11-26T11:00:00Z', text: '=HYPERLINK("x")' },
      { cookie: u.cookie },
    );
    const again = await (
      await t.app.request('/api/v1/me/export?format=csv&table=events', { headers: { cookie: u.cookie } })
    ).text();
    expect(again).toContain(`"'=HYPERLINK(""x"")"`);
    expect((await t.get('/api/v1/me/export?format=csv&table=secrets', { cookie: u.cookie })).status).toBe(
      400,
    );
    expect((await t.get('/api/v1/me/export')).status).toBe(401);
  });
});

describe('erase', () => {
  it('refuses a wrong password, then erases every row of the person and ends the session', async () => {
    const u = await t.signUp();
    await t.post(
      '/api/v1/events',
      { kind: 'pain', at: '2026-11-26T10:00:00Z', score: 5 },
      { cookie: u.cookie, headers: { 'idempotency-key': 'k1' } },
    );
    await t.post('/api/v1/checkins', checkIn, { cookie: u.cookie });
    const keep = await t.signUp();
    await t.post(
      '/api/v1/events',
      { kind: 'pain', at: '2026-11-26T10:00:00Z', score: 2 },
      { cookie: keep.cookie },
    );

    expect((await t.delete('/api/v1/me', { password: 'not my password' }, { cookie: u.cookie })).status).toBe(
      403,
    );
    expect((await t.delete('/api/v1/me', {}, { cookie: u.cookie })).status).toBe(400);
    const ok = await t.delete('/api/v1/me', { password: u.password }, { cookie: u.cookie });
    expect(ok.status).toBe(200);

    for (const table of ['events', 'checkins', 'sessions', 'idempotency_keys'] as const) {
      const rows = await t.db.selectFrom(table).select('user_id').where('user_id', '=', u.id).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect(await t.db.selectFrom('users').select('id').where('id', '=', u.id).execute()).toHaveLength(0);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
    expect((await t.post('/api/v1/auth/login', { email: u.email, password: u.password })).status).toBe(401);
    expect(
      await t.db.selectFrom('events').select('id').where('user_id', '=', keep.id).execute(),
    ).toHaveLength(1);
  });
});
