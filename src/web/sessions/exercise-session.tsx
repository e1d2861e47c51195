/**
 * Exercise: a walk timer that counts up towards your goal (EX-WALK), and yoga or water exercise as
 * suggestions you can log (EX-YOGA, EX-STAY-ACTIVE). Gentle variants only when today's plan says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { EXERCISES, type ExerciseId } from '../../domain/plan/exercises.ts';
import { WALK_TARGET_MINUTES } from '../../domain/plan/limits.ts';
import { announcements } from '../../domain/session/announcements.ts';
import { elapsed, parseTimer, start, type Timer } from '../../domain/session/timer.ts';
import { beep, buzz, primeAudio } from './device.ts';
import { LiveRegions, useAnnouncer } from './live-region.tsx';
import { loadSaved, save } from './saved.ts';
import { gentleToday, logSession } from './session-data.ts';
import { activityEvent, walkEvent } from './session-events.ts';
import { clock, useNow } from './use-now.ts';
import { Why } from './why.tsx';

interface Walk {
  /** Runs up to the goal; the count-up keeps going past it until you stop. */
  timer: Timer;
  goalMinutes: number;
  lastAnnounced: number | null;
}

function parseWalk(v: unknown): Walk | null {
  if (typeof v !== 'object' || v === null) return null;
  const w = v as Record<string, unknown>;
  const timer = parseTimer(w.timer);
  if (!timer || typeof w.goalMinutes !== 'number') return null;
  return {
    timer,
    goalMinutes: w.goalMinutes,
    lastAnnounced: typeof w.lastAnnounced === 'number' ? w.lastAnnounced : null,
  };
}

/** The exercise page: walk timer first, then the other activities to log. */
export function ExerciseSessionView() {
  const [walk, setWalk] = useState<Walk | null>(() => loadSaved('walk', parseWalk));
  const [logged, setLogged] = useState<string | null>(null);
  const gentle = gentleToday();
  const setAndSave = (w: Walk | null): void => {
    save('walk', w);
    setWalk(w);
  };
  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">Stay active</h1>
      <div class="lead">
        Moving gently helps more than resting in bed. <Why facts={['EX-STAY-ACTIVE']} />
      </div>
      {logged && (
        <p class="note done" role="status">
          {logged}
        </p>
      )}
      <WalkTimer
        walk={walk}
        gentle={gentle}
        onChange={setAndSave}
        onLogged={(m) => setLogged(`Logged: a ${m}-minute walk.`)}
      />
      {(['routine', 'yoga', 'water'] as const).map((id) => (
        <ActivityCard key={id} id={id} gentle={gentle} onLogged={setLogged} />
      ))}
    </section>
  );
}

function WalkTimer(props: {
  walk: Walk | null;
  gentle: boolean;
  onChange: (w: Walk | null) => void;
  onLogged: (minutes: number) => void;
}) {
  const { walk, onChange } = props;
  const variant = props.gentle ? EXERCISES.walking.gentle : EXERCISES.walking.normal;
  const [goal, setGoal] = useState(variant?.minutes ?? 10);
  const now = useNow(walk !== null);
  const [spoken, say] = useAnnouncer();
  const goalMs = (walk?.goalMinutes ?? goal) * 60_000;
  const ran = walk ? elapsed(walk.timer, now) : 0;

  // One calm message when the goal is reached (the timer's "done" is the goal).
  useEffect(() => {
    if (!walk) return;
    const goalTimer: Timer = { ...walk.timer, plannedMs: goalMs, deadline: walk.timer.startedAt + goalMs };
    for (const a of announcements(goalTimer, now, walk.lastAnnounced)) {
      if (a.key !== 0) continue;
      say({ text: 'You reached your walking goal. Keep going or stop when you like.', politeness: 'polite' });
      beep();
      buzz(200);
      onChange({ ...walk, lastAnnounced: 0 });
    }
  }, [now]);

  const stop = (): void => {
    if (!walk) return;
    const event = walkEvent(walk.timer, Date.now());
    logSession(event);
    onChange(null);
    props.onLogged(event.kind === 'exercise' ? event.minutes : 0);
  };

  return (
    <div class="card" data-activity="walking">
      <h2>Walk</h2>
      <LiveRegions spoken={spoken} />
      {walk ? (
        <>
          <p class="time" role="timer">
            {clock(ran)}
          </p>
          <p class="hint center">
            {ran >= goalMs ? 'Goal reached. ' : ''}Your goal: {walk.goalMinutes} minutes.
          </p>
          <button type="button" class="btn btn-block" onClick={stop}>
            Stop and log the walk
          </button>
        </>
      ) : (
        <>
          {variant && (
            <ul class="steps">
              {variant.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
          <div class="field">
            <label for="walk-goal">
              Goal: <strong>{goal} minutes</strong>
            </label>
            <input
              id="walk-goal"
              type="range"
              min={5}
              max={60}
              step={5}
              value={goal}
              aria-valuetext={`${goal} minutes`}
              onInput={(e) => setGoal(Number(e.currentTarget.value))}
            />
            <div class="hint">
              Build up slowly towards about {WALK_TARGET_MINUTES} minutes. <Why facts={['EX-WALK']} />
            </div>
          </div>
          <button
            type="button"
            class="btn btn-block"
            onClick={() => {
              primeAudio();
              onChange({ timer: start('walk', 120, Date.now()), goalMinutes: goal, lastAnnounced: null });
            }}
          >
            Start walk timer
          </button>
        </>
      )}
    </div>
  );
}

function ActivityCard(props: { id: ExerciseId; gentle: boolean; onLogged: (text: string) => void }) {
  const ex = EXERCISES[props.id];
  const variant = props.gentle ? ex.gentle : ex.normal;
  const [minutes, setMinutes] = useState(variant?.minutes ?? ex.normal.minutes);
  const inputId = `minutes-${props.id}`;
  return (
    <div class="card" data-activity={props.id}>
      <h2>{ex.name}</h2>
      {variant ? (
        <>
          <ul class="steps">
            {variant.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <Why facts={ex.facts} />
          <div class="row">
            <label for={inputId}>Minutes</label>
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              value={minutes}
              onInput={(e) => setMinutes(Number(e.currentTarget.value))}
            />
            <button
              type="button"
              class="btn-secondary"
              disabled={!(minutes >= 1 && minutes <= 120)}
              onClick={() => {
                logSession(activityEvent(props.id, minutes, Date.now()));
                props.onLogged(`Logged: ${minutes} minutes of ${ex.name.toLowerCase()}.`);
              }}
            >
              Log it
            </button>
          </div>
        </>
      ) : (
        <div class="hint">
          Wait until the pain settles a little; walking and the gentle routine come first.{' '}
          <Why facts={ex.facts} />
        </div>
      )}
    </div>
  );
}
