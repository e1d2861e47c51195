/**
 * The client's side of aftercare, in Debian's Chromium at 360×640 against the real server in demo mode. The
 * demo client has, per demo therapist, a visit completed the day before (with a note and an open 24 h
 * follow-up) and one that started an hour ago. The client logs in, sees "Follow-up due" on the card, opens
 * aftercare, answers with "None of these", shares the answers, rates the visit and taps "Book … again",
 * landing on the slot picker for that therapist with nothing offered before massage is advised again. A second
 * visit's follow-up answered with a red flag shows the check-in's emergency card and its call button.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { BASE_CHECKIN } from '../src/domain/triage/checkin.fixture.ts';
import { DEMO_CLIENT_EMAIL, DEMO_PASSWORD } from '../src/server/booking/demo.ts';
import { apiGet, demoServerForFile, expectAccessible, openPage, screenshot } from './support/index.ts';

const demo = demoServerForFile();

type Visit = {
  id: string;
  therapistId: string;
  therapistName: string;
  start: string;
  status: string;
  shareFollowUps?: boolean;
  review?: { stars: number } | null;
  followUps?: { hours: number; status: string; answers?: { symptoms: string[] } }[];
};

/** Logs in through the account screen, as a person would. */
async function logIn(page: Page): Promise<void> {
  await page.goto('/#/account');
  await page.locator('button[aria-pressed]', { hasText: 'Log in' }).click();
  await page.getByLabel('E-mail').fill(DEMO_CLIENT_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('button', { name: 'Log out' }).first().waitFor();
}

/** Opens My visits and returns the first card that says "Follow-up due". */
async function cardWithFollowUpDue(page: Page) {
  await page.goto('/#/book');
  await page.locator('[data-view="mine"]').click();
  const card = page.locator('li[data-booking]', { has: page.locator('[data-follow-up-due]') }).first();
  await card.waitFor();
  return card;
}

/**
 * A self-care check-in now, through the API, that names yesterday's massage (as the check-in's massage
 * question would): booking needs a check-in from the last 24 hours, and the booking gate reads the last
 * massage from it.
 */
async function checkInNow(context: BrowserContext, massageAt: string): Promise<void> {
  const { log: _log, ...checkIn } = BASE_CHECKIN;
  const now = Date.now();
  const res = await context.request.post('/api/v1/checkins', {
    data: {
      ...checkIn,
      at: new Date(now).toISOString(),
      onsetAt: new Date(now - 86_400_000).toISOString(),
      massageAt,
    },
  });
  expect(res.status()).toBe(201);
}

test('follow-up due on the card; aftercare, answer, share, rate and book the same therapist again', async () => {
  const { page, context, close } = await openPage(demo().baseUrl);
  try {
    await logIn(page);
    const card = await cardWithFollowUpDue(page);
    await expect.poll(() => card.locator('[data-follow-up-due]').textContent()).toContain('Follow-up due');
    // A visit that has started but is not completed says so.
    expect(await page.locator('li[data-booking] .badge', { hasText: 'In progress' }).count()).toBeGreaterThan(
      0,
    );
    const id = (await card.getAttribute('data-booking')) ?? '';
    const visit = await apiGet<Visit>(context, `/api/v1/bookings/${id}`);
    expect(visit.status).toBe('completed');
    await expectAccessible(page, 'my visits with a follow-up due');
    await screenshot(page, 'aftercare-visit-card');

    await card.getByRole('link', { name: 'Aftercare and follow-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'After your massage' }).waitFor();
    const form = page.locator('form[data-follow-up]');
    await form.getByRole('heading', { name: '24-hour follow-up' }).waitFor();
    // The note in the same words as the therapist's screens: area and pressure labels, not the stored ids.
    const note = page.locator('[data-visit-note]');
    expect(await note.locator('dt:text-is("Areas worked on") + dd').textContent()).toBe('Lower back, Hips');
    expect(await note.locator('dt:text-is("Pressure") + dd').textContent()).toBe('Light');
    expect(await page.locator('[data-normal]').textContent()).toContain('1 in 10');
    expect(await page.locator('a[data-plan-link]').getAttribute('href')).toBe('#/plan');
    // The 48 h follow-up is not open yet.
    expect(await page.locator('[data-follow-up-item="48"]').textContent()).toContain('Opens ');
    await expectAccessible(page, 'aftercare page with the follow-up form');
    await screenshot(page, 'aftercare-page');

    // Sending without answers says what is missing, and sends nothing.
    await form.getByRole('button', { name: 'Send follow-up' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: '3 out of 10' }).click();
    await form.getByRole('group', { name: 'Soreness' }).getByRole('button', { name: '2 out of 10' }).click();
    await form.getByLabel('None of these').check();
    await expectAccessible(page, 'follow-up form, filled in');
    await form.getByRole('button', { name: 'Send follow-up' }).click();
    await page.locator('[data-follow-up-result="self_care"]').waitFor();
    await page.locator('[data-follow-up-item="24"][data-state="done"]').waitFor();
    expect(await page.locator('[data-follow-up-item="24"]').textContent()).toContain(
      'Pain 3 of 10, soreness 2 of 10',
    );
    const answered = await apiGet<Visit>(context, `/api/v1/bookings/${id}`);
    expect(answered.followUps?.find((f) => f.hours === 24)?.status).toBe('done');

    // Consent: off by default, saved on change.
    const share = page.getByLabel(`Share my follow-up answers with ${visit.therapistName}`);
    expect(await share.isChecked()).toBe(false);
    await share.check();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Saved');
    expect((await apiGet<Visit>(context, `/api/v1/bookings/${id}`)).shareFollowUps).toBe(true);

    // Rate once.
    const review = page.locator('[data-review]');
    await review.getByRole('heading', { name: 'Rate this visit' }).waitFor();
    await expectAccessible(page, 'review form');
    await review.getByLabel('4 stars').check();
    await review.getByLabel('Anything to add? (optional)').fill('Gentle and careful.');
    await review.getByRole('button', { name: 'Send rating' }).click();
    await review.getByText('You rated this visit 4 of 5').waitFor();
    expect(await review.getByRole('button', { name: 'Send rating' }).count()).toBe(0);
    expect((await apiGet<Visit>(context, `/api/v1/bookings/${id}`)).review?.stars).toBe(4);
    await screenshot(page, 'aftercare-rated');

    // Book again: the slot picker opens on that therapist, with nothing before massage is advised again.
    await checkInNow(context, visit.start);
    await page.getByRole('button', { name: `Book ${visit.therapistName} again` }).click();
    const slotStep = page.locator('[data-step-book="slot"]');
    await slotStep
      .getByRole('heading', { name: `When would you like ${visit.therapistName} to come?` })
      .waitFor();
    await slotStep.locator('[data-rebook-suggested]').waitFor();
    const elig = await apiGet<{ ok: boolean; code?: string; availableAt?: string }>(
      context,
      '/api/v1/bookings/eligibility',
    );
    expect(elig.code).toBe('massage_not_yet');
    const floor = Date.parse(elig.availableAt ?? '');
    await expect.poll(() => slotStep.locator('[data-day]').count()).toBe(7);
    const starts = await slotStep
      .locator('[data-slot]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-slot') ?? ''));
    for (const s of starts) expect(Date.parse(s)).toBeGreaterThanOrEqual(floor);
    // Earlier weeks, before the advised moment, offer no day at all.
    while (await slotStep.getByRole('button', { name: 'Earlier week' }).isEnabled()) {
      await slotStep.getByRole('button', { name: 'Earlier week' }).click();
    }
    await expect.poll(() => slotStep.locator('[data-day]').count()).toBe(7);
    const days = await slotStep
      .locator('[data-slot]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-slot') ?? ''));
    for (const s of days) expect(Date.parse(s)).toBeGreaterThanOrEqual(floor);
    await screenshot(page, 'aftercare-rebook-slots');
  } finally {
    await close();
  }
});

