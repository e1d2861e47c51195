/**
 * Where the person is, for the emergency number and advice line (contract v2 `CheckIn.country`; EC-WHERE):
 * the country chosen in settings, else the one the device's time zone says, never the browser language.
 */

import { contactsFor } from '../../domain/contacts/contacts.ts';
import { countryFromTimeZone } from '../../domain/contacts/zones.ts';
import type { Contacts } from '../../domain/contract/assessment.ts';
import type { ClockOptions } from '../../domain/plan/next-at.ts';
import { settings } from './store.ts';

/** The device's IANA time zone ('UTC' when the browser will not say). */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The country the device's time zone points to, or null when the zone table does not know it. */
export function deviceCountry(): string | null {
  return countryFromTimeZone(deviceTimeZone());
}

/**
 * The person's country now: their choice in settings, else the time zone's, else undefined (the domain then
 * falls back to 112 and says so). `buildCheckIn` puts this in `CheckIn.country`.
 * @example { ...checkIn, country: currentCountry() }
 */
export function currentCountry(): string | undefined {
  return settings.value.country ?? deviceCountry() ?? undefined;
}

/** The emergency number and advice line for {@link currentCountry}. */
export function currentContacts(): Contacts {
  return contactsFor(currentCountry());
}

/** The device's zone and language, for clock times such as "Next dose from 14:05". */
export function clockOptions(): ClockOptions {
  const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB';
  return { timeZone: deviceTimeZone(), locale };
}
