/**
 * Postcodes checked against the country's format before anything is sent, so a typo gets a
 * clear message on the spot instead of "nobody visits" or a refused booking. Pure: no DOM, no clock.
 * The server stays lenient (domain `normalisePostcode`); this only catches what cannot be a postcode there.
 */

/** Countries whose postcode shape we know; `OTHER` accepts any plausible code. */
export type PostcodeCountry = 'GB' | 'IE' | 'US' | 'CA' | 'AU' | 'NZ' | 'OTHER';

interface Format {
  /** How the country is named in a sentence ("a UK postcode"). */
  noun: string;
  /** The label of the country picker. */
  name: string;
  example: string;
  full: RegExp;
  /** What a search may use besides a full code (a UK outward code "SW1A", a Canadian "M5V"). */
  area?: RegExp;
}

/** Letters and digits only, upper case: " sw1a 1aa " → "SW1A1AA". */
const squash = (value: string) => value.toUpperCase().replace(/[\s-]+/g, '');

export const POSTCODE_FORMATS: Readonly<Record<PostcodeCountry, Format>> = {
  GB: {
    noun: 'a UK postcode',
    name: 'United Kingdom',
    example: 'SW1A 1AA',
    // Outward code (area letters, district digit, optional letter or digit) + inward code; GIR 0AA is real.
    full: /^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|GIR0AA)$/,
    area: /^[A-Z]{1,2}\d[A-Z\d]?$/,
  },
  IE: {
    noun: 'an Eircode',
    name: 'Ireland',
    example: 'D02 X285',
    full: /^[A-Z]\d[\dW][A-Z\d]{4}$/,
    area: /^[A-Z]\d[\dW]$/,
  },
  US: { noun: 'a US ZIP code', name: 'United States', example: '10001', full: /^\d{5}(\d{4})?$/ },
  CA: {
    noun: 'a Canadian postal code',
    name: 'Canada',
    example: 'M5V 3L9',
    full: /^[A-Z]\d[A-Z]\d[A-Z]\d$/,
    area: /^[A-Z]\d[A-Z]$/,
  },
  AU: { noun: 'an Australian postcode', name: 'Australia', example: '2000', full: /^\d{4}$/ },
  NZ: { noun: 'a New Zealand postcode', name: 'New Zealand', example: '6011', full: /^\d{4}$/ },
  OTHER: { noun: 'a postcode', name: 'Another country', example: '10115', full: /^[A-Z\d]{2,10}$/ },
};

/** The countries in the order a picker lists them. */
export const POSTCODE_COUNTRIES = Object.keys(POSTCODE_FORMATS) as readonly PostcodeCountry[];

/** The result of a check: the code as we show it, or a message saying what is wrong. */
export type PostcodeCheck = { ok: true; value: string } | { ok: false; message: string };

/** How a valid code reads: upper case, the usual space (UK "SW1A 1AA", Eircode "D02 X285"), ZIP+4 hyphen. */
function display(code: string, country: PostcodeCountry): string {
  if ((country === 'GB' || country === 'CA') && code.length > 4)
    return `${code.slice(0, -3)} ${code.slice(-3)}`;
  if (country === 'IE' && code.length === 7) return `${code.slice(0, 3)} ${code.slice(3)}`;
  if (country === 'US' && code.length === 9) return `${code.slice(0, 5)}-${code.slice(5)}`;
  return code;
}

/**
 * Checks a postcode against a country's format. `area: true` (the search) also accepts the start of a
 * code where the country has one (UK "SW1A", Ireland "D02", Canada "M5V").
 * @example checkPostcode('sw1a1aa', 'GB') // { ok: true, value: 'SW1A 1AA' }
 */
export function checkPostcode(
  value: string,
  country: PostcodeCountry,
  opts: { area?: boolean } = {},
): PostcodeCheck {
  const f = POSTCODE_FORMATS[country];
  const code = squash(value);
  if (code === '') return { ok: false, message: `Enter ${f.noun}, for example ${f.example}.` };
  if (f.full.test(code) || (opts.area === true && f.area?.test(code) === true)) {
    return { ok: true, value: display(code, country) };
  }
  const other = country === 'OTHER' ? '' : ' If the address is in another country, choose it first.';
  return {
    ok: false,
    message: `“${value.trim()}” is not ${f.noun}. It should look like ${f.example}.${other}`,
  };
}

const CANADA = new Set(
  'Toronto Vancouver Edmonton Winnipeg Halifax St_Johns Regina Montreal Moncton Whitehorse Yellowknife Iqaluit Glace_Bay Goose_Bay Swift_Current Dawson_Creek Creston Fort_Nelson Inuvik Rankin_Inlet Resolute Cambridge_Bay Atikokan Blanc-Sablon Dawson Nipigon Thunder_Bay Rainy_River Pangnirtung'.split(
    ' ',
  ),
);
const UK = new Set([
  'Europe/London',
  'Europe/Belfast',
  'Europe/Jersey',
  'Europe/Guernsey',
  'Europe/Isle_of_Man',
]);

/** America/* zones of the United States (the rest of the Americas keeps its own formats). */
const US_CITIES =
  /^(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Nome|Yakutat|Metlakatla|Adak|Boise|Detroit|Menominee|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)$/;

/**
 * A first guess of the country from the device's time zone (the language never decides where someone is;
 * contract v2). The person can always choose another.
 */
export function countryForZone(zone: string): PostcodeCountry {
  if (UK.has(zone) || zone === 'GB') return 'GB';
  if (zone === 'Europe/Dublin' || zone === 'Eire') return 'IE';
  if (zone.startsWith('Australia/')) return 'AU';
  if (zone === 'Pacific/Auckland' || zone === 'Pacific/Chatham' || zone === 'NZ') return 'NZ';
  if (zone.startsWith('Canada/')) return 'CA';
  if (zone.startsWith('America/')) {
    const city = zone.slice('America/'.length);
    if (CANADA.has(city)) return 'CA';
    if (US_CITIES.test(city)) return 'US';
    return 'OTHER';
  }
  if (zone.startsWith('US/') || zone === 'Pacific/Honolulu') return 'US';
  return 'OTHER';
}

/**
 * The country whose format the visit's address must have: the therapist's (they visit where they work; the
 * server checks the same), else what the client chose in the search.
 */
export function addressCountry(
  therapist: string | null | undefined,
  chosen: PostcodeCountry,
): PostcodeCountry {
  if (!therapist) return chosen;
  return POSTCODE_COUNTRIES.find((c) => c === therapist.toUpperCase()) ?? 'OTHER';
}
