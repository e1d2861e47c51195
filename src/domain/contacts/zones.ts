/**
 * Where a device is, from its IANA time zone: a compact table for the countries whose numbers Unknot knows
 * (evidence section 5, EC-*). EC-WHERE: the country comes from the person's choice, else the time zone, never
 * from the language. Anything not listed gives `null`, and the caller falls back (see `contactsFor`).
 * The postcode formats guess a country from this same table (booking/postcode-format.ts), so the emergency
 * numbers and the postcode a person is asked for never point to two different countries.
 */

/** Zones whose whole name says the country (legacy aliases and country-wide prefixes). */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['Australia/', 'AU'],
  ['US/', 'US'],
  ['Canada/', 'CA'],
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
];

const BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  GB: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
  IE: ['Europe/Dublin', 'Eire'],
  US: [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Phoenix',
    'America/Anchorage',
    'America/Detroit',
    'America/Boise',
    'America/Juneau',
    'America/Sitka',
    'America/Nome',
    'America/Yakutat',
    'America/Metlakatla',
    'America/Adak',
    'America/Menominee',
    'America/Indianapolis',
    'America/Louisville',
    'America/Shiprock',
    'Pacific/Honolulu',
    'Navajo',
  ],
  CA: [
    'America/Toronto',
    'America/Vancouver',
    'America/Edmonton',
    'America/Winnipeg',
    'America/Halifax',
    'America/St_Johns',
    'America/Regina',
    'America/Moncton',
    'America/Glace_Bay',
    'America/Goose_Bay',
    'America/Whitehorse',
    'America/Dawson',
    'America/Dawson_Creek',
    'America/Fort_Nelson',
    'America/Creston',
    'America/Iqaluit',
    'America/Rankin_Inlet',
    'America/Resolute',
    'America/Cambridge_Bay',
    'America/Inuvik',
    'America/Swift_Current',
    'America/Atikokan',
    'America/Blanc-Sablon',
    'America/Montreal',
    'America/Nipigon',
    'America/Thunder_Bay',
    'America/Rainy_River',
    'America/Yellowknife',
    'America/Pangnirtung',
  ],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT'],
  AT: ['Europe/Vienna'],
  BE: ['Europe/Brussels'],
  BG: ['Europe/Sofia'],
  HR: ['Europe/Zagreb'],
  CY: ['Asia/Nicosia', 'Asia/Famagusta', 'Europe/Nicosia'],
  CZ: ['Europe/Prague'],
  DK: ['Europe/Copenhagen'],
  EE: ['Europe/Tallinn'],
  FI: ['Europe/Helsinki', 'Europe/Mariehamn'],
  FR: ['Europe/Paris'],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  GR: ['Europe/Athens'],
  HU: ['Europe/Budapest'],
  IT: ['Europe/Rome'],
  LV: ['Europe/Riga'],
  LT: ['Europe/Vilnius'],
  LU: ['Europe/Luxembourg'],
  MT: ['Europe/Malta'],
  NL: ['Europe/Amsterdam'],
  PL: ['Europe/Warsaw', 'Poland'],
  PT: ['Europe/Lisbon', 'Atlantic/Madeira', 'Atlantic/Azores', 'Portugal'],
  RO: ['Europe/Bucharest'],
  SK: ['Europe/Bratislava'],
  SI: ['Europe/Ljubljana'],
  ES: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'],
  SE: ['Europe/Stockholm'],
};

const ZONE_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_COUNTRY).flatMap(([country, zones]) => zones.map((z) => [z, country] as const)),
);

/**
 * The ISO 3166-1 alpha-2 country of an IANA time zone, or null when the table does not know it
 * (UTC, or a country whose numbers Unknot has no facts for).
 * @example countryFromTimeZone('America/Los_Angeles') // 'US'
 */
export function countryFromTimeZone(timeZone: string): string | null {
  const exact = ZONE_COUNTRY.get(timeZone);
  if (exact) return exact;
  for (const [prefix, country] of PREFIXES) if (timeZone.startsWith(prefix)) return country;
  return null;
}

/** Every zone in the table (tests check each one resolves in the runtime's time-zone database). */
export const KNOWN_ZONES: readonly string[] = [...ZONE_COUNTRY.keys()];
