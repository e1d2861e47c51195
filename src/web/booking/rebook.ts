/**
 * "Book <therapist> again" from a finished visit: which day the slot picker opens on, and the link that
 * carries the therapist and that day to the booking page. Pure: the instant is a parameter.
 *
 * The suggested day is a suggestion, not a rule. No guideline says when the next massage is reasonable
 * (MA-AGAIN). Two weeks after the visit is when back pain has often eased with self-care (EX-ROUTINE), so it
 * is a natural moment to see whether another massage is wanted; and NICE advises massage only alongside
 * exercise (MA-NICE), not as a weekly habit on its own. The picker still lets the person go to an earlier week.
 * The product's rule on when a massage is advised again (72 h after the last one, MA-AGAIN) is a hard floor:
 * the suggestion never falls before it, and the slot picker never offers a time before it either (it takes
 * the server's `availableAt`).
 */
import { MASSAGE_REST_HOURS } from '../../domain/plan/limits.ts';

const HOUR_MS = 3_600_000;
/** Two weeks after the visit (EX-ROUTINE: pain often eases in about 2 weeks). */
export const REBOOK_AFTER_DAYS = 14;

/** The instant the slot picker opens on for a rebooking: two weeks after the visit, never before the rule. */
export function suggestedRebookFrom(visit: { start: string; end: string }, nowMs: number): string {
  const suggested = Date.parse(visit.end) + REBOOK_AFTER_DAYS * 24 * HOUR_MS;
  const floor = Date.parse(visit.start) + MASSAGE_REST_HOURS * HOUR_MS;
  return new Date(Math.max(suggested, floor, nowMs)).toISOString();
}

/** The booking page's address with the therapist preselected: `/book?therapist=<id>&from=<instant>`. */
export function rebookPath(therapistId: string, fromIso: string): string {
  return `/book?therapist=${encodeURIComponent(therapistId)}&from=${encodeURIComponent(fromIso)}`;
}

/** A rebooking request read back from the location's hash; null when it has none or it is malformed. */
export function parseRebook(hash: string): { therapistId: string; from: string | null } | null {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  if (q < 0 || raw.slice(0, q) !== '/book') return null;
  const params = new URLSearchParams(raw.slice(q + 1));
  const therapistId = params.get('therapist');
  if (!therapistId || !/^[0-9a-zA-Z-]{1,64}$/.test(therapistId)) return null;
  const from = params.get('from');
  return { therapistId, from: from !== null && Number.isFinite(Date.parse(from)) ? from : null };
}
