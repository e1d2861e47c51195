import { zoneFormatter } from '../../zone-format.ts';
import { bookingIcs, type CalendarBooking, type CalendarViewer } from '../calendar.ts';

/** What happened to a booking; each one is told to both sides, so neither learns of a change from the other. */
export type BookingMessageKind = 'confirmed' | 'changed' | 'cancelled';

/** One message to one person, ready for the inbox and the outbox (`ics` is rendered when first read). */
export interface ComposedMessage {
  readonly userId: string;
  readonly role: CalendarViewer;
  readonly subject: string;
  readonly text: string;
  readonly ics: string;
}

/** The people on a booking and the zone its times are told in (the therapist's, where the visit happens). */
export interface MessageParties {
  readonly clientId: string;
  readonly therapistId: string;
  readonly timeZone: string;
  readonly cancelledBy?: CalendarViewer | null;
  readonly reason?: string | null;
}

const dayFormat = zoneFormatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = zoneFormatter({ hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/**
 * "Monday, 1 June 2026, 10:00 BST to 11:00 BST (Europe/London)": local to the visit, never a bare UTC time;
 * the zone abbreviation keeps a visit across a clock change unambiguous ("01:30 BST to 01:30 GMT").
 */
export function visitWhen(start: string, end: string, timeZone: string): string {
  const day = dayFormat(timeZone);
  const hm = timeFormat(timeZone);
  const s = Date.parse(start);
  return `${day.format(s)}, ${hm.format(s)} to ${hm.format(Date.parse(end))} (${timeZone})`;
}

/** The two messages (client and therapist) for a booking event, each with the booking's `.ics`. */
export function composeBookingMessages(
  kind: BookingMessageKind,
  booking: CalendarBooking,
  parties: MessageParties,
): ComposedMessage[] {
  const state: CalendarBooking = kind === 'cancelled' ? { ...booking, status: 'cancelled' } : booking;
  const when = visitWhen(booking.start, booking.end, parties.timeZone);
  const where = `${booking.address}, ${booking.postcode}`;
  const reason = parties.reason ? `\nReason given: ${parties.reason}` : '';
  const by = parties.cancelledBy === 'therapist' ? 'the therapist' : 'the client';
  const lines: Record<CalendarViewer, { subject: string; text: string }> = {
    client: {
      confirmed: {
        subject: `Booked: massage with ${booking.therapistName}`,
        text: `Your in-home massage with ${booking.therapistName} is booked for ${when} at ${where}.\nBefore the visit, do a quick check-in in Unknot. You can cancel free of charge up to the time shown in the app.`,
      },
      changed: {
        subject: `Changed: massage with ${booking.therapistName}`,
        text: `Your in-home massage with ${booking.therapistName} is now ${when} at ${where}.`,
      },
      cancelled: {
        subject: `Cancelled: massage with ${booking.therapistName}`,
        text: `Your in-home massage with ${booking.therapistName} on ${when} was cancelled by ${by}.${reason}`,
      },
    }[kind],
    therapist: {
      confirmed: {
        subject: `New visit: ${booking.clientName}`,
        text: `${booking.clientName} booked a home visit for ${when} at ${where}.\nTheir intake (pressure, areas to avoid, home notes) is in your Unknot agenda.`,
      },
      changed: {
        subject: `Visit changed: ${booking.clientName}`,
        text: `The home visit with ${booking.clientName} is now ${when} at ${where}.`,
      },
      cancelled: {
        subject: `Visit cancelled: ${booking.clientName}`,
        text: `The home visit with ${booking.clientName} on ${when} was cancelled by ${by}.${reason}`,
      },
    }[kind],
  };
  return (['client', 'therapist'] as const).map((role) => ({
    userId: role === 'client' ? parties.clientId : parties.therapistId,
    role,
    subject: lines[role].subject,
    text: lines[role].text,
    // Rendered when read: only e-mail carries the calendar file, and without SMTP nothing reads it.
    get ics() {
      return bookingIcs(state, role);
    },
  }));
}
