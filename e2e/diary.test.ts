/**
 * The diary in Debian's Chromium at 360×640: the pain chart with its remedy marks and its summary in words,
 * the pain picker (big buttons, starting at the last score), a check-in listed as an entry, an entry logged on
 * the server shows, and an entry can be edited (PATCH reaches the server) and deleted after a confirmation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
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

type Item = { id: string; kind: string; score?: number; minutes?: number };

describe('diary', () => {
  test('shows the chart with a text summary, lists entries, edits and deletes one', async () => {
    const { page, context, close } = await openPage(app.baseUrl);
    try {
      await signUp(context);
      // Two pain scores from "another device", yesterday and the day before, straight through the API.
      const day = 86_400_000;
      for (const [ago, score] of [
        [2, 7],
        [1, 6],
      ] as const) {
        const res = await context.request.post('/api/v1/events', {
          data: { kind: 'pain', at: new Date(Date.now() - ago * day).toISOString(), score },
        });
        expect(res.status()).toBe(201);
      }
      const cold = await context.request.post('/api/v1/events', {
        data: { kind: 'cold', at: new Date(Date.now() - 3600_000).toISOString(), minutes: 15 },
      });
      expect(cold.status()).toBe(201);
      // A check-in three days ago: it is an entry of its own and its score is on the chart.
      const checkIn = await context.request.post('/api/v1/checkins', {
        data: {
          at: new Date(Date.now() - 3 * day).toISOString(),
          onsetAt: new Date(Date.now() - 3 * day - 3600_000).toISOString(),
          painScore: 8,
          area: 'lower',
          age: 40,
        },
      });
      expect(checkIn.status()).toBe(201);

      await page.goto('/#/diary');
      await page.locator('[data-page="diary"]').waitFor();
      await page.locator('[data-entry="cold"]').waitFor();
      await page.locator('[data-entry="checkin"]').waitFor();
      expect(await page.locator('[data-entry="checkin"]').textContent()).toContain('pain 8 out of 10');
      // The picker starts at the last score (yesterday's 6), not at 5; today's score through the page.
      await expect.poll(() => page.locator('[data-score="6"]').isChecked()).toBe(true);
      await page.locator('[data-score="4"]').check();
      await page.locator('[data-log-pain]').click();

      const summary = page.locator('[data-chart-summary]');
      await expect.poll(() => summary.textContent()).toContain('pain logged on 4 days');
      const text = await summary.textContent();
      expect(text).toMatch(/Average 6\.3 out of 10/);
      expect(text).toMatch(/Your pain went down: 4 on .+, from 6 on /);
      expect(text).toContain('cold packs');
      expect(await page.locator('[data-chart="pain"] circle.dot').count()).toBe(4);
      // The cold pack is marked on the chart and named in the legend.
      expect(await page.locator('[data-chart="pain"] [data-mark="cold"]').count()).toBe(1);
      expect(await page.locator('[data-legend="cold"]').textContent()).toContain('Cold pack: 1');
      await expectAccessible(page, 'diary');
      await screenshot(page, 'diary');

      await page.locator('[data-range="30"]').click();
      expect(await summary.textContent()).toContain('Last 30 days');

      // Edit the cold entry: 15 → 12 minutes, and the server gets the change.
      const entry = page.locator('[data-entry="cold"]');
      await entry.getByRole('button', { name: /^Edit/ }).click();
      await entry.locator('[data-edit-value]').fill('12');
      await expectAccessible(page, 'diary editing');
      await screenshot(page, 'diary-edit');
      await entry.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => entry.textContent()).toContain('12 minutes');
      await expect
        .poll(
          async () =>
            (await apiGet<{ items: Item[] }>(context, '/api/v1/events?kind=cold')).items[0]?.minutes,
        )
        .toBe(12);

      // Delete asks first; "Keep it" keeps it, "Delete" removes it here and on the server.
      await entry.getByRole('button', { name: /^Delete/ }).click();
      await entry.getByRole('button', { name: 'Keep it' }).click();
      expect(await page.locator('[data-entry="cold"]').count()).toBe(1);
      await entry.getByRole('button', { name: /^Delete/ }).click();
      await page.locator('[data-confirm-delete]').click();
      await expect.poll(() => page.locator('[data-entry="cold"]').count()).toBe(0);
      await expect
        .poll(async () => (await apiGet<{ items: Item[] }>(context, '/api/v1/events?kind=cold')).items.length)
        .toBe(0);
    } finally {
      await close();
    }
  });
});
