/**
 * Insight in Debian's Chromium at 360×640: "What helps me" ranks remedies from a diary logged through the
 * API, the weekly PEG is answered on one screen, "For my doctor" makes a share link that opens without an
 * account (and lists the opening), and the clinician report prints on exactly one A4 page.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClinicianSummary } from '../src/domain/insight/clinician-summary.ts';
import { seededRandom, simulatePerson } from '../src/domain/insight/synthetic-person.fixture.ts';
import type { RemedyInsight } from '../src/domain/insight/types.ts';
import { reportHtml } from '../src/server/insight/report-html.ts';
import { type E2EApp, expectAccessible, openPage, screenshot, signUp, startApp } from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const DAY = 86_400_000;

/** Three weeks of diary ending an hour ago, posted 8 at a time. */
async function postDiary(request: APIRequestContext): Promise<void> {
  const { events } = simulatePerson(seededRandom(5), {
    effects: { heat: -2, cold: 0 },
    usesEach: 8,
    maxDays: 20,
    start: Date.now() - 21 * DAY,
  });
  const bodies = events
    .filter((e) => Date.parse(e.at) < Date.now() - 3_600_000)
    .map((e) => (e.kind === 'heat' || e.kind === 'cold' ? { ...e, minutes: 15 } : e));
  bodies.push({
    kind: 'ibuprofen',
    at: new Date(Date.now() - 2 * DAY).toISOString(),
    mg: 400,
  } as (typeof bodies)[number]);
  for (let i = 0; i < bodies.length; i += 8) {
    const answers = await Promise.all(
      bodies.slice(i, i + 8).map((data) => request.post('/api/v1/events', { data })),
    );
    for (const a of answers) expect(a.status()).toBe(201);
  }
}

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('insight', () => {
  test('what helps me, the weekly PEG, a share link, and a one-page report', async () => {
    const { page, context, close } = await openPage(app.baseUrl);
    try {
      await signUp(context);
      await postDiary(context.request);

      await page.goto('/#/insight');
      await page.getByRole('heading', { level: 1, name: 'What helps me' }).waitFor();
      const list = page.locator('.ins-list');
      await list.waitFor();
      expect(await list.locator('.ins-claim').first().textContent()).toMatch(/^(Heat|Cold):/);
      await expectAccessible(page, 'what helps me');

      // The data behind the first claim, one tap away.
      await list.locator('summary').first().click();
      await list.locator('.ins-data').first().waitFor();

      // The weekly PEG: three questions on one screen.
      const peg = page.locator('form.peg');
      await peg.waitFor();
      for (const key of ['pain', 'enjoyment', 'activity'])
        await peg.locator(`label:has(input[name="${key}"][value="5"])`).click();
      await peg.getByRole('button', { name: 'Save answers' }).click();
      await page.getByText('Thank you. We will ask again in a week.').waitFor();
      await list.scrollIntoViewIfNeeded();
      await screenshot(page, 'insight-what-helps');

      await page.goto('/#/doctor');
      await page.getByRole('heading', { level: 1, name: 'For my doctor' }).waitFor();
      await page.getByRole('button', { name: 'Make a link' }).click();
      const url = await page.getByLabel('Share link').inputValue();
      expect(url).toMatch(/\/api\/v1\/shared\/[A-Za-z0-9_-]{43}$/);
      await page.getByText('Not opened yet.').waitFor();
      await expectAccessible(page, 'for my doctor');
      await screenshot(page, 'insight-doctor');

      // The link opens with no account: a plain request without the browser's cookie.
      const shared = await fetch(url);
      expect(shared.status).toBe(200);
      expect(shared.headers.get('x-robots-tag')).toMatch(/noindex/);
      await page.reload();
      await page.getByText(/^Opened 1 time:/).waitFor();

      // The report: at most 30 KB, and exactly one A4 page in Chromium's print-to-PDF.
      const res = await page.goto('/api/v1/reports/clinician?days=30');
      const html = (await res?.body()) ?? Buffer.alloc(0);
      expect(html.byteLength).toBeGreaterThan(1000);
      expect(html.byteLength).toBeLessThanOrEqual(30 * 1024);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pageCount(pdf)).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await screenshot(page, 'insight-report', true);
    } finally {
      await close();
    }
  });

  test('the fullest report (90 days, every section over its cap) still prints on one A4 page', async () => {
    const { page, close } = await openPage(app.baseUrl);
    try {
      const html = reportHtml(fullest(), {
        name: 'Maximilian Alexander Featherstonehaugh-Worthington',
        generatedAt: '2026-12-01T09:00:00Z',
      });
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(30 * 1024);
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      // A4 less the 12 mm margins is 718 × 1032 CSS px: report the height so a near miss shows before it fails.
      await page.setViewportSize({ width: 718, height: 1032 });
      console.log(
        `fullest report: ${await page.evaluate(() => document.body.scrollHeight)} of 1032 px, ${Buffer.byteLength(html)} B`,
      );
      expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
      expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
    } finally {
      await close();
    }
  });
});

