import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { ALL_DAY_PROFILE } from '../booking/booking.fixtures.ts';
import { bookingModule } from '../booking/booking.module.ts';
import { clientKey } from './client-key.ts';

// The therapist's side of aftercare: the booking list carries completion, follow-ups and the review; the
// practice view lists the therapist's own clients and one client's history. Answers the client did not
// share never reach the therapist, in either place.
let t: TestApp;
let therapist: TestUser;
let other: TestUser;
let client: TestUser;
let visitA: string;
let visitB: string;

const profile = ALL_DAY_PROFILE;
const note = { areas: ['lower'], pressure: 'firm', techniques: ['Deep tissue'], observations: 'Tight QL' };

type FollowUp = { id: string; hours: number; status: string; answers?: unknown; answeredAt?: string };
type Listed = {
  id: string;
  status: string;
  completedAt: string | null;
  painBefore: number | null;
  followUps: FollowUp[];
  review: { stars: number; text: string | null } | null;
};
type History = {
  clientKey: string;
  name: string;
  visits: (Listed & { visitNote: { pressure: string; observations?: string } | null; intake: unknown })[];
};

async function book(c: TestUser, start: string): Promise<string> {
  const res = await t.post<{ id: string }>(
    '/api/v1/bookings',
    {
      therapistId: therapist.id,
      start,
      minutes: 60,
      address: '1 High St',
      postcode: 'SW1A 1AA',
      intake: { pressure: 'medium', avoidAreas: ['left knee'] },
    },
    { cookie: c.cookie },
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

const checkIn = (c: TestUser, painScore: number) =>
  t.post(
    '/api/v1/checkins',
    { painScore, area: 'lower', onsetAt: '2026-02-27T08:00:00Z', age: 40 },
    {
      cookie: c.cookie,
    },
  );

beforeAll(async () => {
  t = await createTestApp({ now: '2026-04-01T09:00:00Z', modules: [bookingModule({ smtpUrl: undefined })] });
  therapist = await t.signUp('therapist');
  other = await t.signUp('therapist');
  for (const th of [therapist, other])
    expect((await t.put('/api/v1/therapists/me', profile, { cookie: th.cookie })).status).toBe(200);
  client = await t.signUp('client', { name: 'Cleo Client' });
  expect((await checkIn(client, 6)).status).toBe(201);
  visitA = await book(client, '2026-04-01T14:00:00Z');
  visitB = await book(client, '2026-04-02T14:00:00Z');
  // Visit A: completed; both follow-ups answered (one with a red flag); reviewed; never shared.
  t.clock.set('2026-04-01T14:10:00Z');
  expect(
    (await t.post(`/api/v1/bookings/${visitA}/complete`, { note }, { cookie: therapist.cookie })).status,
  ).toBe(200);
  t.clock.set('2026-04-02T09:00:00Z');
  expect((await checkIn(client, 5)).status).toBe(201);
  // Visit B: completed; the 24 h follow-up answered; shared.
  t.clock.set('2026-04-02T14:30:00Z');
  expect(
    (await t.post(`/api/v1/bookings/${visitB}/complete`, { note }, { cookie: therapist.cookie })).status,
  ).toBe(200);
  t.clock.set('2026-04-04T16:00:00Z');
  const detailA = await t.get<{ followUps: FollowUp[] }>(`/api/v1/bookings/${visitA}`, {
    cookie: client.cookie,
  });
  const detailB = await t.get<{ followUps: FollowUp[] }>(`/api/v1/bookings/${visitB}`, {
    cookie: client.cookie,
  });
  const answer = (id: string, body: object) =>
    t.post(`/api/v1/followups/${id}`, body, { cookie: client.cookie });
  expect(
    (
      await answer(detailA.body.followUps[0]?.id ?? '', {
        painScore: 4,
        soreness: 3,
        symptoms: ['saddle_numbness'],
      })
    ).status,
  ).toBe(201);
  expect(
    (await answer(detailA.body.followUps[1]?.id ?? '', { painScore: 2, soreness: 1, symptoms: [] })).status,
  ).toBe(201);
  expect(
    (await answer(detailB.body.followUps[0]?.id ?? '', { painScore: 3, soreness: 2, symptoms: [] })).status,
  ).toBe(201);
  expect(
    (await t.patch(`/api/v1/bookings/${visitB}`, { shareFollowUps: true }, { cookie: client.cookie })).status,
  ).toBe(200);
  expect(
    (
      await t.post(
        `/api/v1/bookings/${visitA}/review`,
        { stars: 4, text: 'Firm but fair' },
        { cookie: client.cookie },
      )
    ).status,
  ).toBe(201);
});
afterAll(() => t.close());

describe('GET /bookings with aftercare', () => {
  it('gives the therapist completion, follow-up status and reviews, answers only where shared', async () => {
    const res = await t.get<Listed[]>('/api/v1/bookings', { cookie: therapist.cookie });
    expect(res.status).toBe(200);
    const a = res.body.find((b) => b.id === visitA);
    const b = res.body.find((x) => x.id === visitB);
    expect(a?.completedAt).toBe('2026-04-01T14:10:00.000Z');
    expect(a?.followUps.map((f) => [f.hours, f.status])).toEqual([
      [24, 'done'],
      [48, 'done'],
    ]);
    expect(a?.followUps.every((f) => f.answers === undefined && f.answeredAt === undefined)).toBe(true);
    expect(a?.painBefore).toBeNull();
    expect(a?.review).toMatchObject({ stars: 4, text: 'Firm but fair' });
    expect(b?.followUps[0]?.answers).toEqual({ painScore: 3, soreness: 2, symptoms: [] });
    expect(b?.followUps[1]?.status).toBe('due');
    // The last check-in before visit B said 5.
    expect(b?.painBefore).toBe(5);
    expect(b?.review).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain('saddle_numbness');
  });

  it('gives the client every answer of their own visits', async () => {
    const res = await t.get<Listed[]>('/api/v1/bookings', { cookie: client.cookie });
    const a = res.body.find((b) => b.id === visitA);
    expect(a?.followUps[0]?.answers).toEqual({ painScore: 4, soreness: 3, symptoms: ['saddle_numbness'] });
    expect(a?.painBefore).toBe(6);
  });

  it('lists nothing of these visits to another therapist', async () => {
    const res = await t.get<Listed[]>('/api/v1/bookings', { cookie: other.cookie });
    expect(res.body.some((b) => b.id === visitA || b.id === visitB)).toBe(false);
  });
});

describe('practice view', () => {
  it('lists the therapist’s own clients with visits and the last visit', async () => {
    const res = await t.get<{ clientKey: string; name: string; visits: number; lastVisit: string | null }[]>(
      '/api/v1/therapist/clients',
      { cookie: therapist.cookie },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        clientKey: clientKey(therapist.id, client.id),
        name: 'Cleo Client',
        visits: 2,
        lastVisit: '2026-04-02T14:00:00.000Z',
        nextVisit: null,
      },
    ]);
    const theirs = await t.get<unknown[]>('/api/v1/therapist/clients', { cookie: other.cookie });
    expect(theirs.body).toEqual([]);
    // Account ids stay inside the server: neither the list of clients nor the agenda shows the client's.
    const agenda = await t.get('/api/v1/bookings', { cookie: therapist.cookie });
    expect(JSON.stringify([res.body, agenda.body])).not.toContain(client.id);
  });

  it('shows one client’s history: notes, intake, outcomes only where shared, reviews', async () => {
    const res = await t.get<History>(`/api/v1/therapist/clients/${clientKey(therapist.id, client.id)}`, {
      cookie: therapist.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Cleo Client');
    expect(res.body.visits.map((v) => v.id)).toEqual([visitB, visitA]);
    const [b, a] = res.body.visits;
    expect(a?.visitNote).toMatchObject({ pressure: 'firm', observations: 'Tight QL' });
    expect(a?.intake).toMatchObject({ pressure: 'medium', avoidAreas: ['left knee'] });
    expect(a?.review?.stars).toBe(4);
    expect(a?.followUps.map((f) => f.status)).toEqual(['done', 'done']);
    expect(a?.followUps.some((f) => 'answers' in f)).toBe(false);
    expect(b?.followUps[0]?.answers).toEqual({ painScore: 3, soreness: 2, symptoms: [] });
    expect(JSON.stringify(res.body)).not.toContain('saddle_numbness');
  });

  it('withdrawn consent hides the answers again', async () => {
    await t.patch(`/api/v1/bookings/${visitB}`, { shareFollowUps: false }, { cookie: client.cookie });
    const res = await t.get<History>(`/api/v1/therapist/clients/${clientKey(therapist.id, client.id)}`, {
      cookie: therapist.cookie,
    });
    expect(res.body.visits.flatMap((v) => v.followUps).some((f) => f.answers !== undefined)).toBe(false);
    expect(res.body.visits.every((v) => v.painBefore === null)).toBe(true);
    await t.patch(`/api/v1/bookings/${visitB}`, { shareFollowUps: true }, { cookie: client.cookie });
  });

  it('refuses a client account and hides another therapist’s client', async () => {
    expect((await t.get('/api/v1/therapist/clients', { cookie: client.cookie })).status).toBe(403);
    const key = clientKey(therapist.id, client.id);
    expect((await t.get(`/api/v1/therapist/clients/${key}`, { cookie: client.cookie })).status).toBe(403);
    // Another therapist has neither this key nor, under their own key for the pair, this client.
    expect((await t.get(`/api/v1/therapist/clients/${key}`, { cookie: other.cookie })).status).toBe(404);
    const otherKey = clientKey(other.id, client.id);
    expect((await t.get(`/api/v1/therapist/clients/${otherKey}`, { cookie: other.cookie })).status).toBe(404);
    // The account id itself is not a key.
    expect((await t.get(`/api/v1/therapist/clients/${client.id}`, { cookie: therapist.cookie })).status).toBe(
      404,
    );
    expect((await t.get('/api/v1/therapist/clients/not-a-uuid', { cookie: therapist.cookie })).status).toBe(
      404,
    );
    expect(
      (
        await t.get(`/api/v1/therapist/clients/${clientKey(therapist.id, therapist.id)}`, {
          cookie: therapist.cookie,
        })
      ).status,
    ).toBe(404);
    expect((await t.get('/api/v1/therapist/clients')).status).toBe(401);
  });
});

describe('a long history', () => {
  it('never pushes the visits ahead out of the list, and reads aftercare for every listed visit', async () => {
    t.clock.set('2026-04-10T09:00:00Z');
    const busy = await t.signUp('therapist');
    expect((await t.put('/api/v1/therapists/me', profile, { cookie: busy.cookie })).status).toBe(200);
    const base = {
      client_id: client.id,
      therapist_id: busy.id,
      minutes: 60,
      buffer_minutes: 0,
      address: '1 High St',
      postcode: 'SW1A 1AA',
      created_at: new Date('2025-01-01T00:00:00Z'),
    };
    const start = Date.parse('2026-04-09T10:00:00Z');
    const past = Array.from({ length: 510 }, (_, i) => ({
      ...base,
      id: crypto.randomUUID(),
      start_at: new Date(start - i * 7_200_000),
      end_at: new Date(start - i * 7_200_000 + 3_600_000),
      status: 'completed' as const,
      completed_at: new Date(start - i * 7_200_000 + 3_600_000),
    }));
    const ahead = {
      ...base,
      id: crypto.randomUUID(),
      start_at: new Date('2026-04-20T10:00:00Z'),
      end_at: new Date('2026-04-20T11:00:00Z'),
      status: 'confirmed' as const,
    };
    await t.db
      .insertInto('bookings')
      .values([...past, ahead])
      .execute();
    const res = await t.get<Listed[]>('/api/v1/bookings', { cookie: busy.cookie });
    expect(res.body).toHaveLength(500);
    expect(res.body.at(-1)?.id).toBe(ahead.id);
    expect(res.body[0]?.id).toBe(past[498]?.id);
    expect(
      res.body.every((b) => b.followUps !== undefined && (b.completedAt !== null) === (b.id !== ahead.id)),
    ).toBe(true);
  });
});
