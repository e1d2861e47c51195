/**
 * Guided sessions in Debian's Chromium at 360×640: a stretch session started from the plan (a hold
 * completes, "Stop: this hurts" ends it and logs it, the diary shows it), a stretch session run to its end
 * (it logs the stretch, not "0 stretches"), a cold session on Playwright's fake clock that cannot be set
 * above 20 minutes, warns, ends at 20 minutes and logs (CO-20), and honest logging: a cold pack
 * taken off after 6 s and a prescribed 800 mg dose are logged as they were.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  answerCheckIn,
  apiGet,
  type E2EApp,
  expectAccessible,
  openPage,
  screenshot,
  signUp,
  startApp,
} from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The events this browser keeps locally (the outbox's store). */
async function localEvents(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('unknot.events') ?? '[]'));
}

/** Polls the server until the account holds an event of `kind` (the outbox uploads in the background). */
async function serverEvents(context: BrowserContext, kind: string): Promise<Array<Record<string, unknown>>> {
  let items: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 40 && items.length === 0; i++) {
    const res = await apiGet<{ items: Array<Record<string, unknown>> }>(
      context,
      `/api/v1/events?kind=${kind}`,
    );
    items = res.items;
    if (items.length === 0) await new Promise((r) => setTimeout(r, 250));
  }
  return items;
}

describe('stretch session', () => {
  test('starts from the plan, completes a hold, stops on "this hurts", logs it, and the diary shows it', async () => {
    const { page, context, close } = await openPage(app.baseUrl);
    try {
      await signUp(context);
      await page.clock.install();
      expect(await answerCheckIn(page, { pain: 5, since: 'today' })).toBe('plan');

      // Stretches sit under "More that can help" (collapsed) when they are not among the first three actions.
      if (!(await page.locator('[data-start="stretch"]').isVisible())) {
        await page.locator('details[data-more] > summary').click();
      }
      await page.locator('[data-start="stretch"]').click();
      await page.locator('[data-session="stretch-setup"]').waitFor();
      // Acute phase: gentle stretches only, never toe touching (ST-TOE-TOUCH).
      expect(await page.locator('[data-stretch="toe_touch"]').count()).toBe(0);
      expect(await page.locator('#hold-seconds').inputValue()).toBe('30');
      await page.locator('#hold-seconds').fill('90');
      expect(await page.locator('#hold-seconds').inputValue()).toBe('60');
      await page.locator('#hold-seconds').fill('30');
      await expectAccessible(page, 'stretch setup');
      await screenshot(page, 'session-stretch-setup');

      await page.locator('[data-start-session]').click();
      await page.locator('[data-start-hold]').waitFor();
      await expectAccessible(page, 'stretch step');
      await screenshot(page, 'session-stretch-step');
      await page.locator('[data-start-hold]').click();
      await expect.poll(() => page.locator('[data-step-type]').getAttribute('data-step-type')).toBe('hold');
      await screenshot(page, 'session-stretch-hold');

      // The first 30 s hold ends: the step moves on to the rest and it is announced politely.
      await page.clock.runFor(31_000);
      await expect.poll(() => page.locator('[data-step-type]').getAttribute('data-step-type')).toBe('rest');
      expect(await page.locator('[data-live="polite"]').textContent()).toMatch(/Relax/);

      await page.locator('[data-stop]').click();
      await page.locator('[data-session-state="stopped"]').waitFor();
      await expectAccessible(page, 'stretch stopped');
      await screenshot(page, 'session-stretch-stopped');

      const logged = (await localEvents(page)).filter((e) => e.kind === 'stretch');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ stretches: ['knee_to_chest'], holdSeconds: 30, stoppedEarly: true });
      const onServer = await serverEvents(context, 'stretch');
      expect(onServer).toHaveLength(1);

      await page.goto('/#/diary');
      const entry = page.locator('[data-entry="stretch"]');
      await entry.waitFor();
      expect(await entry.textContent()).toContain('stopped early');
    } finally {
      await close();
    }
  });
});

