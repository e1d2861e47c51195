import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, type TestApp } from '../../../test/app.ts';
import { bookingModule } from '../booking/booking.module.ts';
import { DEMO_CLIENT_EMAIL, DEMO_PASSWORD, seedDemo } from '../booking/demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-03T09:00:00Z', modules: [bookingModule({ smtpUrl: undefined })] });
  await seedDemo(t.db, t.clock());
  await seedDemo(t.db, t.clock());
});
afterAll(() => t.close());

const login = async (email: string) =>
  cookieFrom((await t.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD })).headers);

type Visit = { id: string; status: string; start: string };

describe('demo visits: one in progress and one completed yesterday per demo therapist', () => {
  it('gives each side a visit in progress to complete and a completed one with a due follow-up', async () => {
    const client = await login(DEMO_CLIENT_EMAIL);
    const mine = await t.get<Visit[]>('/api/v1/bookings', { cookie: client });
    expect(mine.body.filter((b) => b.status === 'confirmed')).toHaveLength(3);
    expect(mine.body.filter((b) => b.status === 'completed')).toHaveLength(3);
    const done = mine.body.find((b) => b.status === 'completed');
    const detail = await t.get<{ followUps: { id: string; status: string }[]; visitNote: unknown }>(
      `/api/v1/bookings/${done?.id}`,
      { cookie: client },
    );
    expect(detail.body.visitNote).not.toBeNull();
    expect(detail.body.followUps[0]?.status).toBe('due');
    const answered = await t.post(
      `/api/v1/followups/${detail.body.followUps[0]?.id}`,
      { painScore: 2, soreness: 1, symptoms: [] },
      { cookie: client },
    );
    expect(answered.status).toBe(201);

    const ada = await login('demo.ada@unknot.test');
    const hers = await t.get<Visit[]>('/api/v1/bookings', { cookie: ada });
    expect(hers.body.map((b) => b.status).sort()).toEqual(['completed', 'confirmed']);
    const inProgress = hers.body.find((b) => b.status === 'confirmed');
    const completed = await t.post(
      `/api/v1/bookings/${inProgress?.id}/complete`,
      { note: { areas: ['lower'], pressure: 'light', techniques: [] } },
      { cookie: ada },
    );
    expect(completed.status).toBe(200);
  });
});
