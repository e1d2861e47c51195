/**
 * Exercise and stretch items, always in the plan. Staying active (EX-STAY-ACTIVE), the NHS routine
 * start (EX-ROUTINE), walking (EX-WALK), yoga (EX-YOGA); NHS stretches (ST-NHS) held 30 s, never past
 * 60 s (ST-HOLD), stopped on worse or new pain (ST-STOP). Gentle versions at pain 7+ or in the acute
 * phase; toe touching only in the subacute phase at pain 3 or less, last (ST-TOE-TOUCH).
 */
import type { FactId } from '../facts/registry.ts';
import { exercisesFor } from './exercises.ts';
import {
  HOLD_DEFAULT_SECONDS,
  HOLD_MAX_SECONDS,
  HOLD_MIN_SECONDS,
  HOLD_OLDER_AGE,
  ROUTINE_START_REPS,
  ROUTINE_TIMES_PER_DAY,
  WALK_TARGET_DAYS_PER_WEEK,
  WALK_TARGET_MINUTES,
} from './limits.ts';
import type { PlanContext, PlanParts } from './plan-context.ts';
import { ALL_STRETCHES, GENTLE_STRETCHES, type Stretch } from './stretches.ts';

/** ST-TOE-TOUCH: the highest pain score at which the toe reach is offered (subacute phase only). */
export const TOE_TOUCH_MAX_PAIN = 3;

const STOP_RULE = 'Stop if your symptoms get worse or a new pain appears: sharp, shooting, tingling or numb.';

const EXERCISE_WHY_GENTLE =
  'Staying gently on the move helps back pain settle sooner than resting in bed. While the pain is high or ' +
  'fresh, keep to short, easy walks and a few small back exercises. Back pain often eases within about 2 weeks ' +
  'and usually passes within 4 to 6 weeks.';

const EXERCISE_WHY =
  'Staying active helps back pain settle sooner than resting. In a large trial, walking that built up to about ' +
  `${WALK_TARGET_MINUTES} minutes on ${WALK_TARGET_DAYS_PER_WEEK} days a week made new bouts of back pain less ` +
  'likely. Exercise, yoga and tai chi are first choices in doctors’ guidelines. Back pain ' +
  'often eases within about 2 weeks and usually passes within 4 to 6 weeks.';

interface ExerciseTemplate {
  title: string;
  why: string;
  facts: readonly FactId[];
  activities: readonly string[];
  minutes: Readonly<Record<string, number>>;
  steps: readonly string[];
}

// Built once per mode: the plan is assessed tens of thousands of times a second.
function exerciseTemplate(gentle: boolean): ExerciseTemplate {
  const list = exercisesFor(gentle);
  const minutes: Record<string, number> = {};
  for (const { exercise, variant } of list) minutes[exercise.id] = variant.minutes;
  const facts: FactId[] = ['EX-STAY-ACTIVE', 'EX-ROUTINE', 'EX-WALK', 'ST-STOP'];
  if (!gentle) facts.push('EX-YOGA');
  return {
    title: gentle ? 'Keep gently moving' : 'Stay active: walk and move every day',
    why: gentle ? EXERCISE_WHY_GENTLE : EXERCISE_WHY,
    facts,
    activities: list.map((e) => e.exercise.id),
    minutes,
    steps: [
      ...list.map(
        ({ exercise, variant }) =>
          `${exercise.name}, about ${variant.minutes} minutes: ${variant.steps.join(' ')}`,
      ),
      STOP_RULE,
    ],
  };
}
const EXERCISE_GENTLE = exerciseTemplate(true);
const EXERCISE_NORMAL = exerciseTemplate(false);

