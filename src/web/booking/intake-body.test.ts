import { expect, test } from 'vitest';
import { emptyIntake } from './flow-state.ts';
import { bookingBody, intakeProblems } from './intake-body.ts';

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