describe('honest logging', () => {
  test('a finished stretch session logs its stretch; 6 s of cold and a prescribed dose log as they were', async () => {
    const { page, context, close } = await openPage(app.baseUrl);
    try {
      await signUp(context);
      const start = new Date(Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000);
      await page.clock.install({ time: start });
      await page.goto('/#/session/stretch');
      await page.locator('[data-session="stretch-setup"]').waitFor();
      // ST-REPEAT: knee rolls are counted as repetitions with a pause, never promised the chosen hold.
      const rolls = page.locator('.check', { has: page.locator('[data-stretch="knee_rolls"]') });
      expect(await rolls.textContent()).toContain('8 times on each side, pausing for a breath');
      expect(await rolls.textContent()).not.toContain('hold');
      for (const box of await page.locator('[data-stretch]').all()) {
        if ((await box.getAttribute('data-stretch')) !== 'knee_to_chest') await box.uncheck();
      }
      await page.locator('#hold-seconds').fill('10');
      await page.locator('[data-start-session]').click();
      await page.locator('[data-start-hold]').click();
      // 2 holds on each side of 10 s with 10 s rests between: 70 s.
      await page.clock.runFor(71_000);
      await page.locator('[data-stretch-done]').waitFor();
      await page.locator('[data-next-stretch]').click();
      await page.locator('[data-session-state="finished"]').waitFor();
      expect(await page.locator('[data-logged-stretches]').getAttribute('data-logged-stretches')).toBe('1');
      const [stretch] = await serverEvents(context, 'stretch');
      expect(stretch).toMatchObject({ stretches: ['knee_to_chest'], holdSeconds: 10, completed: true });

      await page.goto('/#/session/cold');
      for (const box of await page.locator('[data-check]').all()) await box.check();
      await page.getByRole('button', { name: /^Start/ }).click();
      await page.locator('[role="timer"]').waitFor();
      await page.clock.runFor(6000);
      await page.getByRole('button', { name: "I've taken it off" }).click();
      await page.locator('[data-logged-minutes]').waitFor();
      expect(await page.locator('[data-logged-minutes]').textContent()).toContain(
        'Logged: 6 seconds of cold',
      );
      const [cold] = await serverEvents(context, 'cold');
      expect(cold).toMatchObject({ minutes: 0.1, stoppedEarly: true });

      // IB-RX: a prescribed 800 mg dose is logged once the person says a prescriber set it.
      await page.goto('/#/session/ibuprofen');
      await page.locator('[data-prescribed] > summary').click();
      const log = page.getByRole('button', { name: 'Log the prescribed dose' });
      await page.locator('[data-prescribed] [data-mg="800"]').check();
      expect(await log.isDisabled()).toBe(true);
      await page.locator('[data-prescriber]').check();
      await expectAccessible(page, 'ibuprofen: prescribed dose');
      await log.click();
      const [dose] = await serverEvents(context, 'ibuprofen');
      expect(dose).toMatchObject({ mg: 800, prescribed: true });
      // It counts toward the 24-hour total (IB-DOSE limits unchanged).
      await expect
        .poll(() => page.locator('.session > .hint').last().textContent())
        .toContain('Last 24 hours: 800 mg');
    } finally {
      await close();
    }
  });
});

describe('cold session', () => {
  test('cannot be set above 20 minutes, warns at 2 minutes, ends at 20 minutes and logs (fake clock)', async () => {
    const { page, context, close } = await openPage(app.baseUrl);
    try {
      await signUp(context);
      // An hour ago, on a whole minute: the server refuses events dated more than 5 minutes ahead of its clock.
      const start = new Date(Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000);
      await page.clock.install({ time: start });
      await page.goto('/#/session/cold');
      await page.locator('#pack-minutes').waitFor();
      await expectAccessible(page, 'cold checklist');
      await screenshot(page, 'session-cold-checklist');

      const startButton = page.getByRole('button', { name: /^Start/ });
      expect(await startButton.isDisabled()).toBe(true);
      for (const box of await page.locator('[data-check]').all()) await box.check();
      // CO-20: the picker stops at 20 whatever is typed.
      await page.locator('#pack-minutes').fill('45');
      expect(await page.locator('#pack-minutes').inputValue()).toBe('20');
      await startButton.click();
      await page.locator('[role="timer"]').waitFor();
      expect(await page.locator('[role="timer"]').textContent()).toBe('20:00');
      await expectAccessible(page, 'cold timer');
      await screenshot(page, 'session-cold-timer');

      await page.clock.runFor(18 * 60_000 + 1000);
      await expect
        .poll(() => page.locator('[data-session-state]').getAttribute('data-session-state'))
        .toBe('warning');
      expect(await page.locator('[data-live="polite"]').textContent()).toMatch(/2 minutes left/);
      await screenshot(page, 'session-cold-warning');

      await page.clock.runFor(2 * 60_000);
      await page.locator('[data-session-state="logged"]').waitFor();
      expect(await page.locator('[data-live="assertive"]').textContent()).toBe(
        "Time's up: take the cold pack off now.",
      );
      expect(await page.locator('[data-logged-minutes]').getAttribute('data-logged-minutes')).toBe('20');
      await expectAccessible(page, 'cold done');
      await screenshot(page, 'session-cold-done');

      const cold = (await localEvents(page)).filter((e) => e.kind === 'cold');
      expect(cold).toHaveLength(1);
      expect(cold[0]).toMatchObject({ minutes: 20 });
      // The event's `at` is when the session started (the fake clock began at `start` and flows on).
      const at = Date.parse(String(cold[0]?.at));
      expect(at).toBeGreaterThanOrEqual(start.getTime());
      expect(at).toBeLessThan(start.getTime() + 5 * 60_000);
      const onServer = await serverEvents(context, 'cold');
      expect(onServer[0]).toMatchObject({ minutes: 20 });

      // CO-20: a second session waits for the 2-hour break.
      await page.getByRole('button', { name: 'Back to your plan' }).click();
      await page.goto('/#/session/cold');
      await page.locator('[data-gate="wait"]').waitFor();
      expect(await page.locator('[data-gate="wait"]').textContent()).toContain('Available at');
    } finally {
      await close();
    }
  });
});