/** Adds the exercise item: gentle variants at pain 7+ or in the acute phase. */
export function addExercise(ctx: PlanContext, out: PlanParts): void {
  const t = ctx.gentle ? EXERCISE_GENTLE : EXERCISE_NORMAL;
  out.items.push({
    remedy: 'exercise',
    title: t.title,
    why: t.why,
    facts: t.facts.slice(),
    availableAt: null,
    limits: {
      activities: t.activities.slice(),
      minutes: { ...t.minutes },
      walkTargetMinutes: WALK_TARGET_MINUTES,
      walkTargetDaysPerWeek: WALK_TARGET_DAYS_PER_WEEK,
      routineReps: ROUTINE_START_REPS,
      routineTimesPerDay: ROUTINE_TIMES_PER_DAY,
      gentle: ctx.gentle,
    },
    cautions: [],
    steps: t.steps.slice(),
  });
}

const HOLD_NOTE =
  'Some articles say to hold a stretch for 30 seconds or more. For most adults 10 to 30 seconds is enough, so ' +
  `we start at ${HOLD_DEFAULT_SECONDS} and never go past ${HOLD_MAX_SECONDS}.`;

const TOE_TOUCH_IN =
  'An easy toe reach comes last, now that your pain is low and past the first 48 hours. Toe touching is not part ' +
  'of back-pain exercise advice, so do the gentler stretches first and skip it if it hurts.';

const TOE_TOUCH_OUT =
  'You may have read that touching your toes helps. Back-pain exercise advice does not include it, and bending ' +
  'forward can stir up fresh pain. ' +
  `We leave it out until your pain is ${TOE_TOUCH_MAX_PAIN} or less and the first 48 hours have passed.`;

function stretchLine(s: Stretch): string {
  const each = s.sides === 'both' ? ' on each side' : '';
  const how =
    s.holdSeconds >= HOLD_MIN_SECONDS
      ? `hold about ${s.holdSeconds} seconds, ${s.reps} times${each}`
      : `${s.reps} times${each}`;
  return `${s.name}: ${s.steps.join(' ')} (${how})`;
}

const STRETCH_INTRO =
  'Gentle stretches from the NHS back routine ease stiffness. Stretch to a mild pull, never to pain; repeat ' +
  `each hold to make about a minute in all, every day. ${HOLD_NOTE}`;
const OLDER_NOTE = ` At ${HOLD_OLDER_AGE} and over you may hold for up to ${HOLD_MAX_SECONDS} seconds if that feels better.`;

const STRETCH_FACTS: readonly FactId[] = ['ST-NHS', 'ST-HOLD', 'ST-STOP', 'ST-TOE-TOUCH', 'EX-ROUTINE'];
const GENTLE_IDS = GENTLE_STRETCHES.map((s) => s.id);
const ALL_IDS = ALL_STRETCHES.map((s) => s.id);
const GENTLE_STEPS = [...GENTLE_STRETCHES.map(stretchLine), STOP_RULE];
const ALL_STEPS = [...ALL_STRETCHES.map(stretchLine), STOP_RULE];

/** Adds the stretch item: gentle stretches only at pain 7+ or acute; toe touch last when allowed. */
export function addStretch(ctx: PlanContext, out: PlanParts): void {
  // ST-TOE-TOUCH: subacute and pain 3 or less (which also means the plan is not in gentle mode).
  const toeTouch = ctx.phase === 'subacute' && ctx.checkIn.painScore <= TOE_TOUCH_MAX_PAIN;
  const olderNote = ctx.checkIn.age >= HOLD_OLDER_AGE ? OLDER_NOTE : '';
  out.items.push({
    remedy: 'stretch',
    title: ctx.gentle ? 'Gentle stretches' : 'Daily stretches',
    why: `${STRETCH_INTRO}${olderNote} ${toeTouch ? TOE_TOUCH_IN : TOE_TOUCH_OUT}`,
    facts: STRETCH_FACTS.slice(),
    availableAt: null,
    limits: {
      holdSeconds: HOLD_DEFAULT_SECONDS,
      minHoldSeconds: HOLD_MIN_SECONDS,
      maxHoldSeconds: HOLD_MAX_SECONDS,
      stretches: (toeTouch ? ALL_IDS : GENTLE_IDS).slice(),
      gentleOnly: !toeTouch,
    },
    cautions: [],
    steps: (toeTouch ? ALL_STEPS : GENTLE_STEPS).slice(),
  });
}
