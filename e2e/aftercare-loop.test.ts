/**
 * The aftercare loop in demo mode, in two browsers against the real server with the test clock
 * (UNKNOT_TEST_CLOCK=1): the demo client books a demo therapist; the server's clock moves to the visit's start
 * (no sleeping); the therapist completes it with a note; the clock moves past the 24 h follow-up; the client
 * sees aftercare and answers the follow-up with a red flag, which shows the emergency card with a call button;
 * the therapist sees that the follow-up was done but not the answers; the client shares them; the therapist
 * sees them. Each browser's clock follows the server's, so "now" on the phone agrees with the server.
 */
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEMO_CLIENT_EMAIL, DEMO_PASSWORD } from '../src/server/booking/demo.ts';
import {
  answerCheckIn,
  apiGet,
  demoServerForFile,
  expectAccessible,
  openPage,
  screenshot,
} from './support/index.ts';

/** Ada Brooks, London, serves SW1 (src/server/booking/demo.ts). */
const ADA = { id: '6d0c9a4e-7b1f-4c1e-9f3a-000000000001', email: 'demo.ada@unknot.test', name: 'Ada Brooks' };
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const demo = demoServerForFile({ UNKNOT_TEST_CLOCK: '1' });

/** The server's now, from the test clock. */
async function serverNow(request: APIRequestContext): Promise<Date> {
  const res = await request.get('/api/v1/test/clock');
  expect(res.status(), 'the test clock route exists with UNKNOT_TEST_CLOCK=1').toBe(200);
  return new Date(((await res.json()) as { now: string }).now);
}

/** Move the server's clock forward to `at` and answer its new now. */
async function moveServerTo(request: APIRequestContext, at: Date): Promise<Date> {
  const res = await request.post('/api/v1/test/clock', { data: { at: at.toISOString() } });
  expect(res.status(), await res.text()).toBe(200);
  return new Date(((await res.json()) as { now: string }).now);
}

/** The browser's clock to the server's now (call before a navigation or reload). */
async function followServer(page: Page): Promise<void> {
  await page.clock.setSystemTime(await serverNow(page.context().request));
}

async function logIn(page: Page, email: string): Promise<void> {
  const res = await page.context().request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(res.status(), `log-in of ${email}`).toBe(200);
}

/** A 0-10 answer on a scale named `label`: a group of buttons ("3 out of 10"), radios, or a field to type in. */
async function answerScale(scope: Locator, label: string, value: number): Promise<void> {
  const group = scope.getByRole('group', { name: label, exact: true });
  if ((await group.count()) > 0) {
    const button = group.getByRole('button', { name: `${value} out of 10`, exact: true });
    if ((await button.count()) > 0) {
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    } else await group.getByRole('radio', { name: String(value), exact: true }).check();
    return;
  }
  await scope.getByLabel(label, { exact: true }).fill(String(value));
}

type Booking = { id: string; start: string; end: string; status: string };

