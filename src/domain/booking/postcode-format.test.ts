import { describe, expect, it } from 'vitest';
import {
  checkAnyPostcode,
  checkPostcode,
  inSearchCountry,
  POSTCODE_COUNTRIES,
  type PostcodeCountry,
  postcodeCountries,
  postcodeCountryForZone,
  postcodeCountryOf,
  postcodeProblem,
  searchPostcodeProblem,
  therapistCountry,
} from './postcode-format.ts';

describe('postcode formats', () => {
  it('recognises each country, and a 4-digit code as both Australian and New Zealand', () => {
    expect(postcodeCountries('sw1a 1aa')).toEqual(['GB']);
    expect(postcodeCountries('E1 6AN')).toEqual(['GB']);
    expect(postcodeCountries('GIR 0AA')).toEqual(['GB']);
    expect(postcodeCountries('D02 X285')).toEqual(['IE']);
    expect(postcodeCountries('10001')).toEqual(['US']);
    expect(postcodeCountries('10001-1234')).toEqual(['US']);
    expect(postcodeCountries('M5V 3L9')).toEqual(['CA']);
    // The shapes are not disjoint: Australia and New Zealand both use four digits.
    expect(postcodeCountries('2000')).toEqual(['AU', 'NZ']);
    expect(postcodeCountries('SW1A')).toEqual([]);
  });
  it('checks a postcode against the country with a message naming an example', () => {
    expect(postcodeProblem('SW1A 1AA', 'GB')).toBeNull();
    expect(postcodeProblem('12345', 'GB')).toBe('must be a full UK postcode, such as SW1A 1AA');
    expect(postcodeProblem('2000', 'US')).toBe('must be a full US postcode, such as 10001');
    expect(postcodeProblem('D02 X285', 'IE')).toBeNull();
    expect(postcodeProblem('SW1A 1AA', 'IE')).toBe('must be a full Irish postcode, such as D02 X285');
    expect(postcodeProblem('M5V', 'CA')).toBe('must be a full Canadian postcode, such as M5V 3L9');
    expect(postcodeProblem('6011', 'NZ')).toBeNull();
    expect(postcodeProblem('anything', 'DE')).toBeNull();
    expect(postcodeProblem('anything', null)).toBeNull();
  });
  it('lets the search take a full postcode or an area, and names the formats otherwise', () => {
    expect(searchPostcodeProblem('SW1A')).toBeNull();
    expect(searchPostcodeProblem('SW1A', 'GB')).toBeNull();
    expect(searchPostcodeProblem('M5V', 'CA')).toBeNull();
    expect(searchPostcodeProblem('2000', 'GB')).toBe(
      'must be a UK postcode or the start of one, such as SW1A 1AA',
    );
    expect(searchPostcodeProblem('SW1A 1AA', 'US')).not.toBeNull();
    expect(searchPostcodeProblem('2000')).toBeNull();
    expect(searchPostcodeProblem('ABC')).toContain('UK (SW1A 1AA)');
    expect(searchPostcodeProblem('ABC')).toBe(
      'must be a postcode in a format we know: UK (SW1A 1AA), Irish (D02 X285), US (10001), Canadian (M5V 3L9), Australian (2000), New Zealand (6011)',
    );
  });
  it('lets the search take Canadian, Irish and New Zealand codes and their areas', () => {
    for (const code of ['M5V 3L9', 'm5v3l9', 'M5V', 'D02 X285', 'd6wxy12', 'D02', 'D6W', '6011', 'GIR 0AA']) {
      expect(searchPostcodeProblem(code), code).toBeNull();
    }
  });
  it('infers a therapist country from the time zone when none is given', () => {
    expect(therapistCountry(null, 'Europe/London')).toBe('GB');
    expect(therapistCountry(null, 'America/New_York')).toBe('US');
    expect(therapistCountry(null, 'Australia/Sydney')).toBe('AU');
    expect(therapistCountry(null, 'Europe/Dublin')).toBe('IE');
    expect(therapistCountry(null, 'America/Vancouver')).toBe('CA');
    expect(therapistCountry(null, 'Pacific/Auckland')).toBe('NZ');
    expect(therapistCountry(null, 'Europe/Berlin')).toBeNull();
    expect(therapistCountry('IE', 'Europe/London')).toBe('IE');
  });
  it('names the postcode format of a country code or a zone', () => {
    expect(postcodeCountryOf('au')).toBe('AU');
    expect(postcodeCountryOf('DE')).toBeNull();
    expect(postcodeCountryOf(null)).toBeNull();
    expect(postcodeCountryForZone('America/Los_Angeles')).toBe('US');
    expect(postcodeCountryForZone('America/Indiana/Indianapolis')).toBe('US');
    expect(postcodeCountryForZone('America/Toronto')).toBe('CA');
    expect(postcodeCountryForZone('America/Mexico_City')).toBeNull();
    expect(postcodeCountryForZone('Etc/UTC')).toBeNull();
  });
});

