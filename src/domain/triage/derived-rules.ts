/**
 * The contract's "Derived rules": red flags that come from times, trends and the care log rather than from a
 * single symptom. All times are elapsed milliseconds between instants, so daylight-saving changes cannot move a
 * boundary; `at` is the check-in's own instant, never the clock.
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { RedFlagId } from '../facts/registry.ts';
import { type CheckInTimes, checkInTimes } from '../plan/check-in-times.ts';
import { parseInstant } from '../plan/time.ts';

/** One hour and one day of elapsed time, in milliseconds. */
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** RF-NEW-OVER-50: a first episode strictly over this age. */
export const NEW_EPISODE_AGE = 50;
/** RF-NO-IMPROVEMENT: "a few weeks" of self-care, taken as 3 weeks; the flag needs strictly more. */
export const NO_IMPROVEMENT_DAYS = 21;
/** RF-NO-IMPROVEMENT: very severe pain starts at this score (contract: 9-10). */
export const SEVERE_PAIN = 9;
/** RF-POST-MASSAGE-LONG: onset counts as "after the massage" within this many hours of it (inclusive). */
export const MASSAGE_ONSET_HOURS = 24;
/** RF-POST-MASSAGE-LONG: ordinary post-massage soreness lasts 36 h or less and DOMS peaks by 72 h (MA-COMMON). */
export const MASSAGE_SORENESS_HOURS = 72;
/** RF-LONG-MEDS / IB-DOSE: ibuprofen for pain no more than 10 days without a doctor. */
export const IBUPROFEN_MAX_DAYS = 10;
/** RF-LONG-MEDS / CR-MENTHOL: ask a doctor if a menthol product is still needed after 7 days. */
export const MENTHOL_MAX_DAYS = 7;

/** RF-NEW-OVER-50: first-ever back pain at over 50 (50 itself does not count). */
export function newOver50(c: CheckIn, _t?: CheckInTimes): boolean {
  return c.firstEpisode && c.age > NEW_EPISODE_AGE;
}

/**
 * RF-NO-IMPROVEMENT: more than 21 days since onset without getting better (exactly 21 days does not count), or
 * pain 9-10 that is getting worse, or the person says they cannot cope. `t` is the check-in's parsed times
 * (parsed here when left out).
 */
export function noImprovement(c: CheckIn, t: CheckInTimes = checkInTimes(c)): boolean {
  const sinceOnset = t.atMs - t.onsetMs;
  const longWithoutBetter = sinceOnset > NO_IMPROVEMENT_DAYS * DAY_MS && c.trend !== 'better';
  const severeAndWorse = c.painScore >= SEVERE_PAIN && c.trend === 'worse';
  return longWithoutBetter || severeAndWorse || c.symptoms.includes('cant_cope');
}

/**
 * RF-POST-MASSAGE-LONG: pain began 0-24 h after a massage (both ends inclusive), has lasted more than 72 h
 * (exactly 72 h does not count), and is not getting better.
 */
export function postMassageLong(c: CheckIn, t: CheckInTimes = checkInTimes(c)): boolean {
  if (c.massageAt === null) return false;
  const massageToOnset = t.onsetMs - t.massageMs;
  const startedAfterMassage = massageToOnset >= 0 && massageToOnset <= MASSAGE_ONSET_HOURS * HOUR_MS;
  const lasted = t.atMs - t.onsetMs > MASSAGE_SORENESS_HOURS * HOUR_MS;
  return startedAfterMassage && lasted && c.trend !== 'better';
}

/**
 * True when the entries show use both long ago and now. "Logged on a day N or more days before `at`" means an
 * entry whose instant is at or before `at` − N × 24 h (elapsed time, so N × 24 h minus one millisecond does not
 * count); "again within the last 24 h" means an entry in [`at` − 24 h, `at`]. Entries after `at` are ignored.
 */
export function usedLongAndNow(entries: readonly { at: string }[], at: string, days: number): boolean {
  const now = parseInstant(at);
  let first = Number.NaN;
  let last = Number.NaN;
  for (const e of entries) {
    const t = parseInstant(e.at);
    // `!(t <= now)` also skips NaN.
    if (!(t <= now)) continue;
    if (!(t >= first)) first = t;
    if (!(t <= last)) last = t;
  }
  return firstAndLast(first, last, now, days);
}

/**
 * The same test over the earliest and latest entries at or before `atMs` (NaN when there are none): an entry
 * counts as "long ago" exactly when the earliest does, and as "within 24 h" exactly when the latest does.
 */
function firstAndLast(first: number, last: number, atMs: number, days: number): boolean {
  return first <= atMs - days * DAY_MS && last >= atMs - DAY_MS;
}

/**
 * RF-LONG-MEDS: still taking ibuprofen after 10 days (IB-DOSE), or a menthol product after 7 (CR-MENTHOL).
 * Reads the parsed log, whose lists hold only entries at or before `at`, oldest first.
 */
export function longMeds(c: CheckIn, t: CheckInTimes = checkInTimes(c)): boolean {
  const doses = t.log.ibuprofen;
  const firstDose = doses[0]?.t ?? Number.NaN;
  const lastDose = doses[doses.length - 1]?.t ?? Number.NaN;
  if (firstAndLast(firstDose, lastDose, t.atMs, IBUPROFEN_MAX_DAYS)) return true;
  let first = Number.NaN;
  let last = Number.NaN;
  for (const e of t.log.creams) {
    if (e.ingredient !== 'menthol') continue;
    if (Number.isNaN(first)) first = e.t;
    last = e.t;
  }
  return firstAndLast(first, last, t.atMs, MENTHOL_MAX_DAYS);
}

/** A derived rule: reads the check-in and its instants, parsed once by the caller. */
export type DerivedRule = (c: CheckIn, t: CheckInTimes) => boolean;

/** The derived rules in order, each with the flag it raises. */
export const DERIVED_RULES: readonly { id: RedFlagId; applies: DerivedRule }[] = [
  { id: 'RF-NEW-OVER-50', applies: newOver50 },
  { id: 'RF-NO-IMPROVEMENT', applies: noImprovement },
  { id: 'RF-POST-MASSAGE-LONG', applies: postMassageLong },
  { id: 'RF-LONG-MEDS', applies: longMeds },
];
