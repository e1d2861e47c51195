/**
 * Ibuprofen and pain-relief cream items. Ibuprofen: label dose, 4 h interval and 24 h cap (IB-DOSE),
 * lowest dose for the shortest time (IB-NICE), IB-NO exclusions and IB-CAUTION cautions. Creams: burn
 * safety (CR-BURN), per-ingredient 24 h caps (CR-MENTHOL, CR-CAPSAICIN), allergies (CR-CAPSAICIN,
 * CR-SALICYLATE), and no cream while a heat session runs (CR-BURN).
 */
import type { CreamIngredient } from '../contract/ids.ts';
import type { FactId } from '../facts/registry.ts';
import { screenCream, screenIbuprofen } from './contraindications.ts';
import { creamStatus, ibuprofenStatus } from './interlocks.ts';
import {
  CREAM_HEAT_LOCKOUT_HOURS,
  IBU_DOSE_MG,
  IBU_MAX_DAILY_MG,
  IBU_MAX_DAYS,
  IBU_MAX_SINGLE_MG,
  IBU_MIN_INTERVAL_HOURS,
  MENTHOL_MAX_DAYS,
  MENTHOL_MAX_PER_DAY,
} from './limits.ts';
import type { PlanContext, PlanParts } from './plan-context.ts';
import { DAY_MS, toIso } from './time.ts';

const IBU_WHY =
  'Ibuprofen can ease back pain for a short while so you can keep moving. Take the lowest dose that helps, ' +
  `for the shortest time: ${IBU_DOSE_MG} mg to start, ${IBU_MAX_SINGLE_MG} mg at most in one dose. ` +
  `Leave at least ${IBU_MIN_INTERVAL_HOURS} hours between doses. ` +
  'Take no more than 1,200 mg in any 24 hours unless a doctor says otherwise. ' +
  'Log each dose and Unknot keeps count.';

const IBU_STEPS: readonly string[] = [
  'Take it with or just after food.',
  `Start with ${IBU_DOSE_MG} mg; only take ${IBU_MAX_SINGLE_MG} mg if ${IBU_DOSE_MG} mg was not enough.`,
  `Leave at least ${IBU_MIN_INTERVAL_HOURS} hours between doses, and log every dose.`,
  `Do not take it for pain for more than ${IBU_MAX_DAYS} days without talking to a doctor.`,
  'Call emergency services if you vomit blood, pass black or bloody stools, faint, or get hives, a swollen face or wheezing.',
];

/** Adds the ibuprofen item (now or after its wait), or an `excluded` entry under IB-NO. */
export function addIbuprofen(ctx: PlanContext, out: PlanParts): void {
  const screen = screenIbuprofen(ctx.checkIn);
  if (screen.excluded !== null) {
    out.excluded.push({ remedy: 'ibuprofen', ...screen.excluded });
    return;
  }
  const s = ibuprofenStatus(ctx.log, ctx.atMs);
  const facts: FactId[] = ['IB-DOSE', 'IB-NICE', ...screen.cautionFacts];
  const cautions = [...screen.cautions];
  // IB-DOSE, RF-LONG-MEDS: still needing it after 10 days is a reason to see a doctor first.
  if (
    s.firstDoseMs !== null &&
    s.lastDoseMs !== null &&
    s.firstDoseMs <= ctx.atMs - IBU_MAX_DAYS * DAY_MS &&
    s.lastDoseMs >= ctx.atMs - DAY_MS
  ) {
    cautions.push(
      `You have been taking ibuprofen for ${IBU_MAX_DAYS} days or more: talk to a doctor before taking more.`,
    );
    facts.push('RF-LONG-MEDS');
  }
  if (s.takenMg > IBU_MAX_DAILY_MG) {
    cautions.push(
      'You have logged more than 1,200 mg in the last 24 hours, above the label limit. If you feel unwell, call a doctor or pharmacist now.',
    );
  }
  let why = IBU_WHY;
  if (s.reason === 'interval') {
    why += ` Your last dose was less than ${IBU_MIN_INTERVAL_HOURS} hours ago, so the next one is due at the time shown.`;
  } else if (s.reason === 'daily_cap') {
    why += ` You have taken ${s.takenMg} mg in the last 24 hours; the next ${IBU_DOSE_MG} mg fits within the limit from the time shown.`;
  }
  out.items.push({
    remedy: 'ibuprofen',
    title: 'Ibuprofen, if you need it',
    why,
    facts,
    availableAt: s.availableMs === null ? null : toIso(s.availableMs),
    // Dose figures describe the moment the item becomes available (now, or `availableAt`).
    limits: {
      doseMg: IBU_DOSE_MG,
      maxSingleDoseMg: IBU_MAX_SINGLE_MG,
      doseChoicesMg: s.doseChoicesThenMg,
      maxDailyMg: IBU_MAX_DAILY_MG,
      minIntervalHours: IBU_MIN_INTERVAL_HOURS,
      takenMgLast24h: s.takenMg,
      remainingMgToday: s.remainingMgThen,
    },
    cautions,
    steps: [...IBU_STEPS],
  });
}

