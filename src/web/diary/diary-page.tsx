/**
 * The diary (`#/diary`): a pain chart for the last 7, 30 or 90 days with its summary in words, a quick pain
 * score, and the log by day. Each entry can be edited or deleted (after a confirmation); changes go through
 * the outbox, so they work offline and reach the server once.
 */
import './diary.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LocalEvent } from '../lib/events.ts';
import { editEvent, logEvent, removeEvent } from '../lib/outbox.ts';
import { events, user } from '../lib/store.ts';
import { describeEvent } from './describe.ts';
import { forgetServerId, painPoints, syncFromServer } from './diary-data.ts';
import { EntryEditor } from './entry-editor.tsx';
import { PainChart, shortDay } from './pain-chart.tsx';
import { dailyPain, summarize, summaryText } from './pain-summary.ts';

const RANGES = [7, 30, 90] as const;
type Range = (typeof RANGES)[number];

function dayHeading(start: number, now: number): string {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const diff = Math.round((today.getTime() - start) / 86_400_000);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Yesterday';
  return new Date(start).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });
}

function groupByDay(list: readonly LocalEvent[], from: number): { start: number; items: LocalEvent[] }[] {
  const groups = new Map<number, LocalEvent[]>();
  for (const e of list) {
    const t = Date.parse(e.at);
    if (!(t >= from)) continue;
    const d = new Date(t);
    d.setHours(0, 0, 0, 0);
    const key = d.getTime();
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([start, items]) => ({ start, items: items.sort((a, b) => b.at.localeCompare(a.at)) }));
}

/** The diary page. */
export function DiaryPage() {
  const [range, setRange] = useState<Range>(7);
  const [synced, setSynced] = useState<'idle' | 'ok' | 'local'>('idle');
  const now = Date.now();
  const list = events.value;

  useEffect(() => {
    const to = new Date(Date.now() + 60_000);
    const from = new Date(to.getTime() - 91 * 86_400_000);
    void syncFromServer(from, to).then((ok) => setSynced(ok ? 'ok' : 'local'));
  }, [user.value?.id]);

  const days = useMemo(() => dailyPain(painPoints(list), range, now), [list, range]);
  const caption = summaryText(summarize(days), range, shortDay);
  const from = days[0]?.start ?? 0;
  const groups = groupByDay(list, from);

  return (
    <section class="diary" data-page="diary" aria-labelledby="diary-title">
      <h1 id="diary-title">Your diary</h1>
      <fieldset class="segmented">
        <legend class="sr-only">Chart range</legend>
        {RANGES.map((r) => (
          <button type="button" key={r} aria-pressed={range === r} data-range={r} onClick={() => setRange(r)}>
            {r} days
          </button>
        ))}
      </fieldset>
      <PainChart days={days} caption={caption} />
      <PainQuickLog />
      {synced === 'local' && !user.value && (
        <p class="hint">
          This diary is kept on this phone. <a href="#/account">Sign in</a> to keep it safe in your account.
        </p>
      )}
      {groups.length === 0 ? (
        <p class="card">Nothing logged in the last {range} days yet. Sessions you finish show up here.</p>
      ) : (
        groups.map((g) => (
          <section key={g.start} class="day" aria-labelledby={`day-${g.start}`}>
            <h2 id={`day-${g.start}`}>{dayHeading(g.start, now)}</h2>
            <ul class="entries">
              {g.items.map((e) => (
                <Entry key={e.localId} event={e} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function PainQuickLog() {
  const [score, setScore] = useState(5);
  const [done, setDone] = useState(false);
  return (
    <form
      class="card pain-log"
      onSubmit={(ev) => {
        ev.preventDefault();
        logEvent({ kind: 'pain', at: new Date().toISOString(), score });
        setDone(true);
      }}
    >
      <label for="pain-now">How is your pain now (0-10)?</label>
      <div class="row">
        <select
          id="pain-now"
          value={score}
          onChange={(ev) => {
            setScore(Number(ev.currentTarget.value));
            setDone(false);
          }}
        >
          {Array.from({ length: 11 }, (_, i) => (
            <option key={i} value={i}>
              {i}
              {i === 0 ? ' (no pain)' : i === 10 ? ' (worst)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" class="btn">
          Log pain
        </button>
      </div>
      {done && (
        <p class="hint" role="status">
          Logged.
        </p>
      )}
    </form>
  );
}

function Entry({ event }: { event: LocalEvent }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const { title, detail } = describeEvent(event);
  const time = new Date(event.at).toLocaleTimeString([], { timeStyle: 'short' });
  const name = `${title} at ${time}`;
  return (
    <li class="entry" data-entry={event.kind} data-local-id={event.localId}>
      <div class="entry-main">
        <span class="entry-time">{time}</span>
        <span class="entry-title">{title}</span>
        {detail && <span class="entry-detail">{detail}</span>}
      </div>
      {mode === 'view' && (
        <div class="row entry-actions">
          <button type="button" class="btn-text" aria-label={`Edit ${name}`} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button
            type="button"
            class="btn-text"
            aria-label={`Delete ${name}`}
            onClick={() => setMode('confirm')}
          >
            Delete
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <EntryEditor
          event={event}
          onCancel={() => setMode('view')}
          onSave={(patch) => {
            if (Object.keys(patch).length > 0) editEvent(event.localId, patch);
            setMode('view');
          }}
        />
      )}
      {mode === 'confirm' && (
        <fieldset class="confirm">
          <legend class="sr-only">Delete {name}?</legend>
          <p>Delete this entry? This cannot be undone.</p>
          <div class="row">
            <button
              type="button"
              class="btn danger"
              data-confirm-delete
              onClick={() => {
                forgetServerId(event.serverId);
                removeEvent(event.localId);
              }}
            >
              Delete
            </button>
            <button type="button" class="btn-secondary" onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </fieldset>
      )}
    </li>
  );
}

export default DiaryPage;
