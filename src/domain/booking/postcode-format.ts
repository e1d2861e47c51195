/**
 * Postcode formats per country, so a typo gets a clear message instead of "nobody visits" or a refused
 * booking. A booking's postcode is checked against the therapist's country; the search accepts any format
 * we know and tells the person which ones those are. Normalised input (see postcode.ts): upper case, no spaces.
 */
import { normalisePostcode } from './postcode.ts';

/** A country's postcode format: the pattern of a full postcode and an example for messages. */
interface PostcodeFormat {
  readonly name: string;
  readonly full: RegExp;
  readonly example: string;
}

/** Countries whose postcode formats we check (ISO 3166-1 alpha-2). */
export const POSTCODE_FORMATS = {
  // Royal Mail: outward code (area letters, district digit, optional letter or digit), inward digit + 2 letters.
  GB: { name: 'UK', full: /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  // USPS ZIP or ZIP+4.
  US: { name: 'US', full: /^\d{5}(-?\d{4})?$/, example: '10001' },
  // Australia Post: four digits.
  AU: { name: 'Australian', full: /^\d{4}$/, example: '2000' },
} as const satisfies Record<string, PostcodeFormat>;
export type PostcodeCountry = keyof typeof POSTCODE_FORMATS;

const COUNTRIES = Object.keys(POSTCODE_FORMATS) as PostcodeCountry[];

/** Whether a country is one whose postcode format we know. */
export function isPostcodeCountry(country: string): country is PostcodeCountry {
  return (COUNTRIES as string[]).includes(country);
}

/** The first time-zone prefixes of each country: the therapist's country when they did not give one. */
const ZONE_COUNTRY: readonly (readonly [RegExp, PostcodeCountry])[] = [
  [/^Europe\/(London|Belfast)$/, 'GB'],
  [/^Australia\//, 'AU'],
  [
    /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Indiana\/.+|Kentucky\/.+)|Pacific\/Honolulu|US\/.+)$/,
    'US',
  ],
];

/** The therapist's country: as given, else inferred from the time zone; null when neither tells. */
export function therapistCountry(country: string | null, timeZone: string): string | null {
  if (country !== null) return country;
  return ZONE_COUNTRY.find(([re]) => re.test(timeZone))?.[1] ?? null;
}

/** The countries whose full-postcode format a postcode matches (formats are disjoint: at most one). */
export function postcodeCountries(postcode: string): PostcodeCountry[] {
  const p = normalisePostcode(postcode);
  return COUNTRIES.filter((c) => POSTCODE_FORMATS[c].full.test(p));
}

/**
 * Why a postcode does not fit a country's format, as a message for the person; null when it fits or when we
 * do not know that country's format (then anything the therapist serves is accepted).
 */
export function postcodeProblem(postcode: string, country: string | null): string | null {
  if (country === null || !isPostcodeCountry(country)) return null;
  const f = POSTCODE_FORMATS[country];
  return f.full.test(normalisePostcode(postcode))
    ? null
    : `must be a full ${f.name} postcode, such as ${f.example}`;
}

/** For the search: a message naming the formats we know, when the postcode fits none of them. */
export function searchPostcodeProblem(postcode: string): string | null {
  const p = normalisePostcode(postcode);
  // A UK outward code alone ("SW1A") finds who serves that district.
  if (postcodeCountries(p).length > 0 || /^[A-Z]{1,2}\d[A-Z\d]?$/.test(p)) return null;
  const list = COUNTRIES.map((c) => `${POSTCODE_FORMATS[c].name} (${POSTCODE_FORMATS[c].example})`);
  return `must be a postcode in a format we know: ${list.join(', ')}`;
}
