import { useState } from 'preact/hooks';
import { StepHeading } from './bits.tsx';
import { findTherapists, type TherapistSummary, therapistProfile } from './booking-api.ts';
import { country, intake, minutes, results, searchPostcode, slot, step, therapist } from './flow-state.ts';
import { checkPickedPostcode, PICKER_COUNTRIES, pickerFormat } from './postcode-format.ts';
import { TherapistCard } from './therapist-card.tsx';
import { deviceTimeZone } from './time-format.ts';

/** Step 1: who visits your postcode. */
export function FindStep() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  async function search(e: Event) {
    e.preventDefault();
    // Checked here first, so a typo gets a clear message rather than "nobody visits".
    const checked = checkPickedPostcode(searchPostcode.value, country.value, { area: true });
    if (!checked.ok) {
      setInvalid(checked.message);
      document.getElementById('find-postcode')?.focus();
      return;
    }
    const postcode = checked.value;
    searchPostcode.value = postcode;
    setInvalid(null);
    setBusy(true);
    setError(null);
    try {
      results.value = await findTherapists(postcode, country.value === 'OTHER' ? undefined : country.value);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  async function choose(t: TherapistSummary) {
    setPicking(t.id);
    setError(null);
    try {
      const profile = await therapistProfile(t.id);
      therapist.value = profile;
      minutes.value = profile.sessionMinutes.includes(minutes.value)
        ? minutes.value
        : (profile.sessionMinutes[0] ?? 60);
      slot.value = null;
      // A full postcode from the search saves typing it again; a district ("SW1A") is not an address.
      if (intake.value.postcode === '' && checkPickedPostcode(searchPostcode.value, country.value).ok)
        intake.value = { ...intake.value, postcode: searchPostcode.value.trim() };
      step.value = 'slot';
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    } finally {
      setPicking(null);
    }
  }

  const list = results.value;
  const here = deviceTimeZone();
  return (
    <section aria-labelledby="find-title" data-step-book="find">
      <StepHeading id="find-title">Who can visit you?</StepHeading>
      <form class="card" onSubmit={search} noValidate>
        <div class="field">
          <label for="find-country">
            <span>Country</span>
          </label>
          <select
            id="find-country"
            name="country"
            autoComplete="country"
            value={country.value}
            onChange={(e) => {
              const v = e.currentTarget.value;
              country.value = PICKER_COUNTRIES.find((c) => c === v) ?? 'OTHER';
              setInvalid(null);
            }}
            data-country
          >
            {PICKER_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {pickerFormat(c).name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="find-postcode">
            <span>Your postcode</span>
          </label>
          <input
            id="find-postcode"
            name="postcode"
            autoComplete="postal-code"
            autoCapitalize="characters"
            value={searchPostcode.value}
            onInput={(e) => {
              searchPostcode.value = e.currentTarget.value;
            }}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'postcode-hint postcode-error' : 'postcode-hint'}
          />
          <small id="postcode-hint" class="muted">
            For example {pickerFormat(country.value).example}. The therapist comes to your home, so we look
            for people who work near you.
          </small>
          {invalid ? (
            <p class="error" id="postcode-error" data-postcode-error>
              {invalid}
            </p>
          ) : null}
        </div>
        <button type="submit" class="btn btn-block" disabled={busy} data-search>
          {busy ? 'Looking…' : 'Find a therapist'}
        </button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {list && list.length === 0 ? (
          <p class="card">
            Nobody visits {searchPostcode.value.trim().toUpperCase()} yet. Check the postcode, or try one
            nearby.
          </p>
        ) : null}
        {list && list.length > 0 ? (
          <p class="muted">
            {list.length === 1 ? 'One therapist visits' : `${list.length} therapists visit`} your area.
          </p>
        ) : null}
      </div>
      {list && list.length > 0 ? (
        <ul class="bk-list">
          {list.map((t) => (
            <li key={t.id} class="card" data-therapist={t.id}>
              <TherapistCard t={t} heading="h3" variant="summary" zone={here} />
              <button
                type="button"
                class="btn btn-block"
                disabled={picking !== null}
                onClick={() => void choose(t)}
                data-choose
              >
                {picking === t.id ? 'Opening…' : `See times with ${t.displayName}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
