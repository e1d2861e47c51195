/**
 * Booking a home visit (issue 5), in Debian's Chromium at 360×640 against the real server in demo mode:
 * a client signs up, is sent to check in first, checks in (self_care), finds a demo therapist by postcode,
 * loses a slot to someone faster (409: the slots refresh), books another with an intake, and sees it in My
 * bookings; the demo therapist logs in and sees it in the agenda with the intake; the client cancels and the
 * slot is offered again. axe on every booking screen, light and dark; a screenshot of each.
 */
import { type APIRequestContext, request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BASE_CHECKIN } from '../src/domain/triage/checkin.fixture.ts';
import { DEMO_PASSWORD } from '../src/server/booking/demo.ts';
import {
  answerCheckIn,
  apiGet,
  buildWeb,
  expectAccessible,
  openPage,
  type RunningServer,
  screenshot,
  signUp,
  startServer,
  uniqueEmail,
} from './support/index.ts';

/** Ada Brooks, London, serves SW1 (src/server/booking/demo.ts). */
const ADA = { id: '6d0c9a4e-7b1f-4c1e-9f3a-000000000001', email: 'demo.ada@unknot.test' };

let app: RunningServer;
beforeAll(async () => {
  buildWeb();
  // startApp() is shared and starts without demo data: this file runs its own server with UNKNOT_DEMO=1.
  app = await startServer({ UNKNOT_DEMO: '1' });
});
afterAll(async () => {
  await app?.stop();
});

type Slot = { start: string; end: string };

async function adaSlots(ctx: { get: APIRequestContext['get'] }, start: string): Promise<string[]> {
  const from = new Date(Date.parse(start) - 3_600_000).toISOString();
  const to = new Date(Date.parse(start) + 3_600_000).toISOString();
  const res = await ctx.get(`/api/v1/therapists/${ADA.id}/slots?from=${from}&to=${to}&minutes=60`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as Slot[]).map((s) => s.start);
}

/** Someone else who books a given slot first, straight through the API. */
async function rivalBooks(start: string): Promise<void> {
  const rival = await request.newContext({ baseURL: app.baseUrl });
  try {
    const signup = await rival.post('/api/v1/auth/signup', {
      data: {
        email: uniqueEmail('rival'),
        password: 'a long enough password',
        name: 'Rival',
        role: 'client',
      },
    });
    expect(signup.status()).toBe(201);
    const { log: _log, ...checkIn } = BASE_CHECKIN;
    const now = Date.now();
    const ci = await rival.post('/api/v1/checkins', {
      data: {
        ...checkIn,
        at: new Date(now).toISOString(),
        onsetAt: new Date(now - 86_400_000).toISOString(),
      },
    });
    expect(ci.status()).toBe(201);
    const booked = await rival.post('/api/v1/bookings', {
      data: { therapistId: ADA.id, start, minutes: 60, address: '2 Other Street', postcode: 'SW1A 2AA' },
    });
    expect(booked.status()).toBe(201);
  } finally {
    await rival.dispose();
  }
}

