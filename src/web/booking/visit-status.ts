/**
 * What a client's visit card says about the visit after it has started: "In progress" until the therapist
 * completes it, then the way to aftercare, with "Follow-up due" while a follow-up is open and unanswered.
 * Pure: the instant is a parameter.
 */

/** One follow-up as GET /bookings and GET /bookings/:id return it (contract v2, Aftercare). */
export interface FollowUp {
  id: string;
  hours: number;
  dueAt: string;
  status: 'done' | 'due' | 'scheduled';
  answeredAt?: string;
  answers?: { painScore: number; soreness: number; symptoms: string[] };
}

/** The fields the card reads; the aftercare ones are optional, as a server without them leaves them out. */
export interface VisitLike {
  status: string;
  start: string;
  completedAt?: string | null;
  followUps?: readonly FollowUp[];
}

export type VisitStage = 'upcoming' | 'in_progress' | 'completed' | 'cancelled';

/** Where the visit stands for the client. */
export function visitStage(v: VisitLike, nowMs: number): VisitStage {
  if (v.status === 'cancelled') return 'cancelled';
  if (v.status === 'completed' || (v.completedAt ?? null) !== null) return 'completed';
  return Date.parse(v.start) <= nowMs ? 'in_progress' : 'upcoming';
}

/**
 * The follow-up that is open now, if any: unanswered and past its time. The server's `status` may be a
 * little old (the list was fetched a while ago), so the time decides, and an answer always closes it.
 */
export function dueFollowUp<F extends FollowUp>(
  followUps: readonly F[] | undefined,
  nowMs: number,
): F | null {
  for (const f of [...(followUps ?? [])].sort((a, b) => a.hours - b.hours)) {
    if (f.status === 'done' || f.answeredAt !== undefined) continue;
    if (f.status === 'due' || Date.parse(f.dueAt) <= nowMs) return f;
  }
  return null;
}

/** "24-hour follow-up". */
export function followUpTitle(hours: number): string {
  return `${hours}-hour follow-up`;
}
