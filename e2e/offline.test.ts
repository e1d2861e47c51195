/**
 * Offline first (a back can seize up anywhere, signal or not): a check-in made with no network gives the same
 * assessment as the server's POST /api/v1/assess for the same input, and a care event logged offline reaches the
 * server exactly once when the network returns.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { answerCheckIn, type E2EApp, openPage, screenshot, signUp, startApp } from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

interface Stored {
  checkIn: Record<string, unknown>;
  assessment: unknown;
}

test('offline check-in matches the server, and an offline log syncs exactly once', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await signUp(context);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    // Read the server with Node's fetch: it is not subject to the browser's offline switch.
    const count = async (path: string): Promise<number> => {
      const res = await fetch(`${app.baseUrl}/api/v1${path}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: unknown[] }).items.length;
    };

    // Load once online so the service worker installs and precaches the shell and every route chunk.
    await page.goto('/#/checkin');
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active !== null && navigator.serviceWorker.controller !== null;
    });

    await context.setOffline(true);
    expect(
      await answerCheckIn(page, { pain: 7, since: 'yesterday', history: ['asthma'], sleep: 'lt5' }),
    ).toBe('plan');
    await page.locator('[data-page="plan"]').waitFor();
    await expect.poll(() => page.locator('.offline').count()).toBe(1);
    await screenshot(page, 'offline-plan');

    // The browser's own assessment (pure domain code) equals the server's for the same CheckIn.
    const stored = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem('unknot.today') ?? 'null'),
    )) as Stored;
    const res = await fetch(`${app.baseUrl}/api/v1/assess`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(stored.checkIn),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(stored.assessment);

    // Log a glass of water while offline: nothing reaches the server yet. Water may sit under "More that can
    // help" (collapsed) when it is not among the first actions of "Do this now".
    if (!(await page.locator('[data-log-water]').isVisible())) {
      await page.locator('details[data-more] > summary').click();
    }
    await page.locator('[data-log-water]').click();
    expect(await count('/events?kind=water')).toBe(0);
    expect(await count('/checkins')).toBe(0);

    // Back online: the outbox sends both, once.
    await context.setOffline(false);
    await expect.poll(() => count('/events?kind=water'), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => count('/checkins'), { timeout: 20_000 }).toBe(1);

    // A reload (app start flushes the outbox again) must not send anything twice.
    await page.reload();
    await page.locator('[data-page="plan"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('unknot.outbox') ?? '[]').length))
      .toBe(0);
    expect(await count('/events?kind=water')).toBe(1);
    expect(await count('/checkins')).toBe(1);
  } finally {
    await close();
  }
});
