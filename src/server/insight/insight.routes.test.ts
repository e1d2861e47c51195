import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { clinicianSummary } from '../../domain/insight/clinician-summary.ts';
import type { InsightReport } from '../../domain/insight/types.ts';
import { whatHelps } from '../../domain/insight/what-helps.ts';
import { realisticDiary, storeDiary } from './diary.fixture.ts';

const NOW = new Date('2026-11-30T21:00:00Z');
let t: TestApp;
let ada: TestUser;
const diary = realisticDiary(42, NOW);

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  ada = await t.signUp('client', { name: 'Ada <Lovelace>' });
  await storeDiary(t.db, ada.id, diary);
});
afterAll(() => t.close());

describe('GET /api/v1/insights', () => {
  it('ranks the remedies with effect, 90 % interval and verdict (contract v2)', async () => {
    const res = await t.get<InsightReport>('/api/v1/insights', { cookie: ada.cookie });
    expect(res.status).toBe(200);
    const heat = res.body.remedies.find((r) => r.remedy === 'heat');
    expect(heat).toMatchObject({ verdict: 'helps' });
    expect(heat?.uses).toBeGreaterThanOrEqual(15);
    for (const r of res.body.remedies) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['remedy', 'uses', 'effect', 'low', 'high', 'verdict']),
      );
      if (r.effect !== null) expect(r.low).toBeLessThanOrEqual(r.effect);
    }
    expect(res.body.remedies.map((r) => r.remedy)).toEqual(
      expect.arrayContaining(['cold', 'cream:menthol', 'ibuprofen']),
    );
  });

  it('answers the same as the domain for a range', async () => {
    const from = '2026-10-01T00:00:00Z';
    const to = '2026-11-01T00:00:00Z';
    const res = await t.get<InsightReport>(`/api/v1/insights?from=${from}&to=${to}`, { cookie: ada.cookie });
    const inRange = diary
      .filter((e) => e.at >= from && e.at < to)
      .map((e) => ({ ...e.data, kind: e.kind, at: new Date(e.at).toISOString() }));
    expect(res.body.remedies).toEqual(whatHelps(inRange).remedies);
  });

  it('refuses a bad range and strangers', async () => {
    const bad = await t.get<{ error: { issues: { path: string }[] } }>('/api/v1/insights?from=yesterday', {
      cookie: ada.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toBe('from');
    const reversed = await t.get('/api/v1/insights?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z', {
      cookie: ada.cookie,
    });
    expect(reversed.status).toBe(400);
    expect((await t.get('/api/v1/insights')).status).toBe(401);
  });

  it('another person sees only their own (empty) insights', async () => {
    const bob = await t.signUp('client');
    const res = await t.get<InsightReport>('/api/v1/insights', { cookie: bob.cookie });
    expect(res.body.remedies).toEqual([]);
  });
});

describe('GET /api/v1/reports/clinician', () => {
  it('is one small printable HTML page whose numbers are the domain summary', async () => {
    const res = await t.get<string>('/api/v1/reports/clinician?days=30&tz=Europe/London', {
      cookie: ada.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = res.body;
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(30 * 1024);
    expect(html).toContain('@page{size:A4');
    // The site-wide CSP (style-src 'self') would block the inline stylesheet: the report allows exactly it.
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(res.headers.get('content-security-policy')).toContain(`style-src 'sha256-${hash}'`);
    expect(html).toContain('<svg');
    expect(html).toContain('Ada &#60;Lovelace&#62;');
    expect(html).not.toContain('<hard>');

    const from = NOW.getTime() - 30 * 86_400_000;
    const events = diary
      .filter((e) => Date.parse(e.at) >= from)
      .map((e) => ({ ...e.data, kind: e.kind, at: new Date(e.at).toISOString() }));
    const s = clinicianSummary({
      now: NOW,
      days: 30,
      timeZone: 'Europe/London',
      events,
      checkins: [],
      peg: [],
      insights: whatHelps(events),
    });
    expect(html).toContain(`${s.ibuprofen.doses} doses on ${s.ibuprofen.daysUsed} of 30 days`);
    expect(html).toContain(`highest daily total ${s.ibuprofen.highestDailyMg} mg`);
    expect(html).toContain(`${s.pain.scores} scores on ${s.pain.daily.length} days`);
    expect(html).toContain(`Mean daily pain ${s.pain.firstWeek}/10`);
    expect(html).toContain(`${s.massages.length} visit(s)`);
  });

  it('shows PEG answers, red flags and a day over the ibuprofen limit', async () => {
    const res = await t.post('/api/v1/peg', { pain: 6, enjoyment: 5, activity: 7 }, { cookie: ada.cookie });
    expect(res.status).toBe(201);
    const checkin = await t.post(
      '/api/v1/checkins',
      { painScore: 7, area: 'lower', onsetAt: '2026-11-29T08:00:00Z', age: 40, symptoms: ['fever'] },
      { cookie: ada.cookie },
    );
    const html = (await t.get<string>('/api/v1/reports/clinician?days=90', { cookie: ada.cookie })).body;
    expect(html).toContain('<td>6</td><td>5</td><td>7</td><td>6</td>');
    expect(html).toContain('PEG (Krebs 2009)');
    expect(html).toMatch(/Over the 1200 mg self-care daily limit on 1 day/);
    expect(checkin.status).toBe(201);
    expect(html).toContain('<b>RF-FEVER</b>');
  });

  it('refuses a bad days or zone value, naming the field', async () => {
    const res = await t.get<{ error: { issues: { path: string }[] } }>('/api/v1/reports/clinician?days=0', {
      cookie: ada.cookie,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0]?.path).toBe('days');
    const tz = await t.get<{ error: { issues: { path: string }[] } }>(
      '/api/v1/reports/clinician?tz=Mars/Base',
      { cookie: ada.cookie },
    );
    expect(tz.body.error.issues[0]?.path).toBe('tz');
  });
});

describe('weekly PEG', () => {
  it('is due again a week after the last answer, and refuses values out of range', async () => {
    const carol = await t.signUp('client');
    expect((await t.get('/api/v1/peg', { cookie: carol.cookie })).body).toEqual({ due: true, lastAt: null });
    await t.post('/api/v1/peg', { pain: 3, enjoyment: 2, activity: 4 }, { cookie: carol.cookie });
    expect((await t.get<{ due: boolean }>('/api/v1/peg', { cookie: carol.cookie })).body.due).toBe(false);
    t.clock.advance(7 * 86_400_000);
    expect((await t.get<{ due: boolean }>('/api/v1/peg', { cookie: carol.cookie })).body.due).toBe(true);
    t.clock.set(NOW);
    const bad = await t.post<{ error: { issues: { path: string }[] } }>(
      '/api/v1/peg',
      { pain: 11, enjoyment: 2, activity: 4 },
      { cookie: carol.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toBe('pain');
  });
});
