import { useEffect, useRef, useState } from 'preact/hooks';
import { type InboxMessage, inbox, revokeCalendarToken, rotateCalendarToken } from './booking-api.ts';
import { dateTimeLabel, deviceTimeZone } from './time-format.ts';

/** The in-app inbox: booking confirmed, changed and cancelled messages when no e-mail is set up. */
export function Inbox() {
  const [items, setItems] = useState<InboxMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    inbox().then(setItems, (e: unknown) =>
      setError(e instanceof Error ? e.message : 'Messages could not load.'),
    );
  }, []);
  const zone = deviceTimeZone();
  return (
    <section aria-labelledby="inbox-title" data-section="inbox">
      <h2 id="inbox-title">Messages</h2>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {items === null && !error ? <p class="muted">Loading…</p> : null}
      {items?.length === 0 ? <p class="card">No messages yet. Booking news shows up here.</p> : null}
      <ul class="bk-list">
        {(items ?? []).map((m) => (
          <li key={m.id} class="card" data-message>
            <details>
              <summary>
                <span class="bk-subject">{m.subject}</span>
                <small class="muted">{dateTimeLabel(m.createdAt, zone)}</small>
              </summary>
              <p class="bk-body">{m.body}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The private calendar feed: make a link, make a new one (the old stops), or turn it off. */
export function CalendarFeed() {
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After "Turn the link off" that button is gone: focus goes to the one that makes a link again.
  const makeRef = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || busy) return;
    makeRef.current?.focus();
    setRefocus(false);
  }, [refocus, busy]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setNote(e instanceof Error ? e.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  }
  const make = () =>
    run(async () => {
      const r = await rotateCalendarToken();
      setUrl(r.url);
      setNote(url ? 'New link made. The old link no longer works.' : 'Link made.');
    });
  const off = () =>
    run(async () => {
      await revokeCalendarToken();
      setUrl(null);
      setNote('Calendar link turned off. Calendars using it stop updating.');
      setRefocus(true);
    });
  const copy = () =>
    run(async () => {
      if (url) await navigator.clipboard.writeText(url);
      setNote('Link copied.');
    });

  return (
    <section class="card" aria-labelledby="feed-title" data-section="feed">
      <h2 id="feed-title">Your visits in your calendar</h2>
      <p class="small">
        A private link your calendar app can follow, so new and cancelled visits show up there by themselves.
        Anyone with the link can see your visits, so keep it to yourself.
      </p>
      {url ? (
        <div class="field">
          <label for="feed-url">
            <span>Your private calendar link</span>
          </label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-feed-url />
        </div>
      ) : null}
      <div class="row">
        {url ? (
          <button type="button" class="btn" disabled={busy} onClick={() => void copy()} data-feed-copy>
            Copy link
          </button>
        ) : null}
        <button
          type="button"
          class={url ? 'btn-secondary' : 'btn'}
          disabled={busy}
          onClick={() => void make()}
          ref={makeRef}
          data-feed-make
        >
          {url ? 'Make a new link' : 'Make a calendar link'}
        </button>
        {/* Copy and turn-off only mean something once a link exists. */}
        {url ? (
          <button type="button" class="btn-text" disabled={busy} onClick={() => void off()} data-feed-off>
            Turn the link off
          </button>
        ) : null}
      </div>
      {url ? null : <p class="small muted">Making a link stops any link you made before.</p>}
      <p class="small" role="status">
        {note ?? ''}
      </p>
    </section>
  );
}
