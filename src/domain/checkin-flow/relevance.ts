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
/** What the person sees of a screen: ruled out or not, the cautions, and (creams) the allowed ingredients. */
interface Seen {
  excluded: unknown;
  cautions: readonly string[];
  allowed?: readonly string[];
}
const SCREENS: Readonly<Record<Screened, (c: CheckIn) => Seen>> = {
  ibuprofen: screenIbuprofen,
  cold: screenCold,
  heat: screenHeat,
  cream: screenCream,
};

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSeen(a: Seen, b: Seen): boolean {
  return (
    (a.excluded === null) === (b.excluded === null) &&
    sameList(a.cautions, b.cautions) &&
    sameList(a.allowed, b.allowed)
  );
}

/**
 * Decides relevance for one state of the flow. The plan is built once, as if the person had already sought
 * care: an urgent check-in shows its plan after that, and its cautions must be right then too.
 */
export class Relevance {
  private offeredCache: Screened[] | null | undefined;
  private baseScreens: Seen[] | undefined;
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
    if (offered !== null) this.baseScreens ??= offered.map((r) => SCREENS[r](this.base));
    const base = this.baseScreens ?? [];
    return variants.some(
      (v) =>
        flagKey(v, this.times) !== this.baseFlags ||
        (offered?.some((r, i) => {
          const seen = base[i];
          return seen === undefined || !sameSeen(SCREENS[r](v), seen);
        }) ??
          false),
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
