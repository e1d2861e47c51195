/**
 * axe on every screen (WCAG 2.2 AA, zero violations: people in pain and people with disabilities use it), in light
 * and dark, at 360×640, with a screenshot of each for a person to look at.
 */
import { afterAll, beforeAll, test } from 'vitest';
import {
  answerCheckIn,
  type E2EApp,
  expectAccessible,
  type OpenedPage,
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

/** Generous: axe over many screens is slow on a busy machine; no test asserts on timing. */
const SLOW = 400_000;
const SESSION_KINDS = ['cold', 'heat', 'stretch', 'exercise', 'hydration', 'cream', 'ibuprofen', 'sleep'];

async function withPage(scheme: 'light' | 'dark', run: (o: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(app.baseUrl, { colorScheme: scheme });
  try {
    await run(opened);
  } finally {
    await opened.close();
  }
}

async function visit(
  o: OpenedPage,
  scheme: string,
  hash: string,
  ready: string,
  name: string,
): Promise<void> {
  await o.page.goto(`/#${hash}`);
  await o.page.locator(ready).first().waitFor();
  await expectAccessible(o.page, `${name} (${scheme})`);
  await screenshot(o.page, `${scheme}-${name}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every check-in step and the plan (${scheme})`, { timeout: SLOW }, async () => {
    await withPage(scheme, async ({ page }) => {
      const seen = new Set<string>();
      const onStep = async (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        await expectAccessible(page, `check-in ${id} (${scheme})`);
        await screenshot(page, `${scheme}-checkin-${id}`);
      };
      await answerCheckIn(page, { pain: 5, desk: true, sleep: '5to6', onStep });
      await page.locator('[data-page="plan"]').waitFor();
      await screenshot(page, `${scheme}-plan`);
      // `:scope >`: the plan nests "Why?" inside "More that can help"; each details opens by its own summary.
      for (const d of await page.locator('details').all()) await d.locator(':scope > summary').click();
      await expectAccessible(page, `plan with every disclosure open (${scheme})`);
    });
  });

  test(`the emergency and urgent cards (${scheme})`, { timeout: SLOW }, async () => {
    await withPage(scheme, async ({ page }) => {
      await answerCheckIn(page, { symptoms: ['bladder_bowel_change'] });
      await expectAccessible(page, `emergency card (${scheme})`);
      await screenshot(page, `${scheme}-emergency`);
      await answerCheckIn(page, { symptoms: ['weight_loss'] });
      await expectAccessible(page, `urgent card (${scheme})`);
      await screenshot(page, `${scheme}-urgent`);
    });
  });

  test(`account and settings (${scheme})`, { timeout: SLOW }, async () => {
    await withPage(scheme, async (o) => {
      await visit(o, scheme, '/account', '[data-page="account"]', 'account-signed-out');
      await visit(o, scheme, '/settings', '[data-page="settings"]', 'settings');
      await signUp(o.context);
      // The app learns who is signed in when it starts.
      await o.page.reload();
      await visit(o, scheme, '/account', 'text=Signed in as', 'account-signed-in');
    });
  });

  test(`session, diary and booking screens (${scheme})`, { timeout: SLOW }, async () => {
    await withPage(scheme, async (o) => {
      // Sessions read today's plan: check in first.
      await answerCheckIn(o.page, { pain: 4 });
      for (const kind of SESSION_KINDS) {
        await visit(o, scheme, `/session/${kind}`, '[data-page="session"]', `session-${kind}`);
      }
      await visit(o, scheme, '/diary', '[data-page="diary"]', 'diary');
      await visit(o, scheme, '/book', '[data-page="book"], main h1', 'book');
    });
  });
}