test('book, the visit starts, the therapist completes it, the follow-up raises a red flag, sharing shows it', async () => {
  // The client lives in London, like the therapist: the emergency number follows the phone's time zone.
  const client = await openPage(demo().baseUrl, { timezoneId: 'Europe/London' });
  const therapist = await openPage(demo().baseUrl, { colorScheme: 'dark' });
  const cp = client.page;
  const tp = therapist.page;
  try {
    // Both phones start on the server's time; the fake clock then runs on from there.
    const start = await serverNow(client.context.request);
    await cp.clock.install({ time: start });
    await tp.clock.install({ time: start });

    // The demo client signs in and checks in (calm) when booking asks for it first.
    await logIn(cp, DEMO_CLIENT_EMAIL);
    await cp.goto('/#/book');
    await cp.locator('[data-gate], [data-step-book="find"]').first().waitFor();
    if ((await cp.locator('[data-gate="checkin"]').count()) > 0) {
      expect(await answerCheckIn(cp, { pain: 3 })).toBe('plan');
      await expect
        .poll(
          async () => (await apiGet<{ items: unknown[] }>(client.context, '/api/v1/checkins')).items.length,
        )
        .toBeGreaterThan(0);
      await cp.goto('/#/book');
    }

    // Ada's first free slot, whenever it is: the clock is moved to it rather than waited for.
    await cp.locator('[data-step-book="find"]').waitFor();
    await cp.locator('[data-country]').selectOption('GB');
    await cp.locator('input[name="postcode"]').fill('SW1A 1AA');
    await cp.locator('[data-search]').click();
    await cp.locator(`[data-therapist="${ADA.id}"] [data-choose]`).click();
    await cp.locator('[data-step-book="slot"]').waitFor();
    await cp.locator('[data-minutes="60"]').check();
    const slot = cp.locator('[data-slot]').first();
    await slot.waitFor();
    const slotStart = (await slot.getAttribute('data-slot')) ?? '';
    await slot.click();
    await cp.locator('[data-step-book="slot"] [data-continue]').click();
    await cp.locator('[data-step-book="details"]').waitFor();
    await cp.locator('#in-address').fill('1 Test Street, London');
    await cp.locator('#in-postcode').fill('SW1A 1AA');
    await cp.locator('[data-step-book="details"] [data-continue]').click();
    await cp.locator('[data-step-book="review"]').waitFor();
    await cp.locator('[data-confirm]').click();
    await cp.locator('[data-step-book="done"]').waitFor();
    const mine = await apiGet<Booking[]>(client.context, '/api/v1/bookings');
    const visit = mine.find((b) => Date.parse(b.start) === Date.parse(slotStart) && b.status === 'confirmed');
    expect(visit, `the booking at ${slotStart}`).toBeDefined();
    const id = visit?.id ?? '';
    const visitStart = new Date(visit?.start ?? '');
    const visitEnd = new Date(visit?.end ?? '');

    // The visit starts: the server's clock (and the phones') moves to five minutes after its start.
    await moveServerTo(client.context.request, new Date(visitStart.getTime() + 5 * MINUTE_MS));

    // The therapist completes it from "Past visits" with a note.
    await logIn(tp, ADA.email);
    await followServer(tp);
    await tp.goto('/#/book');
    // A visit under way is listed under "Upcoming visits" too; it is completed from "Past visits".
    const past = tp.locator('[data-section="past"]');
    await past.getByRole('heading', { name: 'Past visits' }).waitFor();
    const card = past.locator(`[data-booking="${id}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: 'Complete visit' }).click();
    await card.getByRole('group', { name: 'Areas worked' }).getByLabel('Lower back').check();
    await card.getByRole('group', { name: 'Pressure' }).getByLabel('Medium').check();
    await card.getByLabel('Observations').fill('Tight on the left, eased after ten minutes.');
    await card.getByLabel('Advice given').fill('Short walks every hour.');
    await card.getByRole('button', { name: 'Save visit note' }).scrollIntoViewIfNeeded();
    await expectAccessible(tp, 'therapist: visit note (dark)');
    await screenshot(tp, 'aftercare-visit-note-dark');
    await card.getByRole('button', { name: 'Save visit note' }).click();
    await card.getByText('Visit completed').waitFor();
    const completed = await apiGet<Booking>(client.context, `/api/v1/bookings/${id}`);
    expect(completed.status).toBe('completed');

    // Not yet a day later: nothing is due on the client's list.
    await followServer(cp);
    await cp.goto('/#/book');
    await cp.getByRole('button', { name: 'My visits', exact: true }).click();
    await cp.locator(`[data-booking="${id}"]`).first().waitFor();
    expect(await cp.locator(`[data-booking="${id}"]`).getByText('Follow-up due').count()).toBe(0);

    // A day passes: the 24 h follow-up falls due.
    await moveServerTo(client.context.request, new Date(visitEnd.getTime() + 24 * HOUR_MS + 5 * MINUTE_MS));

    // The client sees it on "My visits" and answers it from aftercare.
    await followServer(cp);
    await cp.reload();
    await cp.getByRole('button', { name: 'My visits', exact: true }).click();
    const mineCard = cp.locator(`[data-booking="${id}"]`);
    await mineCard.waitFor();
    await mineCard.getByText('Follow-up due').waitFor();
    await mineCard.getByRole('link', { name: 'Aftercare and follow-ups' }).click();
    await cp
      .getByRole('heading', { name: /After your massage/ })
      .first()
      .waitFor();
    await expectAccessible(cp, 'client: aftercare');
    await screenshot(cp, 'aftercare-client');
    const form = cp.getByRole('form', { name: '24-hour follow-up' });
    await form.waitFor();
    await answerScale(form, 'Pain now', 3);
    await answerScale(form, 'Soreness', 2);
    await form
      .getByRole('group', { name: /Anything new\?/ })
      .getByRole('checkbox', { name: /around your bottom, genitals or inner thighs/ })
      .check();
    await expectAccessible(cp, 'client: 24-hour follow-up');
    await form.getByRole('button', { name: 'Send follow-up' }).click();
    // The red flag gets the same card and call button as a check-in.
    const emergency = cp.locator('[data-card="emergency"]');
    await emergency.waitFor();
    expect(await emergency.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:999');
    await expectAccessible(cp, 'client: follow-up emergency card');
    await screenshot(cp, 'aftercare-followup-emergency');

    // The therapist sees that it was done, not what was answered.
    await followServer(tp);
    await tp.reload();
    const done = past.locator(`[data-booking="${id}"]`);
    await done.getByText('Follow-ups: 1 of 2 done').waitFor();
    await done.getByText('The client has not shared the answers.').waitFor();
    expect(await done.getByText(/After 24 h: pain/).count()).toBe(0);
    expect(await tp.locator('main').textContent()).not.toMatch(/numbness|tingling/i);

    // The client shares; the therapist sees the answers. The emergency card fills the screen: a fresh load of
    // aftercare shows the answered follow-up and the consent.
    await followServer(cp);
    await cp.reload();
    await cp.locator('[data-follow-up-item="24"][data-state="done"]').waitFor();
    await cp.getByRole('checkbox', { name: /^Share my follow-up answers with/ }).check();
    await expect
      .poll(
        async () =>
          (await apiGet<{ shareFollowUps: boolean }>(client.context, `/api/v1/bookings/${id}`))
            .shareFollowUps,
      )
      .toBe(true);
    await followServer(tp);
    await tp.reload();
    const answers = past.locator(`[data-booking="${id}"]`).getByText(/After 24 h: pain 3, soreness 2/);
    await answers.waitFor();
    await expectAccessible(tp, 'therapist: past visit with shared follow-ups (dark)');
    await answers.scrollIntoViewIfNeeded();
    await screenshot(tp, 'aftercare-therapist-shared-dark');
  } finally {
    await client.close();
    await therapist.close();
  }
}, 600_000);
