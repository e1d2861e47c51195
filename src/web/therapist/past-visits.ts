/** Which visits the therapist's "Past visits" lists, and in what order. Pure. */

import { CORRECTION_HOURS } from '../../domain/aftercare/follow-up.ts';

const CORRECTION_MS = CORRECTION_HOURS * 3_600_000;

interface Listed {
  status: string;
  start: string;
  completedAt?: string | null;
}

/**
 * Visits that have started and were not cancelled: those still to complete first (the therapist's next
 * task), then the completed ones; newest first within each.
 */
export function pastVisits<T extends Listed>(list: readonly T[], nowMs: number): T[] {
  const started = list.filter((b) => b.status !== 'cancelled' && Date.parse(b.start) <= nowMs);
  const rank = (b: T) => (b.status === 'completed' ? 1 : 0);
  return started.sort((a, b) => rank(a) - rank(b) || Date.parse(b.start) - Date.parse(a.start));
}

/** Whether the note of a completed visit can still be corrected at `nowMs`. */
export function correctable(b: Listed, nowMs: number): boolean {
  if (b.status !== 'completed' || !b.completedAt) return false;
  return nowMs - Date.parse(b.completedAt) < CORRECTION_MS;
}

/** "Pain before 6, after 24 h 4, after 48 h 2": the trend's text, from what is known. */
export function trendPoints(
  painBefore: number | null | undefined,
  followUps: readonly { hours: number; answers?: { painScore: number } }[],
): { label: string; value: number }[] {
  const points: { label: string; value: number }[] = [];
  if (typeof painBefore === 'number') points.push({ label: 'before', value: painBefore });
  for (const f of [...followUps].sort((a, b) => a.hours - b.hours)) {
    if (f.answers) points.push({ label: `${f.hours} h`, value: f.answers.painScore });
  }
  return points;
}
