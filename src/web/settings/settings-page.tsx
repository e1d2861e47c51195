import { COUNTRY_NAMES, contactsFor, dialable, lineName } from '../../domain/contacts/contacts.ts';
import { deviceCountry } from '../lib/country.ts';
import { EMERGENCY_NUMBERS, type EmergencyNumber, type Settings } from '../lib/settings.ts';
import { settings } from '../lib/store.ts';
import { ReminderSettingsPanel } from '../reminders/reminder-settings.tsx';

/** The countries with numbers of their own first, then the EU by name. */
const COUNTRY_CHOICES: readonly string[] = [
  'GB',
  'IE',
  'US',
  'CA',
  'AU',
  'NZ',
  ...Object.keys(COUNTRY_NAMES)
    .filter((c) => !['GB', 'IE', 'US', 'CA', 'AU', 'NZ'].includes(c))
    .sort((a, b) => (COUNTRY_NAMES[a] ?? a).localeCompare(COUNTRY_NAMES[b] ?? b)),
];

function isEmergencyNumber(n: string): n is EmergencyNumber {
  return EMERGENCY_NUMBERS.some((e) => e === n);
}

function set<K extends keyof Settings>(key: K, value: Settings[K]): void {
  settings.value = { ...settings.value, [key]: value };
}

/** A chosen country (null: automatic) also updates the stored emergency number older screens read. */
function chooseCountry(country: string | null): void {
  const number = contactsFor(country ?? deviceCountry()).emergency.number;
  settings.value = {
    ...settings.value,
    country,
    ...(isEmergencyNumber(number) ? { emergencyNumber: number } : {}),
  };
}

/** Settings kept on this phone: where you are (for the call buttons), units, reminders. */
export function SettingsPage() {
  const s = settings.value;
  const device = deviceCountry();
  const contacts = contactsFor(s.country ?? device);
  return (
    <div data-page="settings">
      <h1>Settings</h1>
      <section class="card" aria-labelledby="set-country">
        <h2 id="set-country">Where you are</h2>
        <p class="muted">The call buttons dial the emergency number and advice line of this country.</p>
        <label class="field" for="country">
          <span>Country</span>
          <select
            id="country"
            name="country"
            value={s.country ?? ''}
            onChange={(e) => chooseCountry(e.currentTarget.value || null)}
            data-country
          >
            <option value="">
              Automatic, from this phone's time zone
              {device ? ` (${COUNTRY_NAMES[device] ?? device})` : ''}
            </option>
            {COUNTRY_CHOICES.map((code) => (
              <option key={code} value={code}>
                {COUNTRY_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <p data-contacts>
          Emergency: <a href={`tel:${dialable(contacts.emergency.number)}`}>{contacts.emergency.number}</a>
          {contacts.urgentAdvice ? (
            <>
              {' '}
              · Urgent advice:{' '}
              <a href={`tel:${dialable(contacts.urgentAdvice.number)}`}>{lineName(contacts.urgentAdvice)}</a>
            </>
          ) : null}
        </p>
        {contacts.known ? null : (
          <p class="small muted" data-unknown-country>
            We cannot tell your country from this phone, so the call button dials 112. It works across Europe
            and on most mobile phones. Choose your country above to be sure.
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="set-units">
        <h2 id="set-units">Units</h2>
        <fieldset class="bare">
          <legend class="sr-only">Units</legend>
          <ul class="choices">
            {(['metric', 'imperial'] as const).map((u) => (
              <li key={u}>
                <label class="choice">
                  <input
                    type="radio"
                    name="units"
                    value={u}
                    checked={s.units === u}
                    onChange={() => set('units', u)}
                  />
                  <span>{u === 'metric' ? 'Metric (ml, °C)' : 'Imperial (fl oz, °F)'}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>
      <ReminderSettingsPanel />
      <p class="muted small">Light or dark follows your phone's setting.</p>
    </div>
  );
}
