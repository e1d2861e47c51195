import { expect, test } from 'vitest';
import type { TherapistProfile } from './booking-api.ts';
import { pricesFromText } from './money.ts';
import { formFrom, toInput } from './profile-form.ts';

const saved: TherapistProfile = {
  id: 't',
  displayName: 'Ada Brooks',
  bio: 'Gentle first visits.',
  qualifications: ['Level 3 Diploma', 'First aid'],
  prices: [
    { minutes: 60, amount: 7000, currency: 'GBP' },
    { minutes: 90, amount: 9550, currency: 'GBP' },
  ],
  lateCancelPercent: 50,
  timeZone: 'Europe/London',
  postcodes: ['SW1', 'E1'],
  sessionMinutes: [60, 90],
  bufferMinutes: 30,
  minNoticeHours: 12,
  bookingWindowDays: 60,
  cancelFreeHours: 24,
  weekly: [{ weekday: 1, start: '09:00', end: '17:00' }],
  exceptions: [],
};

test('a saved profile goes through the form and back unchanged', () => {
  const f = formFrom(saved, 'ignored');
  expect(f.priceText).toEqual({ 60: '70.00', 90: '95.50' });
  expect(f.qualifications).toBe('Level 3 Diploma\nFirst aid');
  const priced = pricesFromText(f.priceText, f.currency, f.sessionMinutes);
  if ('bad' in priced) throw new Error(priced.message);
  const body = toInput(f, priced.prices);
  expect(body).toMatchObject({
    bio: saved.bio,
    qualifications: saved.qualifications,
    prices: saved.prices,
    lateCancelPercent: 50,
    postcodes: ['SW1', 'E1'],
  });
});

test('a new profile guesses the currency from the time zone and sends no prices until typed', () => {
  const f = formFrom({ ...saved, prices: [], timeZone: 'Australia/Sydney' }, 'x');
  expect(f.currency).toBe('AUD');
  expect(formFrom(null, 'Noor').displayName).toBe('Noor');
  const body = toInput({ ...f, qualifications: ' A \n\n B ' }, []);
  expect(body.qualifications).toEqual(['A', 'B']);
  expect(body.prices).toEqual([]);
});
