/**
 * Builds today's home plan from a check-in. Pure: every time rule is relative to `checkIn.at`.
 *
 * Order, for a person in pain: relief first (cold in the first 48 h, heat, ibuprofen, cream), because
 * easing the pain is what makes moving possible; then a drink of water as the before-exercise habit
 * (HY-WEAK), movement, the most useful treatment (EX-STAY-ACTIVE), and stretches; then desk comfort and
 * sleep; massage last, as it only helps alongside exercise (MA-NICE). Items usable now come before
 * items that must wait, and waiting items are ordered by when they open.
 */
import type { Excluded, Plan, PlanItem, Triage } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { Remedy } from '../contract/ids.ts';
import { type CheckInTimes, checkInTimes } from './check-in-times.ts';
import { addHydration, addMassage, addPosture, addSleep } from './habit-items.ts';
import { ACUTE_HOURS } from './limits.ts';
import { addCream, addIbuprofen } from './medicine-items.ts';
import { addExercise, addStretch } from './movement-items.ts';
import type { PlanContext, PlanParts } from './plan-context.ts';
import { addCold, addHeat } from './thermal-items.ts';
import { HOUR_MS, parseInstant } from './time.ts';

/** Gentle versions at this pain score or above (ST-TOE-TOUCH, EX-ROUTINE). */
export const GENTLE_PAIN_SCORE = 7;

/** Gentle versions only: pain 7+ or the acute phase (ST-TOE-TOUCH, EX-ROUTINE). */
export function isGentle(painScore: number, phase: 'acute' | 'subacute'): boolean {
  return painScore >= GENTLE_PAIN_SCORE || phase === 'acute';
}

type Builder = (ctx: PlanContext, out: PlanParts) => void;

/** The builders in the order explained above. */
const BUILDERS: readonly Builder[] = [
  addCold,
  addHeat,
  addIbuprofen,
  addCream,
  addHydration,
  addExercise,
  addStretch,
  addPosture,
  addSleep,
  addMassage,
];

const ORDER: Readonly<Record<Remedy, number>> = {
  cold: 0,
  heat: 1,
  ibuprofen: 2,
  cream: 3,
  hydration: 4,
  exercise: 5,
  stretch: 6,
  posture: 7,
  sleep: 8,
  massage: 9,
};

/** Phase rule (CO-WHEN, contract): acute while less than 48 h since onset; exactly 48 h is subacute. */
export function phaseAt(onsetMs: number, atMs: number): 'acute' | 'subacute' {
  return atMs - onsetMs < ACUTE_HOURS * HOUR_MS ? 'acute' : 'subacute';
}

function byAvailability(a: PlanItem, b: PlanItem): number {
  if (a.availableAt === b.availableAt) return ORDER[a.remedy] - ORDER[b.remedy];
  if (a.availableAt === null) return -1;
  if (b.availableAt === null) return 1;
  // Compared as instants: `…:00Z` and `…:00.001Z` do not sort correctly as strings.
  return parseInstant(a.availableAt) - parseInstant(b.availableAt) || ORDER[a.remedy] - ORDER[b.remedy];
}

/**
 * Today's plan for a check-in: items with limits, cautions and steps, and what is excluded and why.
 * The caller decides whether a plan may be shown at all (see `assess`).
 * @example buildPlan(checkIn, triage(checkIn)).items.map((i) => i.remedy) // ['heat', 'ibuprofen', …]
 */
export function buildPlan(checkIn: CheckIn, triage: Triage): Plan {
  return buildPlanAt(checkIn, checkInTimes(checkIn), triage);
}

/**
 * {@link buildPlan} over instants the caller has already parsed (`assess` shares them with triage).
 * @example buildPlanAt(checkIn, times, triageAt(checkIn, times)).phase
 */
export function buildPlanAt(checkIn: CheckIn, times: CheckInTimes, triage: Triage): Plan {
  const { atMs, onsetMs } = times;
  const phase = phaseAt(onsetMs, atMs);
  const ctx: PlanContext = {
    checkIn,
    atMs,
    phase,
    acuteEndsMs: onsetMs + ACUTE_HOURS * HOUR_MS,
    gentle: isGentle(checkIn.painScore, phase),
    massageMs: times.massageMs,
    log: times.log,
    triage,
  };
  const items: PlanItem[] = [];
  const excluded: Excluded[] = [];
  const out: PlanParts = { items, excluded };
  for (const build of BUILDERS) build(ctx, out);
  items.sort(byAvailability);
  return { phase, items, excluded };
}
