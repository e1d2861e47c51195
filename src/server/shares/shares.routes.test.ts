import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import type { ShareView } from './shares.schema.ts';

const NOW = new Date('2026-11-30T09:00:00Z');
const DAY = 86_400_000;
let t: TestApp;
let ada: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  ada = await t.signUp('client', { name: 'Ada Lovelace' });
  bob = await t.signUp('client');
  await t.post(
    '/api/v1/events',
    { kind: 'pain', at: '2026-11-29T10:00:00Z', score: 6 },
    { cookie: ada.cookie },
  );
});
afterAll(() => t.close());

interface Created {
  id: string;
  url: string;
  expiresAt: string;
}
const create = (body: unknown = { scope: ['report'] }, user = ada) =>
  t.post<Created>('/api/v1/shares', body, { cookie: user.cookie });
const pathOf = (url: string) => new URL(url).pathname;
const list = (user = ada) => t.get<{ items: ShareView[] }>('/api/v1/shares', { cookie: user.cookie });

describe('/api/v1/shares', () => {
  it('creates a link for 14 days by default whose url holds only an unguessable token', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.body.expiresAt).toBe(new Date(NOW.getTime() + 14 * DAY).toISOString());
    expect(pathOf(res.body.url)).toMatch(/^\/api\/v1\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(res.body.url).not.toContain(ada.id);
    const rows = await t.db.selectFrom('shares').select('token_hash').where('id', '=', res.body.id).execute();
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.url).not.toContain(rows[0]?.token_hash);
  });

  it('opens the report without an account, never cached or indexed, and records each access with its time', async () => {
    const { body } = await create();
    const page = await t.get<string>(pathOf(body.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(page.body).toContain('Back pain summary: Ada Lovelace');
    t.clock.advance(60_000);
    await t.get(pathOf(body.url));
    t.clock.set(NOW);
    const share = (await list()).body.items.find((s) => s.id === body.id);
    expect(share?.accesses).toEqual([
      { at: NOW.toISOString() },
      { at: new Date(NOW.getTime() + 60_000).toISOString() },
    ]);
    expect(share?.status).toBe('active');
  });

  it('stops working when it expires', async () => {
    const { body } = await create({ scope: ['report'], expiresInDays: 2 });
    t.clock.advance(2 * DAY - 1000);
    expect((await t.get(pathOf(body.url))).status).toBe(200);
    t.clock.advance(1000);
    const gone = await t.get(pathOf(body.url));
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect((await list()).body.items.find((s) => s.id === body.id)?.status).toBe('expired');
    t.clock.set(NOW);
  });

  it('revokes at once (then 404), and only for its owner', async () => {
    const { body } = await create();
    expect((await t.get('/api/v1/shares', { cookie: bob.cookie })).body).toEqual({ items: [] });
    expect((await t.delete(`/api/v1/shares/${body.id}`, undefined, { cookie: bob.cookie })).status).toBe(404);
    expect((await t.get(pathOf(body.url))).status).toBe(200);
    expect((await t.delete(`/api/v1/shares/${body.id}`, undefined, { cookie: ada.cookie })).status).toBe(204);
    expect((await t.get(pathOf(body.url))).status).toBe(404);
    expect((await t.delete(`/api/v1/shares/${body.id}`, undefined, { cookie: ada.cookie })).status).toBe(404);
    expect((await t.delete('/api/v1/shares/not-a-uuid', undefined, { cookie: ada.cookie })).status).toBe(404);
    expect((await list()).body.items.find((s) => s.id === body.id)?.status).toBe('revoked');
  });

  it('refuses unknown tokens, bad bodies (naming the field) and strangers', async () => {
    expect((await t.get(`/api/v1/shared/${'A'.repeat(43)}`)).status).toBe(404);
    const bad = await t.post<{ error: { issues: { path: string }[] } }>(
      '/api/v1/shares',
      { scope: ['diary'] },
      { cookie: ada.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toBe('scope.0');
    const days = await t.post<{ error: { issues: { path: string }[] } }>(
      '/api/v1/shares',
      { scope: ['report'], expiresInDays: 0 },
      { cookie: ada.cookie },
    );
    expect(days.body.error.issues[0]?.path).toBe('expiresInDays');
    expect((await t.post('/api/v1/shares', { scope: ['report'] })).status).toBe(401);
  });
});

describe('privacy', () => {
  it('exports PEG answers, shares and accesses (no token hash), and DELETE /me erases them', async () => {
    const carol = await t.signUp('client');
    await t.post('/api/v1/peg', { pain: 4, enjoyment: 3, activity: 5 }, { cookie: carol.cookie });
    const { body } = await create({ scope: ['report'] }, carol);
    await t.get(pathOf(body.url));
    const exported = await t.get<Record<string, unknown[]>>('/api/v1/me/export', { cookie: carol.cookie });
    expect(exported.body.peg_answers).toHaveLength(1);
    expect(exported.body.shares).toHaveLength(1);
    expect(exported.body.share_accesses).toHaveLength(1);
    expect(JSON.stringify(exported.body)).not.toMatch(/token_hash|[0-9a-f]{64}/);
    const csv = await t.get<string>('/api/v1/me/export?format=csv&table=peg_answers', {
      cookie: carol.cookie,
    });
    expect(csv.body).toContain('pain');

    const del = await t.delete('/api/v1/me', { password: carol.password }, { cookie: carol.cookie });
    expect(del.status).toBe(200);
    const count = async (table: 'peg_answers' | 'shares') =>
      (await t.db.selectFrom(table).select('id').where('user_id', '=', carol.id).execute()).length;
    expect(await count('peg_answers')).toBe(0);
    expect(await count('shares')).toBe(0);
    const accesses = await t.db
      .selectFrom('share_accesses')
      .select('id')
      .where('share_id', '=', body.id)
      .execute();
    expect(accesses).toHaveLength(0);
    expect((await t.get(pathOf(body.url))).status).toBe(404);
  });
});
