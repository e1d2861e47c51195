/**
 * Water: quick adds and a daily goal of your own within ordinary ranges. Never "drink lots": over-drinking
 * to ward off cramps has caused dangerous low sodium (HY-NO-EXCESS), and water is not a proven spasm cure
 * (HY-WEAK), so this is a wellbeing habit, with a glass before exercise.
 */
import { useState } from 'preact/hooks';
import { WATER_BEFORE_EXERCISE_ML, WATER_MAX_DAILY_GOAL_ML } from '../../domain/plan/limits.ts';
import { events, settings } from '../lib/store.ts';
import { loadSaved, save } from './saved.ts';
import { logSession } from './session-data.ts';
import { QUICK_ML, waterEvent } from './session-events.ts';
import { Why } from './why.tsx';

const MIN_GOAL_ML = 500;
const DEFAULT_GOAL_ML = 1500;

/** "250 ml" or, in imperial units, "8 fl oz". */
export function volume(ml: number, units: 'metric' | 'imperial'): string {
  return units === 'imperial' ? `${Math.round(ml / 29.5735)} fl oz` : `${ml.toLocaleString()} ml`;
}

function readGoal(v: unknown): number | null {
  return typeof v === 'number' && v >= MIN_GOAL_ML && v <= WATER_MAX_DAILY_GOAL_ML ? v : null;
}

/** The water page. */
export function WaterLog() {
  const [goal, setGoal] = useState(() => loadSaved('water-goal', readGoal) ?? DEFAULT_GOAL_ML);
  const units = settings.value.units;
  const dayStart = new Date();
  dayStart.setHours(0, 0, 0, 0);
  const todayMl = events.value
    .filter((e) => e.kind === 'water' && Date.parse(e.at) >= dayStart.getTime())
    .reduce((sum, e) => sum + (e.kind === 'water' ? e.ml : 0), 0);
  const pct = Math.min(100, Math.round((todayMl / goal) * 100));
  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">Water</h1>
      <div class="lead">
        A glass of water before you exercise is a good habit. <Why facts={['HY-WEAK']} />
      </div>
      <div class="card">
        <p class="big-text" data-water-today={todayMl}>
          Today: {volume(todayMl, units)} <span class="sub">of your {volume(goal, units)}</span>
        </p>
        <div class="bar" aria-hidden="true">
          <div class="bar-fill" style={{ width: `${pct}%` }} />
        </div>
        <fieldset class="quick">
          <legend class="sr-only">Add a drink</legend>
          {QUICK_ML.map((ml) => (
            <button
              type="button"
              class="btn-secondary"
              key={ml}
              data-ml={ml}
              onClick={() => logSession(waterEvent(ml, Date.now()))}
            >
              + {volume(ml, units)}
            </button>
          ))}
        </fieldset>
        {todayMl >= goal && (
          <p class="note done">You reached your goal. There is no need to drink more than you want.</p>
        )}
      </div>
      <div class="field">
        <label for="water-goal">
          Your daily goal: <strong>{volume(goal, units)}</strong>
        </label>
        <input
          id="water-goal"
          type="range"
          min={MIN_GOAL_ML}
          max={WATER_MAX_DAILY_GOAL_ML}
          step={250}
          value={goal}
          aria-valuetext={volume(goal, units)}
          onInput={(e) => {
            const v = readGoal(Number(e.currentTarget.value)) ?? DEFAULT_GOAL_ML;
            setGoal(v);
            save('water-goal', v);
          }}
        />
        <div class="hint">
          Drink to thirst. More water does not prevent spasms, and far too much can be harmful.{' '}
          <Why facts={['HY-NO-EXCESS']} />
        </div>
        <p class="hint">Before exercise: about {volume(WATER_BEFORE_EXERCISE_ML, units)}.</p>
      </div>
    </section>
  );
}
