import { describe, expect, it } from 'vitest';
import { bookingGate, gateRefusal } from './booking-gate.ts';

const H = 3_600_000;
const now = Date.parse('2026-12-03T10:00:00Z');
const calm = {
  atMs: now - H,
  createdAtMs: now - H,
  level: 'self_care' as const,
  massageMs: null,
  flagIds: [],
};

describe('bookingGate (contract v2)', () => {
  it('asks for a check-in when there is none', () => {
    expect(bookingGate(undefined)).toEqual({ ok: false, code: 'checkin_required' });
    expect(gateRefusal(bookingGate(undefined), now + 100 * H)).toBe('checkin_required');
  });
  it('refuses after an emergency or urgent flag, but not a doctor-level one', () => {
    expect(gateRefusal(bookingGate({ ...calm, level: 'urgent' }), now + 100 * H)).toBe('red_flag');
    expect(gateRefusal(bookingGate({ ...calm, level: 'emergency' }), now + 100 * H)).toBe('red_flag');
    expect(gateRefusal(bookingGate({ ...calm, level: 'doctor' }), now + 100 * H)).toBeNull();
  });
  it('offers visits from 72 h after a massage only (MA-AGAIN)', () => {
    const d = bookingGate({ ...calm, massageMs: now - 10 * H });
    expect(d).toEqual({
      ok: false,
      code: 'massage_not_yet',
      availableAtMs: now + 62 * H,
      validUntilMs: now + 23 * H,
    });
    expect(gateRefusal(d, now + 62 * H - 60_000)).toBe('massage_not_yet');
    expect(gateRefusal(d, now + 62 * H)).toBeNull();
  });
  it('offers no visit while lasting post-massage soreness waits for a doctor', () => {
    const d = bookingGate({ ...calm, level: 'doctor', flagIds: ['RF-POST-MASSAGE-LONG'] });
    expect(d).toMatchObject({ ok: false, code: 'massage_not_yet', availableAtMs: null });
    expect(gateRefusal(d, now + 1000 * H)).toBe('massage_not_yet');
  });
  it('counts a massage on record even when the check-in left it out or came before it (MA-AGAIN)', () => {
    // The check-in an hour ago named no massage; the therapist completed a visit 30 min ago.
    const d = bookingGate({ ...calm, recordedMassageMs: now - 0.5 * H });
    expect(d).toMatchObject({ ok: false, code: 'massage_not_yet', availableAtMs: now + 71.5 * H });
    expect(gateRefusal(d, now + 71 * H)).toBe('massage_not_yet');
    expect(gateRefusal(d, now + 71.5 * H)).toBeNull();
    // The later of the named and the recorded massage decides.
    const both = bookingGate({ ...calm, massageMs: now - 30 * H, recordedMassageMs: now - 10 * H });
    expect(both).toMatchObject({ availableAtMs: now + 62 * H });
    // A massage on record longer than 72 h before the check-in changes nothing.
    expect(bookingGate({ ...calm, recordedMassageMs: now - 80 * H })).toMatchObject({ ok: true });
  });
});
