/**
 * Cold or heat: the safety checklist first, then a timer that cannot run past 20 minutes (CO-20, HE-TEST),
 * warns at 2 minutes left, tells you to take it off, and logs the session.
 *
 * The timer is an absolute deadline saved in localStorage, never a counter. A hidden tab may throttle
 * setTimeout/setInterval (Chrome runs them at most once a minute after a few minutes hidden, and a phone
 * with the screen off may not run them at all); that only delays when we *look*, never what we see: every
 * look computes `deadline - Date.now()`, so the time shown, announced and logged is right the moment the page
 * runs again (visibilitychange re-checks at once). The notification is scheduled with setTimeout against the
 * deadline and re-checked on visibilitychange, so it fires on time while the tab is alive and at the latest
 * when the person comes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactId } from '../../domain/facts/registry.ts';
import { announcements } from '../../domain/session/announcements.ts';
import {
  MAX_COLD_HEAT_MINUTES,
  MIN_COLD_HEAT_MINUTES,
  phase,
  remaining,
  start,
} from '../../domain/session/timer.ts';
import { durationText } from '../lib/duration.ts';
import { askToNotify, beep, buzz, notify, primeAudio } from './device.ts';
import { Gate } from './gate.tsx';
import { leave } from './leave.ts';
import { LiveRegions, useAnnouncer } from './live-region.tsx';
import { loadPack, type PackSession, savePack } from './saved-timer.ts';
import { logSession, packGate } from './session-data.ts';
import { packEvent } from './session-events.ts';
import { clock, useNow } from './use-now.ts';
import { Why } from './why.tsx';

type Kind = 'cold' | 'heat';

interface Check {
  id: string;
  text: string;
  facts: FactId[];
}

// Each line is a rule from the evidence brief; all must be ticked before the timer starts.
const CHECKS: Record<Kind, Check[]> = {
  cold: [
    { id: 'wrap', text: 'The cold pack is wrapped in a thin towel, not on bare skin.', facts: ['CO-WRAP'] },
    { id: 'awake', text: 'I will stay awake while it is on.', facts: ['CO-WRAP'] },
    { id: 'numb', text: 'I will take it off at once if my skin goes numb.', facts: ['CO-WRAP'] },
  ],
  heat: [
    {
      id: 'wrist',
      text: 'I tested the temperature on my inner wrist: warm, not hot.',
      facts: ['HE-TEST', 'HE-WHEAT-BAG'],
    },
    {
      id: 'cream',
      text: 'I have not used a menthol, capsaicin or salicylate cream in the last 2 hours.',
      facts: ['CR-BURN'],
    },
    {
      id: 'bottle',
      text: 'A hot water bottle has no boiling water, is at most two-thirds full and has a cover.',
      facts: ['HE-BOTTLE'],
    },
    { id: 'awake', text: 'I will stay awake and will not lie on it.', facts: ['HE-TEST', 'HE-BOTTLE'] },
  ],
};

const NAMES: Record<Kind, { title: string; thing: string; intro: string; facts: FactId[] }> = {
  cold: {
    title: 'Cold pack',
    thing: 'the cold pack',
    intro: 'Cold can ease a fresh strain in the first two days. A short session is enough.',
    facts: ['CO-WHEN', 'CO-20'],
  },
  heat: {
    title: 'Heat',
    thing: 'the heat',
    intro: 'Gentle warmth can relax a tight back. Keep it warm, never hot.',
    facts: ['HE-EVIDENCE', 'HE-TEST'],
  },
};

/** The guided cold or heat session. */
export function PackSessionView({ kind }: { kind: Kind }) {
  const [pack, setPack] = useState<PackSession | null>(() => loadPack(kind));
  const update = (next: PackSession | null): void => {
    savePack(kind, next);
    setPack(next);
  };
  return pack ? (
    <PackTimer kind={kind} pack={pack} update={update} />
  ) : (
    <PackSetup kind={kind} onStart={(p) => update(p)} />
  );
}

function PackSetup({ kind, onStart }: { kind: Kind; onStart: (p: PackSession) => void }) {
  const now = useNow(true, 15_000);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [minutes, setMinutes] = useState(MAX_COLD_HEAT_MINUTES);
  const names = NAMES[kind];
  const gate = packGate(kind, now);
  const checks = CHECKS[kind];
  const ready = checks.every((c) => ticked.has(c.id));

  const begin = async (): Promise<void> => {
    primeAudio();
    const at = Date.now();
    // Ask for notification permission from this tap, never on load.
    onStart({ timer: start(kind, minutes, at), lastAnnounced: null, notified: false, loggedMinutes: null });
    await askToNotify();
  };

  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">{names.title}</h1>
      <div class="lead">
        {names.intro} <Why facts={names.facts} />
      </div>
      {gate.state !== 'open' ? (
        <Gate gate={gate} now={now} />
      ) : (
        <>
          <fieldset class="checklist">
            <legend>Before you start</legend>
            {checks.map((c) => (
              <div class="check" key={c.id}>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={ticked.has(c.id)}
                    data-check={c.id}
                    onChange={(e) => {
                      const next = new Set(ticked);
                      if (e.currentTarget.checked) next.add(c.id);
                      else next.delete(c.id);
                      setTicked(next);
                    }}
                  />
                  <span>{c.text}</span>
                </label>
              </div>
            ))}
            <Why facts={[...new Set(checks.flatMap((c) => c.facts))]} label="Why these checks?" />
          </fieldset>
          <div class="field">
            <label for="pack-minutes">
              How long: <strong>{minutes} minutes</strong>
            </label>
            <input
              id="pack-minutes"
              type="range"
              min={MIN_COLD_HEAT_MINUTES}
              max={MAX_COLD_HEAT_MINUTES}
              step={1}
              value={minutes}
              aria-valuetext={`${minutes} minutes`}
              onInput={(e) => {
                const v = Number(e.currentTarget.value);
                // CO-20: the slider stops at 20, and start() clamps again whatever reaches it.
                setMinutes(Math.min(MAX_COLD_HEAT_MINUTES, Math.max(MIN_COLD_HEAT_MINUTES, v)));
              }}
            />
            <div class="hint">
              At most {MAX_COLD_HEAT_MINUTES} minutes at a time.{' '}
              <Why facts={kind === 'cold' ? ['CO-20'] : ['HE-TEST']} />
            </div>
          </div>
          <button type="button" class="btn btn-block" disabled={!ready} onClick={() => void begin()}>
            Start {minutes}-minute timer
          </button>
          {!ready && <p class="hint">Tick each line above to start.</p>}
        </>
      )}
    </section>
  );
}

