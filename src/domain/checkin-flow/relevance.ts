/**
 * "Can this answer change today's result?", decided by running the domain's own rules with and without it:
 * triage for the questions that feed red flags, and the contraindication screens (IB-NO, IB-CAUTION, CO-NO,
 * HE-NO, CR-BURN, CR-CAPSAICIN, CR-SALICYLATE) for the remedies today's plan would otherwise offer.
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { History, Remedy } from '../contract/ids.ts';
import { type CheckInTimes, checkInTimes } from '../plan/check-in-times.ts';
import { screenCold, screenCream, screenHeat, screenIbuprofen } from '../plan/contraindications.ts';
import { buildPlanAt } from '../plan/plan.ts';
import { raisedFlagIds, triageAt } from '../triage/triage.ts';

/** The red flags a check-in raises, as one comparable string. */
function flagKey(c: CheckIn, t: CheckInTimes): string {
  return [...raisedFlagIds(c, t)].sort().join(',');
}

type Screened = 'ibuprofen' | 'cold' | 'heat' | 'cream';
const SCREENS: Readonly<Record<Screened, (c: CheckIn) => unknown>> = {
  ibuprofen: screenIbuprofen,
  cold: screenCold,
  heat: screenHeat,
  cream: screenCream,
};

function screenKey(c: CheckIn, offered: readonly Screened[]): string {
  // Whether each offered remedy is ruled out, with its cautions and allowed ingredients: what the person sees.
  return JSON.stringify(
    offered.map((r) => {
      const s = SCREENS[r](c) as { excluded: unknown; cautions: string[]; allowed?: string[] };
      return [s.excluded !== null, s.cautions, s.allowed ?? null];
    }),
  );
}

/**
 * Decides relevance for one state of the flow. The plan is built once, as if the person had already sought
 * care: an urgent check-in shows its plan after that, and its cautions must be right then too.
 */
export class Relevance {
  private offeredCache: Screened[] | null | undefined;
  private baseScreens: string | undefined;
  private readonly baseFlags: string;
  /** Every variant differs from the base in answers only, never in instants: parsed once. */
  private readonly times: CheckInTimes;

  constructor(
    private readonly base: CheckIn,
    times: CheckInTimes = checkInTimes(base),
  ) {
    this.times = times;
    this.baseFlags = flagKey(base, this.times);
  }

  /** The screened remedies today's plan offers as items (null at emergency: no plan). */
  private offered(): Screened[] | null {
    if (this.offeredCache !== undefined) return this.offeredCache;
    // As assess() does with soughtCare: the plan is withheld only at emergency.
    const t = triageAt(this.base, this.times);
    if (t.level === 'emergency') {
      this.offeredCache = null;
      return null;
    }
    const plan = buildPlanAt({ ...this.base, soughtCare: true }, this.times, t);
    const items = new Set<Remedy>(plan.items.map((i) => i.remedy));
    this.offeredCache = (Object.keys(SCREENS) as Screened[]).filter((r) => items.has(r));
    return this.offeredCache;
  }

  /** True when some variant of the check-in raises other red flags, or changes an offered remedy. */
  changes(variants: readonly CheckIn[], planToo: boolean): boolean {
    const offered = planToo ? this.offered() : null;
    if (offered !== null) this.baseScreens ??= screenKey(this.base, offered);
    return variants.some(
      (v) =>
        flagKey(v, this.times) !== this.baseFlags ||
        (offered !== null && screenKey(v, offered) !== this.baseScreens),
    );
  }

  /** True when answering yes to this history item could change the red flags (and, with `planToo`, the plan). */
  historyMatters(h: History, planToo: boolean): boolean {
    if (this.base.history.includes(h)) return false;
    return this.changes([{ ...this.base, history: [...this.base.history, h] }], planToo);
  }

  /** True when being pregnant (under or from 20 weeks) could change today's result. */
  pregnancyMatters(weeks: readonly number[]): boolean {
    return this.changes(
      weeks.map((w) => ({ ...this.base, pregnancyWeeks: w })),
      true,
    );
  }
}
