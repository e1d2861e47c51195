/**
 * When a massage is advised again: ONE rule for the plan's massage item (src/domain/plan/habit-items.ts) and
 * for the booking gate on the server (contract v2 `massage_not_yet`), so the plan and the booking screen can
 * never disagree.
 *
 * MA-AGAIN (a product rule, not evidence: no guideline says when the next massage is reasonable):
 * - after a massage, no other massage for 72 h (MASSAGE_REST_HOURS), which covers the usual course of
 *   post-massage soreness (≤ 36 h) and the DOMS peak (24-72 h) (MA-COMMON);
 * - none while RF-POST-MASSAGE-LONG is raised, until a doctor has looked at it (MA-NOT-NORMAL);
 * - none while an emergency or urgent flag is present (every red flag applies after a massage, MA-NOT-NORMAL).
 * Pure: every instant is a parameter.
 */
import type { Level } from '../contract/ids.ts';
import { MASSAGE_REST_HOURS } from '../plan/limits.ts';

const HOUR_MS = 3_600_000;

/** What the rule decides for one check-in. */
export type MassageTiming =
  /** A massage is fine now (as far as this rule goes). */
  | { readonly kind: 'now' }
  /** MA-AGAIN: not before `availableAt` (72 h after the last massage). */
  | { readonly kind: 'from'; readonly availableAtMs: number }
  /** RF-POST-MASSAGE-LONG: not until a doctor has seen the lasting soreness. */
  | { readonly kind: 'see_doctor' }
  /** An emergency or urgent flag: medical help first, not a massage. */
  | { readonly kind: 'red_flag' };

/** What the rule reads from a check-in and its triage. */
export interface MassageTimingInput {
  /** The check-in's instant, epoch ms. */
  readonly atMs: number;
  /** The last massage before the check-in, epoch ms; NaN (or null) when there was none. */
  readonly massageMs: number | null;
  /** The check-in's triage level. */
  readonly level: Level;
  /** The ids of the flags triage raised. */
  readonly flagIds: readonly string[];
}

/** Decide when a massage is advised again (MA-AGAIN, RF-POST-MASSAGE-LONG, MA-COMMON). */
export function massageTiming(input: MassageTimingInput): MassageTiming {
  // MA-NOT-NORMAL: an emergency or urgent flag needs medical help first.
  if (input.level === 'emergency' || input.level === 'urgent') return { kind: 'red_flag' };
  // RF-POST-MASSAGE-LONG: soreness after a massage that has lasted or grows needs a doctor, not another massage.
  if (input.flagIds.includes('RF-POST-MASSAGE-LONG')) return { kind: 'see_doctor' };
  const massageMs = input.massageMs ?? Number.NaN;
  const restEndsMs = massageMs + MASSAGE_REST_HOURS * HOUR_MS;
  // MA-AGAIN, MA-COMMON: 72 h after the last massage. A massage dated after the check-in has not happened
  // yet, and NaN comparisons are false, so no massage means no wait.
  if (massageMs <= input.atMs && restEndsMs > input.atMs) return { kind: 'from', availableAtMs: restEndsMs };
  return { kind: 'now' };
}

/** Whether a visit starting at `startMs` is advised under `timing`. */
export function massageAllowedAt(timing: MassageTiming, startMs: number): boolean {
  if (timing.kind === 'now') return true;
  if (timing.kind === 'from') return startMs >= timing.availableAtMs;
  return false;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The UTC offset in minutes of an ISO instant's own suffix ("+01:00" → 60, "Z" → 0), 0 when absent. */
export function offsetMinutesOf(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (m === null) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * An instant as the person's wall clock shows it, with the day named: "Saturday 5 December, 22:09". The
 * offset is the one the person's own check-in was written with, so no time-zone database is needed here;
 * a daylight-saving change inside the 72 h can shift the shown time by an hour, never the day's name by more.
 */
export function dayAndTime(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${hh}:${mm}`;
}
