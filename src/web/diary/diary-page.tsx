/**
 * The diary (`#/diary`): a pain chart for the last 7, 30 or 90 days with the remedies logged marked on it
 * and its summary in words, a quick pain score (big buttons, starting at the last score), and the log by
 * day, check-ins included. Each logged event can be edited or deleted (after a confirmation); changes go
 * through the outbox, so they work offline and reach the server once.
 */
import './diary.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { GuestOffer } from '../account/guest-offer.tsx';
import type { LocalEvent } from '../lib/events.ts';
import { editEvent, logEvent, removeEvent } from '../lib/outbox.ts';
import { events, today, user } from '../lib/store.ts';
import { painEvent } from '../sessions/session-events.ts';
import { describeCheckIn, describeEvent } from './describe.ts';
import {
  type DiaryCheckIn,
  forgetServerId,
  lastScore,
  loadCheckIns,
  painPoints,
  syncFromServer,
  withToday,
} from './diary-data.ts';
import { EntryEditor } from './entry-editor.tsx';
import { PainChart, shortDay } from './pain-chart.tsx';
import { dailyPain, summarize, summaryText } from './pain-summary.ts';
import { beforeDropText, remedyMarks } from './remedy-marks.ts';

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

/** One line of the log: a logged event, or a check-in. */
type Item =
  | { type: 'event'; at: string; event: LocalEvent }
  | { type: 'checkin'; at: string; checkIn: DiaryCheckIn };

function groupByDay(list: readonly Item[], from: number): { start: number; items: Item[] }[] {
  const groups = new Map<number, Item[]>();
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
  const [stored, setStored] = useState<DiaryCheckIn[]>([]);
  const now = Date.now();
  const list = events.value;
  const me = user.value?.id;

  useEffect(() => {
    const to = new Date(Date.now() + 60_000);
    const from = new Date(to.getTime() - 91 * 86_400_000);
    setStored([]);
    void syncFromServer(from, to).then((ok) => setSynced(ok ? 'ok' : 'local'));
    void loadCheckIns(from, to).then(setStored);
  }, [me]);

  const checkIns = withToday(stored);
  const points = painPoints(list, checkIns);
  const days = useMemo(() => dailyPain(points, range, now), [list, checkIns.length, range]);
  const marks = useMemo(() => remedyMarks(list, days), [list, days]);
  const drop = beforeDropText(days, marks, shortDay);
  const caption = [summaryText(summarize(days), range, shortDay), drop].filter(Boolean).join(' ');
  const from = days[0]?.start ?? 0;
  const items: Item[] = [
    ...list.map((event): Item => ({ type: 'event', at: event.at, event })),
    ...checkIns.map((checkIn): Item => ({ type: 'checkin', at: checkIn.at, checkIn })),
  ];
  const groups = groupByDay(items, from);

  return (
    <section class="diary" data-page="diary" aria-labelledby="diary-title">
      <h1 id="diary-title">Your diary</h1>
      <GuestOffer />
      <PainQuickLog key={me ?? 'guest'} last={lastScore(points)} />
      <p class="diary-links">
        <a href="#/insight">What helps me</a> · <a href="#/doctor">For my doctor</a>
      </p>
      <fieldset class="segmented">
        <legend class="sr-only">Chart range</legend>
        {RANGES.map((r) => (
          <button type="button" key={r} aria-pressed={range === r} data-range={r} onClick={() => setRange(r)}>
            {r} days
          </button>
        ))}
      </fieldset>
      <PainChart days={days} caption={caption} marks={marks} />
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
              {g.items.map((item) =>
                item.type === 'event' ? (
                  <Entry key={item.event.localId} event={item.event} />
                ) : (
                  <CheckInEntry key={`checkin-${item.checkIn.id}`} checkIn={item.checkIn} />
                ),
              )}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * Today's pain in one or two taps: eleven big buttons (a radio group, so keys and screen readers work as
 * usual), starting at the last score logged rather than at an arbitrary 5, so an unchanged score is one tap.
 */
function PainQuickLog({ last }: { last: number | null }) {
  const [score, setScore] = useState<number | null>(last);
  const [done, setDone] = useState(false);
  // The last score arrives with the account's entries; follow it until the person picks one.
  const [touched, setTouched] = useState(false);
  const chosen = touched ? score : last;
  return (
    <form
      class="card pain-log"
      data-pain-log
      onSubmit={(ev) => {
        ev.preventDefault();
        if (chosen === null) return;
        logEvent(painEvent(chosen, Date.now()));
        setDone(true);
      }}
    >
      <fieldset class="pain-picker">
        <legend>How is your pain now?</legend>
        {SCORES.map((i) => (
          <label key={i}>
            <input
              type="radio"
              name="pain-now"
              value={i}
              data-score={i}
              checked={chosen === i}
              aria-label={i === 0 ? '0, no pain' : i === 10 ? '10, the worst' : String(i)}
              onChange={() => {
                setScore(i);
                setTouched(true);
                setDone(false);
              }}
            />
            {i}
          </label>
        ))}
        <span class="ends" aria-hidden="true">
          <span>0 no pain</span>
          <span>10 worst</span>
        </span>
      </fieldset>
      {last !== null && !touched && (
        <p class="hint">Starts at your last score, {last}. Tap another number if it has changed.</p>
      )}
      <button type="submit" class="btn btn-block" disabled={chosen === null} data-log-pain>
        {chosen === null ? 'Log pain' : `Log pain: ${chosen}`}
      </button>
      {done && (
        <p class="hint" role="status">
          Logged.
        </p>
      )}
    </form>
  );
}

/** A check-in in the log: when, the pain score and what it found. Read-only (its plan is on the plan page). */
function CheckInEntry({ checkIn }: { checkIn: DiaryCheckIn }) {
  const { title, detail } = describeCheckIn(checkIn);
  const time = new Date(checkIn.at).toLocaleTimeString([], { timeStyle: 'short' });
  return (
    <li class="entry" data-entry="checkin">
      <div class="entry-main">
        <span class="entry-time">{time}</span>
        <span class="entry-title">{title}</span>
        <span class="entry-detail">{detail}</span>
      </div>
      {checkIn.id === 'today' || checkIn.id === today.value?.serverId ? (
        <div class="row entry-actions">
          <a class="btn-text" href="#/plan">
            Today's plan
          </a>
        </div>
      ) : null}
    </li>
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
