import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { bookingModule } from './booking.module.ts';

// The contract's booking endpoints over HTTP, in-process, on PGlite (or PostgreSQL with DATABASE_URL).

let t: TestApp;
let therapist: TestUser;
let therapistId: string;

const profile = {
  displayName: 'Ada Brooks',
  timeZone: 'Europe/London',
  postcodes: ['SW1', 'E1'],
  sessionMinutes: [60, 90],
  bufferMinutes: 30,
  minNoticeHours: 2,
  bookingWindowDays: 200,
  weekly: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
    { weekday, start: '00:00', end: '12:00' },
    { weekday, start: '12:00', end: '24:00' },
  ]),
};

const checkIn = (extra: Record<string, unknown> = {}) => ({
  painScore: 4,
  area: 'lower',
  onsetAt: '2026-02-27T08:00:00Z',
  age: 40,
  ...extra,
});

async function client(extra: Record<string, unknown> = {}): Promise<TestUser> {
  const user = await t.signUp('client');
  const res = await t.post('/api/v1/checkins', checkIn(extra), { cookie: user.cookie });
  if (res.status !== 201) throw new Error(`check-in ${res.status} ${JSON.stringify(res.body)}`);
  return user;
}

const bookingBody = (start: string, minutes = 60) => ({
  therapistId,
  start,
  minutes,
  address: '1 High Street',
  postcode: 'sw1a 1aa',
  notes: 'Buzz flat 2',
});

type Booking = { id: string; start: string; end: string; status: string; intake?: unknown };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-01T09:00:00Z', modules: [bookingModule({ smtpUrl: undefined })] });
  therapist = await t.signUp('therapist');
  const res = await t.put<{ id: string }>('/api/v1/therapists/me', profile, { cookie: therapist.cookie });
  expect(res.status).toBe(200);
  therapistId = res.body.id;
});
afterAll(async () => {
  await t.close();
});

