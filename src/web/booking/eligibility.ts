/**
 * When a massage is advised again, as the booking screens use it (contract v2). One domain rule decides the
 * instant, so the plan and booking never disagree; the server answers it at `GET /api/v1/bookings/eligibility` and
 * refuses earlier bookings with 422 `massage_not_yet`. Here it only shapes what the slot picker offers and says.
 * Pure.
 */
import { dayKey, longDayLabel, timeLabel, weekdayTimeLabel } from './time-format.ts';

/** `GET /api/v1/bookings/eligibility`. */
export interface Eligibility {
  ok: boolean;
  code?: string;
  availableAt?: string | null;
}

/** The instant from which a massage is advised again, or null when nothing holds booking back in time. */
export function massageFrom(e: Eligibility | null, nowMs: number): string | null {
  if (!e || e.ok || e.code !== 'massage_not_yet' || !e.availableAt) return null;
  const at = Date.parse(e.availableAt);
  return Number.isFinite(at) && at > nowMs ? e.availableAt : null;
}

/**
 * The earliest start the slot picker may offer: the server's current answer wins; without one (an older
 * server, or offline) an instant learnt from a 422 `massage_not_yet` still counts until it has passed.
 */
export function slotFloor(e: Eligibility | null, known: string | null, nowMs: number): string | null {
  if (e) return massageFrom(e, nowMs);
  return known !== null && Date.parse(known) > nowMs ? known : null;
}

/** Whole days from one day key to another (calendar arithmetic, no clock). */
export function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T12:00:00Z`) - Date.parse(`${fromKey}T12:00:00Z`)) / 86_400_000);
}

/**
 * One plain line naming the day: "Massage is advised again from Saturday 14:00"; "from today at 14:00";
 * a week or more ahead, the date too ("from Friday 11 December, 09:00").
 */
export function massageWaitLine(availableAt: string, zone: string, nowMs: number, locale?: string): string {
  const today = dayKey(new Date(nowMs).toISOString(), zone);
  const day = dayKey(availableAt, zone);
  const gap = daysBetween(today, day);
  const when =
    gap === 0
      ? `today at ${timeLabel(availableAt, zone, locale)}`
      : gap < 7
        ? weekdayTimeLabel(availableAt, zone, locale)
        : `${longDayLabel(day, locale)}, ${timeLabel(availableAt, zone, locale)}`;
  return `Massage is advised again from ${when}.`;
}

/** Only the slots that start at or after `from` (all of them when null). */
export function slotsFrom<T extends { start: string }>(slots: readonly T[], from: string | null): T[] {
  if (from === null) return [...slots];
  const floor = Date.parse(from);
  return slots.filter((s) => Date.parse(s.start) >= floor);
}
