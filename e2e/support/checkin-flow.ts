/**
 * Answers the check-in flow through the UI, one screen at a time, the way a person taps it. Screens carry
 * `data-step="<id>"`; choices carry `data-value`; emergency rows carry `data-symptom`; the big button under a
 * list of rows carries `data-none` ("None of these") or `data-next`. The flow is adaptive: a screen
 * that cannot change the result is not shown, so answers for it are simply not used.
 */
import type { Page } from 'playwright-core';
import type { Area, History, Symptom, Trend } from '../../src/domain/contract/ids.ts';

/** What to answer. Anything left out takes a calm default (no red flags, 35 years old). */
export interface CheckInAnswers {
  pain?: number;
  /** No longer asked (no rule reads it); kept so older callers still compile. */
  area?: Area;
  /** A quick choice value: `hour`, `today`, `yesterday`, `days`, `week`, `weeks`. */
  since?: 'hour' | 'today' | 'yesterday' | 'days' | 'week' | 'weeks';
  /** Hours between the massage and the start of the pain: `lt12`, `12to24`, `gt24`; omit for no massage. */
  massage?: 'lt12' | '12to24' | 'gt24';
  trend?: Trend;
  firstEpisode?: boolean;
  /** Answered "Yes". */
  symptoms?: Symptom[];
  /** Answered "Not sure": a tap on an emergency row; nothing on the others (not sure is not yes there). */
  unsure?: Symptom[];
  history?: History[];
  age?: number;
  pregnancyWeeks?: number;
  desk?: boolean;
  /** `lt5`, `5to6`, `7to8`, `9plus`, `unknown`. */
  sleep?: 'lt5' | '5to6' | '7to8' | '9plus' | 'unknown';
  /** A returning person: tap "Something changed" instead of "Yes, still true". */
  changed?: boolean;
  /** Called on each screen before it is answered (e.g. to run axe or take a screenshot). */
  onStep?: (stepId: string) => Promise<void>;
  /** Stop once the emergency card shows (returns 'emergency'). Default true. */
  stopAtEmergency?: boolean;
  /** Start from the page as it is (no fresh load of `#/checkin`): for journeys that count taps from app open. */
  noNavigate?: boolean;
}

/** Where the flow ended. */
export type CheckInOutcome = 'plan' | 'emergency' | 'urgent';

function ageBand(age: number): string {
  if (age <= 50) return '16-50';
  if (age < 60) return '51-59';
  if (age < 65) return '60-64';
  return '65+';
}

async function step(page: Page): Promise<string> {
  const el = page.locator('[data-step]').first();
  await el.waitFor({ state: 'visible' });
  return (await el.getAttribute('data-step')) ?? '';
}

async function choose(page: Page, stepId: string, value: string): Promise<void> {
  await page.locator(`[data-step="${stepId}"] [data-value="${value}"]`).first().click();
}

/** The big button under a list: "None of these" or "Next", whichever shows. */
async function done(page: Page, stepId: string): Promise<void> {
  await page.locator(`[data-step="${stepId}"] :is([data-none], [data-next])`).first().click();
}

async function tick(page: Page, stepId: string, values: readonly string[]): Promise<void> {
  for (const v of values) {
    const box = page.locator(`[data-step="${stepId}"] input[data-value="${v}"]`);
    if ((await box.count()) > 0) await box.check();
  }
}

/**
 * Starts at `#/checkin` (navigating there unless `noNavigate`) and answers every screen; resolves when the
 * plan, the emergency card or the urgent card shows.
 * @example expect(await answerCheckIn(page, { pain: 6, symptoms: ['saddle_numbness'] })).toBe('emergency');
 */
