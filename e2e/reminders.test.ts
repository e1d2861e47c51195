/**
 * Reminders in the browser: the service worker shows a pushed reminder with its action and the
 * screen it opens. The push is delivered through the DevTools protocol (a headless Chromium has no push service
 * to subscribe to); the encryption and VAPID are tested end to end against a push service on loopback in
 * src/server/reminders/reminders.e2e.test.ts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type E2EApp, openPage, signUp, startApp } from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

test('a pushed reminder becomes a notification with its action and screen', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await signUp(context);
    await page.goto('/#/checkin');
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active !== null && navigator.serviceWorker.controller !== null;
    });
    // The VAPID key the page would subscribe with is served.
    const key = await page.evaluate(
      async () => (await (await fetch('/api/v1/push/key')).json()) as { publicKey: string },
    );
    expect(key.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);

    const cdp = await context.newCDPSession(page);
    const registration = new Promise<string>((resolve) => {
      cdp.on(
        'ServiceWorker.workerRegistrationUpdated',
        (e: { registrations: { registrationId: string; isDeleted: boolean }[] }) => {
          const live = e.registrations.find((r) => !r.isDeleted);
          if (live) resolve(live.registrationId);
        },
      );
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(app.baseUrl).origin,
      registrationId: await registration,
      data: JSON.stringify({
        kind: 'nextDose',
        title: 'Ibuprofen allowed again',
        body: 'You may take 200 or 400 mg now, with food, if you still need it.',
        url: '/#/plan',
        action: 'Log dose',
        reminderId: '1',
        dueAt: new Date().toISOString(),
      }),
    });
    const shown = async () =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return (await reg.getNotifications()).map((n) => ({
          title: n.title,
          tag: n.tag,
          url: (n.data as { url?: string } | null)?.url ?? null,
          actions: ((n as Notification & { actions?: { title: string }[] }).actions ?? []).map(
            (a) => a.title,
          ),
        }));
      });
    await expect
      .poll(shown, { timeout: 15_000 })
      .toEqual([
        { title: 'Ibuprofen allowed again', tag: 'unknot-nextDose', url: '/#/plan', actions: ['Log dose'] },
      ]);
  } finally {
    await close();
  }
});
