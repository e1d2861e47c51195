import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import type { Assessment } from '../../domain/contract/assessment.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
});
afterAll(() => t.close());

const checkIn = {
  at: '2026-11-26T12:00:00Z',
  painScore: 5,
  area: 'lower',
  onsetAt: '2026-11-26T02:00:00Z',
  age: 40,
};
const ibuprofenItem = (a: Assessment) => a.plan?.items.find((i) => i.remedy === 'ibuprofen');

describe('check-ins', () => {
  it('fills the log from stored events: an ibuprofen dose 1 h ago makes the ibuprofen item wait', async () => {
    const u = await t.signUp();
    const before = await t.post<{ assessment: Assessment }>('/api/v1/checkins', checkIn, {
      cookie: u.cookie,
    });
    expect(before.status).toBe(201);
    expect(ibuprofenItem(before.body.assessment)?.availableAt ?? null).toBeNull();

    await t.post(
      '/api/v1/events',
      { kind: 'ibuprofen', at: '2026-11-26T11:00:00Z', mg: 200 },
      { cookie: u.cookie },
    );
    // A `log` in the body is ignored: the server's record is what counts.
    const after = await t.post<{ id: string; at: string; assessment: Assessment }>(
      '/api/v1/checkins',
      { ...checkIn, log: { ibuprofen: [] } },
      { cookie: u.cookie },
    );
    expect(after.status).toBe(201);
    expect(after.body.at).toBe('2026-11-26T12:00:00.000Z');
    const item = ibuprofenItem(after.body.assessment);
    expect(Date.parse(item?.availableAt ?? '')).toBe(Date.parse('2026-11-26T15:00:00Z'));

    const list = await t.get<{ items: { id: string; checkIn: { log: { ibuprofen: unknown[] } } }[] }>(
      '/api/v1/checkins?from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z',
      { cookie: u.cookie },
    );
    const stored = list.body.items.find((i) => i.id === after.body.id);
    expect(stored?.checkIn.log.ibuprofen).toEqual([{ at: '2026-11-26T11:00:00.000Z', mg: 200 }]);
    expect(list.body.items).toHaveLength(2);
  });

  it('counts a prescribed dose toward the 24 h total and keeps a 6 s cold pack as 0.1 min, not a whole minute (IB-RX)', async () => {
    const u = await t.signUp();
    for (const event of [
      { kind: 'ibuprofen', at: '2026-11-26T02:00:00Z', mg: 800, prescribed: true },
      { kind: 'ibuprofen', at: '2026-11-26T07:00:00Z', mg: 400 },
      { kind: 'cold', at: '2026-11-26T11:00:00Z', minutes: 0.1, stoppedEarly: true },
    ]) {
      expect((await t.post('/api/v1/events', event, { cookie: u.cookie })).status).toBe(201);
    }
    const res = await t.post<{ id: string; assessment: Assessment }>('/api/v1/checkins', checkIn, {
      cookie: u.cookie,
    });
    expect(res.status).toBe(201);
    // 1,200 mg reached (800 + 400): no self-care dose until the 800 mg leaves the 24 h window.
    expect(Date.parse(ibuprofenItem(res.body.assessment)?.availableAt ?? '')).toBe(
      Date.parse('2026-11-27T02:00:00Z'),
    );
    const stored = await t.get<{ checkIn: { log: { cold: unknown[]; ibuprofen: unknown[] } } }>(
      `/api/v1/checkins/${res.body.id}`,
      { cookie: u.cookie },
    );
    expect(stored.body.checkIn.log.cold).toEqual([{ at: '2026-11-26T11:00:00.000Z', minutes: 0.1 }]);
    expect(stored.body.checkIn.log.ibuprofen).toHaveLength(2);
  });

  it('defaults `at` to the clock and validates like /assess', async () => {
    const u = await t.signUp();
    const { at: _, ...noAt } = checkIn;
    const res = await t.post<{ at: string }>('/api/v1/checkins', noAt, { cookie: u.cookie });
    expect(res.status).toBe(201);
    expect(res.body.at).toBe(t.clock().toISOString());
    const bad = await t.post<{ error: { issues: { path: string }[] } }>(
      '/api/v1/checkins',
      { ...checkIn, age: 15, symptoms: ['fever', 'nope'] },
      { cookie: u.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i) => i.path).sort()).toEqual(['age', 'symptoms.1']);
  });

  it('raises RF-LONG-MEDS from a dose 12 days ago and one 1 h ago, exactly as /assess does', async () => {
    const u = await t.signUp();
    const twelveDaysAgo = '2026-11-14T12:00:00.000Z';
    for (const when of [twelveDaysAgo, '2026-11-26T11:00:00.000Z']) {
      const res = await t.post(
        '/api/v1/events',
        { kind: 'ibuprofen', at: when, mg: 200 },
        { cookie: u.cookie },
      );
      expect(res.status).toBe(201);
    }
    const stored = await t.post<{ assessment: Assessment }>('/api/v1/checkins', checkIn, {
      cookie: u.cookie,
    });
    const log = {
      ibuprofen: [
        { at: '2026-11-26T11:00:00.000Z', mg: 200 },
        { at: twelveDaysAgo, mg: 200 },
      ],
    };
    const stateless = await t.post<Assessment>('/api/v1/assess', { ...checkIn, log });
    expect(stateless.body.triage.level).toBe('doctor');
    expect(stored.body.assessment.triage.level).toBe('doctor');
    expect(stored.body.assessment.triage.flags.map((f) => f.id)).toContain('RF-LONG-MEDS');
    expect(stored.body.assessment.triage).toEqual(stateless.body.triage);
  });

  it('raises RF-LONG-MEDS for menthol first used 20 days ago and again today', async () => {
    const u = await t.signUp();
    for (const when of ['2026-11-06T09:00:00Z', '2026-11-26T08:00:00Z']) {
      await t.post(
        '/api/v1/events',
        { kind: 'cream', at: when, ingredient: 'menthol' },
        { cookie: u.cookie },
      );
    }
    await t.post(
      '/api/v1/events',
      { kind: 'cream', at: '2026-11-01T09:00:00Z', ingredient: 'capsaicin' },
      {
        cookie: u.cookie,
      },
    );
    const stored = await t.post<{ assessment: Assessment }>('/api/v1/checkins', checkIn, {
      cookie: u.cookie,
    });
    expect(stored.body.assessment.triage.flags.map((f) => f.id)).toContain('RF-LONG-MEDS');
  });

  it('refuses a check-in dated more than 5 minutes ahead of the server clock (/assess stays stateless)', async () => {
    const u = await t.signUp();
    const ahead = { ...checkIn, at: '2026-11-26T13:00:00Z' };
    const res = await t.post<{ error: { issues: { path: string }[] } }>('/api/v1/checkins', ahead, {
      cookie: u.cookie,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path)).toEqual(['at']);
    const fast = await t.post(
      '/api/v1/checkins',
      { ...checkIn, at: '2026-11-26T12:04:00Z' },
      { cookie: u.cookie },
    );
    expect(fast.status).toBe(201);
    expect((await t.post('/api/v1/assess', ahead)).status).toBe(200);
  });

  it('answers 400 (path at) for instants PostgreSQL cannot store, on /assess and /checkins', async () => {
    const u = await t.signUp();
    for (const at of ['9999-12-31T23:59:59-23:59', '0000-01-01T00:00:00+23:59']) {
      for (const path of ['/api/v1/assess', '/api/v1/checkins']) {
        const res = await t.post<{ error: { issues: { path: string }[] } }>(
          path,
          { ...checkIn, at },
          { cookie: u.cookie },
        );
        expect(res.status, `${path} ${at}`).toBe(400);
        expect(res.body.error.issues.map((i) => i.path)).toContain('at');
      }
    }
  });

  it('lists with the contract template ?from=&to= and with an unencoded + offset', async () => {
    const u = await t.signUp();
    await t.post('/api/v1/checkins', checkIn, { cookie: u.cookie });
    const empty = await t.get<{ items: unknown[] }>('/api/v1/checkins?from=&to=', { cookie: u.cookie });
    expect(empty.status).toBe(200);
    expect(empty.body.items).toHaveLength(1);
    const spaced = await t.get<{ items: unknown[] }>(
      '/api/v1/checkins?from=2026-11-26T13:00:00 01:00&to=2026-11-26T13:00:00+01:00',
      { cookie: u.cookie },
    );
    expect(spaced.status).toBe(200);
    expect(spaced.body.items).toHaveLength(1);
  });
});
