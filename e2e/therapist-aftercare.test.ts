/**
 * The therapist's side of aftercare in Chromium against the real server in demo mode (each demo therapist has
 * a visit that started an hour before the server did and one completed the day before with a due follow-up):
 * complete the started visit through the note form, see "Visit completed" and reopen the note to correct it,
 * see the earlier visit's follow-ups without the answers, then with them once the client shares, and open the
 * client's history. axe on every screen.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEMO_CLIENT_EMAIL, DEMO_PASSWORD } from '../src/server/booking/demo.ts';
import { demoServerForFile, expectAccessible, openPage, screenshot } from './support/index.ts';

const demo = demoServerForFile();

const SLOW = 300_000;

async function showAgenda(page: Page): Promise<void> {
  await page.goto('/#/book');
  // Already there: load the agenda afresh, as a therapist coming back to it later would.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Past visits' }).waitFor();
  await page.locator('[data-section="past"] [data-booking]').first().waitFor();
}

test('a demo therapist completes a visit, follows the client up and opens their history', {
  timeout: SLOW,
}, async () => {
  const therapist = await openPage(demo().baseUrl);
  const client = await openPage(demo().baseUrl);
  try {
    const { page, context } = therapist;
    const login = await context.request.post('/api/v1/auth/login', {
      data: { email: 'demo.marcus@unknot.test', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    await showAgenda(page);
    await expectAccessible(page, 'therapist: agenda with past visits');
    await screenshot(page, 'therapist-past-visits');

    // The visit in progress comes first, ready to complete.
    const past = page.locator('[data-section="past"]');
    const open = past.locator('[data-status="confirmed"]').first();
    const id = await open.getAttribute('data-booking');
    const card = past.locator(`[data-booking="${id}"]`);
    await card.getByRole('button', { name: 'Complete visit' }).click();
    await expectAccessible(page, 'therapist: completion form');
    await screenshot(page, 'therapist-completion-form');
    // Saving without an area says what is missing; nothing is sent.
    await card.getByRole('radio', { name: 'Medium' }).check();
    await card.getByRole('button', { name: 'Save visit note' }).click();
    expect(await card.getByRole('alert').textContent()).toContain('at least one area');
    const areas = card.getByRole('group', { name: 'Areas worked' });
    await areas.getByRole('checkbox', { name: 'Lower back' }).check();
    await areas.getByRole('checkbox', { name: 'Hips' }).check();
    await card
      .getByRole('group', { name: 'Techniques' })
      .getByRole('checkbox', { name: 'Trigger point' })
      .check();
    await card.getByLabel('Observations').fill('Tight left QL, eased with trigger point work.');
    await card.getByLabel('Advice given').fill('Walk twenty minutes a day.');
    await card.getByRole('button', { name: 'Save visit note' }).click();
    await card.getByText('Visit completed').waitFor();
    expect(await card.getAttribute('data-status')).toBe('completed');
    expect(await past.getByRole('status').textContent()).toContain('Visit note saved');

    // Within 24 h the note reopens with what was saved.
    await card.getByRole('button', { name: 'Correct note' }).click();
    expect(await card.getByLabel('Observations').inputValue()).toBe(
      'Tight left QL, eased with trigger point work.',
    );
    expect(await card.getByRole('checkbox', { name: 'Hips' }).isChecked()).toBe(true);
    expect(await card.getByRole('radio', { name: 'Medium' }).isChecked()).toBe(true);
    await card.getByRole('radio', { name: 'Firm' }).check();
    await card.getByRole('button', { name: 'Save visit note' }).click();
    await card.getByRole('button', { name: 'Correct note' }).waitFor();
    await expectAccessible(page, 'therapist: visit completed');

    // The visit of the day before: its follow-ups, without the answers until the client shares them.
    const earlier = past
      .locator(`[data-status="completed"]:not([data-booking="${id}"])`, {
        hasText: 'Follow-ups: 0 of 2 done',
      })
      .first();
    await earlier.waitFor();
    expect(await earlier.textContent()).toContain('The client has not shared the answers.');
    const earlierId = (await earlier.getAttribute('data-booking')) ?? '';

    // The demo client answers the 24 h follow-up and shares the answers.
    const c = client.context.request;
    expect(
      (
        await c.post('/api/v1/auth/login', { data: { email: DEMO_CLIENT_EMAIL, password: DEMO_PASSWORD } })
      ).status(),
    ).toBe(200);
    const detail = await (await c.get(`/api/v1/bookings/${earlierId}`)).json();
    const due = (detail.followUps as { id: string; status: string }[]).find((f) => f.status === 'due');
    expect(due).toBeDefined();
    expect(
      (
        await c.post(`/api/v1/followups/${due?.id}`, { data: { painScore: 3, soreness: 2, symptoms: [] } })
      ).status(),
    ).toBe(201);
    expect(
      (await c.patch(`/api/v1/bookings/${earlierId}`, { data: { shareFollowUps: true } })).status(),
    ).toBe(200);

    await showAgenda(page);
    const shared = past.locator(`[data-booking="${earlierId}"]`);
    await shared.getByText('Follow-ups: 1 of 2 done').waitFor();
    expect(await shared.textContent()).toContain('After 24 h: pain 3, soreness 2');
    expect(await shared.textContent()).not.toContain('has not shared');
    await expectAccessible(page, 'therapist: shared follow-up answers');
    await screenshot(page, 'therapist-follow-ups-shared');

    // The client's history with this therapist.
    await shared.getByRole('link', { name: /Client history/ }).click();
    await page.getByRole('heading', { level: 1, name: /Client history: Demo Client/ }).waitFor();
    const history = (await page.locator('main').textContent()) ?? '';
    expect(history).toContain('Tight left QL');
    expect(history).toContain('Lower back, Hips');
    expect(history).toContain('After 24 h: pain 3, soreness 2');
    await expectAccessible(page, 'therapist: client history');
    await screenshot(page, 'therapist-client-history');
  } finally {
    await therapist.close();
    await client.close();
  }
});

test('the therapist screens pass axe in dark mode too', { timeout: SLOW }, async () => {
  const opened = await openPage(demo().baseUrl, { colorScheme: 'dark' });
  try {
    const { page, context } = opened;
    const login = await context.request.post('/api/v1/auth/login', {
      data: { email: 'demo.priya@unknot.test', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    await showAgenda(page);
    const past = page.locator('[data-section="past"]');
    await past.getByRole('button', { name: 'Complete visit' }).first().click();
    await expectAccessible(page, 'therapist: completion form (dark)');
    await screenshot(page, 'dark-therapist-completion-form');
    await past
      .getByRole('link', { name: /Client history/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Client history: / }).waitFor();
    await expectAccessible(page, 'therapist: client history (dark)');
    await screenshot(page, 'dark-therapist-client-history');
  } finally {
    await opened.close();
  }
});
