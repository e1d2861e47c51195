/**
 * The emergency number and the non-emergency advice line for where the person is (contract v2
 * `Assessment.contacts`; evidence section 5, EC-*). Pure data and lookups: the edge decides the country
 * (EC-WHERE: the person's choice, else the device time zone, never the language).
 */
import type { Contacts, Flag } from '../contract/assessment.ts';

/** EC-EU: every EU member state answers 112 (Ireland, EC-IE, is listed on its own). */
export const EU_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

/** The countries with a fact of their own, then the EU; the settings screen offers these. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  GB: 'United Kingdom',
  IE: 'Ireland',
  US: 'United States',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IT: 'Italy',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
};

const EMERGENCY = 'Emergency services';

const BY_COUNTRY: Readonly<Record<string, Omit<Contacts, 'country' | 'known'>>> = {
  // EC-GB: 999; NHS 111 (England, Wales; NHS 24 on 111 in Scotland).
  GB: {
    emergency: { number: '999', label: EMERGENCY },
    urgentAdvice: { number: '111', label: 'NHS 111' },
    facts: ['EC-GB'],
  },
  // EC-IE: 112 or 999; no national advice line (GP or GP out-of-hours).
  IE: {
    emergency: { number: '112', label: 'Emergency services (112 or 999)' },
    urgentAdvice: null,
    facts: ['EC-IE'],
  },
  // EC-US: 911, no national nurse line. EC-988: 988 is a crisis line, not for a physical emergency.
  US: { emergency: { number: '911', label: EMERGENCY }, urgentAdvice: null, facts: ['EC-US', 'EC-988'] },
  // EC-CA: 911; 811 lines are provincial, so no national advice line.
  CA: { emergency: { number: '911', label: EMERGENCY }, urgentAdvice: null, facts: ['EC-CA', 'EC-988'] },
  // EC-AU: Triple Zero; healthdirect 1800 022 222 (registered nurses, 24/7).
  AU: {
    emergency: { number: '000', label: 'Triple Zero (000)' },
    urgentAdvice: { number: '1800 022 222', label: 'healthdirect' },
    facts: ['EC-AU'],
  },
  // EC-NZ: 111; Healthline 0800 611 116.
  NZ: {
    emergency: { number: '111', label: EMERGENCY },
    urgentAdvice: { number: '0800 611 116', label: 'Healthline' },
    facts: ['EC-NZ'],
  },
};

/** EC-EU: 112 everywhere in the EU; advice lines differ by country and are not researched yet. */
const EU_CONTACTS: Omit<Contacts, 'country' | 'known'> = {
  emergency: { number: '112', label: EMERGENCY },
  urgentAdvice: null,
  facts: ['EC-EU'],
};

/**
 * Unknown country: 112. It works across Europe, and most mobile phones route it to the local emergency
 * service elsewhere too (EC-EU). `known: false` makes the edge say so and point to the settings.
 */
const FALLBACK: Omit<Contacts, 'country' | 'known'> = {
  emergency: { number: '112', label: 'Emergency number (works on most mobile phones)' },
  urgentAdvice: null,
  facts: ['EC-EU', 'EC-WHERE'],
};

/**
 * The contacts for an ISO 3166-1 alpha-2 country (any case); `null` or an unknown country gets 112 with
 * `known: false`.
 * @example contactsFor('AU').emergency.number // '000'
 */
export function contactsFor(country: string | null | undefined): Contacts {
  const code = country?.toUpperCase() ?? null;
  const own = code === null ? undefined : BY_COUNTRY[code];
  if (own) return { country: code, known: true, ...own };
  if (code !== null && EU_COUNTRIES.includes(code)) return { country: code, known: true, ...EU_CONTACTS };
  return { country: code, known: false, ...FALLBACK };
}

/** The digits to dial (`tel:` links): "1800 022 222" → "1800022222". */
export function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

/** "NHS 111", or "healthdirect (1800 022 222)" when the name does not hold the number. */
export function lineName(line: { number: string; label: string }): string {
  return line.label.includes(line.number) ? line.label : `${line.label} (${line.number})`;
}

/** What to do now, by level, for these contacts: no UK-only words (GP, A&E, NHS 111) elsewhere. */
export function levelAction(level: Flag['level'], c: Contacts): string {
  if (level === 'emergency') {
    const number = c.country === 'IE' ? '112 or 999' : c.emergency.number;
    return `Call ${number} now, or go to the nearest emergency department.`;
  }
  if (level === 'urgent') {
    const line = c.urgentAdvice
      ? `, or call ${lineName(c.urgentAdvice)}`
      : ', or go to an urgent care clinic';
    return `Speak to a doctor today: ask for a same-day appointment${line}, within 24 hours.`;
  }
  return 'Book a routine appointment with your doctor. You can keep to the gentle home plan in the meantime.';
}

/**
 * The line a flag card's call button dials: the emergency number for an emergency; otherwise the advice line,
 * or null where there is none (a routine doctor visit is never a reason to dial 911).
 */
export function callLineFor(level: Flag['level'], c: Contacts): { number: string; label: string } | null {
  return level === 'emergency' ? c.emergency : c.urgentAdvice;
}
