import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { ALL_DAY_PROFILE } from '../booking/booking.fixtures.ts';
import { bookingModule } from '../booking/booking.module.ts';

// The aftercare loop over HTTP, in-process: book, the visit starts (test clock), complete, follow-ups, consent, review.

let t: TestApp;
let therapist: TestUser;
let other: TestUser;

const profile = ALL_DAY_PROFILE;
const note = {
  areas: ['lower', 'hips'],
  pressure: 'medium',
  techniques: ['effleurage'],
  advice: 'Walk daily',
};

type Visit = {
  id: string;
  status: string;
  visitNote: { pressure: string; revisions: unknown[] } | null;
  followUps: { id: string; dueAt: string; status: string; answers?: unknown }[];
};

async function clientWithCheckin(): Promise<TestUser> {
  const user = await t.signUp('client');
  const body = { painScore: 4, area: 'lower', onsetAt: '2026-02-27T08:00:00Z', age: 40 };
  const res = await t.post('/api/v1/checkins', body, { cookie: user.cookie });
  expect(res.status).toBe(201);
  return user;
}

async function book(c: TestUser, start: string): Promise<string> {
  const res = await t.post<{ id: string }>(
    '/api/v1/bookings',
    { therapistId: therapist.id, start, minutes: 60, address: '1 High St', postcode: 'SW1A 1AA' },
    { cookie: c.cookie },
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-01T09:00:00Z', modules: [bookingModule({ smtpUrl: undefined })] });
  therapist = await t.signUp('therapist');
  other = await t.signUp('therapist');
  for (const th of [therapist, other])
    expect((await t.put('/api/v1/therapists/me', profile, { cookie: th.cookie })).status).toBe(200);
});
afterAll(() => t.close());

