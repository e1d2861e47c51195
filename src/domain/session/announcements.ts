/**
 * What a screen reader hears while a timer runs: a calm message at sensible moments, never every second.
 * Every 5 minutes while more than 5 are left, each minute in the last 5, a warning at 2 minutes, and an
 * assertive "take it off now" at the end (CO-20, HE-TEST). Pure: `now` is a parameter.
 */
import { remaining, type Timer, type TimerKind } from './timer.ts';

const MINUTE = 60_000;

/** One message for the aria-live region. */
export interface Announcement {
  /** The threshold (ms left) this message marks; store it and pass it back as `lastAnnounced`. */
  key: number;
  text: string;
  /** `assertive` only when something must be done now (take the pack off). */
  politeness: 'polite' | 'assertive';
}

/** The message at the end of a timer of this kind. */
export function doneMessage(kind: TimerKind): string {
  // CO-WRAP, CO-20 / HE-TEST: the session ends by taking it off, not by a silent stop.
  if (kind === 'cold') return "Time's up: take the cold pack off now.";
  if (kind === 'heat') return "Time's up: take the heat off now.";
  if (kind === 'hold') return 'Hold done. Relax.';
  return "Time's up. Well done.";
}

function minutesText(n: number): string {
  return n === 1 ? '1 minute left.' : `${n} minutes left.`;
}

/** The thresholds (ms left) at which a timer of `plannedMs` speaks, from the earliest to the last (0). */
export function thresholds(plannedMs: number): number[] {
  const out: number[] = [];
  const top = Math.floor((plannedMs - 1) / MINUTE);
  for (let m = top; m >= 1; m--) {
    if (m <= 5 || m % 5 === 0) out.push(m * MINUTE);
  }
  out.push(0);
  return out;
}

function messageFor(kind: TimerKind, key: number): Announcement {
  if (key === 0) return { key, text: doneMessage(kind), politeness: 'assertive' };
  const minutes = key / MINUTE;
  if (minutes === 2 && (kind === 'cold' || kind === 'heat')) {
    return { key, text: '2 minutes left. Get ready to take it off.', politeness: 'polite' };
  }
  return { key, text: minutesText(minutes), politeness: 'polite' };
}

/**
 * The announcements due at `now`, given the key of the last one made (`null` for none yet). When several
 * thresholds have passed (a hidden tab, a reload), only the newest is returned: stale "5 minutes left"
 * messages are never replayed. The result is empty or holds one message.
 * @example announcements(t, t.deadline, 60_000) // [{ key: 0, text: "Time's up: …", politeness: 'assertive' }]
 */
export function announcements(timer: Timer, now: number, lastAnnounced: number | null): Announcement[] {
  const left = remaining(timer, now);
  const passed = thresholds(timer.plannedMs).filter((t) => left <= t);
  const newest = passed.at(-1);
  if (newest === undefined) return [];
  if (lastAnnounced !== null && newest >= lastAnnounced) return [];
  return [messageFor(timer.kind, newest)];
}
