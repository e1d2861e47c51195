/**
 * Postcode formats per country: the one rule the web checks as the person types and the server checks on the
 * search and on a booking (against the therapist's country), so the web never accepts what the server refuses.
 * A typo gets a clear message instead of "nobody visits" or a refused booking.
 *
 * Input is normalised as served postcodes are (postcode.ts): upper case, no whitespace. A hyphen is kept, so
 * only a format that has one (US ZIP+4) accepts it; stripping it here would pass codes that the postcode
 * matching then reads differently.
 */
import { countryFromTimeZone } from '../contacts/zones.ts';
import { normalisePostcode } from './postcode.ts';

/** A country's postcode format, with the words both the API and the web use about it. */
interface PostcodeFormat {
  /** In the API's messages: "must be a full UK postcode". */
  readonly adjective: string;
  /** In a sentence for the person: "is not a UK postcode". */
  readonly noun: string;
  /** The country as the web's picker lists it. */
  readonly name: string;
  /** The country inside a sentence ("from the United Kingdom"). */
  readonly place: string;
  readonly example: string;
  readonly full: RegExp;
  /** The start of a code that a search may use alone, for countries that have one. */
  readonly area?: RegExp;
}

/** Countries whose postcode formats we check (ISO 3166-1 alpha-2), in the order a picker lists them. */
export const POSTCODE_FORMATS = {
  GB: {
    adjective: 'UK',
    noun: 'a UK postcode',
    name: 'United Kingdom',
    place: 'the United Kingdom',
    example: 'SW1A 1AA',
    // Royal Mail: outward code (area letters, district digit, optional letter or digit), inward digit + 2
    // letters. GIR 0AA (Girobank) is real and fits no pattern.
    full: /^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|GIR0AA)$/,
    // An outward code alone ("SW1A") finds who serves that district.
    area: /^[A-Z]{1,2}\d[A-Z\d]?$/,
  },
  IE: {
    adjective: 'Irish',
    noun: 'an Eircode',
    name: 'Ireland',
    place: 'Ireland',
    example: 'D02 X285',
    // Routing key (letter, digit, digit or W as in "D6W") + a 4-character unique identifier.
    full: /^[A-Z]\d[\dW][A-Z\d]{4}$/,
    area: /^[A-Z]\d[\dW]$/,
  },
  US: {
    adjective: 'US',
    noun: 'a US ZIP code',
    name: 'United States',
    place: 'the United States',
    example: '10001',
    // USPS ZIP or ZIP+4, the hyphen optional.
    full: /^\d{5}(-?\d{4})?$/,
  },
  CA: {
    adjective: 'Canadian',
    noun: 'a Canadian postal code',
    name: 'Canada',
    place: 'Canada',
    example: 'M5V 3L9',
    // Forward sortation area (letter, digit, letter) + local delivery unit (digit, letter, digit).
    full: /^[A-Z]\d[A-Z]\d[A-Z]\d$/,
    area: /^[A-Z]\d[A-Z]$/,
  },
  // Australia and New Zealand share the 4-digit shape: such a code fits both.
  AU: {
    adjective: 'Australian',
    noun: 'an Australian postcode',
    name: 'Australia',
    place: 'Australia',
    example: '2000',
    full: /^\d{4}$/,
  },
  NZ: {
    adjective: 'New Zealand',
    noun: 'a New Zealand postcode',
    name: 'New Zealand',
    place: 'New Zealand',
    example: '6011',
    full: /^\d{4}$/,
  },
} as const satisfies Record<string, PostcodeFormat>;
export type PostcodeCountry = keyof typeof POSTCODE_FORMATS;

/** The countries in the order a picker lists them. */
export const POSTCODE_COUNTRIES = Object.keys(POSTCODE_FORMATS) as readonly PostcodeCountry[];

const FORMATS: Readonly<Record<PostcodeCountry, PostcodeFormat>> = POSTCODE_FORMATS;

/** Whether a country is one whose postcode format we know. */
export function isPostcodeCountry(country: string): country is PostcodeCountry {
  return (POSTCODE_COUNTRIES as readonly string[]).includes(country);
}

/** The postcode format of an ISO country code ("gb" too), or null when we do not know that country's. */
export function postcodeCountryOf(country: string | null | undefined): PostcodeCountry | null {
  const c = country?.toUpperCase() ?? '';
  return isPostcodeCountry(c) ? c : null;
}

/**
 * The postcode format a time zone points to (Europe/Dublin → IE, America/Toronto → CA…), or null. The zone
 * table is the contacts' one (never the language), so the emergency numbers and the postcodes agree.
 */
export function postcodeCountryForZone(timeZone: string): PostcodeCountry | null {
  return postcodeCountryOf(countryFromTimeZone(timeZone));
}

/** The therapist's country: as given, else inferred from the time zone; null when neither tells. */
export function therapistCountry(country: string | null, timeZone: string): string | null {
  return country ?? postcodeCountryForZone(timeZone);
}

