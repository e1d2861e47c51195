/**
 * axe on every screen (issue 4: WCAG 2.2 AA, zero violations), in light and dark, at 360×640, with a
 * screenshot of each for a person to look at.
 */
import { afterAll, beforeAll, test } from 'vitest';
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

const SESSION_KINDS = ['cold', 'heat', 'stretch', 'exercise', 'hydration', 'cream', 'ibuprofen', 'sleep'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every check-in step, the plan and the red-flag cards (${scheme})`, async () => {
    const { page, close } = await openPage(app.baseUrl, { colorScheme: scheme });
    try {
      const seen: string[] = [];
      const onStep = async (id: string) => {
        if (seen.includes(id)) return;
        seen.push(id);
        await expectAccessible(page, `check-in ${id} (${scheme})`);
        await screenshot(page, `${scheme}-checkin-${id}`);
      };
      await answerCheckIn(page, { pain: 5, desk: true, sleep: '5to6', onStep });

      await page.locator('[data-page="plan"]').waitFor();
      for (const d of await page.locator('details').all()) await d.locator('summary').click();
      await expectAccessible(page, `plan with every disclosure open (${scheme})`);
      await screenshot(page, `${scheme}-plan`);

      await answerCheckIn(page, { symptoms: ['bladder_bowel_change'] });
      await expectAccessible(page, `emergency card (${scheme})`);
      await screenshot(page, `${scheme}-emergency`);

      await answerCheckIn(page, { symptoms: ['weight_loss'] });
      await expectAccessible(page, `urgent card (${scheme})`);
      await screenshot(page, `${scheme}-urgent`);
    } finally {
      await close();
    }
  });

  test(`account, settings, diary, booking and session screens (${scheme})`, async () => {
    const { page, context, close } = await openPage(app.baseUrl, { colorScheme: scheme });
    try {
      const visit = async (hash: string, ready: string, name: string) => {
        await page.goto(`/#${hash}`);
        await page.locator(ready).first().waitFor();
        await expectAccessible(page, `${name} (${scheme})`);
        await screenshot(page, `${scheme}-${name}`);
      };
      await visit('/account', '[data-page="account"]', 'account-signed-out');
      await visit('/settings', '[data-page="settings"]', 'settings');
      // Sessions read today's plan: check in first.
      await answerCheckIn(page, { pain: 4 });
      for (const kind of SESSION_KINDS)
        await visit(`/session/${kind}`, '[data-page="session"]', `session-${kind}`);
      await visit('/diary', '[data-page="diary"]', 'diary');
      await visit('/book', '[data-page="book"], main h1', 'book');
      await signUp(context);
      await page.goto('/#/plan');
      await visit('/account', 'text=Signed in as', 'account-signed-in');
    } finally {
      await close();
    }
  });
}
