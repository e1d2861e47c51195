import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../lib/api.ts';
import { Problem } from './bits.tsx';
import {
  ownProfile,
  type ScheduleException,
  saveProfile,
  type TherapistProfile,
  type TherapistProfileInput,
} from './booking-api.ts';
import { Exceptions, type RangeDraft, WeeklyHours } from './hours-editor.tsx';
import { deviceTimeZone } from './time-format.ts';

interface Form {
  displayName: string;
  bio: string;
  timeZone: string;
  postcodes: string;
  sessionMinutes: number[];
  bufferMinutes: string;
  minNoticeHours: string;
  bookingWindowDays: string;
  cancelFreeHours: string;
  weekly: RangeDraft[];
  exceptions: ScheduleException[];
}

function formFrom(p: TherapistProfile | null, name: string): Form {
  return {
    displayName: p?.displayName ?? name,
    bio: p?.bio ?? '',
    timeZone: p?.timeZone ?? deviceTimeZone(),
    postcodes: (p?.postcodes ?? []).join(', '),
    sessionMinutes: p?.sessionMinutes ?? [60],
    bufferMinutes: String(p?.bufferMinutes ?? 30),
    minNoticeHours: String(p?.minNoticeHours ?? 12),
    bookingWindowDays: String(p?.bookingWindowDays ?? 60),
    cancelFreeHours: String(p?.cancelFreeHours ?? 24),
    weekly: p?.weekly.map((r) => ({ ...r })) ?? [],
    exceptions: p?.exceptions ?? [],
  };
}

function toInput(f: Form): TherapistProfileInput {
  return {
    displayName: f.displayName,
    bio: f.bio,
    timeZone: f.timeZone,
    postcodes: f.postcodes
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    sessionMinutes: [...f.sessionMinutes].sort((a, b) => a - b),
    bufferMinutes: Number(f.bufferMinutes),
    minNoticeHours: Number(f.minNoticeHours),
    bookingWindowDays: Number(f.bookingWindowDays),
    cancelFreeHours: Number(f.cancelFreeHours),
    weekly: f.weekly,
    exceptions: f.exceptions.map((x) => ({ ...x, start: x.start || null, end: x.end || null })),
  };
}

let zones: string[] | undefined;
function allZones(current: string): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The therapist's profile: who they are, where and how long they work, and their hours. */
export function ProfileEditor({ name, onSaved }: { name: string; onSaved: (p: TherapistProfile) => void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const p = await saveProfile(toInput(f));
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
      <div class="card">
        {field('displayName', 'Name clients see')}
        <div class="field">
          <label for="p-bio">
            <span>About you (optional)</span>
          </label>
          <textarea
            id="p-bio"
            rows={3}
            maxLength={2000}
            value={f.bio}
            onInput={(e) => set({ bio: e.currentTarget.value })}
          />
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
      </div>
      <div class="card">
        <fieldset class="bare">
          <legend class="bk-legend">Session lengths you offer</legend>
          <div class="bk-pills">
            {[60, 90].map((m) => (
              <label class="choice" key={m}>
                <input
                  type="checkbox"
                  checked={f.sessionMinutes.includes(m)}
                  onChange={(e) =>
                    set({
                      sessionMinutes: e.currentTarget.checked
                        ? [...f.sessionMinutes, m]
                        : f.sessionMinutes.filter((x) => x !== m),
                    })
                  }
                />
                {m} minutes
              </label>
            ))}
          </div>
          {issue('sessionMinutes') ? <p class="error">{issue('sessionMinutes')}</p> : null}
        </fieldset>
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
      </div>
      <div class="card">
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
