/**
 * The check-in's tap targets (safe in seconds for a person in acute pain), by counting real taps (pointerdown
 * events) at 360×640: a first-time self-care check-in (pain 7, no red flags) reaches the plan in at most 12 taps,
 * a returning person in at most 5, and the emergency card shows within 4 taps of opening the app. One journey at
 * 390×844 runs axe on every new screen. Seconds to the plan are printed as figures, never asserted (timing on a
 * shared machine is noise, not a result).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  answerCheckIn,
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

const DAY_MS = 24 * 3600_000;
const START = new Date('2026-11-26T09:00:00Z');

/** Counts trusted pointer-downs: one per tap, whatever the control (a label's forwarded click is not one). */
async function countTaps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __taps: number };
    w.__taps = 0;
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (e.isTrusted) w.__taps += 1;
      },
      true,
    );
  });
}

const taps = (page: Page) => page.evaluate(() => (window as unknown as { __taps: number }).__taps);

/** Opens the app as a person would (its start page), ready for the first tap. */
async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('[data-step="pain"]').waitFor();
}

function figure(label: string, n: number, ms: number): void {
  console.log(`[checkin-taps] ${label}: ${n} taps, ${(ms / 1000).toFixed(1)} s to the plan`);
}

test('first time (pain 7, no red flags) ≤ 12 taps, returning next day ≤ 5 taps (360×640)', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await countTaps(context);
    await page.clock.install({ time: START });
    await openApp(page);
    let t0 = Date.now();
    expect(
      await answerCheckIn(page, { noNavigate: true, pain: 7, since: 'today', desk: true, sleep: '5to6' }),
    ).toBe('plan');
    const first = await taps(page);
    figure('first time', first, Date.now() - t0);
    expect(first).toBeLessThanOrEqual(12);

    // The next morning, the same phone: the app opens on the check-in again (yesterday's plan has expired).
    await page.clock.setSystemTime(new Date(START.getTime() + DAY_MS));
    await openApp(page);
    t0 = Date.now();
    const steps: string[] = [];
    const onStep = async (id: string) => {
      steps.push(id);
    };
    expect(await answerCheckIn(page, { noNavigate: true, pain: 5, sleep: '7to8', onStep })).toBe('plan');
    const returning = await taps(page);
    figure('returning', returning, Date.now() - t0);
    expect(steps).toContain('confirm');
    expect(returning).toBeLessThanOrEqual(5);
  } finally {
    await close();
  }
});

test('the emergency card within 4 taps of opening the app (360×640)', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await countTaps(context);
    await openApp(page);
    expect(await answerCheckIn(page, { noNavigate: true, pain: 8, unsure: ['bladder_bowel_change'] })).toBe(
      'emergency',
    );
    const n = await taps(page);
    console.log(`[checkin-taps] emergency card: ${n} taps from opening the app`);
    expect(n).toBeLessThanOrEqual(4);
    expect(await page.locator('[data-card="emergency"] a[href^="tel:"]').count()).toBeGreaterThan(0);
  } finally {
    await close();
  }
});

test('at 390×844, axe finds nothing on any new screen; the answers follow the account to another phone', async () => {
  const first = await openPage(app.baseUrl);
  let email = '';
  try {
    await first.page.setViewportSize({ width: 390, height: 844 });
    const account = await signUp(first.context);
    email = account.email;
    const seen = new Set<string>();
    const onStep = async (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      // Focus is on the question's heading, so a screen reader announces it.
      await first.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await expectAccessible(first.page, `check-in ${id} at 390×844`);
      await screenshot(first.page, `checkin-390-${id}`);
    };
    await first.page.goto('/#/account');
    await first.page.locator('text=Signed in as').waitFor();
    expect(
      await answerCheckIn(first.page, {
        pain: 6,
        since: 'yesterday',
        age: 62,
        firstEpisode: false,
        history: ['asthma'],
        onStep,
      }),
    ).toBe('plan');
    expect([...seen]).toEqual(
      expect.arrayContaining(['pain', 'flags-emergency', 'flags-urgent', 'medicines', 'skin']),
    );
    await expect
      .poll(async () => (await first.context.request.get('/api/v1/me/health-profile')).status())
      .toBe(200);

    // Another phone, the same account: the remembered answers come from the account; one tap confirms them.
    const second = await openPage(app.baseUrl);
    try {
      await second.page.setViewportSize({ width: 390, height: 844 });
      const login = await second.context.request.post('/api/v1/auth/login', {
        data: { email, password: account.password },
      });
      expect(login.status()).toBe(200);
      const steps: string[] = [];
      const outcome = await answerCheckIn(second.page, {
        pain: 4,
        onStep: async (id) => {
          steps.push(id);
          if (id === 'confirm') {
            await expectAccessible(second.page, 'check-in confirm at 390×844');
            await screenshot(second.page, 'checkin-390-confirm');
            expect(await second.page.locator('[data-remembered]').textContent()).toMatch(/asthma/i);
          }
        },
      });
      expect(outcome).toBe('plan');
      expect(steps).toContain('confirm');
      expect(steps).not.toContain('medicines');
    } finally {
      await second.close();
    }
  } finally {
    await first.close();
  }
});