function PackTimer({
  kind,
  pack,
  update,
}: {
  kind: Kind;
  pack: PackSession;
  update: (p: PackSession | null) => void;
}) {
  const running = pack.loggedMinutes === null;
  const now = useNow(running);
  const [spoken, say] = useAnnouncer();
  const names = NAMES[kind];
  const { timer } = pack;
  const left = remaining(timer, now);
  const state = phase(timer, now);
  // The latest saved state, so timeouts and event handlers never write back a stale copy.
  const packRef = useRef(pack);
  packRef.current = pack;
  const patch = (changes: Partial<PackSession>): PackSession => {
    const next = { ...packRef.current, ...changes };
    packRef.current = next;
    update(next);
    return next;
  };

  /** Says what is due at `at` (only the newest message), with a beep and buzz for the warning and the end. */
  const speakDue = (at: number): void => {
    const p = packRef.current;
    for (const a of announcements(p.timer, at, p.lastAnnounced)) {
      say(a);
      if (a.key === 0 || a.key === 2 * 60_000) {
        beep();
        buzz(a.key === 0 ? [300, 150, 300] : 200);
      }
      patch({ lastAnnounced: a.key });
    }
  };

  const finish = (at: number): void => {
    const p = packRef.current;
    if (p.loggedMinutes !== null) return;
    speakDue(at);
    const event = packEvent(kind, p.timer, at);
    logSession(event);
    patch({ loggedMinutes: event.minutes });
  };

  useEffect(() => {
    if (running) speakDue(now);
  }, [now, running]);

  // The notification: a timeout against the deadline, plus a re-check whenever the page becomes visible.
  useEffect(() => {
    if (!running) return;
    const check = (): void => {
      const p = packRef.current;
      if (remaining(p.timer, Date.now()) > 0) return;
      if (!p.notified) {
        void notify(`Time's up: take ${names.thing} off now`, 'Your session is logged.', `unknot-${kind}`);
        patch({ notified: true });
      }
      finish(Date.now());
    };
    const id = setTimeout(check, Math.max(0, timer.deadline - Date.now()));
    document.addEventListener('visibilitychange', check);
    check();
    return () => {
      clearTimeout(id);
      document.removeEventListener('visibilitychange', check);
    };
  }, [timer.deadline, running]);

  const close = (): void => update(null);
  const fraction = timer.plannedMs > 0 ? left / timer.plannedMs : 0;

  return (
    <section class="session" aria-labelledby="session-title" data-session-state={running ? state : 'logged'}>
      <LiveRegions spoken={spoken} />
      {running ? (
        <>
          <h1 id="session-title">{names.title}</h1>
          <div class={`dial ${state}`}>
            <Ring fraction={fraction} />
            <div class="dial-text">
              <span class="time" role="timer" data-remaining={Math.ceil(left / 1000)}>
                {clock(left)}
              </span>
              <span class="dial-label">left</span>
            </div>
          </div>
          {state === 'warning' && <p class="note warn">Nearly done. Get ready to take {names.thing} off.</p>}
          <p class="hint center">
            Ends at {new Date(timer.deadline).toLocaleTimeString([], { timeStyle: 'short' })}. The timer keeps
            going if you lock your phone or leave this page.
          </p>
          <button type="button" class="btn btn-block" onClick={() => finish(Date.now())}>
            I've taken it off
          </button>
        </>
      ) : (
        <>
          <h1 id="session-title">{names.title}: time's up</h1>
          <div class="note done">
            <p class="big-text">Take {names.thing} off now, if it is still on.</p>
            <p data-logged-minutes={pack.loggedMinutes}>
              Logged: {durationText(pack.loggedMinutes ?? 0)} of {kind}.
            </p>
            {kind === 'cold' && (
              <div>
                Give your skin a break: your next cold session can start from{' '}
                {new Date(timer.startedAt + 2 * 3600_000).toLocaleTimeString([], { timeStyle: 'short' })}.{' '}
                <Why facts={['CO-20']} />
              </div>
            )}
          </div>
          <button type="button" class="btn btn-block" onClick={() => leave(close, '/plan')}>
            Back to your plan
          </button>
          <button type="button" class="btn-secondary btn-block" onClick={() => leave(close, '/diary')}>
            See your diary
          </button>
        </>
      )}
    </section>
  );
}

/** A progress ring; the stroke shrinks smoothly unless the person prefers reduced motion (CSS). */
function Ring({ fraction }: { fraction: number }) {
  const r = 52;
  const c = 2 * Math.PI * r;
  return (
    <svg class="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle class="ring-track" cx="60" cy="60" r={r} />
      <circle
        class="ring-fill"
        cx="60"
        cy="60"
        r={r}
        stroke-dasharray={c}
        stroke-dashoffset={c * (1 - Math.min(1, Math.max(0, fraction)))}
      />
    </svg>
  );
}
