import { useEffect, useState } from 'preact/hooks';
import type { ReminderSettings } from '../../domain/reminders/settings.ts';
import { ApiError, api } from '../lib/api.ts';
import { PushCard } from './push-card.tsx';

interface Item {
  id: string;
  kind: string;
  dueAt: string;
  status: 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'collapsed';
  sentAt: string | null;
  attempts: number;
  title?: string;
  lastError?: string | null;
}

type Toggle = 'nextDose' | 'coldAgain' | 'heatOff' | 'followUps' | 'visits';

const TOGGLES: { key: Toggle; label: string; hint: string }[] = [
  {
    key: 'nextDose',
    label: 'Next ibuprofen dose',
    hint: 'When the 4-hour gap and the daily limit allow another dose.',
  },
  { key: 'coldAgain', label: 'Cold pack again', hint: 'When two hours have passed since the last one.' },
  {
    key: 'heatOff',
    label: 'Heat off',
    hint: 'When a heat session you logged should end, even with the app closed.',
  },
  {
    key: 'followUps',
    label: 'Follow-ups',
    hint: 'The day after a result that said to see a doctor, and after a massage.',
  },
  { key: 'visits', label: 'Massage visits', hint: 'A day and two hours before each visit, also by e-mail.' },
];

const STATUS: Record<Item['status'], string> = {
  scheduled: 'Upcoming',
  sent: 'Sent',
  failed: 'Could not be sent',
  cancelled: 'Cancelled',
  collapsed: 'Skipped (too late to help)',
};

const when = (iso: string) =>
  new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'short',
  }).format(new Date(iso));

/** Reminder settings: one tap per kind, bedtime and stretch breaks, quiet hours, and what was or will be sent. */
export function ReminderSettingsPanel() {
  const [s, setS] = useState<ReminderSettings | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      setS(await api<ReminderSettings>('/reminders/settings'));
      setItems((await api<{ items: Item[] }>('/reminders')).items);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? 'Sign in to set reminders.'
          : 'Reminders could not be loaded.',
      );
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const save = async (next: ReminderSettings) => {
    setS(next);
    setError(null);
    try {
      await api('/reminders/settings', { method: 'PUT', body: next });
      setStatus('Saved.');
      setItems((await api<{ items: Item[] }>('/reminders')).items);
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : 'Not saved.');
    }
  };

  if (s === null) return <p class="muted">{error ?? 'Loading reminders…'}</p>;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const upcoming = items.filter((i) => i.status === 'scheduled');
  const past = items.filter((i) => i.status !== 'scheduled').reverse();
  return (
    <div class="stack">
      <PushCard />
      <section class="card" aria-labelledby="rem-kinds">
        <h2 id="rem-kinds">What to remind you of</h2>
        <ul class="choices">
          {TOGGLES.map((t) => (
            <li key={t.key}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={s[t.key]}
                  onChange={(e) => save({ ...s, [t.key]: e.currentTarget.checked })}
                />
                <span>
                  {t.label}
                  <span class="small muted"> · {t.hint}</span>
                </span>
              </label>
            </li>
          ))}
          <li>
            <label class="choice">
              <input
                type="checkbox"
                checked={s.bedtime !== null}
                onChange={(e) => save({ ...s, bedtime: e.currentTarget.checked ? '22:30' : null })}
              />
              <span>Bedtime</span>
            </label>
            {s.bedtime !== null && (
              <label class="field">
                <span>Bedtime (your local time)</span>
                <input
                  type="time"
                  value={s.bedtime}
                  onChange={(e) => save({ ...s, bedtime: e.currentTarget.value })}
                />
              </label>
            )}
          </li>
          <li>
            <label class="choice">
              <input
                type="checkbox"
                checked={s.stretchBreaks !== null}
                onChange={(e) =>
                  save({
                    ...s,
                    stretchBreaks: e.currentTarget.checked
                      ? { everyMinutes: 60, start: '09:00', end: '17:00' }
                      : null,
                  })
                }
              />
              <span>Stretch breaks during working hours</span>
            </label>
            {s.stretchBreaks !== null && (
              <div class="row">
                <label class="field">
                  <span>Every (minutes)</span>
                  <input
                    type="number"
                    min={15}
                    max={240}
                    step={15}
                    value={s.stretchBreaks.everyMinutes}
                    onChange={(e) =>
                      s.stretchBreaks &&
                      save({
                        ...s,
                        stretchBreaks: { ...s.stretchBreaks, everyMinutes: Number(e.currentTarget.value) },
                      })
                    }
                  />
                </label>
                <label class="field">
                  <span>From</span>
                  <input
                    type="time"
                    value={s.stretchBreaks.start}
                    onChange={(e) =>
                      s.stretchBreaks &&
                      save({ ...s, stretchBreaks: { ...s.stretchBreaks, start: e.currentTarget.value } })
                    }
                  />
                </label>
                <label class="field">
                  <span>To</span>
                  <input
                    type="time"
                    value={s.stretchBreaks.end}
                    onChange={(e) =>
                      s.stretchBreaks &&
                      save({ ...s, stretchBreaks: { ...s.stretchBreaks, end: e.currentTarget.value } })
                    }
                  />
                </label>
              </div>
            )}
          </li>
          <li>
            <label class="choice">
              <input
                type="checkbox"
                checked={s.quietHours !== null}
                onChange={(e) =>
                  save({
                    ...s,
                    quietHours: e.currentTarget.checked ? { start: '22:00', end: '07:00' } : null,
                  })
                }
              />
              <span>
                Quiet hours
                <span class="small muted">
                  {' '}
                  · Reminders wait until they end, or are skipped if too late by then.
                </span>
              </span>
            </label>
          </li>
        </ul>
        {s.timeZone !== zone && (
          <button type="button" class="btn-text" onClick={() => save({ ...s, timeZone: zone })}>
            Use this device’s time zone ({zone}) instead of {s.timeZone}
          </button>
        )}
        <p class="small muted" role="status">
          {status}
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="rem-list">
        <h2 id="rem-list">Upcoming and sent</h2>
        {upcoming.length === 0 && past.length === 0 && <p class="muted">Nothing yet.</p>}
        <ul>
          {[...upcoming, ...past].map((i) => (
            <li key={i.id}>
              <strong>{i.title ?? i.kind}</strong> · {when(i.dueAt)} · {STATUS[i.status]}
              {i.status === 'failed' && i.lastError ? ` (${i.attempts} tries)` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
