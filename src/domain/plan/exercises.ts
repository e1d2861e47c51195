/**
 * The exercise catalogue: staying active beats bed rest (EX-STAY-ACTIVE), a daily back routine
 * (EX-ROUTINE), a building walking programme (EX-WALK), yoga or tai chi (EX-YOGA), and water exercise
 * as one gentle option with no claims of its own (EX-STAY-ACTIVE). Each has a gentle variant for
 * high pain (7+) or the first 48 hours.
 */
import type { FactId } from '../facts/registry.ts';
import {
  ROUTINE_START_REPS,
  ROUTINE_TIMES_PER_DAY,
  WALK_TARGET_DAYS_PER_WEEK,
  WALK_TARGET_MINUTES,
} from './limits.ts';

/** Every activity id, in plan order. */
export const EXERCISE_IDS = ['walking', 'routine', 'yoga', 'water'] as const;
/** An activity the plan suggests and the diary can log as `exercise {activity}`. */
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** One way of doing an activity: how long and how. */
export interface ExerciseVariant {
  /** Minutes per session to start with. */
  minutes: number;
  steps: readonly string[];
}

/** One activity with its usual and gentle variants. */
export interface Exercise {
  id: ExerciseId;
  name: string;
  normal: ExerciseVariant;
  /** For painScore 7+ or the acute phase; null when the activity waits until pain eases. */
  gentle: ExerciseVariant | null;
  facts: readonly FactId[];
}

/** Every activity, in the order the plan lists them. */
export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = {
  walking: {
    id: 'walking',
    name: 'Walking',
    normal: {
      minutes: 15,
      steps: [
        'Walk at an easy, comfortable pace on flat ground.',
        `Add a few minutes every few days, building towards about ${WALK_TARGET_MINUTES} minutes on ${WALK_TARGET_DAYS_PER_WEEK} days a week.`,
        'Slow down or shorten the walk if the pain builds; stop if it becomes sharp.',
      ],
    },
    gentle: {
      minutes: 5,
      steps: [
        'Take a short, slow walk around your home or garden, a few times a day.',
        'Staying gently on the move helps more than lying in bed.',
        'Add a minute or two as it gets easier.',
      ],
    },
    facts: ['EX-WALK', 'EX-STAY-ACTIVE'],
  },
  routine: {
    id: 'routine',
    name: 'Daily back routine',
    normal: {
      minutes: 10,
      steps: [
        `Do each back exercise ${ROUTINE_START_REPS} times, ${ROUTINE_TIMES_PER_DAY} times a day.`,
        'Every few days, if it feels comfortable, add one or two repetitions.',
        'Stop if your symptoms get worse or a new pain appears.',
      ],
    },
    gentle: {
      minutes: 5,
      steps: [
        `Start small: each exercise ${ROUTINE_START_REPS} times, ${ROUTINE_TIMES_PER_DAY} times a day, slowly.`,
        'Move only within a comfortable range; some discomfort is fine, sharp pain is not.',
        'Stop if your symptoms get worse or a new pain appears.',
      ],
    },
    facts: ['EX-ROUTINE', 'ST-STOP'],
  },
  yoga: {
    id: 'yoga',
    name: 'Yoga or tai chi',
    normal: {
      minutes: 20,
      steps: [
        'Choose a beginners or back-care class or video.',
        'Tell the teacher about your back and skip any pose that hurts.',
      ],
    },
    // Wait for the pain to settle before a class: the gentle plan keeps to walking and the routine.
    gentle: null,
    facts: ['EX-YOGA'],
  },
  water: {
    id: 'water',
    name: 'Swimming or water exercise',
    normal: {
      minutes: 20,
      steps: [
        'Gentle swimming, water walking or an aqua class, at an easy pace.',
        'Get in and out of the pool carefully; avoid strokes that twist or hurt.',
      ],
    },
    gentle: null,
    // No specific source for water exercise: offered as one way to stay active, with no claims.
    facts: ['EX-STAY-ACTIVE'],
  },
};

/** The activities a plan offers: gentle variants only when pain is high or the strain is fresh. */
export function exercisesFor(gentle: boolean): { exercise: Exercise; variant: ExerciseVariant }[] {
  return gentle ? GENTLE_LIST : NORMAL_LIST;
}

const NORMAL_LIST = EXERCISE_IDS.map((id) => ({ exercise: EXERCISES[id], variant: EXERCISES[id].normal }));
const GENTLE_LIST = EXERCISE_IDS.flatMap((id) => {
  const gentle = EXERCISES[id].gentle;
  return gentle === null ? [] : [{ exercise: EXERCISES[id], variant: gentle }];
});
