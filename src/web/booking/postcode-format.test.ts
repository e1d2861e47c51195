import { expect, test } from 'vitest';
import { searchPostcodeProblem } from '../../domain/booking/postcode-format.ts';
import { addressCountry, checkPickedPostcode, countryForZone, pickerFormat } from './postcode-format.ts';

test('a country we know is checked by the domain rule', () => {
  expect(checkPickedPostcode('sw1a1aa', 'GB')).toEqual({ ok: true, value: 'SW1A 1AA' });
  expect(checkPickedPostcode('SW1A', 'GB', { area: true })).toEqual({ ok: true, value: 'SW1A' });
  expect(checkPickedPostcode('m5v3l9', 'CA')).toEqual({ ok: true, value: 'M5V 3L9' });
  expect(pickerFormat('IE')).toMatchObject({ name: 'Ireland', example: 'D02 X285' });
});

test('another country: the search takes only what the server searches; an address only has to look like a code', () => {
  for (const code of ['10115', 'SW1A', 'M5V 3L9', '2000', '1011 AB', 'ABC', '!']) {
    expect(checkPickedPostcode(code, 'OTHER', { area: true }).ok, code).toBe(
      searchPostcodeProblem(code) === null,
    );
  }
  expect(checkPickedPostcode('1011 AB', 'OTHER', { area: true })).toMatchObject({ ok: false });
  expect(checkPickedPostcode('1011 AB', 'OTHER')).toEqual({ ok: true, value: '1011AB' });
  expect(checkPickedPostcode('00-950', 'OTHER')).toEqual({ ok: true, value: '00-950' });
  expect(checkPickedPostcode('10115', 'OTHER').ok).toBe(true);
  expect(checkPickedPostcode('!', 'OTHER').ok).toBe(false);
  expect(checkPickedPostcode(' ', 'OTHER')).toEqual({
    ok: false,
    message: 'Enter a postcode, for example 10115.',
  });
  expect(pickerFormat('OTHER').name).toBe('Another country');
});

test('the first guess of the country comes from the time zone', () => {
  expect(countryForZone('Europe/London')).toBe('GB');
  expect(countryForZone('America/Los_Angeles')).toBe('US');
  expect(countryForZone('America/Indiana/Indianapolis')).toBe('US');
  expect(countryForZone('America/Toronto')).toBe('CA');
  expect(countryForZone('America/Mexico_City')).toBe('OTHER');
  expect(countryForZone('Australia/Sydney')).toBe('AU');
  expect(countryForZone('Pacific/Auckland')).toBe('NZ');
  expect(countryForZone('Europe/Dublin')).toBe('IE');
  expect(countryForZone('Europe/Berlin')).toBe('OTHER');
});

test("the address follows the therapist's country when the server names it", () => {
  expect(addressCountry('GB', 'US')).toBe('GB');
  expect(addressCountry('au', 'GB')).toBe('AU');
  expect(addressCountry('DE', 'GB')).toBe('OTHER');
  expect(addressCountry(null, 'US')).toBe('US');
  expect(addressCountry(undefined, 'NZ')).toBe('NZ');
});