describe('checkPostcode, the check the person sees', () => {
  it('UK postcodes: full ones anywhere, outward codes only in a search', () => {
    expect(checkPostcode(' sw1a1aa ', 'GB')).toEqual({ ok: true, value: 'SW1A 1AA' });
    expect(checkPostcode('M1 1AE', 'GB')).toEqual({ ok: true, value: 'M1 1AE' });
    expect(checkPostcode('gir 0aa', 'GB')).toEqual({ ok: true, value: 'GIR 0AA' });
    expect(checkPostcode('SW1A', 'GB', { area: true })).toEqual({ ok: true, value: 'SW1A' });
    expect(checkPostcode('SW1A', 'GB').ok).toBe(false);
    expect(checkPostcode('10001', 'GB')).toEqual({
      ok: false,
      message:
        '“10001” is not a UK postcode. It should look like SW1A 1AA. If the address is in another country, choose it first.',
    });
  });
  it('US ZIP codes: five digits, or ZIP+4 with or without the hyphen', () => {
    expect(checkPostcode('10001', 'US')).toEqual({ ok: true, value: '10001' });
    expect(checkPostcode('10001-1234', 'US')).toEqual({ ok: true, value: '10001-1234' });
    expect(checkPostcode('100011234', 'US')).toEqual({ ok: true, value: '10001-1234' });
    expect(checkPostcode('1000', 'US').ok).toBe(false);
    expect(checkPostcode('1-0001', 'US').ok).toBe(false);
    expect(checkPostcode('SW1A 1AA', 'US').ok).toBe(false);
  });
  it('Australia and New Zealand: four digits', () => {
    expect(checkPostcode('2000', 'AU')).toEqual({ ok: true, value: '2000' });
    expect(checkPostcode('200', 'AU').ok).toBe(false);
    expect(checkPostcode('20000', 'AU').ok).toBe(false);
    expect(checkPostcode('6011', 'NZ').ok).toBe(true);
    expect(checkPostcode('   ', 'AU')).toEqual({
      ok: false,
      message: 'Enter an Australian postcode, for example 2000.',
    });
  });
  it('Canada and Ireland, with their areas in a search', () => {
    expect(checkPostcode('m5v3l9', 'CA')).toEqual({ ok: true, value: 'M5V 3L9' });
    expect(checkPostcode('M5V', 'CA', { area: true })).toEqual({ ok: true, value: 'M5V' });
    expect(checkPostcode('M5V', 'CA').ok).toBe(false);
    expect(checkPostcode('d02x285', 'IE')).toEqual({ ok: true, value: 'D02 X285' });
    expect(checkPostcode('D6W', 'IE', { area: true }).ok).toBe(true);
    expect(checkPostcode('D02-X285', 'IE').ok).toBe(false);
  });
  it('any format we know, for a search when the country is another one', () => {
    expect(checkAnyPostcode('m5v3l9')).toEqual({ ok: true, value: 'M5V 3L9' });
    expect(checkAnyPostcode('100011234')).toEqual({ ok: true, value: '10001-1234' });
    expect(checkAnyPostcode('1011 AB')).toEqual({
      ok: false,
      message:
        'We cannot search for “1011 AB”. We can look up postcodes from the United Kingdom, Ireland, the United States, Canada, Australia and New Zealand so far.',
    });
  });
});

/**
 * The web checks with `checkPostcode` before sending; the server checks a booking with `postcodeProblem` and a
 * search with `searchPostcodeProblem`. For every sample they must agree, so the web never lets through what the
 * server refuses, nor refuses what the server takes.
 */
