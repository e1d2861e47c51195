import { describe, expect, it } from 'vitest';
import {
  postcodeCountries,
  postcodeProblem,
  searchPostcodeProblem,
  therapistCountry,
} from './postcode-format.ts';

describe('postcode formats', () => {
  it('recognises UK, US and Australian postcodes, each in one country only', () => {
    expect(postcodeCountries('sw1a 1aa')).toEqual(['GB']);
    expect(postcodeCountries('E1 6AN')).toEqual(['GB']);
    expect(postcodeCountries('10001')).toEqual(['US']);
    expect(postcodeCountries('10001-1234')).toEqual(['US']);
    expect(postcodeCountries('2000')).toEqual(['AU']);
    expect(postcodeCountries('SW1A')).toEqual([]);
  });
  it('checks a postcode against the country with a message naming an example', () => {
    expect(postcodeProblem('SW1A 1AA', 'GB')).toBeNull();
    expect(postcodeProblem('12345', 'GB')).toBe('must be a full UK postcode, such as SW1A 1AA');
    expect(postcodeProblem('2000', 'US')).toBe('must be a full US postcode, such as 10001');
    expect(postcodeProblem('anything', 'DE')).toBeNull();
    expect(postcodeProblem('anything', null)).toBeNull();
  });
  it('lets the search take a full postcode or a UK district, and names the formats otherwise', () => {
    expect(searchPostcodeProblem('SW1A')).toBeNull();
    expect(searchPostcodeProblem('2000')).toBeNull();
    expect(searchPostcodeProblem('ABC')).toContain('UK (SW1A 1AA)');
  });
  it('infers a therapist country from the time zone when none is given', () => {
    expect(therapistCountry(null, 'Europe/London')).toBe('GB');
    expect(therapistCountry(null, 'America/New_York')).toBe('US');
    expect(therapistCountry(null, 'Australia/Sydney')).toBe('AU');
    expect(therapistCountry(null, 'Europe/Berlin')).toBeNull();
    expect(therapistCountry('IE', 'Europe/London')).toBe('IE');
  });
});
