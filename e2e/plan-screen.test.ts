/**
 * The plan a person in pain sees first, short enough to act on at once: at 360×640, pain 7 and no red flags, the
 * first "do this now" button is on screen without scrolling and the plan is at most about two phone screens tall.
 * Prints the figures (plan height, first action's position); asserts only the limits.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  answerCheckIn,
  type E2EApp,
  expectAccessible,
  openPage,
  screenshot,
  startApp,
  VIEWPORT,
} from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

test('pain 7, no red flags: the first action is on the first screen and the plan is short', async () => {
  const { page, close } = await openPage(app.baseUrl, { timezoneId: 'Europe/London' });
  try {
    expect(await answerCheckIn(page, { pain: 7, since: 'today', desk: true, sleep: '5to6' })).toBe('plan');
    const plan = page.locator('[data-page="plan"]');
    await plan.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));

    const steps = plan.locator('[data-now-list] .now-step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    const first = steps.first().locator('.btn').first();
    const box = await first.boundingBox();
    if (!box) throw new Error('the first action has no box');
    // The bottom navigation covers the last part of the screen: the button must end above it.
    const navTop = await page.evaluate(() => {
      const nav = document.querySelector('nav.tabs');
      return nav ? nav.getBoundingClientRect().top : window.innerHeight;
    });
    const planHeight = await plan.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(
      `plan screen at ${VIEWPORT.width}×${VIEWPORT.height}: plan ${planHeight} px tall (page ${pageHeight} px, ` +
        `${(pageHeight / VIEWPORT.height).toFixed(2)} screens); first action "${(await first.textContent())?.trim()}" ` +
        `at y ${Math.round(box.y)}-${Math.round(box.y + box.height)} px (bottom nav from ${Math.round(navTop)} px); ` +
        `${count} "do this now" actions`,
    );
    expect(box.y + box.height).toBeLessThanOrEqual(Math.min(navTop, VIEWPORT.height));
    expect(box.height).toBeGreaterThanOrEqual(44);
    // "At most about two phone screens" for the first view (everything else is collapsed).
    expect(pageHeight).toBeLessThanOrEqual(2.25 * VIEWPORT.height);
    // "More that can help" starts collapsed; every action sentence is short.
    expect(await plan.locator('details[data-more]').getAttribute('open')).toBeNull();
    for (const text of await plan.locator('.now-text').allTextContents()) {
      expect(text.replace(/^\d+/, '').trim().split(/\s+/).length).toBeLessThanOrEqual(20);
    }
    await screenshot(page, 'plan-first-view');
    await expectAccessible(page, 'plan: first view');

    await plan.locator('details[data-more] > summary').click();
    await expectAccessible(page, 'plan: more that can help');
  } finally {
    await close();
  }
});

test('doctor advice stays above the plan, whole, with a call button for the advice line where the person is', async () => {
  const { page, close } = await openPage(app.baseUrl, { timezoneId: 'Australia/Sydney' });
  try {
    // RF-NEW-OVER-50: back pain for the first time after 50 is a doctor-level flag; the plan is still given.
    expect(await answerCheckIn(page, { pain: 4, age: 60, firstEpisode: true })).toBe('plan');
    const plan = page.locator('[data-page="plan"]');
    await plan.waitFor();
    const advice = plan.locator('[data-advice]');
    expect(await advice.textContent()).toMatch(/doctor/i);
    // EC-AU: healthdirect, not NHS 111 or a GP.
    expect(await advice.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:1800022222');
    expect(await advice.textContent()).not.toMatch(/NHS|\bGP\b|999/);
    // Above the plan: the advice comes before "Do this now" on the page.
    const adviceY = (await advice.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const nowY = (await plan.locator('[data-now-list]').boundingBox())?.y ?? 0;
    expect(adviceY).toBeLessThan(nowY);
    await expectAccessible(page, 'plan with doctor advice');
  } finally {
    await close();
  }
});
