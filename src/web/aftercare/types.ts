/** The visit as GET /bookings/:id returns it to the client, with its aftercare (contract v2, Aftercare). */
import type { VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { Booking } from '../booking/booking-api.ts';
import type { FollowUp } from '../booking/visit-status.ts';

export type { VisitNote };

/** What POST /followups/:id answers: the check-in's Assessment plus the follow-up's own advice. */
export interface FollowUpResult extends Assessment {
  followUp?: {
    id: string;
    hours: number;
    /** RF-POST-MASSAGE-LONG: pain at 48 h higher than before the visit. */
    worseAfterVisit: { fact: string; message: string; seeClinicianBy: string } | null;
  };
}

export interface AnsweredFollowUp extends FollowUp {
  assessment?: FollowUpResult;
}

export interface AftercareVisit extends Booking {
  shareFollowUps: boolean;
  completedAt?: string | null;
  visitNote: VisitNote | null;
  followUps?: AnsweredFollowUp[];
}