describe('the web and the server agree for every country', () => {
  const samples: Record<PostcodeCountry, { valid: string[]; area: string[]; invalid: string[] }> = {
    GB: {
      valid: [
        'SW1A 1AA',
        'sw1a1aa',
        'M1 1AE',
        'B33 8TH',
        'CR2 6XH',
        'DN55 1PT',
        'W1A 0AX',
        'EC1A 1BB',
        'GIR 0AA',
      ],
      area: ['SW1A', 'M1', 'B33', 'DN55'],
      invalid: ['SW1A 1A', 'SW1A-1AA', '10001', '1AA 1AA', 'SW1A 1AAA', 'GIR', 'ABC', '##'],
    },
    IE: {
      valid: ['D02 X285', 'd02x285', 'A65 F4E2', 'D6W 1234', 'T12 AB34'],
      area: ['D02', 'D6W', 'A65'],
      invalid: ['D02 X28', 'DD2 X285', 'D0A X285', 'D02-X285', '10001', '##'],
    },
    US: {
      valid: ['10001', '90210', '10001-1234', '100011234', '10001 1234'],
      area: [],
      invalid: ['1000', '100012', '10001-123', '1-0001', 'ABCDE', 'SW1A 1AA'],
    },
    CA: {
      valid: ['M5V 3L9', 'm5v3l9', 'K1A 0B1', 'H0H 0H0'],
      area: ['M5V', 'K1A'],
      invalid: ['M5V 3L', 'M5V-3L9', '5MV 3L9', 'M5V 3LL', '10001', '##'],
    },
    AU: {
      valid: ['2000', '0800', '6011'],
      area: [],
      invalid: ['200', '20000', 'A000', '20-00'],
    },
    NZ: {
      valid: ['6011', '1010', '2000'],
      area: [],
      invalid: ['601', '60111', 'A011'],
    },
  };

  for (const country of POSTCODE_COUNTRIES) {
    const s = samples[country];
    it(`${country}: a booking's check and the search`, () => {
      for (const code of s.valid) {
        expect(checkPostcode(code, country).ok, code).toBe(true);
        expect(postcodeProblem(code, country), code).toBeNull();
        expect(checkPostcode(code, country, { area: true }).ok, code).toBe(true);
        expect(searchPostcodeProblem(code), code).toBeNull();
        expect(postcodeCountries(code), code).toContain(country);
      }
      for (const code of s.area) {
        expect(checkPostcode(code, country).ok, code).toBe(false);
        expect(postcodeProblem(code, country), code).not.toBeNull();
        expect(checkPostcode(code, country, { area: true }).ok, code).toBe(true);
        expect(searchPostcodeProblem(code), code).toBeNull();
      }
      for (const code of s.invalid) {
        const web = checkPostcode(code, country);
        expect(web.ok, code).toBe(false);
        expect(postcodeProblem(code, country), code).not.toBeNull();
        expect(checkPostcode(code, country, { area: true }).ok, code).toBe(false);
      }
    });
    it(`${country}: what the web shows is what the server takes`, () => {
      for (const code of [...s.valid, ...s.area]) {
        const web = checkPostcode(code, country, { area: true });
        if (!web.ok) throw new Error(code);
        expect(searchPostcodeProblem(web.value), web.value).toBeNull();
        if (s.valid.includes(code)) expect(postcodeProblem(web.value, country), web.value).toBeNull();
      }
    });
  }

  it('the search, with no country, takes exactly what some country takes', () => {
    const all = Object.values(samples).flatMap((s) => [...s.valid, ...s.area, ...s.invalid]);
    for (const code of all) {
      const someCountry = POSTCODE_COUNTRIES.some((c) => checkPostcode(code, c, { area: true }).ok);
      expect(searchPostcodeProblem(code) === null, code).toBe(someCountry);
      expect(checkAnyPostcode(code).ok, code).toBe(someCountry);
    }
  });
});

describe('inSearchCountry', () => {
  it("keeps therapists of the searcher's country and those whose country is unknown", () => {
    expect(inSearchCountry('NZ', 'NZ')).toBe(true);
    expect(inSearchCountry('nz', 'NZ')).toBe(true);
    expect(inSearchCountry('AU', 'NZ')).toBe(false);
    expect(inSearchCountry(null, 'NZ')).toBe(true);
    expect(inSearchCountry('AU', undefined)).toBe(true);
  });
});
