/** User settings kept on the device: units, the emergency number, reminders (stored for later). */

/**
 * Emergency numbers (contract: 999 / 112 / 911; EC-AU 000, EC-NZ 111). Kept for older screens: the number to
 * dial now comes from the country (src/web/lib/country.ts).
 */
export const EMERGENCY_NUMBERS = ['999', '112', '911', '000', '111'] as const;
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number];

export interface Settings {
  units: 'metric' | 'imperial';
  emergencyNumber: EmergencyNumber;
  reminders: boolean;
  /** ISO 3166-1 alpha-2 country chosen by the person; null: follow the device time zone (EC-WHERE). */
  country: string | null;
}

const NINE_NINE_NINE = new Set([
  'GB',
  'UK',
  'IE',
  'HK',
  'MY',
  'SG',
  'MU',
  'BW',
  'BH',
  'QA',
  'AE',
  'SA',
  'MO',
]);
const NINE_ONE_ONE = new Set(['US', 'CA', 'MX', 'PR', 'PH', 'AR', 'CR', 'PA', 'GU', 'VI', 'AS']);
const IMPERIAL = new Set(['US', 'LR', 'MM']);

/** The region part of a language tag (`en-GB` → `GB`), upper-case, or ''. */
export function regionOf(tag: string): string {
  const parts = tag.split(/[-_]/);
  const region = parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p));
  return region?.toUpperCase() ?? '';
}

/**
 * Defaults from the browser language's region: 911 in North America, 999 in the UK and a few others,
 * otherwise 112 (which GSM phones also route in most of the world).
 * @example defaultSettings('en-US').emergencyNumber // '911'
 */
export function defaultSettings(language: string): Settings {
  const region = regionOf(language);
  const emergencyNumber: EmergencyNumber = NINE_ONE_ONE.has(region)
    ? '911'
    : NINE_NINE_NINE.has(region)
      ? '999'
      : '112';
  return {
    units: IMPERIAL.has(region) ? 'imperial' : 'metric',
    emergencyNumber,
    reminders: false,
    country: null,
  };
}
