/**
 * A shared phone, which must never leak one person's diary to the next: account A logs a pain score and an
 * ibuprofen dose, and one more score while offline; logging out first offers to finish the upload, then the phone
 * holds none of it any more. A guest then checks in, and account B signs up on the same browser: B is offered the
 * guest's check-in (and gets it on the account when accepting), while A's diary and A's dose never show and never
 * count toward B's limits.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  answerCheckIn,
  apiGet,
  type E2EApp,
  expectAccessible,
  openPage,
  screenshot,
  signUp,
  startApp,
  uniqueEmail,
} from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const stored = (page: Page, key: string): Promise<unknown> =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(`unknot.${k}`) ?? 'null'), key);

test("account B, signing up after A logged out on the same browser, sees none of A's data", async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    // Account A: a pain score from the diary and a 400 mg dose.
    const alex = await signUp(context, { name: 'Alex A' });
    await page.goto('/#/diary');
    await page.locator('[data-score="7"]').check();
    await page.locator('[data-log-pain]').click();
    await page.goto('/#/session/ibuprofen');
    await page.locator('[data-mg="400"]').first().check();
    await page.locator('[data-food]').check();
    await page.getByRole('button', { name: 'Log this dose' }).click();
    await expect.poll(async () => ((await stored(page, 'outbox')) as unknown[] | null)?.length ?? 0).toBe(0);
    expect((await apiGet<{ items: unknown[] }>(context, '/api/v1/events')).items).toHaveLength(2);

    // Offline, A logs one more score and logs out: the page says it has not reached the account and keeps
    // it; back online, "Try sending again" uploads it, then logs out and clears the phone.
    // The account page is its own chunk: going offline before the service worker has precached it (slow under
    // load) leaves "This page could not load" instead of the account page, so wait until it controls the page.
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active !== null && navigator.serviceWorker.controller !== null;
    });
    await context.setOffline(true);
    await page.goto('/#/diary');
    await page.locator('[data-score="5"]').check();
    await page.locator('[data-log-pain]').click();
    await page.goto('/#/account');
    await page.locator('[data-log-out]').click();
    const unsent = page.locator('[data-log-out-unsent]');
    await unsent.waitFor();
    expect(await unsent.textContent()).toContain('1 entry has not reached your account');
    await expectAccessible(page, 'account: log out with entries unsent');
    await context.setOffline(false);
    await unsent.getByRole('button', { name: 'Try sending again' }).click();
    await page.locator('form[data-form="signup"]').waitFor();
    // Signed out on the server too; A's account holds all three entries (read with a session of its own).
    expect((await context.request.get('/api/v1/events')).status()).toBe(401);
    const login = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: alex.email, password: alex.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const aEvents = await fetch(`${app.baseUrl}/api/v1/events`, { headers: { cookie } });
    expect(((await aEvents.json()) as { items: unknown[] }).items).toHaveLength(3);
    expect(await stored(page, 'events')).toEqual([]);
    expect(await stored(page, 'today')).toBeNull();
    await page.goto('/#/diary');
    await page.locator('[data-page="diary"]').waitFor();
    expect(await page.locator('[data-entry]').count()).toBe(0);
    expect(await page.locator('[data-chart-summary]').textContent()).toContain('No pain scores');

    // A guest checks in before signing up (the README promises this check-in reaches the account).
    expect(await answerCheckIn(page, { pain: 3 })).toBe('plan');

    // Account B signs up through the page on the same browser.
    await page.goto('/#/account');
    const form = page.locator('form[data-form="signup"]');
    await form.locator('input[name="name"]').fill('Blair B');
    await form.locator('input[name="email"]').fill(uniqueEmail('blair'));
    await form.locator('input[name="password"]').fill('another long enough password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.locator('text=Signed in as').waitFor();
    const offer = page.locator('[data-guest-offer]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('a check-in');
    await expectAccessible(page, 'account: guest entries offered');
    await screenshot(page, 'account-guest-offer');
    await page.locator('[data-guest-import]').click();
    await expect
      .poll(async () => (await apiGet<{ items: unknown[] }>(context, '/api/v1/checkins')).items.length)
      .toBe(1);

    // None of A's data: not on B's account, not in the diary, not in B's ibuprofen limits.
    expect((await apiGet<{ items: unknown[] }>(context, '/api/v1/events')).items).toEqual([]);
    await page.goto('/#/diary');
    await page.locator('[data-entry="checkin"]').waitFor();
    expect(await page.locator('[data-entry="pain"], [data-entry="ibuprofen"]').count()).toBe(0);
    expect(await page.locator('[data-chart-summary]').textContent()).not.toContain('Average 7');
    await page.goto('/#/session/ibuprofen');
    await expect
      .poll(() => page.locator('.session .hint').last().textContent())
      .toContain('Last 24 hours: 0 mg');
  } finally {
    await close();
  }
});
