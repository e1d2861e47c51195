import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../lib/api.ts';
import { Problem } from './bits.tsx';
import { ownProfile, saveProfile, type TherapistProfile } from './booking-api.ts';
import { Exceptions, WeeklyHours } from './hours-editor.tsx';
import { pricesFromText } from './money.ts';
import { allZones, BIO_MAX, type Form, formFrom, QUALIFICATIONS_MAX, toInput } from './profile-form.ts';
import { SessionsAndPrices } from './profile-sessions.tsx';

/** The therapist's profile: who they are, where and how long they work, and their hours. */
export function ProfileEditor({ name, onSaved }: { name: string; onSaved: (p: TherapistProfile) => void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [badPrice, setBadPrice] = useState<{ minutes: number; message: string } | null>(null);

  useEffect(() => {
    ownProfile().then(
      (p) => {
        setIsNew(p === null);
        setForm(formFrom(p, name));
      },
      (e: unknown) => setError(e instanceof Error ? e : new Error('Your profile could not load.')),
    );
  }, []);

  if (!form) return error ? <Problem>{error.message}</Problem> : <p class="muted">Loading…</p>;
  const f = form;
  const set = (patch: Partial<Form>) => {
    setForm({ ...f, ...patch });
    setSaved(null);
  };
  const issue = (path: string) => (error instanceof ApiError ? error.issueFor(path) : undefined);

  async function submit(e: Event) {
    e.preventDefault();
    setSaved(null);
    // A price that is not an amount is caught here, next to its field, before anything is sent.
    const priced = pricesFromText(f.priceText, f.currency, f.sessionMinutes);
    if ('bad' in priced) {
      setBadPrice({ minutes: priced.bad, message: priced.message });
      document.getElementById(`p-price-${priced.bad}`)?.focus();
      return;
    }
    setBadPrice(null);
    setBusy(true);
    setError(null);
    try {
      const p = await saveProfile(toInput(f, priced.prices));
      setForm(formFrom(p, name));
      setIsNew(false);
      setSaved('Saved. Clients see your new details and free times now.');
      onSaved(p);
    } catch (err) {
      setError(err instanceof Error ? err : new Error('Something went wrong.'));
    } finally {
      setBusy(false);
    }
  }

  const field = (
    key: keyof Form,
    label: string,
    opts: { type?: string; hint?: string; min?: number; max?: number } = {},
  ) => {
    const msg = issue(key);
    return (
      <div class="field">
        <label for={`p-${key}`}>
          <span>{label}</span>
        </label>
        <input
          id={`p-${key}`}
          type={opts.type ?? 'text'}
          inputMode={opts.type === 'number' ? 'numeric' : undefined}
          min={opts.min}
          max={opts.max}
          value={String(f[key])}
          aria-invalid={msg ? true : undefined}
          aria-describedby={
            [opts.hint ? `p-${key}-hint` : '', msg ? `p-${key}-err` : ''].filter(Boolean).join(' ') ||
            undefined
          }
          onInput={(e) => set({ [key]: e.currentTarget.value } as Partial<Form>)}
        />
        {opts.hint ? (
          <small id={`p-${key}-hint`} class="muted">
            {opts.hint}
          </small>
        ) : null}
        {msg ? (
          <p class="error" id={`p-${key}-err`}>
            {msg}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby="profile-title" data-section="profile" noValidate>
      <h2 id="profile-title">Your profile</h2>
      {isNew ? (
        <p class="advice">Clients can find you once you save a profile with postcodes and hours.</p>
      ) : null}
      <section class="card" aria-labelledby="p-about-title">
        <h3 id="p-about-title">About you</h3>
        {field('displayName', 'Name clients see')}
        <div class="field">
          <label for="p-bio">
            <span>A short bio (optional)</span>
          </label>
          <textarea
            id="p-bio"
            rows={4}
            maxLength={BIO_MAX}
            value={f.bio}
            aria-describedby="p-bio-hint"
            aria-invalid={issue('bio') ? true : undefined}
            onInput={(e) => set({ bio: e.currentTarget.value })}
            data-bio
          />
          <small id="p-bio-hint" class="muted">
            How you work and who you help, in a few sentences. {f.bio.length} of {BIO_MAX} characters.
          </small>
          {issue('bio') ? <p class="error">{issue('bio')}</p> : null}
        </div>
        <div class="field">
          <label for="p-qualifications">
            <span>Qualifications (optional)</span>
          </label>
          <textarea
            id="p-qualifications"
            rows={3}
            value={f.qualifications}
            aria-describedby="p-qualifications-hint"
            aria-invalid={issue('qualifications') ? true : undefined}
            onInput={(e) => set({ qualifications: e.currentTarget.value })}
            data-qualifications
          />
          <small id="p-qualifications-hint" class="muted">
            One per line, up to {QUALIFICATIONS_MAX}. For example: Level 3 Diploma in Sports Massage.
          </small>
          {issue('qualifications') ? <p class="error">{issue('qualifications')}</p> : null}
        </div>
        <div class="field">
          <label for="p-timeZone">
            <span>Your time zone</span>
          </label>
          <select
            id="p-timeZone"
            value={f.timeZone}
            onChange={(e) => set({ timeZone: e.currentTarget.value })}
          >
            {allZones(f.timeZone).map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        {field('postcodes', 'Postcodes you visit', {
          hint: 'Whole postcodes or their start, separated by commas: SW1, W1, E1.',
        })}
      </section>
      <div class="card">
        <SessionsAndPrices
          minutes={f.sessionMinutes}
          priceText={f.priceText}
          currency={f.currency}
          bad={badPrice}
          serverError={issue('sessionMinutes') ?? issue('prices')}
          onChange={(patch) => {
            setBadPrice(null);
            set(patch);
          }}
        />
        <h3>Booking rules</h3>
        {field('bufferMinutes', 'Minutes between visits (travel)', { type: 'number', min: 0, max: 240 })}
        {field('minNoticeHours', 'Least notice, in hours', { type: 'number', min: 0, max: 720 })}
        {field('bookingWindowDays', 'How many days ahead clients may book', {
          type: 'number',
          min: 1,
          max: 366,
        })}
        {field('cancelFreeHours', 'Free cancellation until this many hours before', {
          type: 'number',
          min: 0,
          max: 336,
        })}
        {field('lateCancelPercent', 'A late cancellation costs this percentage of the price', {
          type: 'number',
          min: 0,
          max: 100,
          hint: 'Clients see the amount before they book and before they cancel. 100 means the full price.',
        })}
      </div>
      <div class="card">
        <h3>Your hours</h3>
        <WeeklyHours
          ranges={f.weekly}
          onChange={(weekly) => set({ weekly })}
          errorAt={(i) => issue(`weekly.${i}`)}
        />
      </div>
      <div class="card">
        <Exceptions
          items={f.exceptions}
          onChange={(exceptions) => set({ exceptions })}
          errorAt={(i) => issue(`exceptions.${i}`)}
        />
      </div>
      {error ? (
        <Problem>
          {error instanceof ApiError && error.issues.length > 0
            ? 'Please fix the fields marked above.'
            : error.message}
        </Problem>
      ) : null}
      <p role="status" class="bk-note">
        {saved ?? ''}
      </p>
      <button type="submit" class="btn btn-block" disabled={busy} data-save-profile>
        {busy ? 'Saving…' : 'Save profile'}
      </button>
    </form>
  );
}
