import { expect, test } from 'vitest';
import { addressCountry, checkPostcode, countryForZone } from './postcode-format.ts';

test('UK postcodes: full ones anywhere, outward codes only in a search', () => {
  expect(checkPostcode(' sw1a1aa ', 'GB')).toEqual({ ok: true, value: 'SW1A 1AA' });
  expect(checkPostcode('M1 1AE', 'GB')).toEqual({ ok: true, value: 'M1 1AE' });
  expect(checkPostcode('gir 0aa', 'GB')).toEqual({ ok: true, value: 'GIR 0AA' });
  expect(checkPostcode('SW1A', 'GB', { area: true })).toEqual({ ok: true, value: 'SW1A' });
  const partial = checkPostcode('SW1A', 'GB');
  expect(partial.ok).toBe(false);
  const zip = checkPostcode('10001', 'GB');
  expect(zip).toEqual({
    ok: false,
    message:
      '“10001” is not a UK postcode. It should look like SW1A 1AA. If the address is in another country, choose it first.',
  });
});

test('US ZIP codes: five digits, or ZIP+4', () => {
  expect(checkPostcode('10001', 'US')).toEqual({ ok: true, value: '10001' });
  expect(checkPostcode('10001-1234', 'US')).toEqual({ ok: true, value: '10001-1234' });
  expect(checkPostcode('1000', 'US').ok).toBe(false);
  expect(checkPostcode('SW1A 1AA', 'US').ok).toBe(false);
});

test('Australia and New Zealand: four digits', () => {
  expect(checkPostcode('2000', 'AU')).toEqual({ ok: true, value: '2000' });
  expect(checkPostcode('200', 'AU').ok).toBe(false);
  expect(checkPostcode('20000', 'AU').ok).toBe(false);
  expect(checkPostcode('6011', 'NZ').ok).toBe(true);
});

test('Canada, Ireland and anywhere else', () => {
  expect(checkPostcode('m5v3l9', 'CA')).toEqual({ ok: true, value: 'M5V 3L9' });
  expect(checkPostcode('M5V', 'CA', { area: true }).ok).toBe(true);
  expect(checkPostcode('d02x285', 'IE')).toEqual({ ok: true, value: 'D02 X285' });
  expect(checkPostcode('D6W', 'IE', { area: true }).ok).toBe(true);
  expect(checkPostcode('10115', 'OTHER').ok).toBe(true);
  expect(checkPostcode('!', 'OTHER').ok).toBe(false);
  expect(checkPostcode('   ', 'AU')).toEqual({
    ok: false,
    message: 'Enter an Australian postcode, for example 2000.',
  });
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
