import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../test/app.ts';

/**
 * Isolation (privacy: one person's health data is never another's to see): for every personal-data endpoint, a second person gets 404 for the first
 * person's ids and never sees their rows in a list or export.
 */
let t: TestApp;
let owner: TestUser;
let intruder: TestUser;
let eventId: string;
let checkinId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
  owner = await t.signUp('client');
  intruder = await t.signUp('client');
  const e = await t.post<{ id: string }>(
    '/api/v1/events',
    { kind: 'note', at: '2026-11-26T10:00:00Z', text: 'private' },
    { cookie: owner.cookie },
  );
  eventId = e.body.id;
  const c = await t.post<{ id: string }>(
    '/api/v1/checkins',
    { at: '2026-11-26T12:00:00Z', painScore: 5, area: 'lower', onsetAt: '2026-11-26T01:00:00Z', age: 44 },
    { cookie: owner.cookie },
  );
  checkinId = c.body.id;
});
afterAll(() => t.close());

describe("another person's ids answer 404", () => {
  it.each([
    ['GET', () => `/api/v1/events/${eventId}`, undefined],
    ['PATCH', () => `/api/v1/events/${eventId}`, { text: 'mine now' }],
    ['DELETE', () => `/api/v1/events/${eventId}`, undefined],
    ['GET', () => `/api/v1/checkins/${checkinId}`, undefined],
    ['DELETE', () => `/api/v1/checkins/${checkinId}`, undefined],
  ] as const)('%s %s', async (method, path, body) => {
    const res = await t.request(method, path(), body, { cookie: intruder.cookie });
    expect(res.status).toBe(404);
    // Still there, unchanged, for its owner.
    const own = await t.get<{ text?: string }>(path(), { cookie: owner.cookie });
    expect(own.status).toBe(200);
    if (path().includes('/events/')) expect(own.body.text).toBe('private');
  });

  it('lists and exports show only the caller’s rows', async () => {
    const events = await t.get<{ items: unknown[] }>('/api/v1/events', { cookie: intruder.cookie });
    expect(events.body.items).toEqual([]);
    const checkins = await t.get<{ items: unknown[] }>('/api/v1/checkins', { cookie: intruder.cookie });
    expect(checkins.body.items).toEqual([]);
    const exported = await t.get('/api/v1/me/export', { cookie: intruder.cookie });
    expect(JSON.stringify(exported.body)).not.toContain(eventId);
    expect(JSON.stringify(exported.body)).not.toContain(checkinId);
    expect(JSON.stringify(exported.body)).not.toContain(owner.email);
  });

  it('the owner still sees their own rows', async () => {
    const events = await t.get<{ items: { id: string }[] }>('/api/v1/events', { cookie: owner.cookie });
    expect(events.body.items.map((e) => e.id)).toEqual([eventId]);
  });
});
