import { createEvents, type EventAttributes } from 'ics';

/** What the calendar needs to know about one booking. Instants are ISO strings with an offset. */
export interface CalendarBooking {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly status: 'confirmed' | 'cancelled';
  readonly address: string;
  readonly postcode: string;
  readonly therapistName: string;
  readonly clientName: string;
  readonly createdAt: string;
  readonly cancelledAt?: string | null;
}

/** Whose calendar the event goes into: the summary names the other side. */
export type CalendarViewer = 'client' | 'therapist';

/** Reminder before each visit (issue 5: a VALARM reminder in every .ics). */
export const REMINDER_HOURS = 2;

const PRODUCT_ID = '-//Unknot//Home massage booking//EN';

/** Stable across downloads and feed refreshes, so calendars update the same event instead of adding one. */
export function bookingUid(id: string): string {
  return `booking-${id}@unknot`;
}

function eventOf(b: CalendarBooking, viewer: CalendarViewer): EventAttributes & { timestamp: number } {
  const cancelled = b.status === 'cancelled';
  const title =
    viewer === 'client'
      ? `Massage at home with ${b.therapistName}`
      : `Home visit: ${b.clientName} (${b.postcode})`;
  // Health details (the intake) stay in the app: a feed is often synced to third-party calendars.
  const description =
    viewer === 'client'
      ? 'Your in-home massage booked with Unknot. To cancel or see the details, open Unknot.'
      : 'Home visit booked with Unknot. Open Unknot for the client’s intake and home notes.';
  return {
    uid: bookingUid(b.id),
    // UTC times: unambiguous in every calendar, whatever zone the viewer is in.
    start: Date.parse(b.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(b.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: cancelled ? `Cancelled: ${title}` : title,
    description,
    location: `${b.address}, ${b.postcode}`,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: cancelled ? 'FREE' : 'BUSY',
    // A cancellation is a new revision of the same event, so clients replace what they hold.
    sequence: cancelled ? 1 : 0,
    // DTSTAMP from the booking's own history keeps the output stable for the same booking state.
    timestamp: Date.parse(cancelled && b.cancelledAt ? b.cancelledAt : b.createdAt),
    alarms: cancelled
      ? []
      : [
          {
            action: 'display',
            description: `Massage in ${REMINDER_HOURS} hours`,
            trigger: { hours: REMINDER_HOURS, before: true },
          },
        ],
  };
}

function render(events: (EventAttributes & { timestamp: number })[], calName: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName });
  if (error !== null || value === null) throw error ?? new Error('calendar could not be rendered');
  return value;
}

/** One booking as an `.ics` file (GET /api/v1/bookings/:id.ics, and the e-mail attachment). */
export function bookingIcs(booking: CalendarBooking, viewer: CalendarViewer): string {
  return render([eventOf(booking, viewer)], 'Unknot');
}

/** A user's private feed of their bookings (GET /api/v1/calendar/:token.ics). */
export function bookingsFeed(bookings: readonly CalendarBooking[], viewer: CalendarViewer): string {
  if (bookings.length === 0) {
    // The ics package refuses an empty list; an empty calendar is still a valid feed.
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODUCT_ID}`,
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Unknot',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  return render(
    bookings.map((b) => eventOf(b, viewer)),
    'Unknot',
  );
}
