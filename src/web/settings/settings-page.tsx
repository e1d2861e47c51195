import { EMERGENCY_NUMBERS, type Settings } from '../lib/settings.ts';
import { settings } from '../lib/store.ts';

function set<K extends keyof Settings>(key: K, value: Settings[K]): void {
  settings.value = { ...settings.value, [key]: value };
}

/** Settings kept on this phone: units, the emergency number the call button dials, reminders. */
export function SettingsPage() {
  const s = settings.value;
  return (
    <div data-page="settings">
      <h1>Settings</h1>
      <section class="card" aria-labelledby="set-emergency">
        <h2 id="set-emergency">Emergency number</h2>
        <p class="muted">The call button dials this number when your answers need urgent help.</p>
        <fieldset class="bare">
          <legend class="sr-only">Emergency number</legend>
          <ul class="choices">
            {EMERGENCY_NUMBERS.map((n) => (
              <li key={n}>
                <label class="choice">
                  <input
                    type="radio"
                    name="emergency"
                    value={n}
                    checked={s.emergencyNumber === n}
                    onChange={() => set('emergencyNumber', n)}
                  />
                  <span>
                    {n}
                    <span class="small muted">
                      {n === '999'
                        ? ' · UK'
                        : n === '112'
                          ? ' · Europe and most countries'
                          : ' · US and Canada'}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
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
      <div class="card">
        <h2>Reminders</h2>
        <label class="choice">
          <input
            type="checkbox"
            checked={s.reminders}
            onChange={(e) => set('reminders', e.currentTarget.checked)}
          />
          <span>Remind me to check in and move gently</span>
        </label>
        <p class="small muted" style={{ marginTop: '8px' }}>
          Saved for later: reminders are not sent yet.
        </p>
      </div>
      <p class="muted small">Light or dark follows your phone's setting.</p>
    </div>
  );
}
