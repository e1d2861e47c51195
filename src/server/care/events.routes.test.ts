import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import type { CareEvent, EventPage } from './event.schema.ts';

let t: TestApp;
let ada: TestUser;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
  ada = await t.signUp('client');
});
afterAll(() => t.close());

interface ErrorBody {
  error: { message: string; issues: { path: string; message: string }[] };
}
const at = (h: number) => new Date(Date.parse('2026-11-26T12:00:00Z') - h * 3600_000).toISOString();

const oneOfEach = [
  { kind: 'pain', at: at(1), score: 6, area: 'lower' },
  { kind: 'cold', at: at(2), minutes: 15, completed: true },
  { kind: 'heat', at: at(3), minutes: 20, stoppedEarly: true },
  { kind: 'stretch', at: at(4), stretches: ['knee-to-chest', 'pelvic_tilt'], holdSeconds: 30 },
  { kind: 'exercise', at: at(5), activity: 'walking', minutes: 20 },
  { kind: 'water', at: at(6), ml: 300 },
  { kind: 'sleep', at: at(7), bedAt: at(15), wakeAt: at(7) },
  { kind: 'cream', at: at(8), ingredient: 'menthol' },
  { kind: 'ibuprofen', at: at(9), mg: 200 },
  { kind: 'massage', at: at(10) },
  { kind: 'note', at: at(11), text: 'Stiff after the drive.' },
];

