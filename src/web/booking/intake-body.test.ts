import { expect, test } from 'vitest';
import { emptyIntake } from './flow-state.ts';
import { bookingBody, intakeProblems, phoneProblem } from './intake-body.ts';

const base = { therapistId: 't', start: '2026-11-27T10:00:00Z', minutes: 60 };

test('history leaves the device only with the consent tick', () => {
  const draft = { ...emptyIntake(), address: '1 Road', postcode: 'SW1A 1AA', history: 'Disc surgery 2019' };
  expect(bookingBody({ ...base, draft }).intake?.history).toBeUndefined();
  expect(intakeProblems(draft).history).toBeDefined();
  const consented = { ...draft, historyConsent: true };
  expect(bookingBody({ ...base, draft: consented }).intake).toMatchObject({
    historyConsent: true,
    history: 'Disc surgery 2019',
  });
  expect(intakeProblems(consented)).toEqual({});
});

test('home notes, areas to avoid and pressure become the intake', () => {
  const draft = {
    ...emptyIntake(),
    address: '1 Road',
    postcode: 'sw1a 1aa',
    pressure: 'light' as const,
    avoidAreas: 'lower back, left hip',
    spasmBefore: 'yes' as const,
    parking: 'Permit bay outside',
    pets: 'A calm dog',
    table: 'yes' as const,
  };
  const body = bookingBody({ ...base, draft });
  expect(body.intake).toMatchObject({
    pressure: 'light',
    avoidAreas: ['lower back', 'left hip'],
    spasmAfterPastMassage: true,
  });
  expect(body.intake?.homeNotes).toBe(
    'Parking: Permit bay outside\nPets: A calm dog\nRoom for a massage table: yes',
  );
  expect(intakeProblems({ ...emptyIntake() })).toHaveProperty('address');
});

test('the phone number is optional, sent trimmed, and must be dialable', () => {
  const draft = { ...emptyIntake(), address: '1 Road', postcode: 'SW1A 1AA' };
  expect(bookingBody({ ...base, draft })).not.toHaveProperty('phone');
  expect(bookingBody({ ...base, draft: { ...draft, phone: ' +44 7700 900123 ' } }).phone).toBe(
    '+44 7700 900123',
  );
  expect(phoneProblem('')).toBeNull();
  expect(phoneProblem('(212) 555-0100')).toBeNull();
  for (const bad of ['123456', 'call me', '+44 7700 900123 ext 5', '1234567890123456']) {
    expect(phoneProblem(bad)).toMatch(/phone number/);
  }
  expect(intakeProblems({ ...draft, phone: 'call me' }, 'GB')).toHaveProperty('phone');
});

test('the address postcode is checked against the country before sending', () => {
  const draft = { ...emptyIntake(), address: '1 Road', postcode: '2000' };
  expect(intakeProblems(draft, 'AU')).toEqual({});
  expect(intakeProblems(draft, 'GB').postcode).toMatch(/not a UK postcode/);
  expect(intakeProblems({ ...draft, postcode: 'SW1A' }, 'GB').postcode).toMatch(/SW1A 1AA/);
  expect(intakeProblems({ ...draft, postcode: '90210' }, 'US')).toEqual({});
});
