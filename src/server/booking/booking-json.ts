import { postcodeProblem, therapistCountry } from '../../domain/booking/postcode-format.ts';
import { isoZ } from '../../domain/booking/slots.ts';
import { initialsOf, lateCancelFee } from '../../domain/booking/therapist-card.ts';
import type { TherapistRow } from '../db/booking-tables.ts';
import type { BookingView } from './booking.repository.ts';

/** The public card of a therapist (GET /therapists and /therapists/:id). */
export function therapistCard(t: TherapistRow) {
  return {
    id: t.user_id,
    displayName: t.display_name,
    initials: initialsOf(t.display_name),
    bio: t.bio,
    qualifications: t.qualifications,
    prices: t.prices,
    country: therapistCountry(t.country, t.time_zone),
    timeZone: t.time_zone,
    postcodes: t.postcodes,
    sessionMinutes: t.session_minutes,
    cancelFreeHours: t.cancel_free_hours,
    lateCancelPercent: t.late_cancel_percent,
    // What cancelling late costs per session length, before any booking exists, so a client knows the cost before choosing.
    lateCancelFees: t.prices.flatMap((p) => {
      const fee = lateCancelFee(t.prices, p.minutes, t.late_cancel_percent);
      return fee === null ? [] : [{ minutes: p.minutes, ...fee }];
    }),
  };
}

/** Why a booking's postcode does not fit the therapist's country (null when it fits or is unknown). */
export function bookingPostcodeProblem(t: TherapistRow, postcode: string): string | null {
  return postcodeProblem(postcode, therapistCountry(t.country, t.time_zone));
}

/**
 * Public JSON of a booking for one of its two parties. Each sees the other party's name, not their user id
 * (the therapist's id is public: it is their profile's id); `intake` and `phone` are for both parties.
 */
export function bookingJson(b: BookingView, viewerId: string) {
  const asClient = b.clientId === viewerId;
  const fee = lateCancelFee(b.prices, b.minutes, b.lateCancelPercent);
  const freeUntilMs = b.start.getTime() - b.cancelFreeHours * 3_600_000;
  return {
    id: b.id,
    therapistId: b.therapistId,
    ...(asClient ? { clientId: b.clientId } : {}),
    therapistName: b.therapistName,
    clientName: b.clientName,
    timeZone: b.timeZone,
    start: isoZ(b.start.getTime()),
    end: isoZ(b.end.getTime()),
    minutes: b.minutes,
    status: b.status,
    address: b.address,
    postcode: b.postcode,
    phone: b.phone,
    notes: b.notes,
    intake: b.intake ?? null,
    // What cancelling costs, so the client can trust the booking: free until `freeUntil`, then `lateFee` (null: no price set).
    cancellation: { freeUntil: isoZ(freeUntilMs), lateFee: fee, latePercent: b.lateCancelPercent },
    cancelledAt: b.cancelledAt ? isoZ(b.cancelledAt.getTime()) : null,
    cancelledBy: b.cancelledBy,
    cancelReason: b.cancelReason,
    cancelLate: b.cancelLate,
    createdAt: isoZ(b.createdAt.getTime()),
  };
}
