/**
 * The therapist's side of aftercare as the screens use it: visits with their completion, follow-ups and review
 * (GET /bookings), completing a visit with a note, and the practice view. Types only from the domain, so no
 * zod reaches the browser bundle.
 */
import type { VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import type { Booking } from '../booking/booking-api.ts';
import type { FollowUp } from '../booking/visit-status.ts';
import { api } from '../lib/api.ts';

export type { VisitNote };

/** One follow-up as the therapist sees it: answers only when the client shared them (the client's own type). */
export type FollowUpView = FollowUp;

/** What aftercare adds to a visit in the lists (absent on an older server). */
export interface AftercareFields {
  clientKey?: string;
  completedAt?: string | null;
  shareFollowUps?: boolean;
  /** The client's pain at their last check-in before the visit, when they shared their answers. */
  painBefore?: number | null;
  followUps?: FollowUpView[];
  review?: { stars: number; text: string | null; createdAt: string } | null;
}

/** A visit in the therapist's agenda (its follow-ups as the therapist sees them: answers only with consent). */
export type AgendaVisit = Omit<Booking, 'status' | 'followUps'> & {
  status: 'confirmed' | 'cancelled' | 'completed';
} & AftercareFields;

/** A saved note with its correction window, as GET /bookings/:id returns it. */
export type SavedNote = VisitNote & { savedAt: string; correctableUntil?: string };

/** The aftercare part of one visit (GET /bookings/:id and the answer of a completion). */
export interface VisitAftercare extends AftercareFields {
  visitNote: SavedNote | null;
}

/** POST /bookings/:id/complete: completes a started visit, or corrects its note within 24 h. */
export const completeVisit = (id: string, note: VisitNote) =>
  api<VisitAftercare>(`/bookings/${encodeURIComponent(id)}/complete`, { method: 'POST', body: { note } });

/** One visit in a client's history with this therapist. */
export interface HistoryVisit extends AftercareFields {
  id: string;
  start: string;
  end: string;
  minutes: number;
  status: 'confirmed' | 'cancelled' | 'completed';
  intake: Partial<Booking['intake'] & object> | null;
  notes: string | null;
  visitNote: SavedNote | null;
}

/** GET /therapist/clients/:clientKey. */
export interface ClientHistory {
  clientKey: string;
  name: string;
  visits: HistoryVisit[];
}

export const clientHistory = (clientKey: string) =>
  api<ClientHistory>(`/therapist/clients/${encodeURIComponent(clientKey)}`);