/** A summary with more of everything than the page shows: long messages, many days, weeks and remedies. */
function fullest(): ClinicianSummary {
  const day = (i: number) => new Date(Date.UTC(2026, 8, 2) + i * DAY).toISOString().slice(0, 10);
  const long =
    'Sharp pain spreading down the left leg after lifting a heavy box at work; could not sit through a meeting. '.repeat(
      60,
    );
  const remedy = (name: string, i: number): RemedyInsight => ({
    remedy: name,
    uses: 40 + i,
    logged: 45 + i,
    effect: -1.5 + i * 0.3,
    low: -2.5 + i * 0.3,
    high: -0.5 + i * 0.3,
    verdict: i % 2 ? 'no_clear_effect' : 'helps',
    importantChange: 2,
    naiveChange: -2.5,
    windows: [
      {
        at: '2026-11-01T09:00:00.000Z',
        before: 7,
        after: 4,
        minutes: 120,
        expectedChange: -1,
        alongside: [],
      },
    ],
  });
  return {
    from: '2026-09-01T09:00:00.000Z',
    to: '2026-11-30T09:00:00.000Z',
    days: 90,
    timeZone: 'America/Argentina/ComodRivadavia',
    pain: {
      scores: 900,
      daily: Array.from({ length: 90 }, (_, i) => ({ date: day(i), mean: 8 - i / 15, min: 1, max: 10 })),
      firstWeek: 7.8,
      lastWeek: 2.1,
    },
    peg: Array.from({ length: 13 }, (_, i) => ({
      week: day(i * 7),
      pain: 8,
      enjoyment: 7,
      activity: 9,
      score: 8,
    })),
    redFlags: Array.from({ length: 20 }, (_, i) => ({
      at: `${day(i)}T10:00:00.000Z`,
      level: 'emergency',
      id: ['RF-BLADDER-BOWEL', 'RF-SADDLE', 'RF-FEVER', 'RF-CHEST', 'RF-LEG-WEAKNESS'][i % 5] ?? 'RF-FEVER',
      message: long,
    })),
    ibuprofen: {
      doses: 300,
      daysUsed: 90,
      highestDailyMg: 2400,
      highestDay: day(3),
      daysOverLimit: Array.from({ length: 30 }, (_, i) => day(i)),
      limitMg: 1200,
    },
    creams: ['menthol', 'capsaicin', 'methyl_salicylate'].map((ingredient) => ({
      ingredient,
      uses: 99,
      days: 60,
    })),
    massages: Array.from({ length: 13 }, (_, i) => `${day(i * 7)}T14:00:00.000Z`),
    massagePattern:
      'After your last 3 massages, pain rose by about 2 points for about a day, and was still about 2 points higher on the second day. Some soreness for up to about a day and a half is common after a massage. Pain still higher on the second day is longer than that: if it lasts beyond 3 days or gets worse, see a doctor.',
    whatHelps: [
      'heat',
      'cold',
      'stretch',
      'exercise',
      'water',
      'massage',
      'ibuprofen',
      'cream:menthol',
      'cream:capsaicin',
      'cream:salicylate',
    ].map(remedy),
    notes: Array.from({ length: 20 }, (_, i) => ({ at: `${day(89 - i)}T20:00:00.000Z`, text: long })),
  };
}
