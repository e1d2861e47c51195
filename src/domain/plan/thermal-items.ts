/**
 * Cold and heat items. Cold: first 48 h only (CO-WHEN), 20 min a go (CO-20), wrapped (CO-WRAP), a 2 h
 * break between starts (CO-20), not with CO-NO conditions. Heat: evidence-backed (HE-EVIDENCE), tested
 * and capped (HE-TEST), wheat bag and bottle safety (HE-WHEAT-BAG, HE-BOTTLE), not with HE-NO
 * conditions, locked for 2 h after any cream (CR-BURN, CR-CAPSAICIN).
 */
import type { FactId } from '../facts/registry.ts';
import { screenCold, screenHeat } from './contraindications.ts';
import { coldNextMs, heatNextMs } from './interlocks.ts';
import {
  COLD_MAX_MINUTES,
  COLD_MIN_GAP_HOURS,
  CREAM_HEAT_LOCKOUT_HOURS,
  HEAT_MAX_MINUTES,
} from './limits.ts';
import type { PlanContext, PlanParts } from './plan-context.ts';
import { toIso } from './time.ts';

const COLD_WHY =
  'In the first 48 hours of a fresh strain, a wrapped cold pack may take the edge off the pain. The research on ' +
  `cold for back pain is thin, so use it only if it helps you. Keep each go to ${COLD_MAX_MINUTES} minutes and ` +
  `leave at least ${COLD_MIN_GAP_HOURS} hours between starts, so your skin can recover.`;

const COLD_STEPS: readonly string[] = [
  'Wrap the ice pack or frozen peas in a thin, dry towel: never put ice straight on your skin.',
  `Rest it on the sore spot for up to ${COLD_MAX_MINUTES} minutes; set a timer.`,
  'Take it off at once if your skin goes numb, burns or turns white.',
  'Never fall asleep with a cold pack on.',
  `Wait at least ${COLD_MIN_GAP_HOURS} hours from the start of one go to the next.`,
];

const COLD_FACTS: readonly FactId[] = ['CO-WHEN', 'CO-20', 'CO-WRAP'];

/** Adds the cold item, or an `excluded` entry when cold is ruled out or past the acute phase. */
export function addCold(ctx: PlanContext, out: PlanParts): void {
  const screen = screenCold(ctx.checkIn);
  if (screen.excluded !== null) {
    out.excluded.push({ remedy: 'cold', ...screen.excluded });
    return;
  }
  if (ctx.phase !== 'acute') {
    // CO-WHEN: cold is for a fresh strain only.
    out.excluded.push({
      remedy: 'cold',
      reason:
        'Cold packs are for the first 48 hours of a fresh strain. Your pain began more than 48 hours ago, so gentle heat and movement are the better choice now.',
      facts: ['CO-WHEN'],
    });
    return;
  }
  const next = coldNextMs(ctx.log, ctx.atMs);
  if (next !== null && next >= ctx.acuteEndsMs) {
    // The break (CO-20) would end after the acute phase (CO-WHEN): no more cold for this episode.
    out.excluded.push({
      remedy: 'cold',
      reason:
        'You have just had a cold pack. Your 2-hour break ends after the first 48 hours, when cold is no longer the advice. Gentle heat can take over then.',
      facts: ['CO-20', 'CO-WHEN'],
    });
    return;
  }
  out.items.push({
    remedy: 'cold',
    title: `Cold pack, up to ${COLD_MAX_MINUTES} minutes`,
    why:
      next === null
        ? COLD_WHY
        : `${COLD_WHY} Your last cold pack started less than ${COLD_MIN_GAP_HOURS} hours ago, so the next one opens at the time shown.`,
    facts: [...COLD_FACTS, ...screen.cautionFacts],
    availableAt: next === null ? null : toIso(next),
    limits: { maxMinutes: COLD_MAX_MINUTES, minGapHours: COLD_MIN_GAP_HOURS },
    cautions: screen.cautions,
    steps: [...COLD_STEPS],
  });
}

const HEAT_WHY =
  'Warmth is one of the few home remedies with good evidence for new and lingering low back pain. A heat wrap ' +
  'eased pain within days in trials, and doctors’ guidelines recommend it. Burns from heat pads, wheat bags and ' +
  `hot water bottles do happen, so keep it warm, not hot, and stop at ${HEAT_MAX_MINUTES} minutes.`;

const HEAT_STEPS: readonly string[] = [
  'Test the warmth on your inner wrist first: it should feel comfortably warm, never hot.',
  'Heat pad: a low or medium setting, never high, and never fall asleep on it.',
  'Wheat or rice bag: heat it for exactly the time on its label, never reheat it while still hot.',
  'Hot water bottle: hot but not boiling water, at most two-thirds full, always in a cover. Do not lie on it; replace it after 2 years.',
  `Use it for up to ${HEAT_MAX_MINUTES} minutes; set a timer.`,
  'Not on skin that is freshly swollen, and not on a pain-relief cream: wait 2 hours after any cream.',
];

const HEAT_FACTS: readonly FactId[] = ['HE-EVIDENCE', 'HE-TEST', 'HE-WHEAT-BAG', 'HE-BOTTLE'];

/** Adds the heat item (locked after a cream), or an `excluded` entry when heat is ruled out. */
export function addHeat(ctx: PlanContext, out: PlanParts): void {
  const screen = screenHeat(ctx.checkIn);
  if (screen.excluded !== null) {
    out.excluded.push({ remedy: 'heat', ...screen.excluded });
    return;
  }
  const next = heatNextMs(ctx.log, ctx.atMs);
  const facts: FactId[] = [...HEAT_FACTS, ...screen.cautionFacts];
  if (next !== null) facts.push('CR-BURN', 'CR-CAPSAICIN');
  out.items.push({
    remedy: 'heat',
    title: `Gentle heat, up to ${HEAT_MAX_MINUTES} minutes`,
    why:
      next === null
        ? HEAT_WHY
        : `${HEAT_WHY} You used a pain-relief cream less than ${CREAM_HEAT_LOCKOUT_HOURS} hours ago, and heat on top can burn. Heat opens at the time shown.`,
    facts,
    availableAt: next === null ? null : toIso(next),
    limits: { maxMinutes: HEAT_MAX_MINUTES, creamLockoutHours: CREAM_HEAT_LOCKOUT_HOURS },
    cautions: screen.cautions,
    steps: [...HEAT_STEPS],
  });
}
