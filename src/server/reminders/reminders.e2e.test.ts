import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { TherapistProfileSchema } from '../../domain/booking/booking.schema.ts';
import { defaultReminderSettings } from '../../domain/reminders/settings.ts';
import { addCheckin, addUser } from '../booking/booking.fixtures.ts';
import { BookingService } from '../booking/booking.service.ts';
import { topicOf } from '../push/push-sender.ts';
import {
  decryptPush,
  TestPushService,
  type TestSubscription,
  verifyVapid,
} from '../push/test-push-service.ts';
import type { ReminderDispatcher } from './dispatcher.ts';
import { createDispatcher } from './reminders.module.ts';
import { remindersRepository } from './reminders.repository.ts';

// Reminders end to end in one process: the HTTP API, a real encrypted Web Push to a push service on loopback
// (decrypted here with the subscription's private key), the database (PGlite, or PostgreSQL with DATABASE_URL).
const push = new TestPushService();
let t: TestApp;
let user: TestUser;
let sub: TestSubscription;
let dispatcher: ReminderDispatcher;
const H = 3_600_000;
const env: NodeJS.ProcessEnv = {};

/** Request headers as received, to send again (single values only). */
const plain = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string'));

interface Item {
  id: string;
  kind: string;
  dueAt: string;
  status: string;
  sentAt: string | null;
  attempts: number;
}

const reminders = async (u: TestUser = user) =>
  (
    await t.get<{ items: Item[] }>(
      `/api/v1/reminders?from=${new Date(t.clock().getTime() - 10 * 86_400_000).toISOString()}&to=${new Date(t.clock().getTime() + 10 * 86_400_000).toISOString()}`,
      { cookie: u.cookie },
    )
  ).body.items;

const settings = (over: Record<string, unknown> = {}) => ({
  timeZone: 'Europe/London',
  quietHours: null,
  nextDose: true,
  followUps: true,
  visits: true,
  bedtime: null,
  stretchBreaks: null,
  heatOff: true,
  ...over,
});

beforeAll(async () => {
  const origin = await push.listen();
  Object.assign(env, { UNKNOT_PUSH_TEST_ENDPOINTS: `${origin}/`, UNKNOT_PUSH_TEST_CA: push.cert.cert });
  // The app's own dispatcher stays off: this test drains one it controls, on the same clock.
  process.env.UNKNOT_REMINDER_WORKER = '0';
  process.env.UNKNOT_PUSH_TEST_ENDPOINTS = env.UNKNOT_PUSH_TEST_ENDPOINTS;
  t = await createTestApp({ now: '2027-02-01T09:00:00Z' });
  dispatcher = createDispatcher(t.db, t.clock, env);
  user = await t.signUp();
  sub = push.subscription();
});
afterAll(async () => {
  delete process.env.UNKNOT_REMINDER_WORKER;
  delete process.env.UNKNOT_PUSH_TEST_ENDPOINTS;
  await t.close();
  await push.close();
});

describe('push subscriptions', () => {
  it('refuses endpoints that are not https on a known push service', async () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/x',
      'https://evil.example/x',
      'https://169.254.169.254/',
    ]) {
      const res = await t.post(
        '/api/v1/push/subscriptions',
        { endpoint, keys: sub.keys },
        { cookie: user.cookie },
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('endpoint');
    }
    const fcm = await t.post(
      '/api/v1/push/subscriptions',
      { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys: sub.keys },
      { cookie: user.cookie },
    );
    expect(fcm.status).toBe(201);
    expect(
      (
        await t.delete(
          '/api/v1/push/subscriptions',
          { endpoint: 'https://fcm.googleapis.com/fcm/send/abc' },
          { cookie: user.cookie },
        )
      ).status,
    ).toBe(204);
    const ok = await t.post(
      '/api/v1/push/subscriptions',
      { endpoint: sub.endpoint, keys: sub.keys },
      { cookie: user.cookie },
    );
    expect(ok.status).toBe(201);
  });
});

