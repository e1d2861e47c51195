import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookingIcs, bookingsFeed, bookingUid, type CalendarBooking } from './calendar.ts';
import { feedTokenMatches, hashFeedToken, newFeedToken } from './calendar-token.ts';

const booking: CalendarBooking = {
  id: '7d3c6f0e-1111-4a4a-9999-000000000001',
  // Across the London spring-forward: 00:30 GMT to 03:30 BST is two real hours.
  start: '2026-03-29T00:30:00Z',
  end: '2026-03-29T02:30:00Z',
  status: 'confirmed',
  address: '1 High Street, Flat 2',
  postcode: 'SW1A 1AA',
  therapistName: 'Ada Therapist',
  clientName: 'Bo Client',
  createdAt: '2026-03-01T10:00:00Z',
};

function events(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent');
}

describe('booking .ics', () => {
  it('parses with ical.js with UTC times, a stable UID and a 2-hour reminder', () => {
    const [vevent] = events(bookingIcs(booking, 'client'));
    if (vevent === undefined) throw new Error('no event');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(bookingUid(booking.id));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-29T02:30:00.000Z');
    expect(event.duration.toSeconds()).toBe(7200);
    expect(event.location).toBe('1 High Street, Flat 2, SW1A 1AA');
    expect(event.summary).toBe('Massage at home with Ada Therapist');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const alarm = vevent.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    expect(trigger).toBeInstanceOf(ICAL.Duration);
    expect((trigger as ICAL.Duration).toSeconds()).toBe(-2 * 3600);
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('marks a cancelled booking CANCELLED as a new revision of the same UID, without a reminder', () => {
    const text = bookingIcs(
      { ...booking, status: 'cancelled', cancelledAt: '2026-03-20T08:00:00Z' },
      'therapist',
    );
    const [vevent] = events(text);
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent?.getFirstPropertyValue('uid')).toBe(bookingUid(booking.id));
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(1);
    expect(vevent?.getFirstSubcomponent('valarm')).toBeNull();
    expect(String(vevent?.getFirstPropertyValue('summary'))).toContain('Bo Client');
  });

  it('is the same text for the same booking state', () => {
    expect(bookingIcs(booking, 'client')).toBe(bookingIcs(booking, 'client'));
  });
});

describe('bookings feed', () => {
  it('holds each booking once with its own times and alarm', () => {
    const second = { ...booking, id: 'b2', start: '2026-11-01T14:00:00Z', end: '2026-11-01T15:30:00Z' };
    const list = events(bookingsFeed([booking, second], 'therapist'));
    expect(list.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      bookingUid(booking.id),
      bookingUid('b2'),
    ]);
    const ev = new ICAL.Event(list[1]);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-11-01T14:00:00.000Z');
    expect(ev.duration.toSeconds()).toBe(5400);
    expect(list[1]?.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('is a valid empty calendar when there are no bookings', () => {
    const cal = new ICAL.Component(ICAL.parse(bookingsFeed([], 'client')));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('feed tokens', () => {
  it('are random, stored hashed, and match only themselves', () => {
    const a = newFeedToken();
    const b = newFeedToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(hashFeedToken(a)).not.toContain(a);
    expect(feedTokenMatches(a, hashFeedToken(a))).toBe(true);
    expect(feedTokenMatches(b, hashFeedToken(a))).toBe(false);
  });
});

describe('ics text', () => {
  it('escapes commas, semicolons and newlines and folds long lines without splitting a character', () => {
    const odd = {
      ...booking,
      address: `Flat 2; the "long" one, ${'é'.repeat(60)}\nback door`,
      postcode: 'E1 6AN',
    };
    const text = bookingIcs(odd, 'client');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [vevent] = events(text);
    expect(vevent?.getFirstPropertyValue('location')).toBe(`${odd.address}, E1 6AN`);
  });
});
