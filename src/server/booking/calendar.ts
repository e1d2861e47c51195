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

/** A reminder before each visit: a VALARM in every .ics, so the phone's calendar reminds even without the app. */
export const REMINDER_HOURS = 2;

const PRODUCT_ID = '-//Unknot//Home massage booking//EN';

/** Stable across downloads and feed refreshes, so calendars update the same event instead of adding one. */
export function bookingUid(id: string): string {
  return `booking-${id}@unknot`;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const ASCII = /^[\x20-\x7e]*$/;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 sequence
 * (code points are kept whole).
 */
function fold(line: string): string {
  // Most lines are short ASCII: no encoding needed to know they fit.
  if (line.length <= 75 && ASCII.test(line)) return line;
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An instant as a UTC DATE-TIME ("20260329T003000Z"): unambiguous in every calendar, whatever its zone. */
function utc(iso: string): string {
  return new Date(Date.parse(iso))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * One VEVENT. Written by hand: the `ics` package validated every event through yup, which cost more CPU
 * than the rest of a booking (CPU profile of bench/booking.bench.ts); ical.js parses the result in
 * calendar.test.ts.
 */
function eventLines(b: CalendarBooking, viewer: CalendarViewer): string[] {
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
  return [
    'BEGIN:VEVENT',
    `UID:${text(bookingUid(b.id))}`,
    `SUMMARY:${text(cancelled ? `Cancelled: ${title}` : title)}`,
    // DTSTAMP from the booking's own history keeps the output stable for the same booking state.
    `DTSTAMP:${utc(cancelled && b.cancelledAt ? b.cancelledAt : b.createdAt)}`,
    `DTSTART:${utc(b.start)}`,
    `DTEND:${utc(b.end)}`,
    // A cancellation is a new revision of the same event, so clients replace what they hold.
    `SEQUENCE:${cancelled ? 1 : 0}`,
    `DESCRIPTION:${text(description)}`,
    `LOCATION:${text(`${b.address}, ${b.postcode}`)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `X-MICROSOFT-CDO-BUSYSTATUS:${cancelled ? 'FREE' : 'BUSY'}`,
    ...(cancelled
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${text(`Massage in ${REMINDER_HOURS} hours`)}`,
          `TRIGGER:-PT${REMINDER_HOURS}H`,
          'END:VALARM',
        ]),
    'END:VEVENT',
  ];
}

function render(bookings: readonly CalendarBooking[], viewer: CalendarViewer): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${PRODUCT_ID}`,
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Unknot',
    'X-PUBLISHED-TTL:PT1H',
    ...bookings.flatMap((b) => eventLines(b, viewer)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** One booking as an `.ics` file (GET /api/v1/bookings/:id.ics, and the e-mail attachment). */
export function bookingIcs(booking: CalendarBooking, viewer: CalendarViewer): string {
  return render([booking], viewer);
}

/** A user's private feed of their bookings (GET /api/v1/calendar/:token.ics); empty is a valid calendar. */
export function bookingsFeed(bookings: readonly CalendarBooking[], viewer: CalendarViewer): string {
  return render(bookings, viewer);
}