describe('events', () => {
  it('creates every kind with 201 {id, kind, at, ...fields} and reads it back', async () => {
    for (const event of oneOfEach) {
      const res = await t.post<CareEvent>('/api/v1/events', event, { cookie: ada.cookie });
      expect(res.status, event.kind).toBe(201);
      expect(res.body).toMatchObject({ ...event, id: expect.any(String) });
      const back = await t.get<CareEvent>(`/api/v1/events/${res.body.id}`, { cookie: ada.cookie });
      expect(back.body).toEqual(res.body);
    }
  });

  it('answers 400 with the fields at fault', async () => {
    const cases: [unknown, string[]][] = [
      [{ kind: 'pain', at: at(0), score: 11 }, ['score']],
      [{ kind: 'cold', at: 'yesterday', minutes: 300 }, ['at', 'minutes']],
      [{ kind: 'stretch', at: at(0), stretches: ['ok', 'Not An Id'], holdSeconds: 30 }, ['stretches.1']],
      [{ kind: 'sleep', at: at(0), bedAt: at(1), wakeAt: at(2) }, ['wakeAt']],
      [{ kind: 'cream', at: at(0), ingredient: 'arnica' }, ['ingredient']],
      [{ kind: 'note', at: at(0), text: 'x'.repeat(5001) }, ['text']],
      [{ kind: 'teleport', at: at(0) }, ['kind']],
      [[], ['']],
    ];
    for (const [body, paths] of cases) {
      const res = await t.post<ErrorBody>('/api/v1/events', body, { cookie: ada.cookie });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(paths);
    }
    expect((await t.post('/api/v1/events', '{"kind":', { cookie: ada.cookie })).status).toBe(400);
    expect(
      (
        await t.post(
          '/api/v1/events',
          { kind: 'note', at: at(0), text: 'y'.repeat(70_000) },
          { cookie: ada.cookie },
        )
      ).status,
    ).toBe(413);
  });

  it('lists newest first in keyset pages, filtered by kind and time range', async () => {
    const bo = await t.signUp();
    const same = at(30);
    for (let i = 0; i < 7; i++) {
      await t.post(
        '/api/v1/events',
        { kind: 'water', at: i < 3 ? same : at(30 + i), ml: 100 + i },
        { cookie: bo.cookie },
      );
    }
    await t.post('/api/v1/events', { kind: 'pain', at: at(31), score: 3 }, { cookie: bo.cookie });
    const seen: CareEvent[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page: { body: EventPage } = await t.get<EventPage>(`/api/v1/events?kind=water&limit=2${q}`, {
        cookie: bo.cookie,
      });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.next;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    const keys = seen.map((e) => `${e.at}|${e.id}`);
    expect([...keys].sort().reverse()).toEqual(keys);

    const range = await t.get<EventPage>(`/api/v1/events?from=${at(33)}&to=${at(31)}`, { cookie: bo.cookie });
    expect(range.body.items.map((e) => e.kind).sort()).toEqual(['pain', 'water']);
    expect(range.body.next).toBeNull();

    const bad = await t.get<ErrorBody>('/api/v1/events?from=monday&kind=nap&limit=0&cursor=zzz', {
      cookie: bo.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i) => i.path).sort()).toEqual(['from', 'kind', 'limit']);
    expect((await t.get('/api/v1/events?cursor=zzz', { cookie: bo.cookie })).status).toBe(400);
  });

  it('corrects an event with PATCH, validating the merged event against its kind', async () => {
    const created = await t.post<CareEvent>(
      '/api/v1/events',
      { kind: 'heat', at: at(1), minutes: 10 },
      { cookie: ada.cookie },
    );
    const id = created.body.id;
    const ok = await t.patch<CareEvent>(
      `/api/v1/events/${id}`,
      { minutes: 18, area: 'neck' },
      { cookie: ada.cookie },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id, kind: 'heat', minutes: 18, area: 'neck', at: at(1) });
    const bad = await t.patch<ErrorBody>(`/api/v1/events/${id}`, { minutes: -3 }, { cookie: ada.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toBe('minutes');
    expect((await t.patch(`/api/v1/events/${id}`, { kind: 'cold' }, { cookie: ada.cookie })).status).toBe(
      400,
    );
    expect((await t.get<CareEvent>(`/api/v1/events/${id}`, { cookie: ada.cookie })).body).toMatchObject({
      minutes: 18,
    });
  });

  it('deletes an event (204), then 404', async () => {
    const created = await t.post<CareEvent>(
      '/api/v1/events',
      { kind: 'water', at: at(1), ml: 200 },
      { cookie: ada.cookie },
    );
    expect(
      (await t.delete(`/api/v1/events/${created.body.id}`, undefined, { cookie: ada.cookie })).status,
    ).toBe(204);
    expect((await t.get(`/api/v1/events/${created.body.id}`, { cookie: ada.cookie })).status).toBe(404);
    expect(
      (await t.delete(`/api/v1/events/${created.body.id}`, undefined, { cookie: ada.cookie })).status,
    ).toBe(404);
    expect((await t.get('/api/v1/events/not-a-uuid', { cookie: ada.cookie })).status).toBe(404);
  });

  it('never answers 500 on garbage create and patch bodies', async () => {
    const created = await t.post<CareEvent>(
      '/api/v1/events',
      { kind: 'pain', at: at(1), score: 2 },
      { cookie: ada.cookie },
    );
    const kinds = fc.constantFrom('pain', 'cold', 'heat', 'stretch', 'sleep', 'note', 'x', 1, null);
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          kind: kinds,
          at: fc.oneof(fc.constant(at(0)), fc.string()),
          score: fc.anything(),
          minutes: fc.anything(),
          text: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        const post = await t.post('/api/v1/events', text, { cookie: ada.cookie });
        expect([201, 400]).toContain(post.status);
        const patch = await t.patch(`/api/v1/events/${created.body.id}`, text, { cookie: ada.cookie });
        expect([200, 400]).toContain(patch.status);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses NUL characters and instants PostgreSQL cannot store with 400, not 500', async () => {
    const cases: [unknown, string[]][] = [
      [{ kind: 'note', at: at(0), text: 'a\u0000b' }, ['text']],
      [{ kind: 'exercise', at: at(0), activity: 'walk\u0000', minutes: 5 }, ['activity']],
      [{ kind: 'water', at: '9999-12-31T23:59:59-23:59', ml: 1 }, ['at']],
      [{ kind: 'water', at: '0000-01-01T00:00:00+23:59', ml: 1 }, ['at']],
    ];
    for (const [body, paths] of cases) {
      const res = await t.post<ErrorBody>('/api/v1/events', body, { cookie: ada.cookie });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(paths);
    }
  });

  it('refuses events dated more than 5 minutes ahead of the server clock, on create and on PATCH', async () => {
    const cases: [unknown, string[]][] = [
      [{ kind: 'ibuprofen', at: at(-1), mg: 200 }, ['at']],
      [{ kind: 'sleep', at: at(0), bedAt: at(-1), wakeAt: at(-8) }, ['bedAt', 'wakeAt']],
    ];
    for (const [body, paths] of cases) {
      const res = await t.post<ErrorBody>('/api/v1/events', body, { cookie: ada.cookie });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(paths);
    }
    // A phone a few minutes fast is still fine.
    const soon = await t.post<CareEvent>(
      '/api/v1/events',
      { kind: 'ibuprofen', at: at(-4 / 60), mg: 200 },
      { cookie: ada.cookie },
    );
    expect(soon.status).toBe(201);
    const moved = await t.patch<ErrorBody>(
      `/api/v1/events/${soon.body.id}`,
      { at: at(-24) },
      { cookie: ada.cookie },
    );
    expect(moved.status).toBe(400);
    expect(moved.body.error.issues.map((i) => i.path)).toEqual(['at']);
  });

  it('answers 400 on hand-made cursors with a loose id or an out-of-range time', async () => {
    const cursors = [
      Buffer.from(`${at(1)}|${'-'.repeat(36)}`).toString('base64url'),
      Buffer.from('+275760-09-13T00:00:00.000Z|00000000-0000-4000-8000-000000000000').toString('base64url'),
      Buffer.from('0001-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000').toString('base64url'),
    ];
    for (const cursor of cursors) {
      const res = await t.get<ErrorBody>(`/api/v1/events?cursor=${cursor}`, { cookie: ada.cookie });
      expect(res.status, cursor).toBe(400);
      expect(res.body.error.issues.map((i) => i.path)).toEqual(['cursor']);
    }
  });

  it('treats empty query values as absent and an unencoded + offset as +', async () => {
    const cy = await t.signUp();
    await t.post(
      '/api/v1/events',
      { kind: 'water', at: '2026-11-26T10:00:00Z', ml: 250 },
      { cookie: cy.cookie },
    );
    const empty = await t.get<EventPage>('/api/v1/events?from=&to=&kind=', { cookie: cy.cookie });
    expect(empty.status).toBe(200);
    expect(empty.body.items).toHaveLength(1);
    // `+01:00` sent unencoded arrives as a space: 11:00+01:00 is 10:00Z, so the range still holds the event.
    const spaced = await t.get<EventPage>(
      '/api/v1/events?from=2026-11-26T11:00:00+01:00&to=2026-11-26T11:00:00 01:00',
      { cookie: cy.cookie },
    );
    expect(spaced.status).toBe(200);
    expect(spaced.body.items).toHaveLength(1);
  });
});