const INGREDIENT_NAMES: Readonly<Record<CreamIngredient, string>> = {
  menthol: 'menthol',
  methyl_salicylate: 'methyl salicylate (wintergreen)',
  capsaicin: 'capsaicin (chilli)',
};

const CREAM_WHY =
  'Menthol, methyl salicylate and capsaicin rubs can give short relief. Rarely they burn the skin, sometimes ' +
  'after one use. Keep them off broken skin and never bandage over them. ' +
  `No heat pad or hot water bottle for ${CREAM_HEAT_LOCKOUT_HOURS} hours after. ` +
  'Some articles say heavy menthol use makes you more sensitive. ' +
  `The labels set a limit of ${MENTHOL_MAX_PER_DAY} applications a day, and Unknot counts them for you.`;

const CREAM_STEPS: readonly string[] = [
  'Try a little on a small patch of skin first.',
  'Rub a thin layer into the sore area; do not cover it with a tight bandage.',
  'Wash your hands with soap afterwards and keep it away from your eyes.',
  `No heat pad, hot water bottle or heat lamp for ${CREAM_HEAT_LOCKOUT_HOURS} hours after.`,
  'Capsaicin: no bath, shower, hot tub, sauna or hard exercise for 1 hour before or after.',
  'Wash it off and stop if the skin blisters, burns or becomes very painful; get medical help for a burn.',
  `Stop and ask a doctor if you still need a menthol product after ${MENTHOL_MAX_DAYS} days.`,
];

// Without capsaicin on the menu its bath-and-exercise rule is noise.
const CREAM_STEPS_NO_CAPSAICIN = CREAM_STEPS.filter((step) => !step.startsWith('Capsaicin:'));

/** Adds the cream item with the ingredients allowed now, or an `excluded` entry (CR-BURN, allergies). */
export function addCream(ctx: PlanContext, out: PlanParts): void {
  const screen = screenCream(ctx.checkIn);
  if (screen.excluded !== null) {
    out.excluded.push({ remedy: 'cream', ...screen.excluded });
    return;
  }
  const statuses = screen.allowed.map((i) => creamStatus(ctx.log, ctx.atMs, i));
  const now = statuses.filter((s) => s.availableMs === null).map((s) => s.ingredient);
  let availableMs: number | null = null;
  if (now.length === 0) {
    for (const s of statuses) {
      if (s.availableMs !== null && (availableMs === null || s.availableMs < availableMs))
        availableMs = s.availableMs;
    }
  }
  const facts: FactId[] = ['CR-BURN', 'CR-MENTHOL', 'CR-CAPSAICIN', ...screen.cautionFacts];
  const cautions = [...screen.cautions];
  if (menthol7Days(ctx)) {
    // CR-MENTHOL, RF-LONG-MEDS: a menthol product still needed after 7 days needs a doctor's view.
    cautions.push(
      `You have used menthol for ${MENTHOL_MAX_DAYS} days or more: ask a doctor before using more.`,
    );
    facts.push('RF-LONG-MEDS');
  }
  let why = CREAM_WHY;
  const waiting = statuses.filter((s) => s.availableMs !== null);
  if (waiting.some((s) => s.reason === 'heat_on')) {
    why += ' Your heat session is still running: creams wait until it ends.';
  } else if (waiting.length > 0) {
    why += ` Today's limit is used up for ${waiting.map((s) => INGREDIENT_NAMES[s.ingredient]).join(' and ')}.`;
  }
  out.items.push({
    remedy: 'cream',
    title: 'Pain-relief cream or gel',
    why,
    facts,
    availableAt: availableMs === null ? null : toIso(availableMs),
    limits: {
      ingredients: now,
      maxApplicationsPer24h: MENTHOL_MAX_PER_DAY,
      perIngredient: statuses.map((s) => ({
        ingredient: s.ingredient,
        usedLast24h: s.used,
        maxPer24h: s.max,
        availableAt: s.availableMs === null ? null : toIso(s.availableMs),
      })),
      excludedIngredients: screen.ingredientExclusions.map((x) => x.ingredient),
    },
    cautions,
    steps: (screen.allowed.includes('capsaicin') ? CREAM_STEPS : CREAM_STEPS_NO_CAPSAICIN).slice(),
  });
}

function menthol7Days(ctx: PlanContext): boolean {
  let first: number | null = null;
  let last: number | null = null;
  for (const c of ctx.log.creams) {
    if (c.ingredient !== 'menthol') continue;
    if (first === null) first = c.t;
    last = c.t;
  }
  return (
    first !== null &&
    last !== null &&
    first <= ctx.atMs - MENTHOL_MAX_DAYS * DAY_MS &&
    last >= ctx.atMs - DAY_MS
  );
}