describe('aftercare loop', () => {
  it('completes, follows up with triage, shares on consent, reviews once; others get 404', async () => {
    t.clock.set('2026-03-01T09:00:00Z');
    const client = await clientWithCheckin();
    const stranger = await clientWithCheckin();
    const id = await book(client, '2026-03-01T14:00:00Z');

    // Not before the start; never by the client; others see nothing.
    expect(
      (await t.post(`/api/v1/bookings/${id}/complete`, { note }, { cookie: therapist.cookie })).status,
    ).toBe(409);
    t.clock.set('2026-03-01T14:05:00Z');
    expect(
      [403, 404].includes(
        (await t.post(`/api/v1/bookings/${id}/complete`, { note }, { cookie: client.cookie })).status,
      ),
    ).toBe(true);
    expect((await t.post(`/api/v1/bookings/${id}/complete`, { note }, { cookie: other.cookie })).status).toBe(
      404,
    );
    const bad = await t.post(
      `/api/v1/bookings/${id}/complete`,
      { note: { ...note, pressure: 'x' } },
      {
        cookie: therapist.cookie,
      },
    );
    expect(bad.status).toBe(400);

    const done = await t.post<Visit>(
      `/api/v1/bookings/${id}/complete`,
      { note },
      { cookie: therapist.cookie },
    );
    expect(done.status).toBe(200);
    // A correction within 24 h keeps the earlier text.
    const fixed = await t.post<Visit>(
      `/api/v1/bookings/${id}/complete`,
      { note: { ...note, pressure: 'light' } },
      { cookie: therapist.cookie },
    );
    expect(fixed.body.visitNote?.pressure).toBe('light');
    expect(fixed.body.visitNote?.revisions).toHaveLength(1);

    const seen = await t.get<Visit>(`/api/v1/bookings/${id}`, { cookie: client.cookie });
    expect(seen.body.status).toBe('completed');
    expect(seen.body.visitNote?.pressure).toBe('light');
    expect(seen.body.followUps.map((f) => f.dueAt)).toEqual([
      '2026-03-02T15:00:00.000Z',
      '2026-03-03T15:00:00.000Z',
    ]);
    const events = await t.get<{ items: { kind: string; at: string }[] }>('/api/v1/events', {
      cookie: client.cookie,
    });
    expect(
      events.body.items.some(
        (e) => e.kind === 'massage' && Date.parse(e.at) === Date.parse('2026-03-01T14:00:00Z'),
      ),
    ).toBe(true);

    const f24 = seen.body.followUps[0]?.id ?? '';
    const answer = { painScore: 3, soreness: 2, symptoms: ['saddle_numbness'] };
    expect((await t.post(`/api/v1/followups/${f24}`, answer, { cookie: stranger.cookie })).status).toBe(404);
    expect((await t.post(`/api/v1/followups/${f24}`, answer, { cookie: client.cookie })).status).toBe(409); // not due
    t.clock.set('2026-03-02T15:10:00Z');
    const red = await t.post<{ triage: { level: string } }>(`/api/v1/followups/${f24}`, answer, {
      cookie: client.cookie,
    });
    expect(red.status).toBe(201);
    expect(red.body.triage.level).toBe('emergency');

    // The therapist sees "done" but not the answers until the client shares.
    const hidden = await t.get<Visit>(`/api/v1/bookings/${id}`, { cookie: therapist.cookie });
    expect(hidden.body.followUps[0]?.status).toBe('done');
    expect(hidden.body.followUps[0]?.answers).toBeUndefined();
    expect(JSON.stringify(hidden.body)).not.toContain('saddle_numbness');
    expect(
      (await t.patch(`/api/v1/bookings/${id}`, { shareFollowUps: true }, { cookie: stranger.cookie })).status,
    ).toBe(404);
    expect(
      (await t.patch(`/api/v1/bookings/${id}`, { shareFollowUps: true }, { cookie: other.cookie })).status,
    ).toBe(404);
    expect(
      (await t.patch(`/api/v1/bookings/${id}`, { shareFollowUps: true }, { cookie: client.cookie })).status,
    ).toBe(200);
    const shared = await t.get<Visit>(`/api/v1/bookings/${id}`, { cookie: therapist.cookie });
    expect(shared.body.followUps[0]?.answers).toEqual(answer);

    // 48 h: pain higher than before the visit says when to see a clinician.
    t.clock.set('2026-03-03T15:10:00Z');
    const f48 = seen.body.followUps[1]?.id ?? '';
    const worse = await t.post<{ followUp: { worseAfterVisit: { fact: string } | null } }>(
      `/api/v1/followups/${f48}`,
      { painScore: 7, soreness: 6, symptoms: [] },
      { cookie: client.cookie },
    );
    expect(worse.status).toBe(201);
    expect(worse.body.followUp.worseAfterVisit?.fact).toBe('RF-POST-MASSAGE-LONG');

    const review = { stars: 5, text: 'Gentle and careful' };
    expect((await t.post(`/api/v1/bookings/${id}/review`, review, { cookie: stranger.cookie })).status).toBe(
      404,
    );
    expect((await t.post(`/api/v1/bookings/${id}/review`, review, { cookie: other.cookie })).status).toBe(
      404,
    );
    expect((await t.post(`/api/v1/bookings/${id}/review`, review, { cookie: client.cookie })).status).toBe(
      201,
    );
    expect((await t.post(`/api/v1/bookings/${id}/review`, review, { cookie: client.cookie })).status).toBe(
      409,
    );
    expect((await t.get(`/api/v1/bookings/${id}`, { cookie: stranger.cookie })).status).toBe(404);
  });

  it('erasing the client removes notes, follow-ups and reviews', async () => {
    t.clock.set('2026-03-05T09:00:00Z');
    const client = await clientWithCheckin();
    const id = await book(client, '2026-03-05T14:00:00Z');
    t.clock.set('2026-03-05T14:30:00Z');
    expect(
      (await t.post(`/api/v1/bookings/${id}/complete`, { note }, { cookie: therapist.cookie })).status,
    ).toBe(200);
    expect(
      (await t.post(`/api/v1/bookings/${id}/review`, { stars: 4 }, { cookie: client.cookie })).status,
    ).toBe(201);
    const del = await t.delete('/api/v1/me', { password: client.password }, { cookie: client.cookie });
    expect([200, 204]).toContain(del.status);
    const count = async (table: 'visit_notes' | 'follow_ups' | 'visit_reviews') =>
      (await t.db.selectFrom(table).select('booking_id').where('booking_id', '=', id).execute()).length;
    expect([await count('visit_notes'), await count('follow_ups'), await count('visit_reviews')]).toEqual([
      0, 0, 0,
    ]);
  });

  it('erasing the therapist removes the notes, follow-ups and reviews of their visits; export lists them first', async () => {
    t.clock.set('2026-03-07T09:00:00Z');
    const leaving = await t.signUp('therapist');
    expect((await t.put('/api/v1/therapists/me', profile, { cookie: leaving.cookie })).status).toBe(200);
    const client = await clientWithCheckin();
    const res = await t.post<{ id: string }>(
      '/api/v1/bookings',
      {
        therapistId: leaving.id,
        start: '2026-03-07T14:00:00Z',
        minutes: 60,
        address: '1 High St',
        postcode: 'SW1A 1AA',
      },
      { cookie: client.cookie },
    );
    const id = res.body.id;
    t.clock.set('2026-03-07T14:30:00Z');
    expect(
      (await t.post(`/api/v1/bookings/${id}/complete`, { note }, { cookie: leaving.cookie })).status,
    ).toBe(200);
    const exported = await t.get<Record<string, unknown[]>>('/api/v1/me/export', { cookie: client.cookie });
    expect(exported.body.follow_ups).toHaveLength(2);
    expect(exported.body.visit_notes).toHaveLength(1);
    const del = await t.delete('/api/v1/me', { password: leaving.password }, { cookie: leaving.cookie });
    expect([200, 204]).toContain(del.status);
    const left = await t.db.selectFrom('follow_ups').select('id').where('booking_id', '=', id).execute();
    expect(left).toHaveLength(0);
    const notes = await t.db
      .selectFrom('visit_notes')
      .select('booking_id')
      .where('booking_id', '=', id)
      .execute();
    expect(notes).toHaveLength(0);
  });
});
