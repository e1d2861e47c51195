/**
 * "Do this now", so a person in acute pain knows what to do first: at most three things, chosen from the plan's
 * items that are allowed at this moment, ordered by how strong the evidence behind them is. Each is one short
 * sentence with a start or log action; everything else stays in the plan under "More that can help".
 */
import type { NowAction, Plan, PlanItem } from '../contract/assessment.ts';
import type { Remedy } from '../contract/ids.ts';
import { COLD_MAX_MINUTES, HEAT_MAX_MINUTES, IBU_DOSE_MG, IBU_MAX_SINGLE_MG } from './limits.ts';
import { parseInstant } from './time.ts';

/** At most this many actions open the plan. */
export const MAX_NOW_ACTIONS = 3;

/**
 * Strength of evidence, strongest first:
 * - exercise: EX-STAY-ACTIVE (Cochrane review; NICE NG59 recommends exercise first);
 * - heat: HE-EVIDENCE (Cochrane, and a strong ACP 2017 recommendation);
 * - ibuprofen: IB-NICE (NICE NG59 offers an NSAID at the lowest dose for the shortest time);
 * - stretch: ST-NHS, EX-ROUTINE (NHS and CSP exercise advice);
 * - cold: CO-WHEN (thin evidence; for a fresh strain only);
 * - cream: CR-* (labels only, relief is short);
 * - sleep, hydration: SL-HOURS, HY-WEAK (general wellbeing, not treatment).
 * Posture (a product rule: comfort, not cure) and massage (MA-NICE: only alongside exercise; a booking, not
 * something to do this minute) are never "now" actions.
 */
const EVIDENCE_RANK: Readonly<Partial<Record<Remedy, number>>> = {
  exercise: 0,
  heat: 1,
  ibuprofen: 2,
  stretch: 3,
  cold: 4,
  cream: 5,
  sleep: 6,
  hydration: 7,
};

/** What the button does: a guided, timed session, or a quick log of something done. */
const ACTION: Readonly<Partial<Record<Remedy, NowAction['action']>>> = {
  exercise: 'start',
  heat: 'start',
  cold: 'start',
  stretch: 'start',
  ibuprofen: 'log',
  cream: 'log',
  sleep: 'log',
  hydration: 'log',
};

/** One sentence each, at most 20 words (a unit test checks), in our own words. */
function sentence(item: PlanItem, gentle: boolean): string {
  switch (item.remedy) {
    case 'exercise':
      return gentle
        ? 'Keep moving gently: a few easy steps around your home every hour.'
        : 'Stay active: a short walk now, and keep moving through the day.';
    case 'heat':
      // HE-TEST: 20-minute cap, warm not hot.
      return `Put a warm (not hot) pack on your back for up to ${HEAT_MAX_MINUTES} minutes.`;
    case 'cold':
      // CO-WRAP, CO-20: wrapped, 20 minutes at most.
      return `Hold a wrapped cold pack on the sore spot for up to ${COLD_MAX_MINUTES} minutes.`;
    case 'ibuprofen':
      // IB-DOSE, IB-NICE: the lowest dose first, with food.
      return `If you need it, take ${IBU_DOSE_MG} mg of ibuprofen with food (${IBU_MAX_SINGLE_MG} mg at most).`;
    case 'stretch':
      return gentle
        ? 'Try a few gentle stretches, stopping if the pain spreads or gets sharper.'
        : 'Do your back stretches, easing into each one without pain.';
    case 'cream':
      return 'Rub a little pain-relief cream or gel on the sore area, then wash your hands.';
    case 'sleep':
      return 'Plan a full night of sleep tonight, with a pillow placed for comfort.';
    case 'hydration':
      return 'Have a glass of water before you move.';
    default:
      return item.title;
  }
}

function allowedAt(item: PlanItem, atMs: number): boolean {
  // IB-CAUTION: with a caution, ibuprofen needs a pharmacist's word first, so it is not a "do this now".
  if (item.remedy === 'ibuprofen' && item.cautions.length > 0) return false;
  return item.availableAt === null || parseInstant(item.availableAt) <= atMs;
}

/**
 * The plan's "Do this now" at `atMs`: items allowed at that instant, strongest evidence first, at most three.
 * `gentle` picks the gentle wording (pain 7+ or the acute phase, as in the plan).
 * @example nowActions(plan, Date.parse(checkIn.at), true)[0]?.remedy // 'exercise'
 */
export function nowActions(plan: Plan, atMs: number, gentle: boolean): NowAction[] {
  const ranked = plan.items
    .filter((i) => EVIDENCE_RANK[i.remedy] !== undefined && allowedAt(i, atMs))
    .sort((a, b) => (EVIDENCE_RANK[a.remedy] ?? 99) - (EVIDENCE_RANK[b.remedy] ?? 99));
  // One action per remedy: the plan may hold two items of one family.
  const seen = new Set<Remedy>();
  const out: NowAction[] = [];
  for (const item of ranked) {
    if (seen.has(item.remedy) || out.length >= MAX_NOW_ACTIONS) continue;
    seen.add(item.remedy);
    out.push({
      remedy: item.remedy,
      text: sentence(item, gentle),
      action: ACTION[item.remedy] ?? 'start',
      facts: item.facts.slice(),
    });
  }
  return out;
}