test('a red flag in a follow-up shows the emergency card with its call button (dark)', async () => {
  const { page, close } = await openPage(demo().baseUrl, { colorScheme: 'dark' });
  try {
    await logIn(page);
    const card = await cardWithFollowUpDue(page);
    await card.getByRole('link', { name: 'Aftercare and follow-ups' }).click();
    const form = page.locator('form[data-follow-up]');
    await form.getByRole('heading', { name: '24-hour follow-up' }).waitFor();
    await form.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: '5 out of 10' }).click();
    await form.getByRole('group', { name: 'Soreness' }).getByRole('button', { name: '3 out of 10' }).click();
    await form.locator('input[data-symptom="saddle_numbness"]').check();
    // Ticking a sign clears "None of these"; the form stays accessible in dark mode.
    expect(await form.getByLabel('None of these').isChecked()).toBe(false);
    await expectAccessible(page, 'follow-up form with a red flag ticked (dark)');
    await form.getByRole('button', { name: 'Send follow-up' }).click();
    const emergency = page.locator('[data-card="emergency"]');
    await emergency.waitFor();
    expect(await emergency.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Call /);
    expect(await emergency.locator('a[data-call]').getAttribute('href')).toMatch(/^tel:\d+/);
    expect(await emergency.locator('[data-flag="RF-SADDLE"]').count()).toBe(1);
    await expectAccessible(page, 'follow-up: emergency card');
    await screenshot(page, 'aftercare-emergency');
  } finally {
    await close();
  }
});