export async function answerCheckIn(page: Page, a: CheckInAnswers = {}): Promise<CheckInOutcome> {
  if (!a.noNavigate) {
    // A fresh load: a card left open by an earlier check-in must not answer for this one.
    await page.goto('about:blank');
    await page.goto('/#/checkin');
  }
  const yes = new Set([...(a.symptoms ?? []), ...(a.unsure ?? [])]);
  for (let guard = 0; guard < 30; guard++) {
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
    if (a.onStep) {
      // After the screen's 0.2 s fade-in: axe measures contrast, and a half-faded button fails it.
      await page.waitForFunction(() => document.getAnimations().every((x) => x.playState !== 'running'));
      await a.onStep(id);
    }
    const acting = answerStep(page, id, a, yes);
    // Keeps a failure of an abandoned answer (its screen was replaced) from surfacing as an unhandled rejection.
    acting.catch(() => undefined);
    // The step read above may be replaced before its button is tapped: the flow's rules and the remembered
    // answers load in the background (slowly under load) and can change which screen comes next. Then look
    // again rather than wait for a button that will never come.
    // (A caller answering every emergency row past the card keeps answering when the card shows.)
    const replaced = stepReplaced(page, id, !(id === 'flags-emergency' && a.stopAtEmergency === false));
    replaced.catch(() => undefined);
    const how = await Promise.race([acting, replaced.then(() => 'replaced' as const)]);
    if (how === 'replaced') continue;
    if (how === 'emergency') return 'emergency';
    // Let the next screen render before looking again (a screen may follow itself after "Something changed").
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-step]')?.getAttribute('data-step') !== prev ||
        document.querySelector('[data-card], [data-page="plan"]') !== null ||
        prev === 'confirm',
      id,
    );
  }
  throw new Error('check-in did not finish within 30 screens');
}

/** Resolves once the screen on show is no longer `id` (another step, a card or the plan). */
async function stepReplaced(page: Page, id: string, cards: boolean): Promise<void> {
  await page.waitForFunction(
    ([prev, withCards]) => {
      const now = document.querySelector('[data-step]')?.getAttribute('data-step');
      return (
        (now !== undefined && now !== prev) ||
        (withCards && document.querySelector('[data-card]') !== null) ||
        document.querySelector('[data-page="plan"]') !== null
      );
    },
    [id, cards] as const,
    { timeout: 0 },
  );
}

/** Answers one screen; 'emergency' when the emergency card showed while answering and the caller stops there. */
async function answerStep(
  page: Page,
  id: string,
  a: CheckInAnswers,
  yes: ReadonlySet<string>,
): Promise<'answered' | 'emergency'> {
  switch (id) {
    case 'pain':
      await choose(page, id, String(a.pain ?? 5));
      break;
    case 'flags-emergency': {
      const rows = page.locator('[data-step="flags-emergency"] [data-symptom]');
      const symptoms = (await rows.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-symptom')),
      )) as Symptom[];
      for (const s of symptoms.filter((x) => yes.has(x))) {
        await page.locator(`[data-step="flags-emergency"] [data-symptom="${s}"]`).click();
        if (a.stopAtEmergency !== false && (await page.locator('[data-card="emergency"]').isVisible())) {
          return 'emergency';
        }
      }
      await done(page, id);
      break;
    }
    case 'flags-urgent':
      await tick(page, id, [...(a.symptoms ?? []), ...(a.history ?? [])]);
      await done(page, id);
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
    case 'age':
      await choose(page, id, ageBand(a.age ?? 35));
      break;
    case 'first':
      await choose(page, id, a.firstEpisode ? 'yes' : 'no');
      break;
    case 'bones':
    case 'medicines':
    case 'skin': {
      const weeks = a.pregnancyWeeks ?? 0;
      const pregnancy = weeks >= 20 ? ['pregnant_from20'] : weeks > 0 ? ['pregnant_under20'] : [];
      await tick(page, id, [...(a.history ?? []), ...pregnancy]);
      await done(page, id);
      break;
    }
    case 'desk':
      await choose(page, id, a.desk ? 'yes' : 'no');
      break;
    case 'sleep':
      await choose(page, id, a.sleep ?? '7to8');
      break;
    case 'today':
      await page.locator('[data-step="today"] [data-next]').click();
      break;
    case 'confirm':
      await page.locator(`[data-step="confirm"] ${a.changed ? '[data-review]' : '[data-confirm]'}`).click();
      break;
    default:
      throw new Error(`unknown check-in step "${id}"`);
  }
  return 'answered';
}