/** Whether a normalised code is a full postcode of the country, or (with `area`) the start a search may use. */
function fits(code: string, country: PostcodeCountry, area: boolean): boolean {
  const f = FORMATS[country];
  return f.full.test(code) || (area && f.area?.test(code) === true);
}

/** The countries whose full-postcode format a postcode matches: several when shapes are shared (AU and NZ). */
export function postcodeCountries(postcode: string): PostcodeCountry[] {
  const code = normalisePostcode(postcode);
  return POSTCODE_COUNTRIES.filter((c) => fits(code, c, false));
}

/** The result of a check: the code as we show it, or a message for the person saying what is wrong. */
export type PostcodeCheck = { ok: true; value: string } | { ok: false; message: string };

/** How a valid code reads: the usual space (UK "SW1A 1AA", Canada "M5V 3L9", Eircode "D02 X285"), ZIP+4 hyphen. */
function display(code: string, country: PostcodeCountry): string {
  if ((country === 'GB' || country === 'CA') && code.length > 4)
    return `${code.slice(0, -3)} ${code.slice(-3)}`;
  if (country === 'IE' && code.length === 7) return `${code.slice(0, 3)} ${code.slice(3)}`;
  const zip = code.replace('-', '');
  if (country === 'US' && zip.length === 9) return `${zip.slice(0, 5)}-${zip.slice(5)}`;
  return code;
}

/**
 * Checks a postcode against a country's format. `area: true` (the search) also accepts the start of a code
 * where the country has one (UK "SW1A", Ireland "D02", Canada "M5V").
 * @example checkPostcode('sw1a1aa', 'GB') // { ok: true, value: 'SW1A 1AA' }
 */
export function checkPostcode(
  value: string,
  country: PostcodeCountry,
  opts: { area?: boolean } = {},
): PostcodeCheck {
  const f = FORMATS[country];
  const code = normalisePostcode(value);
  if (code === '') return { ok: false, message: `Enter ${f.noun}, for example ${f.example}.` };
  if (fits(code, country, opts.area === true)) return { ok: true, value: display(code, country) };
  return {
    ok: false,
    message: `“${value.trim()}” is not ${f.noun}. It should look like ${f.example}. If the address is in another country, choose it first.`,
  };
}

const PLACES = POSTCODE_COUNTRIES.map((c) => FORMATS[c].place);
const PLACE_LIST = `${PLACES.slice(0, -1).join(', ')} and ${PLACES.at(-1)}`;

/**
 * The search's rule when the country is not one we know: a postcode, or the start of one, in any format we know.
 * The server applies exactly this to every search (it is not told the country), so the web applies it too.
 */
export function checkAnyPostcode(value: string): PostcodeCheck {
  const code = normalisePostcode(value);
  if (code === '') return { ok: false, message: 'Enter your postcode.' };
  const country = POSTCODE_COUNTRIES.find((c) => fits(code, c, true));
  if (country !== undefined) return { ok: true, value: display(code, country) };
  return {
    ok: false,
    message: `We cannot search for “${value.trim()}”. We can look up postcodes from ${PLACE_LIST} so far.`,
  };
}

/**
 * Why a postcode does not fit a country's format, as the API's message; null when it fits or when we do not
 * know that country's format (then anything the therapist serves is accepted).
 */
export function postcodeProblem(postcode: string, country: string | null): string | null {
  const c = postcodeCountryOf(country);
  if (c === null || checkPostcode(postcode, c).ok) return null;
  return `must be a full ${FORMATS[c].adjective} postcode, such as ${FORMATS[c].example}`;
}

/**
 * For the search: the API's message when the postcode (or the start of one) does not fit the searcher's
 * country's format, or, with no country given, fits none of the formats we know; null when it fits.
 */
export function searchPostcodeProblem(postcode: string, country?: PostcodeCountry): string | null {
  if (country !== undefined) {
    if (checkPostcode(postcode, country, { area: true }).ok) return null;
    return `must be a ${FORMATS[country].adjective} postcode or the start of one, such as ${FORMATS[country].example}`;
  }
  if (checkAnyPostcode(postcode).ok) return null;
  const list = POSTCODE_COUNTRIES.map((c) => `${FORMATS[c].adjective} (${FORMATS[c].example})`);
  return `must be a postcode in a format we know: ${list.join(', ')}`;
}

/**
 * Whether a therapist may show in a search from `searchCountry`: a therapist of another country never does
 * (a 4-digit code is Australian and New Zealand alike, and "6011" is a place in each); one whose country we
 * cannot tell still does, since they chose the postcodes they serve.
 */
export function inSearchCountry(
  therapist: string | null,
  searchCountry: PostcodeCountry | undefined,
): boolean {
  return searchCountry === undefined || therapist === null || therapist.toUpperCase() === searchCountry;
}
