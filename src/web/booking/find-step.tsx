import { useState } from 'preact/hooks';
import { StepHeading } from './bits.tsx';
import { findTherapists, type TherapistSummary, therapistProfile } from './booking-api.ts';
import { intake, minutes, results, searchPostcode, slot, step, therapist } from './flow-state.ts';
import { deviceTimeZone, zonePlace } from './time-format.ts';

/** Step 1: who visits your postcode. */
export function FindStep() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState<string | null>(null);

  async function search(e: Event) {
    e.preventDefault();
    const postcode = searchPostcode.value.trim();
    if (postcode.length < 2) {
      setError('Enter your postcode, for example SW1A 1AA.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      results.value = await findTherapists(postcode);
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
      if (intake.value.postcode === '')
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
        <label class="field">
          <span>Your postcode</span>
          <input
            name="postcode"
            autoComplete="postal-code"
            autoCapitalize="characters"
            value={searchPostcode.value}
            onInput={(e) => {
              searchPostcode.value = e.currentTarget.value;
            }}
            aria-invalid={error && !list ? true : undefined}
            aria-describedby="postcode-hint"
          />
          <small id="postcode-hint" class="muted">
            The therapist comes to your home, so we look for people who work near you.
          </small>
        </label>
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
              <h3>{t.displayName}</h3>
              {t.bio ? <p>{t.bio}</p> : null}
              <p class="muted small">
                Sessions of {t.sessionMinutes.join(' or ')} minutes.
                {t.timeZone !== here ? ` Works on ${zonePlace(t.timeZone)} time.` : ''}
              </p>
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
