/**
 * The emergency number follows where the person is, not their language (contract v2, EC-WHERE):
 * an en-GB phone in Los Angeles is told 911, and in Sydney 000.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { answerCheckIn, type E2EApp, expectAccessible, openPage, startApp } from './support/index.ts';

let app: E2EApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const CASES = [
  { timezoneId: 'America/Los_Angeles', tel: 'tel:911', number: '911' },
  { timezoneId: 'Australia/Sydney', tel: 'tel:000', number: '000' },
] as const;

for (const c of CASES) {
  test(`an en-GB phone in ${c.timezoneId} is told to call ${c.number}`, async () => {
    const { page, close } = await openPage(app.baseUrl, { locale: 'en-GB', timezoneId: c.timezoneId });
    try {
      expect(await answerCheckIn(page, { pain: 8, symptoms: ['saddle_numbness'] })).toBe('emergency');
      const card = page.locator('[data-card="emergency"]');
      expect(await card.locator('a[data-call]').getAttribute('href')).toBe(c.tel);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(`Call ${c.number} now`);
      // No UK-only numbers or services for someone who is not in the UK.
      expect(text).not.toMatch(/\b999\b|NHS|\bGP\b|A&E/);
      if (c.number === '911') await expectAccessible(page, `emergency card (${c.timezoneId})`);
    } finally {
      await close();
    }
  });
}

test('a country chosen in settings wins over the time zone', async () => {
  const { page, close } = await openPage(app.baseUrl, { locale: 'en-US', timezoneId: 'America/New_York' });
  try {
    await page.goto('/#/settings');
    await page.locator('[data-country]').selectOption('NZ');
    await expect.poll(() => page.locator('[data-contacts]').textContent()).toContain('Healthline');
    await expectAccessible(page, 'settings: country');
    expect(await answerCheckIn(page, { symptoms: ['saddle_numbness'] })).toBe('emergency');
    expect(await page.locator('[data-card="emergency"] a[data-call]').getAttribute('href')).toBe('tel:111');
  } finally {
    await close();
  }
});