describe('nextDose, end to end with a real encrypted push', () => {
  it('logging a dose schedules the next; it arrives once, encrypted and signed', async () => {
    expect((await t.put('/api/v1/reminders/settings', settings(), { cookie: user.cookie })).status).toBe(200);
    const dose = await t.post(
      '/api/v1/events',
      { kind: 'ibuprofen', at: t.clock().toISOString(), mg: 400 },
      { cookie: user.cookie },
    );
    expect(dose.status).toBe(201);
    const [scheduled] = (await reminders()).filter((r) => r.kind === 'nextDose');
    expect(scheduled?.status).toBe('scheduled');
    expect(scheduled?.dueAt).toBe('2027-02-01T13:00:00.000Z');

    // Not yet due: nothing is sent.
    await dispatcher.drain();
    expect(push.received).toHaveLength(0);
    t.clock.advance(4 * H);
    await dispatcher.drain();
    await dispatcher.drain();
    expect(push.rejected).toEqual([]);
    expect(push.received).toHaveLength(1);
    const msg = push.received[0];
    if (!msg) throw new Error('no push');
    expect(msg.path).toBe(new URL(sub.endpoint).pathname);
    // RFC 8291 only: the push service on loopback refuses the older aesgcm draft (see the test below).
    expect(msg.headers['content-encoding']).toBe('aes128gcm');
    expect(msg.headers.ttl).toMatch(/^[1-9]\d*$/);
    expect(msg.headers.urgency).toBe('high');
    const [row] = await t.db
      .selectFrom('reminders')
      .select('dedupe_key')
      .where('id', '=', scheduled?.id ?? '')
      .execute();
    expect(msg.headers.topic).toBe(topicOf(row?.dedupe_key ?? ''));
    // The service checked the VAPID signature, aud and exp; here: signed with the key the browser subscribed with.
    const { claims, k } = verifyVapid(String(msg.headers.authorization));
    expect(k).toBe((await t.get<{ publicKey: string }>('/api/v1/push/key')).body.publicKey);
    expect(msg.vapid.k).toBe(k);
    expect(claims.aud).toBe(new URL(sub.endpoint).origin);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(msg.payload).toBe(decryptPush(msg, sub));
    const payload = JSON.parse(msg.payload) as { kind: string; action: string; url: string };
    expect(payload.kind).toBe('nextDose');
    expect(payload.action).toBe('Log dose');
    const [sent] = (await reminders()).filter((r) => r.kind === 'nextDose');
    expect(sent?.status).toBe('sent');
    expect(sent?.attempts).toBe(1);
    // The in-app notification centre (the inbox) always gets it too.
    const inbox = await t.db
      .selectFrom('inbox_messages')
      .select('subject')
      .where('user_id', '=', user.id)
      .execute();
    expect(inbox.map((m) => m.subject)).toEqual(['Ibuprofen allowed again']);
  });

  it('the push service refuses the aesgcm draft, a tampered body and a forged VAPID signature', async () => {
    const msg = push.received[0];
    if (!msg) throw new Error('no push');
    const resend = (headers: Record<string, string>, body: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const req = https.request(
          sub.endpoint,
          { method: 'POST', ca: push.cert.cert, headers: { ...plain(msg.headers), ...headers } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const before = push.received.length;
    expect(await resend({}, msg.body)).toBe(201);
    expect(await resend({ 'content-encoding': 'aesgcm' }, msg.body)).toBe(400);
    const tampered = Buffer.from(msg.body);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 1;
    expect(await resend({}, tampered)).toBe(400);
    const auth = String(msg.headers.authorization);
    const forged = auth.replace(/t=([^,\s]+)/, (_, jwt: string) => {
      const [h, p, sig] = jwt.split('.');
      const bytes = Buffer.from(sig ?? '', 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return `t=${h}.${p}.${bytes.toString('base64url')}`;
    });
    expect(await resend({ authorization: forged }, msg.body)).toBe(401);
    expect(push.rejected.map((r) => r.status)).toEqual([400, 400, 401]);
    expect(push.rejected[0]?.reason).toContain('aesgcm');
    push.received.splice(before);
    push.rejected.splice(0);
  });

  it('deleting the dose event cancels its reminder', async () => {
    const dose = await t.post<{ id: string }>(
      '/api/v1/events',
      { kind: 'ibuprofen', at: t.clock().toISOString(), mg: 200 },
      { cookie: user.cookie },
    );
    const due = new Date(t.clock().getTime() + 4 * H).toISOString();
    expect((await reminders()).find((r) => r.dueAt === due)?.status).toBe('scheduled');
    expect(
      (await t.delete(`/api/v1/events/${dose.body.id}`, undefined, { cookie: user.cookie })).status,
    ).toBe(204);
    expect((await reminders()).find((r) => r.dueAt === due)?.status).toBe('cancelled');
    t.clock.advance(5 * H);
    const before = push.received.length;
    await dispatcher.drain();
    expect(push.received.length).toBe(before);
  });
});

describe('catch-up, kinds turned off, gone subscriptions', () => {
  it('correcting a dose time moves its reminder; missed stretch breaks collapse into none', async () => {
    const u = await t.signUp();
    await t.put(
      '/api/v1/reminders/settings',
      settings({ timeZone: 'UTC', stretchBreaks: { everyMinutes: 30, start: '00:00', end: '23:30' } }),
      { cookie: u.cookie },
    );
    const dose = await t.post<{ id: string }>(
      '/api/v1/events',
      { kind: 'ibuprofen', at: t.clock().toISOString(), mg: 200 },
      { cookie: u.cookie },
    );
    const earlier = new Date(t.clock().getTime() - H).toISOString();
    expect(
      (await t.patch(`/api/v1/events/${dose.body.id}`, { at: earlier }, { cookie: u.cookie })).status,
    ).toBe(200);
    const doses = (await reminders(u)).filter((r) => r.kind === 'nextDose');
    expect(doses.map((r) => [r.dueAt, r.status])).toEqual([
      [new Date(Date.parse(earlier) + 4 * H).toISOString(), 'scheduled'],
      [new Date(t.clock().getTime() + 4 * H).toISOString(), 'cancelled'],
    ]);

    // The server is "down" for three hours: six breaks were missed; one row collapses, the next is ahead.
    const before = push.received.length;
    t.clock.advance(3 * H);
    await dispatcher.drain();
    const breaks = (await reminders(u)).filter((r) => r.kind === 'stretchBreaks');
    expect(breaks.map((r) => r.status)).toEqual(['collapsed', 'scheduled']);
    expect(Date.parse(breaks[1]?.dueAt ?? '')).toBeGreaterThan(t.clock().getTime());
    // The doses' reminder was still useful and went out (to no device: this person has none), nothing else.
    expect(push.received.length).toBe(before);
    await t.put('/api/v1/reminders/settings', settings({ timeZone: 'UTC' }), { cookie: u.cookie });
  });

  it('a heat-off reminder an hour late is collapsed, not sent', async () => {
    await t.post(
      '/api/v1/events',
      { kind: 'heat', at: t.clock().toISOString(), minutes: 20 },
      { cookie: user.cookie },
    );
    const heat = (await reminders()).find((r) => r.kind === 'heatOff');
    expect(heat?.status).toBe('scheduled');
    const before = push.received.length;
    t.clock.advance(80 * 60_000);
    await dispatcher.drain();
    expect((await reminders()).find((r) => r.kind === 'heatOff')?.status).toBe('collapsed');
    expect(push.received.length).toBe(before);
  });

  it('turning bedtime off cancels what it scheduled', async () => {
    await t.put('/api/v1/reminders/settings', settings({ bedtime: '22:30' }), { cookie: user.cookie });
    expect((await reminders()).filter((r) => r.kind === 'bedtime' && r.status === 'scheduled')).toHaveLength(
      1,
    );
    await t.put('/api/v1/reminders/settings', settings({ bedtime: null }), { cookie: user.cookie });
    const bed = (await reminders()).filter((r) => r.kind === 'bedtime');
    expect(bed.map((r) => r.status)).toEqual(['cancelled']);
  });

  it('a subscription the push service reports gone (410) is removed', async () => {
    push.statusFor.set(new URL(sub.endpoint).pathname, 410);
    await t.post(
      '/api/v1/events',
      { kind: 'ibuprofen', at: t.clock().toISOString(), mg: 200 },
      { cookie: user.cookie },
    );
    t.clock.advance(4 * H + 1000);
    await dispatcher.drain();
    const left = await t.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('user_id', '=', user.id)
      .execute();
    expect(left).toEqual([]);
    // Gone, not refused: the push itself was well formed.
    expect(push.rejected).toEqual([]);
    // The reminder itself still reached the in-app notification centre.
    expect((await reminders()).filter((r) => r.kind === 'nextDose').map((r) => r.status)).toEqual([
      'sent',
      'cancelled',
      'sent',
    ]);
  });
});

describe('visits', () => {
  it('24 h and 2 h before, to both sides; cancelling the booking cancels all four', async () => {
    const service = new BookingService({ db: t.db, now: t.clock, mailEnabled: false });
    const therapistId = await addUser(t.db, 'therapist', 'Ada');
    await service.saveProfile(
      { id: therapistId, role: 'therapist' },
      TherapistProfileSchema.parse({
        displayName: 'Ada',
        timeZone: 'Europe/London',
        postcodes: ['E1'],
        sessionMinutes: [60],
        bufferMinutes: 0,
        minNoticeHours: 1,
        bookingWindowDays: 30,
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
      }),
    );
    const clientId = await addUser(t.db, 'client', 'Bo');
    await addCheckin(t.db, clientId, t.clock(), 'self_care');
    const start = new Date(
      Math.ceil(t.clock().getTime() / 86_400_000) * 86_400_000 + 2 * 86_400_000 + 10 * H,
    );
    const booking = await service.book(
      { id: clientId, role: 'client' },
      { therapistId, start: start.toISOString(), minutes: 60, address: '1 Lane', postcode: 'E1 6PU' },
    );
    const visits = () =>
      t.db
        .selectFrom('reminders')
        .select(['user_id', 'due_at', 'status'])
        .where('source_id', '=', booking.id)
        .execute();
    const planned = await visits();
    expect(planned).toHaveLength(4);
    expect(new Set(planned.map((r) => r.user_id))).toEqual(new Set([clientId, therapistId]));
    expect(planned.map((r) => (start.getTime() - r.due_at.getTime()) / H).sort()).toEqual([2, 2, 24, 24]);
    await service.cancel({ id: clientId, role: 'client' }, booking.id, 'better');
    expect((await visits()).map((r) => r.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('reach only the side whose visit reminders are on', async () => {
    const service = new BookingService({ db: t.db, now: t.clock, mailEnabled: false });
    const therapistId = await addUser(t.db, 'therapist', 'Cy');
    await service.saveProfile(
      { id: therapistId, role: 'therapist' },
      TherapistProfileSchema.parse({
        displayName: 'Cy',
        timeZone: 'Europe/London',
        postcodes: ['E1'],
        sessionMinutes: [60],
        bufferMinutes: 0,
        minNoticeHours: 1,
        bookingWindowDays: 30,
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
      }),
    );
    const clientId = await addUser(t.db, 'client', 'Di');
    await remindersRepository.saveSettings(
      t.db,
      clientId,
      { ...defaultReminderSettings('Europe/London'), visits: false },
      t.clock(),
    );
    await addCheckin(t.db, clientId, t.clock(), 'self_care');
    const start = new Date(
      Math.ceil(t.clock().getTime() / 86_400_000) * 86_400_000 + 3 * 86_400_000 + 11 * H,
    );
    const booking = await service.book(
      { id: clientId, role: 'client' },
      { therapistId, start: start.toISOString(), minutes: 60, address: '1 Lane', postcode: 'E1 6PU' },
    );
    const planned = await t.db
      .selectFrom('reminders')
      .select(['user_id'])
      .where('source_id', '=', booking.id)
      .execute();
    expect(planned.map((r) => r.user_id)).toEqual([therapistId, therapistId]);
  });
});

describe('follow-ups', () => {
  it('a check-in that says to see a doctor gets "did you get seen?" the next day', async () => {
    const u = await t.signUp();
    const at = t.clock().toISOString();
    // Pain that began more than three weeks ago and is no better: RF-NO-IMPROVEMENT, level doctor.
    const res = await t.post<{ assessment: { triage: { level: string } } }>(
      '/api/v1/checkins',
      {
        at,
        painScore: 5,
        area: 'lower',
        onsetAt: new Date(t.clock().getTime() - 30 * 86_400_000).toISOString(),
        age: 40,
        trend: 'same',
      },
      { cookie: u.cookie },
    );
    expect(res.status).toBe(201);
    expect(res.body.assessment.triage.level).toBe('doctor');
    const items = await reminders(u);
    expect(items.map((r) => [r.kind, r.dueAt, r.status])).toEqual([
      ['followUp', new Date(Date.parse(at) + 24 * H).toISOString(), 'scheduled'],
    ]);
  });

  it('aftercare can schedule follow-ups from a visit and cancel them with it', async () => {
    const { scheduleFollowUp, cancelFromSource } = await import('./scheduler.ts');
    const message = {
      title: 'How is your back after the massage?',
      body: 'b',
      url: '/#/checkin',
      action: 'Answer',
    };
    const visitId = crypto.randomUUID();
    await scheduleFollowUp(t.db, user.id, visitId, new Date(t.clock().getTime() + 24 * H), message);
    await scheduleFollowUp(t.db, user.id, visitId, new Date(t.clock().getTime() + 48 * H), message);
    // Scheduling the same again changes nothing (one row per key).
    await scheduleFollowUp(t.db, user.id, visitId, new Date(t.clock().getTime() + 24 * H), message);
    const rows = () =>
      t.db.selectFrom('reminders').select('status').where('source_id', '=', visitId).execute();
    expect((await rows()).map((r) => r.status)).toEqual(['scheduled', 'scheduled']);
    await cancelFromSource(t.db, visitId);
    expect((await rows()).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });
});