describe('therapists', () => {
  it('saves a profile only for a therapist and validates the time zone', async () => {
    const c = await t.signUp('client');
    expect((await t.put('/api/v1/therapists/me', profile, { cookie: c.cookie })).status).toBe(403);
    const bad = await t.put(
      '/api/v1/therapists/me',
      { ...profile, timeZone: 'Mars/Base' },
      { cookie: therapist.cookie },
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('timeZone');
    expect((await t.put('/api/v1/therapists/me', profile)).status).toBe(401);
  });

  it('finds therapists by postcode, ignoring case and spaces', async () => {
    const found = await t.get<{ id: string; displayName: string }[]>(
      '/api/v1/therapists?postcode=sw1a%201aa',
    );
    expect(found.body).toContainEqual(
      expect.objectContaining({ id: therapistId, displayName: 'Ada Brooks' }),
    );
    const none = await t.get<unknown[]>('/api/v1/therapists?postcode=SW10%209AA');
    expect(none.body.some((x) => (x as { id: string }).id === therapistId)).toBe(false);
    expect((await t.get(`/api/v1/therapists/${therapistId}`)).status).toBe(200);
    expect((await t.get('/api/v1/therapists/0b0e7a7e-4c4b-4f6e-9c57-7a0e6d1f3a11')).status).toBe(404);
  });

  it('lists slots at 09:00 London time on both sides of the spring change', async () => {
    const res = await t.get<{ start: string; end: string }[]>(
      `/api/v1/therapists/${therapistId}/slots?from=2026-03-28T09:00:00Z&to=2026-03-29T09:00:01Z&minutes=60&step=60`,
    );
    expect(res.status).toBe(200);
    const starts = res.body.map((s) => s.start);
    expect(starts[0]).toBe('2026-03-28T09:00:00Z');
    // Sunday 29 March: 00:00 GMT, then 02:00 BST (01:00Z) … 09:00Z is 10:00 BST.
    expect(starts).toContain('2026-03-29T01:00:00Z');
    expect(starts).not.toContain('2026-03-29T00:30:00Z');
    expect(res.body.every((s) => Date.parse(s.end) - Date.parse(s.start) === 3_600_000)).toBe(true);
    const bad = await t.get(`/api/v1/therapists/${therapistId}/slots?from=nope&to=2026-03-29T09:00:00Z`);
    expect(bad.status).toBe(400);
  });
});

describe('bookings', () => {
  it('books a slot (201), replays an Idempotency-Key retry, and gives 409 when taken', async () => {
    const c = await client();
    const headers = { 'Idempotency-Key': 'book-1' };
    const first = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-10T10:00:00Z'), {
      cookie: c.cookie,
      headers,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      start: '2026-03-10T10:00:00Z',
      end: '2026-03-10T11:00:00Z',
      status: 'confirmed',
    });
    const retry = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-10T10:00:00Z'), {
      cookie: c.cookie,
      headers,
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const mine = await t.get<Booking[]>('/api/v1/bookings', { cookie: c.cookie });
    expect(mine.body.map((b) => b.id)).toEqual([first.body.id]);
    const other = await client();
    const taken = await t.post<{ error: { code: string } }>(
      '/api/v1/bookings',
      bookingBody('2026-03-10T10:30:00Z', 90),
      {
        cookie: other.cookie,
      },
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('slot_taken');
  });

  it('lets exactly one of 200 clients racing for one slot win', { timeout: 120_000 }, async () => {
    const clients: TestUser[] = [];
    for (let i = 0; i < 200; i += 20)
      clients.push(...(await Promise.all(Array.from({ length: 20 }, () => client()))));
    const results = await Promise.all(
      clients.map((c) =>
        t.post('/api/v1/bookings', bookingBody('2026-03-11T14:00:00Z', 90), { cookie: c.cookie }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
  });

  it('needs a check-in from the last 24 h (checkin_required), refuses red flags, and waits 72 h after a massage', async () => {
    const none = await t.signUp('client');
    const res = await t.post<{ error: { code: string } }>(
      '/api/v1/bookings',
      bookingBody('2026-03-12T11:30:00Z'),
      {
        cookie: none.cookie,
      },
    );
    expect([res.status, res.body.error.code]).toEqual([422, 'checkin_required']);
    expect((await t.get('/api/v1/bookings/eligibility', { cookie: none.cookie })).body).toMatchObject({
      ok: false,
      code: 'checkin_required',
    });
    const flagged = await client({ symptoms: ['saddle_numbness'] });
    const red = await t.post<{ error: { code: string } }>(
      '/api/v1/bookings',
      bookingBody('2026-03-12T10:00:00Z'),
      {
        cookie: flagged.cookie,
      },
    );
    expect([red.status, red.body.error.code]).toEqual([422, 'red_flag']);

    // Pain began 2 h after a massage 10 h ago: the plan and the booking both say "from 72 h after it".
    const massaged = await t.signUp('client');
    const checked = await t.post<{
      assessment: { plan: { items: { remedy: string; availableAt: string }[] } };
    }>('/api/v1/checkins', checkIn({ massageAt: '2026-02-28T23:00:00Z', onsetAt: '2026-03-01T01:00:00Z' }), {
      cookie: massaged.cookie,
    });
    const planSays = checked.body.assessment.plan.items.find((i) => i.remedy === 'massage')?.availableAt;
    expect(planSays).toBe('2026-03-03T23:00:00Z');
    const eligible = await t.get<{ ok: boolean; code: string; availableAt: string }>(
      '/api/v1/bookings/eligibility',
      {
        cookie: massaged.cookie,
      },
    );
    expect(eligible.body).toMatchObject({ ok: false, code: 'massage_not_yet', availableAt: planSays });
    const early = await t.post<{ error: { code: string; availableAt: string } }>(
      '/api/v1/bookings',
      bookingBody('2026-03-03T22:30:00Z'),
      { cookie: massaged.cookie },
    );
    expect([early.status, early.body.error.code, early.body.error.availableAt]).toEqual([
      422,
      'massage_not_yet',
      planSays,
    ]);
    const onTime = await t.post('/api/v1/bookings', bookingBody('2026-03-03T23:00:00Z'), {
      cookie: massaged.cookie,
    });
    expect(onTime.status).toBe(201);
  });

  it('keeps bookings and intake private: 404 for anyone but the two parties', async () => {
    const a = await client();
    const b = await client();
    const made = await t.post<Booking>(
      '/api/v1/bookings',
      {
        ...bookingBody('2026-03-13T10:00:00Z'),
        intake: { pressure: 'light', avoidAreas: ['lower back'], homeNotes: 'cat' },
      },
      { cookie: a.cookie },
    );
    expect(made.status).toBe(201);
    const id = made.body.id;
    for (const path of [`/api/v1/bookings/${id}`, `/api/v1/bookings/${id}.ics`]) {
      expect((await t.get(path, { cookie: b.cookie })).status).toBe(404);
    }
    expect(
      (await t.post(`/api/v1/bookings/${id}/cancel`, { reason: 'x' }, { cookie: b.cookie })).status,
    ).toBe(404);
    expect((await t.get<Booking[]>('/api/v1/bookings', { cookie: b.cookie })).body).toEqual([]);
    const other = await t.signUp('therapist');
    expect((await t.get(`/api/v1/bookings/${id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await t.get<Booking[]>('/api/v1/bookings', { cookie: other.cookie })).body).toEqual([]);
    const agenda = await t.get<Booking[]>('/api/v1/bookings', { cookie: therapist.cookie });
    expect(agenda.body.find((x) => x.id === id)?.intake).toMatchObject({
      pressure: 'light',
      homeNotes: 'cat',
    });
    expect((await t.get(`/api/v1/bookings/${id}`)).status).toBe(401);
  });

  it('frees the slot at once when cancelled, and tells both sides in the inbox', async () => {
    const a = await client();
    const slotQuery = `/api/v1/therapists/${therapistId}/slots?from=2026-03-14T10:00:00Z&to=2026-03-14T10:00:01Z&minutes=60`;
    const made = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-14T10:00:00Z'), {
      cookie: a.cookie,
    });
    expect((await t.get<unknown[]>(slotQuery)).body).toHaveLength(0);
    const cancel = await t.post<Booking>(
      `/api/v1/bookings/${made.body.id}/cancel`,
      { reason: 'feeling better' },
      {
        cookie: a.cookie,
      },
    );
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');
    expect((await t.get<unknown[]>(slotQuery)).body).toHaveLength(1);
    const again = await t.post(`/api/v1/bookings/${made.body.id}/cancel`, {}, { cookie: a.cookie });
    expect(again.status).toBe(409);
    const inbox = await t.get<{ items: { subject: string }[] }>('/api/v1/inbox', {
      cookie: therapist.cookie,
    });
    expect(inbox.body.items.map((m) => m.subject)).toContain(`Visit cancelled: ${a.name}`);
  });

  it('books across the London spring change with the real length, and serves it as .ics', async () => {
    const a = await client();
    // 00:30 GMT on 29 March; 90 real minutes later the clock reads 03:00 BST (02:00Z).
    const made = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-29T00:30:00Z', 90), {
      cookie: a.cookie,
    });
    expect(made.status).toBe(201);
    expect(made.body.end).toBe('2026-03-29T02:00:00Z');
    const res = await t.app.request(`/api/v1/bookings/${made.body.id}.ics`, {
      headers: { cookie: a.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const vevent = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(event.duration.toSeconds()).toBe(5400);
    const trigger = vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(trigger).toBeInstanceOf(ICAL.Duration);
    expect((trigger as ICAL.Duration).toSeconds()).toBe(-7200);
  });
});

describe('hostile input answers 4xx, never 500', () => {
  type Problem = { error: { issues: { path: string }[] } };
  const paths = (body: unknown) => (body as Problem).error.issues.map((i) => i.path);

  it.each([
    '------------------------------------',
    '0123456789abcdef0123456789abcdef0123',
    '0b0e7a7e-4c4b-4f6e-9c57-7a0e6d1f3a1g',
  ])('answers 404 for the id %j that only looks like a UUID', async (id) => {
    const c = await client();
    expect((await t.get(`/api/v1/bookings/${id}`, { cookie: c.cookie })).status).toBe(404);
    expect((await t.get(`/api/v1/bookings/${id}.ics`, { cookie: c.cookie })).status).toBe(404);
    expect((await t.post(`/api/v1/bookings/${id}/cancel`, {}, { cookie: c.cookie })).status).toBe(404);
    expect((await t.get(`/api/v1/therapists/${id}`)).status).toBe(404);
    const slots = `/api/v1/therapists/${id}/slots?from=2026-03-28T09:00:00Z&to=2026-03-29T09:00:00Z`;
    expect((await t.get(slots)).status).toBe(404);
  });

  it('refuses NUL characters in every free-text field with 400 and the field path', async () => {
    const c = await client();
    const nul = 'a\u0000b';
    const cases: [Record<string, unknown>, string][] = [
      [{ address: nul }, 'address'],
      [{ postcode: `SW1A${nul}` }, 'postcode'],
      [{ notes: nul }, 'notes'],
      [{ intake: { homeNotes: nul } }, 'intake.homeNotes'],
      [{ intake: { history: nul, historyConsent: true } }, 'intake.history'],
      [{ intake: { avoidAreas: ['neck', nul] } }, 'intake.avoidAreas.1'],
    ];
    for (const [extra, path] of cases) {
      const res = await t.post(
        '/api/v1/bookings',
        { ...bookingBody('2026-03-17T10:00:00Z'), ...extra },
        {
          cookie: c.cookie,
        },
      );
      expect([res.status, paths(res.body)]).toEqual([400, [path]]);
    }
    const made = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-17T10:00:00Z'), {
      cookie: c.cookie,
    });
    expect(made.status).toBe(201);
    const cancel = await t.post(
      `/api/v1/bookings/${made.body.id}/cancel`,
      { reason: nul },
      { cookie: c.cookie },
    );
    expect([cancel.status, paths(cancel.body)]).toEqual([400, ['reason']]);
    const other = await t.signUp('therapist');
    for (const [extra, path] of [
      [{ displayName: nul }, 'displayName'],
      [{ bio: nul }, 'bio'],
      [{ postcodes: ['SW1', `E${nul}1`] }, 'postcodes.1'],
    ] as const) {
      const res = await t.put('/api/v1/therapists/me', { ...profile, ...extra }, { cookie: other.cookie });
      expect([res.status, paths(res.body)]).toEqual([400, [path]]);
    }
    const search = await t.get('/api/v1/therapists?postcode=SW1%00');
    expect(search.status).toBe(400);
  });

  it('refuses instants PostgreSQL cannot store with 400', async () => {
    const c = await client();
    const far = '9999-12-31T23:59:59-23:59';
    const res = await t.post('/api/v1/bookings', bookingBody(far), { cookie: c.cookie });
    expect([res.status, paths(res.body)]).toEqual([400, ['start']]);
    const base = `/api/v1/therapists/${therapistId}/slots`;
    const from = await t.get(`${base}?from=${encodeURIComponent(far)}&to=2026-03-29T09:00:00Z`);
    expect([from.status, paths(from.body)]).toEqual([400, ['from']]);
    const to = await t.get(`${base}?from=2026-03-28T09:00:00Z&to=${encodeURIComponent(far)}`);
    expect([to.status, paths(to.body)]).toEqual([400, ['to']]);
    const old = await t.get(`${base}?from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z`);
    expect(old.status).toBe(400);
    const list = await t.get(`/api/v1/bookings?from=${encodeURIComponent(far)}`, { cookie: c.cookie });
    expect(list.status).toBe(400);
  });

  it('reads an unencoded + offset in the slots query, and takes empty values as absent', async () => {
    const base = `/api/v1/therapists/${therapistId}/slots`;
    const plus = await t.get<{ start: string }[]>(
      `${base}?from=2026-03-28T10:00:00+01:00&to=2026-03-28T11:00:01+01:00&minutes=60&step=60`,
    );
    expect(plus.status).toBe(200);
    expect(plus.body.map((s) => s.start)).toEqual(['2026-03-28T09:00:00Z', '2026-03-28T10:00:00Z']);
    const empty = await t.get<{ start: string }[]>(
      `${base}?from=2026-03-28T09:00:00Z&to=2026-03-28T10:00:01Z&minutes=&step=`,
    );
    expect(empty.status).toBe(200);
    expect(empty.body.map((s) => s.start)).toEqual([
      '2026-03-28T09:00:00Z',
      '2026-03-28T09:30:00Z',
      '2026-03-28T10:00:00Z',
    ]);
    const noFrom = await t.get(`${base}?from=&to=2026-03-28T10:00:00Z`);
    expect([noFrom.status, paths(noFrom.body)]).toEqual([400, ['from']]);
    const mine = await t.get('/api/v1/bookings?from=&to=', { cookie: (await client()).cookie });
    expect(mine.status).toBe(200);
  });
});

describe('calendar feed', () => {
  it('serves a private feed by token, rotates and revokes it', async () => {
    const a = await client();
    await t.post('/api/v1/bookings', bookingBody('2026-03-16T10:00:00Z'), { cookie: a.cookie });
    const created = await t.post<{ url: string }>('/api/v1/me/calendar-token', undefined, {
      cookie: a.cookie,
    });
    expect(created.status).toBe(201);
    const path = new URL(created.body.url).pathname;
    const feed = await t.app.request(path);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).startDate.toJSDate().toISOString())).toEqual([
      '2026-03-16T10:00:00.000Z',
    ]);
    const rotated = await t.post<{ url: string }>('/api/v1/me/calendar-token', undefined, {
      cookie: a.cookie,
    });
    expect((await t.app.request(path)).status).toBe(404);
    const newPath = new URL(rotated.body.url).pathname;
    expect((await t.app.request(newPath)).status).toBe(200);
    expect((await t.delete('/api/v1/me/calendar-token', undefined, { cookie: a.cookie })).status).toBe(204);
    expect((await t.app.request(newPath)).status).toBe(404);
  });
});

describe('what a client needs to trust a booking: prices, cancellation terms, the visit phone', () => {
  it('shows prices, bio, qualifications, initials and the late-cancellation cost; refuses bad ones', async () => {
    const ther = await t.signUp('therapist');
    const full = {
      ...profile,
      displayName: 'Nia Okafor-Hale',
      bio: 'Remedial massage at home.',
      qualifications: ['BTEC Level 5 Soft Tissue Therapy'],
      prices: [
        { minutes: 60, amount: 6000, currency: 'gbp' },
        { minutes: 90, amount: 8500, currency: 'GBP' },
      ],
      lateCancelPercent: 50,
    };
    const saved = await t.put<{ id: string }>('/api/v1/therapists/me', full, { cookie: ther.cookie });
    expect(saved.status).toBe(200);
    const card = {
      displayName: 'Nia Okafor-Hale',
      initials: 'NO',
      bio: 'Remedial massage at home.',
      qualifications: ['BTEC Level 5 Soft Tissue Therapy'],
      prices: [
        { minutes: 60, amount: 6000, currency: 'GBP' },
        { minutes: 90, amount: 8500, currency: 'GBP' },
      ],
      country: 'GB',
      cancelFreeHours: 24,
      lateCancelPercent: 50,
      lateCancelFees: [
        { minutes: 60, amount: 3000, currency: 'GBP' },
        { minutes: 90, amount: 4250, currency: 'GBP' },
      ],
    };
    expect((await t.get(`/api/v1/therapists/${saved.body.id}`)).body).toMatchObject(card);
    const listed = await t.get<{ id: string }[]>('/api/v1/therapists?postcode=SW1A%201AA');
    expect(listed.body.find((x) => x.id === saved.body.id)).toMatchObject(card);

    for (const [bad, path] of [
      [{ bio: 'x'.repeat(601) }, 'bio'],
      [{ prices: [{ minutes: 45, amount: 100, currency: 'GBP' }] }, 'prices.0.minutes'],
      [{ prices: [{ minutes: 60, amount: 10.5, currency: 'GBP' }] }, 'prices.0.amount'],
      [{ prices: [{ minutes: 60, amount: 100, currency: 'pounds' }] }, 'prices.0.currency'],
      [{ country: 'United Kingdom' }, 'country'],
    ] as const) {
      const res = await t.put<{ error: { issues: { path: string }[] } }>(
        '/api/v1/therapists/me',
        { ...full, ...bad },
        { cookie: ther.cookie },
      );
      expect(res.status, path).toBe(400);
      expect(res.body.error.issues.map((i) => i.path)).toContain(path);
    }

    // A visit states what a late cancellation costs, and takes the client's phone.
    const c = await client();
    const made = await t.post<Booking & { phone: string; cancellation: unknown; clientId?: string }>(
      '/api/v1/bookings',
      { ...bookingBody('2026-03-20T10:00:00Z'), therapistId: saved.body.id, phone: '+44 (0)7700-900 123' },
      { cookie: c.cookie },
    );
    expect(made.status).toBe(201);
    expect(made.body.phone).toBe('+4407700900123');
    expect(made.body.cancellation).toEqual({
      freeUntil: '2026-03-19T10:00:00Z',
      lateFee: { amount: 3000, currency: 'GBP' },
      latePercent: 50,
    });
    // The therapist sees the client's name and phone, not the client's user id, and no one else's deliveries.
    const seen = await t.get<Record<string, unknown>>(`/api/v1/bookings/${made.body.id}`, {
      cookie: ther.cookie,
    });
    expect(seen.body.clientId).toBeUndefined();
    expect(seen.body).toMatchObject({ phone: '+4407700900123', messages: [] });
  });

  it('checks the phone and the postcode against the country with a clear message', async () => {
    const c = await client();
    const phone = await t.post<{ error: { issues: { path: string; message: string }[] } }>(
      '/api/v1/bookings',
      { ...bookingBody('2026-03-21T10:00:00Z'), phone: 'call me' },
      { cookie: c.cookie },
    );
    expect(phone.status).toBe(400);
    expect(phone.body.error.issues[0]?.path).toBe('phone');
    const us = await t.post<{ error: { code: string; issues: { path: string; message: string }[] } }>(
      '/api/v1/bookings',
      { ...bookingBody('2026-03-21T10:00:00Z'), postcode: '10001' },
      { cookie: c.cookie },
    );
    expect(us.status).toBe(400);
    expect(us.body.error.code).toBe('invalid_postcode');
    expect(us.body.error.issues).toEqual([
      { path: 'postcode', message: 'must be a full UK postcode, such as SW1A 1AA' },
    ]);
    expect((await t.get('/api/v1/therapists?postcode=10001')).status).toBe(200);
    expect((await t.get('/api/v1/therapists?postcode=2000')).status).toBe(200);
    expect((await t.get('/api/v1/therapists?postcode=SW1A')).status).toBe(200);
    // Every format the web's country picker offers is one the search takes: Canada, Ireland, New Zealand too.
    for (const code of ['M5V%203L9', 'M5V', 'D02%20X285', 'D6W', '6011', 'GIR%200AA', '10001-1234']) {
      expect((await t.get(`/api/v1/therapists?postcode=${code}`)).status, code).toBe(200);
    }
    const odd = await t.get<{ error: { message: string } }>('/api/v1/therapists?postcode=%23%23');
    expect(odd.status).toBe(400);
    expect(odd.body.error.message).toContain('UK (SW1A 1AA)');
  });

  it("with the searcher's country, checks its format and leaves out therapists of other countries", async () => {
    // "6011" is Cottesloe in Western Australia and Wellington in New Zealand.
    const ids: Record<string, string> = {};
    for (const [country, timeZone] of [
      ['AU', 'Australia/Perth'],
      ['NZ', 'Pacific/Auckland'],
    ] as const) {
      const ther = await t.signUp('therapist');
      const saved = await t.put<{ id: string }>(
        '/api/v1/therapists/me',
        { ...profile, displayName: `Six Oh One One ${country}`, timeZone, country, postcodes: ['6011'] },
        { cookie: ther.cookie },
      );
      expect(saved.status).toBe(200);
      ids[country] = saved.body.id;
    }
    const found = async (query: string) =>
      (await t.get<{ id: string }[]>(`/api/v1/therapists?${query}`)).body
        .map((x) => x.id)
        .filter((id) => id === ids.AU || id === ids.NZ)
        .sort();
    expect(await found('postcode=6011')).toEqual([ids.AU, ids.NZ].sort());
    expect(await found('postcode=6011&country=nz')).toEqual([ids.NZ]);
    expect(await found('postcode=6011&country=AU')).toEqual([ids.AU]);
    const wrong = await t.get<{ error: { issues: { path: string; message: string }[] } }>(
      '/api/v1/therapists?postcode=6011&country=GB',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues).toEqual([
      { path: 'postcode', message: 'must be a UK postcode or the start of one, such as SW1A 1AA' },
    ]);
    const unknown = await t.get<{ error: { issues: { path: string }[] } }>(
      '/api/v1/therapists?postcode=10115&country=DE',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]?.path).toBe('country');
  });

  it('lists a cancelled visit apart from the confirmed ones (status=confirmed for "Upcoming")', async () => {
    const c = await client();
    const made = await t.post<Booking>('/api/v1/bookings', bookingBody('2026-03-22T10:00:00Z'), {
      cookie: c.cookie,
    });
    await t.post(`/api/v1/bookings/${made.body.id}/cancel`, {}, { cookie: c.cookie });
    const upcoming = await t.get<Booking[]>('/api/v1/bookings?status=confirmed', { cookie: c.cookie });
    expect(upcoming.body.map((b) => b.id)).not.toContain(made.body.id);
    const cancelled = await t.get<Booking[]>('/api/v1/bookings?status=cancelled', { cookie: c.cookie });
    expect(cancelled.body.map((b) => b.id)).toEqual([made.body.id]);
  });
});
