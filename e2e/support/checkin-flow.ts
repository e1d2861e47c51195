/**
 * Answers the check-in flow through the UI, one screen at a time, the way a person taps it. Screens carry
 * `data-step="<id>"`; choices carry `data-value`; red-flag questions carry `data-symptom`.
 */
import type { Page } from 'playwright-core';
import type { Area, History, Symptom, Trend } from '../../src/domain/contract/ids.ts';

/** What to answer. Anything left out takes a calm default (no red flags, 35 years old). */
export interface CheckInAnswers {
  pain?: number;
  area?: Area;
  /** A quick choice value: `hour`, `today`, `yesterday`, `days`, `week`, `weeks`. */
  since?: 'hour' | 'today' | 'yesterday' | 'days' | 'week' | 'weeks';
  /** Hours between the massage and the start of the pain: `lt12`, `12to24`, `gt24`; omit for no massage. */
  massage?: 'lt12' | '12to24' | 'gt24';
  trend?: Trend;
  firstEpisode?: boolean;
  /** Answered "Yes". */
  symptoms?: Symptom[];
  /** Answered "Not sure". */
  unsure?: Symptom[];
  history?: History[];
  age?: number;
  pregnancyWeeks?: number;
  desk?: boolean;
  /** `lt5`, `5to6`, `7to8`, `9plus`, `unknown`. */
  sleep?: 'lt5' | '5to6' | '7to8' | '9plus' | 'unknown';
  /** Called on each screen before it is answered (e.g. to run axe or take a screenshot). */
  onStep?: (stepId: string) => Promise<void>;
  /** Stop once the emergency card shows (returns 'emergency'). Default true. */
  stopAtEmergency?: boolean;
}

/** Where the flow ended. */
export type CheckInOutcome = 'plan' | 'emergency' | 'urgent';

async function step(page: Page): Promise<string> {
  const el = page.locator('[data-step]').first();
  await el.waitFor({ state: 'visible' });
  return (await el.getAttribute('data-step')) ?? '';
}

async function choose(page: Page, stepId: string, value: string): Promise<void> {
  await page.locator(`[data-step="${stepId}"] [data-value="${value}"]`).first().click();
}

async function next(page: Page): Promise<void> {
  await page.locator('[data-step] [data-next]').first().click();
}

/**
 * Starts at `#/checkin` (navigating there) and answers every screen; resolves when the plan, the emergency
 * card or the urgent card shows.
 * @example expect(await answerCheckIn(page, { pain: 6, symptoms: ['saddle_numbness'] })).toBe('emergency');
 */
export async function answerCheckIn(page: Page, a: CheckInAnswers = {}): Promise<CheckInOutcome> {
  // A fresh load: a card left open by an earlier check-in must not answer for this one.
  await page.goto('about:blank');
  await page.goto('/#/checkin');
  for (let guard = 0; guard < 40; guard++) {
    if (await page.locator('[data-card="emergency"]').isVisible()) return 'emergency';
    if (await page.locator('[data-card="urgent"]').isVisible()) return 'urgent';
    if (await page.locator('[data-page="plan"]').isVisible()) return 'plan';
    const id = await Promise.race([
      step(page),
      page
        .locator('[data-card], [data-page="plan"]')
        .first()
        .waitFor()
        .then(() => ''),
    ]);
    if (id === '') continue;
    if (a.onStep) await a.onStep(id);
    switch (id) {
      case 'pain':
        await choose(page, id, String(a.pain ?? 5));
        break;
      case 'area':
        await choose(page, id, a.area ?? 'lower');
        break;
      case 'since':
        await choose(page, id, a.since ?? 'today');
        break;
      case 'massage':
        await choose(page, id, a.massage === undefined ? 'no' : 'yes');
        if (a.massage !== undefined) await choose(page, id, a.massage);
        break;
      case 'trend':
        await choose(page, id, a.trend ?? 'same');
        break;
      case 'first':
        await choose(page, id, a.firstEpisode ? 'yes' : 'no');
        break;
      case 'history':
        for (const h of a.history ?? [])
          await page.locator(`[data-step="history"] [data-value="${h}"]`).check();
        await next(page);
        break;
      case 'age':
        await page.locator('[data-step="age"] input').fill(String(a.age ?? 35));
        await next(page);
        break;
      case 'pregnancy':
        if (a.pregnancyWeeks) {
          await choose(page, id, 'yes');
          await page.locator('[data-step="pregnancy"] input').fill(String(a.pregnancyWeeks));
          await next(page);
        } else await choose(page, id, 'no');
        break;
      case 'desk':
        await choose(page, id, a.desk ? 'yes' : 'no');
        break;
      case 'sleep':
        await choose(page, id, a.sleep ?? '7to8');
        break;
      case 'today':
        await next(page);
        break;
      default: {
        if (id.startsWith('history-')) {
          // A history screen: tick what applies, then Next.
          for (const h of a.history ?? []) {
            const box = page.locator(`[data-step="${id}"] [data-value="${h}"]`);
            if ((await box.count()) > 0) await box.check();
          }
          await next(page);
          break;
        }
        // A red-flag group: answer each question on this screen, then Next.
        const questions = page.locator(`[data-step="${id}"] [data-symptom]`);
        const count = await questions.count();
        for (let i = 0; i < count; i++) {
          const q = questions.nth(i);
          const symptom = (await q.getAttribute('data-symptom')) as Symptom;
          const value = a.symptoms?.includes(symptom) ? 'yes' : a.unsure?.includes(symptom) ? 'unsure' : 'no';
          await q.locator(`[data-value="${value}"]`).click();
          if (a.stopAtEmergency !== false && (await page.locator('[data-card="emergency"]').isVisible())) {
            return 'emergency';
          }
        }
        await next(page);
      }
    }
    // Let the next screen render before looking again.
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-step]')?.getAttribute('data-step') !== prev ||
        document.querySelector('[data-card], [data-page="plan"]') !== null,
      id,
    );
  }
  throw new Error('check-in did not finish within 40 screens');
}