test('signed out, the booking screen explains and links to the account; a therapist signs up and sets hours', async () => {
  const { page, close } = await openPage(app.baseUrl, { colorScheme: 'dark' });
  try {
    await page.goto('/#/book');
    await page.locator('[data-signed-out]').waitFor();
    expect(await page.locator('[data-signed-out] a').getAttribute('href')).toBe('#/account');
    await expectAccessible(page, 'book: signed out (dark)');
    await screenshot(page, 'book-signed-out-dark');

    // A therapist signs up here and sets up a profile from scratch: postcodes, a length and Monday hours.
    const signup = page.locator('[data-therapist-signup]');
    await signup.locator('summary').click();
    await signup.locator('#ts-name').fill('Noor Therapist');
    await signup.locator('#ts-email').fill(uniqueEmail('therapist'));
    await signup.locator('#ts-password').fill('a long enough password');
    await expectAccessible(page, 'book: therapist sign-up (dark)');
    await signup.locator('button[type="submit"]').click();
    await page.locator('[data-section="profile"]').waitFor();
    await page.locator('#p-postcodes').fill('n1, N5');
    await page.locator('[data-add-range="1"]').click();
    await page.locator('[data-add-range="1"]').click();
    await page.locator('[data-save-profile]').click();
    await expect
      .poll(() => page.locator('[data-section="profile"] [role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Saved/);
    await screenshot(page, 'therapist-new-profile-dark');
    const found = await page.context().request.get('/api/v1/therapists?postcode=n1%209gu');
    const names = ((await found.json()) as { displayName: string }[]).map((t) => t.displayName);
    expect(names).toContain('Noor Therapist');
  } finally {
    await close();
  }
});

test('an emergency check-in shows the red-flag card instead of the booking form', async () => {
  const { page, context, close } = await openPage(app.baseUrl, { locale: 'en-US' });
  try {
    await signUp(context);
    expect(await answerCheckIn(page, { symptoms: ['saddle_numbness'] })).toBe('emergency');
    await page.goto('/#/book');
    await page.locator('[data-card="emergency"]').waitFor();
    expect(await page.locator('[data-step-book]').count()).toBe(0);
    await expectAccessible(page, 'book: emergency card');
  } finally {
    await close();
  }
});

test('an urgent check-in holds booking, even after a clinician is contacted', async () => {
  const { page, context, close } = await openPage(app.baseUrl);
  try {
    await signUp(context);
    expect(await answerCheckIn(page, { symptoms: ['fever'] })).toBe('urgent');
    await page.goto('/#/book');
    await page.locator('[data-card="urgent"]').waitFor();
    await page.locator('[data-sought-care]').click();
    await page.locator('[data-page="plan"]').waitFor();
    await page.goto('/#/book');
    await page.locator('[data-gate="urgent"]').waitFor();
    expect(await page.locator('[data-step-book]').count()).toBe(0);
    await expectAccessible(page, 'book: urgent, doctor first');
    await screenshot(page, 'book-urgent-doctor-first');
  } finally {
    await close();
  }
});

test('a client books, the therapist sees the intake, the client cancels and the slot is free again', async () => {
  const client = await openPage(app.baseUrl);
  const therapist = await openPage(app.baseUrl, { colorScheme: 'dark' });
  const { page, context } = client;
  try {
    // The client lives in New York and books a London therapist: both clocks must show.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/New_York' });
    await signUp(context, { name: 'Sam Client' });

    // No check-in yet: sent to check in first.
    await page.goto('/#/book');
    await page.locator('[data-gate="checkin"]').waitFor();
    await expectAccessible(page, 'book: check in first');
    await screenshot(page, 'book-checkin-first');

    expect(await answerCheckIn(page, { pain: 4 })).toBe('plan');
    await expect
      .poll(async () => (await apiGet<{ items: unknown[] }>(context, '/api/v1/checkins')).items.length)
      .toBe(1);

    // Find by postcode (case and spaces do not matter).
    await page.goto('/#/book');
    await page.locator('[data-step-book="find"]').waitFor();
    await page.locator('input[name="postcode"]').fill('sw1a 1aa');
    await page.locator('[data-search]').click();
    const card = page.locator(`[data-therapist="${ADA.id}"]`);
    await card.waitFor();
    await expectAccessible(page, 'book: find');
    await screenshot(page, 'book-find');

    // Length, day and slot.
    await card.locator('[data-choose]').click();
    await page.locator('[data-step-book="slot"]').waitFor();
    await page.locator('[data-minutes="60"]').check();
    const slots = page.locator('[data-slot]');
    await slots.first().waitFor();
    // Ada works in London: the slot shows her wall clock as well.
    expect(await slots.first().textContent()).toMatch(/in London/);
    await expectAccessible(page, 'book: day and slot');
    await screenshot(page, 'book-slot', true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'book: day and slot (dark)');
    await screenshot(page, 'book-slot-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const taken = (await slots.first().getAttribute('data-slot')) ?? '';
    await slots.first().click();
    await page.locator('[data-step-book="slot"] [data-continue]').click();

    // Intake.
    await page.locator('[data-step-book="details"]').waitFor();
    await page.locator('input[name="pressure"][value="light"]').check();
    await page.locator('input[name="spasmBefore"][value="yes"]').check();
    await page.locator('#in-avoidAreas').fill('left hip');
    await page.locator('[data-consent]').check();
    await page.locator('#in-history').fill('Disc surgery in 2019');
    await page.locator('#in-address').fill('1 Test Street, London');
    await page.locator('#in-parking').fill('Permit bay outside');
    await page.locator('input[name="table"][value="yes"]').check();
    await expectAccessible(page, 'book: intake');
    await screenshot(page, 'book-intake', true);
    await page.locator('[data-step-book="details"] [data-continue]').click();

    // Someone else takes the slot before the client confirms: 409, back to fresh slots with a note.
    await page.locator('[data-step-book="review"]').waitFor();
    await expectAccessible(page, 'book: review');
    await screenshot(page, 'book-review');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'book: review (dark)');
    await page.emulateMedia({ colorScheme: 'light' });
    await rivalBooks(taken);
    await page.locator('[data-confirm]').click();
    await page.locator('[data-slot-note]').waitFor();
    expect(await page.locator('[data-slot-note]').textContent()).toMatch(/just taken/);
    await slots.first().waitFor();
    expect(await page.locator(`[data-slot="${taken}"]`).count()).toBe(0);
    await screenshot(page, 'book-slot-taken');

    // Another time, same details, confirmed.
    const start = (await slots.first().getAttribute('data-slot')) ?? '';
    await slots.first().click();
    await page.locator('[data-step-book="slot"] [data-continue]').click();
    await page.locator('[data-step-book="details"] [data-continue]').click();
    await page.locator('[data-confirm]').click();
    await page.locator('[data-step-book="done"]').waitFor();
    const ics = await page.locator('[data-ics]').getAttribute('href');
    expect(ics).toMatch(/^\/api\/v1\/bookings\/[0-9a-f-]{36}\.ics$/);
    const icsRes = await context.request.get(ics ?? '');
    expect(await icsRes.text()).toContain('BEGIN:VEVENT');
    await expectAccessible(page, 'book: confirmed');
    await screenshot(page, 'book-done');
    expect(await adaSlots(context.request, start)).not.toContain(start);

    // My bookings.
    await page.locator('[data-my-bookings]').click();
    const mine = page.locator('[data-section="my-bookings"] [data-status="confirmed"]');
    await mine.waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('[data-cancel-terms]').getAttribute('data-cancel-terms')).toMatch(/free|late/);
    await expectAccessible(page, 'book: my bookings');
    await screenshot(page, 'book-my-bookings');

    // The therapist logs in and sees the visit with the intake.
    const tp = therapist.page;
    const login = await therapist.context.request.post('/api/v1/auth/login', {
      data: { email: ADA.email, password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    await tp.goto('/#/book');
    const visit = tp.locator('[data-section="agenda"] [data-status="confirmed"]', { hasText: 'Sam Client' });
    await visit.waitFor().catch(async (e: unknown) => {
      throw new Error(`agenda: ${await tp.locator('main').textContent()}\n${String(e)}`);
    });
    const intake = (await visit.locator('[data-intake]').textContent()) ?? '';
    expect(intake).toContain('left hip');
    expect(intake).toContain('Disc surgery in 2019');
    expect(intake).toContain('Permit bay outside');
    await expectAccessible(tp, 'therapist: agenda (dark)');
    await screenshot(tp, 'therapist-agenda-dark');
    // The private calendar feed: a link that serves the therapist's visits.
    await tp.locator('[data-feed-make]').click();
    const feedUrl = (await tp.locator('[data-feed-url]').inputValue()) ?? '';
    expect(feedUrl).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await request.newContext();
    try {
      expect(await (await feed.get(feedUrl)).text()).toContain('BEGIN:VCALENDAR');
    } finally {
      await feed.dispose();
    }
    await tp.locator('[data-view="profile"]').click();
    await tp.locator('[data-weekly]').waitFor();
    await expectAccessible(tp, 'therapist: profile (dark)');
    await screenshot(tp, 'therapist-profile-dark', true);
    await tp.locator('[data-save-profile]').click();
    await expect
      .poll(() => tp.locator('[data-section="profile"]').textContent(), { timeout: 20_000 })
      .toMatch(/Saved\./);
    await tp.locator('[data-view="inbox"]').click();
    await tp.locator('[data-message]').first().waitFor();
    await expectAccessible(tp, 'therapist: messages (dark)');
    await screenshot(tp, 'therapist-inbox-dark');

    // The client cancels with a reason; the slot is offered again at once.
    await page.locator('[data-cancel-open]').click();
    await page.locator('.bk-cancel textarea').fill('My back is better');
    await expectAccessible(page, 'book: cancel');
    await screenshot(page, 'book-cancel');
    await page.locator('[data-cancel-confirm]').click();
    await page.locator('[data-section="my-bookings"] [data-status="cancelled"]').waitFor();
    expect(await adaSlots(context.request, start)).toContain(start);
    await screenshot(page, 'book-cancelled');
  } finally {
    await client.close();
    await therapist.close();
  }
}, 600_000);
