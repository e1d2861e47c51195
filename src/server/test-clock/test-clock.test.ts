import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ALL_DAY_PROFILE } from '../booking/booking.fixtures.ts';
import { bookingModule } from '../booking/booking.module.ts';
import { configFromEnv } from '../config.ts';
import { testClockRefusal } from './refusal.ts';

const START = '2026-11-26T12:00:00.000Z';
type Now = { now: string };
type Problem = { error: { code?: string; issues: { path: string }[] } };

let on: TestApp;
let off: TestApp;
beforeAll(async () => {
  on = await createTestApp({ now: START, config: { testClock: true } });
  off = await createTestApp({ now: START });
});
afterAll(async () => {
  await on.close();
  await off.close();
});

describe('the test clock route', () => {
  it('does not exist without UNKNOT_TEST_CLOCK', async () => {
    expect((await off.get('/api/v1/test/clock')).status).toBe(404);
    expect((await off.post('/api/v1/test/clock', { advanceMinutes: 5 })).status).toBe(404);
  });

  it('answers now, moves forward by minutes or to an instant, and never back', async () => {
    expect((await on.get<Now>('/api/v1/test/clock')).body.now).toBe(START);

    const moved = await on.post<Now>('/api/v1/test/clock', { advanceMinutes: 90 });
    expect(moved.status).toBe(200);
    expect(moved.body.now).toBe('2026-11-26T13:30:00.000Z');

    const at = await on.post<Now>('/api/v1/test/clock', { at: '2026-11-27T14:00:00+01:00' });
    expect(at.body.now).toBe('2026-11-27T13:00:00.000Z');

    // Time keeps flowing from the moved instant: the base clock's own steps add on top.
    on.clock.advance(60_000);
    expect((await on.get<Now>('/api/v1/test/clock')).body.now).toBe('2026-11-27T13:01:00.000Z');

    const back = await on.post<Problem>('/api/v1/test/clock', { at: '2026-11-27T12:00:00Z' });
    expect(back.status).toBe(400);
    expect(back.body.error.code).toBe('clock_backwards');
    expect(back.body.error.issues[0]?.path).toBe('at');
    const negative = await on.post<Problem>('/api/v1/test/clock', { advanceMinutes: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.issues[0]?.path).toBe('advanceMinutes');
    expect((await on.get<Now>('/api/v1/test/clock')).body.now).toBe('2026-11-27T13:01:00.000Z');
  });

  it('names the field of a bad body', async () => {
    for (const [body, path] of [
      [{}, 'advanceMinutes'],
      [{ advanceMinutes: 5, at: START }, 'advanceMinutes'],
      [{ advanceMinutes: 1.5 }, 'advanceMinutes'],
      [{ at: 'tomorrow' }, 'at'],
      [{ minutes: 5 }, ''],
    ] as const) {
      const res = await on.post<Problem>('/api/v1/test/clock', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.issues.map((i) => i.path)).toContain(path);
    }
  });

  it('refuses a move from another site', async () => {
    const res = await on.post(
      '/api/v1/test/clock',
      { advanceMinutes: 1 },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(res.status).toBe(403);
  });

  it('moves the rules: a check-in dated a day ahead is refused, then accepted once the clock is there', async () => {
    const t = await createTestApp({ now: START, config: { testClock: true } });
    try {
      const u = await t.signUp();
      const ahead = new Date(Date.parse(START) + 24 * 3_600_000).toISOString();
      const checkIn = { at: ahead, painScore: 4, area: 'lower', onsetAt: START, age: 40 };
      expect((await t.post('/api/v1/checkins', checkIn, { cookie: u.cookie })).status).toBe(400);
      await t.post('/api/v1/test/clock', { advanceMinutes: 24 * 60 });
      // The session made a day "ago" is still live (30 days idle), and the not-future rule reads the moved clock.
      expect((await t.post('/api/v1/checkins', checkIn, { cookie: u.cookie })).status).toBe(201);
    } finally {
      await t.close();
    }
  });
});

describe('the aftercare loop, moved only through the route', () => {
  type Visit = { status: string; followUps: { id: string; status: string; dueAt: string }[] };
  const note = { areas: ['lower'], pressure: 'medium', techniques: [], advice: 'Walk daily' };

  it('books, completes once the visit has started, and answers the 24 h follow-up once it is due', async () => {
    // The booking gate, completion and follow-ups are each judged by the clock the route moves: a rule reading
    // the machine's time instead would refuse the completion (the visit starts tomorrow in real time too).
    const t = await createTestApp({
      now: START,
      config: { testClock: true },
      modules: [bookingModule({ smtpUrl: undefined })],
    });
    const move = async (body: object) => (await t.post<Now>('/api/v1/test/clock', body)).body.now;
    try {
      const therapist = await t.signUp('therapist');
      const profile = { ...ALL_DAY_PROFILE, bookingWindowDays: 30 };
      expect((await t.put('/api/v1/therapists/me', profile, { cookie: therapist.cookie })).status).toBe(200);
      const client = await t.signUp('client');
      const checkIn = { painScore: 4, area: 'lower', onsetAt: '2026-11-25T12:00:00Z', age: 40 };
      expect((await t.post('/api/v1/checkins', checkIn, { cookie: client.cookie })).status).toBe(201);
      const start = '2026-11-27T10:00:00.000Z';
      const booked = await t.post<{ id: string }>(
        '/api/v1/bookings',
        { therapistId: therapist.id, start, minutes: 60, address: '1 High St', postcode: 'SW1A 1AA' },
        { cookie: client.cookie },
      );
      expect(booked.status).toBe(201);
      const id = booked.body.id;
      const complete = () =>
        t.post<Visit>(`/api/v1/bookings/${id}/complete`, { note }, { cookie: therapist.cookie });

      expect((await complete()).status).toBe(409);
      expect(await move({ at: '2026-11-27T10:05:00Z' })).toBe('2026-11-27T10:05:00.000Z');
      const done = await complete();
      expect(done.status).toBe(200);
      const f24 = done.body.followUps.find((f) => f.dueAt === '2026-11-28T11:00:00.000Z');
      expect(f24?.status).toBe('scheduled');

      const answer = { painScore: 3, soreness: 2, symptoms: [] };
      expect((await t.post(`/api/v1/followups/${f24?.id}`, answer, { cookie: client.cookie })).status).toBe(
        409,
      );
      await move({ advanceMinutes: 25 * 60 });
      const seen = await t.get<Visit>(`/api/v1/bookings/${id}`, { cookie: client.cookie });
      expect(seen.body.followUps.find((f) => f.id === f24?.id)?.status).toBe('due');
      expect((await t.post(`/api/v1/followups/${f24?.id}`, answer, { cookie: client.cookie })).status).toBe(
        201,
      );
      // The session made "two days ago" still works: it lives 30 days idle, 90 days in all.
      expect((await t.get('/api/v1/me', { cookie: client.cookie })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('UNKNOT_TEST_CLOCK outside tests', () => {
  const local = { UNKNOT_TEST_CLOCK: '1', HOST: '127.0.0.1' };

  it('is read from the environment, off unless set', () => {
    expect(configFromEnv({}).testClock).toBe(false);
    expect(configFromEnv(local).testClock).toBe(true);
    expect(
      configFromEnv({ ...local, DATABASE_URL: 'postgres://postgres@127.0.0.1:55432/unknot' }).testClock,
    ).toBe(true);
  });

  it('is refused with settings of a real deployment, each for its reason', () => {
    for (const [extra, reason] of [
      [{ NODE_ENV: 'production' }, /NODE_ENV=production/],
      [{ HOST: '0.0.0.0' }, /HOST=0\.0\.0\.0/],
      [{ UNKNOT_PUBLIC_URL: 'https://unknot.example' }, /UNKNOT_PUBLIC_URL/],
      [{ UNKNOT_TRUST_PROXY: '1' }, /UNKNOT_TRUST_PROXY/],
      [{ UNKNOT_TRUSTED_PROXIES: '10.0.0.1' }, /UNKNOT_TRUSTED_PROXIES/],
      [{ SMTP_URL: 'smtp://mail.example:25' }, /SMTP_URL/],
      [{ DATABASE_URL: 'postgres://app@db.internal:5432/unknot' }, /db\.internal/],
    ] as const) {
      const env = { ...local, ...extra };
      expect(testClockRefusal(env), JSON.stringify(extra)).toMatch(reason);
      expect(() => configFromEnv(env)).toThrow(reason);
      // The same settings without the test clock start as before.
      expect(() => configFromEnv({ ...env, UNKNOT_TEST_CLOCK: '' })).not.toThrow();
    }
    // Settings that configFromEnv reads as "no proxy" are no reason to refuse.
    expect(testClockRefusal({ ...local, UNKNOT_TRUST_PROXY: '0' })).toBe(undefined);
    expect(testClockRefusal({ ...local, UNKNOT_TRUST_PROXY: 'false' })).toBe(undefined);
    expect(testClockRefusal({ ...local, DATABASE_URL: 'postgres:///unknot?host=/var/run/postgresql' })).toBe(
      undefined,
    );
  });
});
