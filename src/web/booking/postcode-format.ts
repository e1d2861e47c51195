/**
 * The country picker around the domain's postcode formats (domain/booking/postcode-format.ts, the rule the
 * server applies too). The only web concern left is "Another country": a choice for people outside the
 * countries whose formats we know, which the server has no format for.
 */

import { normalisePostcode } from '../../domain/booking/postcode.ts';
import {
  checkAnyPostcode,
  checkPostcode,
  POSTCODE_COUNTRIES,
  POSTCODE_FORMATS,
  type PostcodeCheck,
  type PostcodeCountry,
  postcodeCountryForZone,
  postcodeCountryOf,
} from '../../domain/booking/postcode-format.ts';

/** A choice of the picker: a country whose format we know, or `OTHER`. */
export type PickerCountry = PostcodeCountry | 'OTHER';

/** The picker's choices in order, "Another country" last. */
export const PICKER_COUNTRIES: readonly PickerCountry[] = [...POSTCODE_COUNTRIES, 'OTHER'];

/** How the picker and the field's label name a choice, and the example its hint gives. */
export function pickerFormat(c: PickerCountry): { name: string; example: string } {
  return c === 'OTHER' ? { name: 'Another country', example: '10115' } : POSTCODE_FORMATS[c];
}

/**
 * Checks a postcode for the chosen country. The search (`area: true`) for another country takes what the
 * server's search takes (any format we know), so nothing is sent that the server refuses. An address for a
 * therapist of another country only has to look like a postcode: the server accepts any code they serve.
 */
export function checkPickedPostcode(
  value: string,
  country: PickerCountry,
  opts: { area?: boolean } = {},
): PostcodeCheck {
  if (country !== 'OTHER') return checkPostcode(value, country, opts);
  if (opts.area === true) return checkAnyPostcode(value);
  const code = normalisePostcode(value);
  if (/^[A-Z\d][A-Z\d-]{0,8}[A-Z\d]$/.test(code)) return { ok: true, value: code };
  return code === ''
    ? { ok: false, message: 'Enter a postcode, for example 10115.' }
    : { ok: false, message: `“${value.trim()}” is not a postcode. It should look like 10115.` };
}

/**
 * A first guess of the country from the device's time zone (the language never decides where someone is;
 * contract v2). The person can always choose another.
 */
export function countryForZone(zone: string): PickerCountry {
  return postcodeCountryForZone(zone) ?? 'OTHER';
}

/**
 * The country whose format the visit's address must have: the therapist's (they visit where they work; the
 * server checks the same), else what the client chose in the search.
 */
export function addressCountry(therapist: string | null | undefined, chosen: PickerCountry): PickerCountry {
  if (!therapist) return chosen;
  return postcodeCountryOf(therapist) ?? 'OTHER';
}
