import { describe, expect, it } from 'vitest';
import {
  BookingInstant,
  BookingRequestSchema,
  CancelRequestSchema,
  isIanaTimeZone,
  SlotsQuerySchema,
  TherapistProfileSchema,
} from './booking.schema.ts';

const profile = {
  displayName: 'Ada',
  timeZone: 'Europe/London',
  postcodes: ['sw1 ', 'E1'],
  sessionMinutes: [60, 90],
  bufferMinutes: 30,
  minNoticeHours: 12,
  bookingWindowDays: 60,
  weekly: [{ weekday: 1, start: '09:00', end: '17:00' }],
};

describe('booking schemas', () => {
  it('accepts IANA zones and refuses offsets and unknown names', () => {
    expect(isIanaTimeZone('Europe/London')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('+01:00')).toBe(false);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('parses the contract profile, normalising postcodes and defaulting the cancellation window', () => {
    const parsed = TherapistProfileSchema.parse(profile);
    expect(parsed.postcodes).toEqual(['SW1', 'E1']);
    expect(parsed.cancelFreeHours).toBe(24);
    expect(parsed.exceptions).toEqual([]);
  });

  it('refuses a weekly range that ends before it starts, and a bad weekday', () => {
    const bad = TherapistProfileSchema.safeParse({
      ...profile,
      weekly: [
        { weekday: 8, start: '09:00', end: '10:00' },
        { weekday: 1, start: '12:00', end: '11:00' },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['weekly.0.weekday', 'weekly.1.end']);
  });

  it('coerces slot query numbers and bounds the range', () => {
    const q = SlotsQuerySchema.parse({
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-02T00:00:00Z',
      minutes: '90',
    });
    expect(q).toMatchObject({ minutes: 90, step: 30 });
    expect(
      SlotsQuerySchema.safeParse({ from: '2026-06-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }).success,
    ).toBe(false);
  });

  it('needs the contract booking fields', () => {
    const body = {
      therapistId: '0b0e7a7e-4c4b-4f6e-9c57-7a0e6d1f3a11',
      start: '2026-06-01T09:00:00Z',
      minutes: 60,
      address: '1 High St',
      postcode: 'SW1A 1AA',
    };
    expect(BookingRequestSchema.safeParse(body).success).toBe(true);
    expect(BookingRequestSchema.safeParse({ ...body, start: '2026-06-01 09:00' }).success).toBe(false);
  });

  it('bounds instants to what PostgreSQL stores, UTC years 1900-2200', () => {
    expect(BookingInstant.safeParse('2026-03-01T09:00:00+01:00').success).toBe(true);
    expect(BookingInstant.safeParse('2200-12-31T23:59:59Z').success).toBe(true);
    expect(BookingInstant.safeParse('9999-12-31T23:59:59-23:59').success).toBe(false);
    expect(BookingInstant.safeParse('2200-12-31T23:59:59-01:00').success).toBe(false);
    expect(BookingInstant.safeParse('1899-12-31T23:59:59Z').success).toBe(false);
    expect(BookingInstant.safeParse('2026-02-30T09:00:00Z').success).toBe(false);
  });

  it('refuses NUL characters in free text, naming the field', () => {
    const res = CancelRequestSchema.safeParse({ reason: 'ok\u0000' });
    expect(res.success ? [] : res.error.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
    expect(CancelRequestSchema.parse({ reason: '  fine  ' }).reason).toBe('fine');
  });
});
