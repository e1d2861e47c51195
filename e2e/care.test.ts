/**
 * Care journeys: sign up, check in, see today's plan with its reasons; and a red-flag check-in
 * that shows the emergency card, with a call link and no plan.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { initialLoad } from './support/bundle-size.ts';
import { answerCheckIn, type E2EApp, openPage, screenshot, signUp, startApp } from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

test('sign up, check in and see the plan with items and Why?', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await signUp(context);
    await page.goto('/#/account');
    await expect.poll(() => page.locator('[data-page="account"]').textContent()).toContain('Signed in as');

    expect(await answerCheckIn(page, { pain: 6, since: 'today', desk: true, sleep: '5to6' })).toBe('plan');
    const plan = page.locator('[data-page="plan"]');
    await plan.waitFor();
    await screenshot(page, 'plan');
    // Always in a plan (contract): exercise, stretch and hydration; posture for desk work, sleep under 7 h.
    for (const remedy of ['exercise', 'stretch', 'hydration', 'posture', 'sleep']) {
      await expect.poll(() => plan.locator(`[data-remedy="${remedy}"]`).count()).toBe(1);
    }
    const start = plan.locator('[data-start="stretch"]');
    expect(await start.getAttribute('href')).toBe('#/session/stretch');

    // "Why?" shows a fact in our words and at least one source link (stretches sit under "More that can help").
    await plan.locator('details[data-more] > summary').click();
    const why = plan.locator('[data-remedy="stretch"] details.why');
    await why.locator('summary').click();
    await expect.poll(() => why.locator('[data-fact]').count()).toBeGreaterThan(0);
    expect(await why.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'plan-why');

    // The check-in reached the account (POST /api/v1/checkins through the outbox).
    await expect
      .poll(async () => {
        const res = await context.request.get('/api/v1/checkins');
        return res.ok() ? ((await res.json()) as { items: unknown[] }).items.length : -1;
      })
      .toBe(1);
  } finally {
    await close();
  }
});

test('an emergency answer shows the emergency card at once, with a call link and no plan', async () => {
  const { page, close } = await openPage(app.baseUrl, { locale: 'en-US', timezoneId: 'America/New_York' });
  try {
    // The card must appear mid-flow: the person does not finish the questionnaire.
    expect(await answerCheckIn(page, { pain: 8, symptoms: ['saddle_numbness'] })).toBe('emergency');
    const card = page.locator('[data-card="emergency"]');
    expect(await card.getAttribute('role')).toBe('alertdialog');
    // A phone in New York: the emergency number is 911 (EC-WHERE: the time zone decides, not the language).
    expect(await card.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:911');
    // Focus is inside the card, and no plan is on screen.
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-card="emergency"]') !== null),
    ).toBe(true);
    expect(await page.locator('[data-page="plan"], [data-remedy]').count()).toBe(0);
    await screenshot(page, 'emergency');

    // Going to the plan afterwards still shows the card, never a plan.
    await page.goto('/#/plan');
    await page.locator('[data-card="emergency"]').waitFor();
    expect(await page.locator('[data-remedy]').count()).toBe(0);
  } finally {
    await close();
  }
});

test('an urgent answer holds the plan until the person says a clinician is contacted', async () => {
  const { page, close } = await openPage(app.baseUrl);
  try {
    expect(await answerCheckIn(page, { symptoms: ['fever'] })).toBe('urgent');
    expect(await page.locator('[data-remedy]').count()).toBe(0);
    await screenshot(page, 'urgent');
    await page.locator('[data-sought-care]').click();
    await page.locator('[data-page="plan"]').waitFor();
    // The advice stays above the plan.
    expect(await page.locator('[data-advice]').textContent()).toMatch(/doctor/i);
  } finally {
    await close();
  }
});

test('the app shell loads with at most 60 KB of JavaScript and CSS (gzip)', () => {
  // startApp() built the app into app.webDir; lazy routes are not part of the first load.
  const files = initialLoad(app.webDir);
  const total = files.reduce((n, f) => n + f.gzip, 0);
  expect(files.some((f) => f.file.endsWith('.css'))).toBe(true);
  expect(total).toBeLessThanOrEqual(60 * 1024);
});
