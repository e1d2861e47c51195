import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
});
afterAll(() => t.close());

const PROFILE = {
  age: 62,
  history: { asthma: true, stomach_ulcer: false },
  pregnancyWeeks: null,
  workAtDesk: true,
  episode: { onsetAt: '2026-11-25T08:00:00Z', massageAt: null, firstEpisode: false },
  confirmedAt: '2026-11-26T11:59:00Z',
};

type Err = { error: { message: string; issues: { path: string; message: string }[] } };

describe('/me/health-profile', () => {
  it('is empty until saved, then reads back what was saved; only for the signed-in person', async () => {
    expect((await t.get('/api/v1/me/health-profile')).status).toBe(401);
    const a = await t.signUp();
    const b = await t.signUp();
    expect((await t.get('/api/v1/me/health-profile', { cookie: a.cookie })).body).toEqual({ profile: null });
    const put = await t.put('/api/v1/me/health-profile', PROFILE, { cookie: a.cookie });
    expect(put.status).toBe(200);
    const got = await t.get<{ profile: typeof PROFILE }>('/api/v1/me/health-profile', { cookie: a.cookie });
    expect(got.body.profile).toEqual(PROFILE);
    // Another account never sees it.
    expect((await t.get('/api/v1/me/health-profile', { cookie: b.cookie })).body).toEqual({ profile: null });
    // A second PUT replaces it whole.
    const next = { history: {}, episode: null, confirmedAt: '2026-11-26T12:00:00Z' };
    await t.put('/api/v1/me/health-profile', next, { cookie: a.cookie });
    expect((await t.get('/api/v1/me/health-profile', { cookie: a.cookie })).body).toEqual({ profile: next });
    expect((await t.delete('/api/v1/me/health-profile', undefined, { cookie: a.cookie })).status).toBe(204);
    expect((await t.get('/api/v1/me/health-profile', { cookie: a.cookie })).body).toEqual({ profile: null });
  });

  it('refuses a bad body with 400 naming each field, never a 500', async () => {
    const u = await t.signUp();
    const bad = await t.put<Err>(
      '/api/v1/me/health-profile',
      { ...PROFILE, age: 12, history: { gills: true }, extra: 1 },
      { cookie: u.cookie },
    );
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((i) => i.path);
    expect(paths).toEqual(['age', 'history', '']);
    const future = await t.put<Err>(
      '/api/v1/me/health-profile',
      { ...PROFILE, confirmedAt: '2026-11-27T12:00:00Z' },
      { cookie: u.cookie },
    );
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0]?.path).toBe('confirmedAt');
    expect((await t.put('/api/v1/me/health-profile', 'not json', { cookie: u.cookie })).status).toBe(400);
  });

  it('is in the export, and erasing the account erases it', async () => {
    const u = await t.signUp();
    await t.put('/api/v1/me/health-profile', PROFILE, { cookie: u.cookie });
    const exported = await t.get<{ health_profile: unknown[] }>('/api/v1/me/export', { cookie: u.cookie });
    expect(exported.body.health_profile).toEqual([{ ...PROFILE, updatedAt: '2026-11-26T12:00:00.000Z' }]);
    expect((await t.delete('/api/v1/me', { password: u.password }, { cookie: u.cookie })).status).toBe(200);
    const left = await t.db
      .selectFrom('health_profiles')
      .select('user_id')
      .where('user_id', '=', u.id)
      .execute();
    expect(left).toEqual([]);
  });
});
