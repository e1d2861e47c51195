/**
 * The stretch catalogue. ST-NHS lists the back stretches we offer; ST-HOLD sets the hold; ST-STOP the
 * stop rule; ST-TOE-TOUCH keeps toe touching out of the acute phase and away from higher pain.
 * Steps are written in our own words.
 */
import type { FactId } from '../facts/registry.ts';
import { HOLD_DEFAULT_SECONDS, ROUTINE_START_REPS } from './limits.ts';

/** Every stretch id, in session order. */
export const STRETCH_IDS = [
  'knee_to_chest',
  'knee_rolls',
  'bottom_to_heels',
  'pelvic_tilt',
  'back_extension',
  'toe_touch',
] as const;
/** A stretch the guided session knows how to lead. */
export type StretchId = (typeof STRETCH_IDS)[number];

/** One stretch: how to do it, how long to hold, and when to stop. */
export interface Stretch {
  id: StretchId;
  name: string;
  steps: readonly string[];
  /** Seconds to hold each repetition (ST-HOLD: 30 s default for static holds; short for moving stretches). */
  holdSeconds: number;
  /** Repetitions per side (or in all when `sides` is `none`). */
  reps: number;
  sides: 'none' | 'both';
  /** Suitable while pain is high or in the first 48 h. */
  gentle: boolean;
  /** When to stop at once (ST-STOP). */
  stopWhen: string;
  facts: readonly FactId[];
}

// ST-STOP: worse symptoms or new pain end the stretch.
const STOP_COMMON = 'Stop if the pain gets worse, or you feel sharp or shooting pain, tingling or numbness.';

// ST-HOLD: 2-4 repetitions totalling about 60 s, so two 30 s holds for the static stretches.
const STATIC_REPS = 2;

/** Every stretch, in the order a session offers them: gentlest first, toe touch last (ST-TOE-TOUCH). */
export const STRETCHES: Readonly<Record<StretchId, Stretch>> = {
  knee_to_chest: {
    id: 'knee_to_chest',
    name: 'Knee to chest',
    steps: [
      'Lie on your back on a mat or firm bed, knees bent and feet flat.',
      'Hold one knee with both hands and draw it gently towards your chest.',
      'Keep the other foot on the floor and your lower back relaxed.',
      'Hold at the point of a mild pull, then lower the leg slowly and swap sides.',
    ],
    holdSeconds: HOLD_DEFAULT_SECONDS,
    reps: STATIC_REPS,
    sides: 'both',
    gentle: true,
    stopWhen: STOP_COMMON,
    facts: ['ST-NHS', 'ST-HOLD', 'ST-STOP'],
  },
  knee_rolls: {
    id: 'knee_rolls',
    name: 'Knee rolls',
    steps: [
      'Lie on your back with knees bent and together, feet flat, arms out to the sides.',
      'Let both knees roll slowly to one side as far as is comfortable, shoulders staying down.',
      'Pause, bring the knees back to the middle, then roll to the other side.',
    ],
    // A moving stretch: a short pause at each side rather than a long hold.
    holdSeconds: 5,
    reps: ROUTINE_START_REPS,
    sides: 'both',
    gentle: true,
    stopWhen: STOP_COMMON,
    facts: ['ST-NHS', 'EX-ROUTINE', 'ST-STOP'],
  },
  bottom_to_heels: {
    id: 'bottom_to_heels',
    name: 'Bottom to heels',
    steps: [
      'Kneel on all fours, hands under shoulders and knees under hips.',
      'Slowly sit back towards your heels, letting your arms stretch forward along the floor.',
      'Go only as far as feels comfortable, breathe out, then return to all fours.',
    ],
    holdSeconds: HOLD_DEFAULT_SECONDS,
    reps: STATIC_REPS,
    sides: 'none',
    gentle: true,
    stopWhen: STOP_COMMON,
    facts: ['ST-NHS', 'ST-HOLD', 'ST-STOP'],
  },
  pelvic_tilt: {
    id: 'pelvic_tilt',
    name: 'Pelvic tilt',
    steps: [
      'Lie on your back, knees bent, feet flat, arms by your sides.',
      'Tighten your tummy and gently flatten the small of your back into the floor.',
      'Hold for a few breaths, then relax.',
    ],
    holdSeconds: 5,
    reps: ROUTINE_START_REPS,
    sides: 'none',
    gentle: true,
    stopWhen: STOP_COMMON,
    facts: ['ST-NHS', 'EX-ROUTINE', 'ST-STOP'],
  },
  back_extension: {
    id: 'back_extension',
    name: 'Back extension (gentle cobra)',
    steps: [
      'Lie on your front and prop yourself up on your forearms, elbows under shoulders.',
      'Keep your hips on the floor and your neck long; let your back arch only a little.',
      'Hold briefly, then lower yourself down slowly.',
    ],
    // ST-NHS: this is the gentle forearm form of the seed's cobra; a short hold, not a full press-up.
    holdSeconds: 5,
    reps: ROUTINE_START_REPS,
    sides: 'none',
    gentle: true,
    stopWhen: STOP_COMMON,
    facts: ['ST-NHS', 'EX-ROUTINE', 'ST-STOP'],
  },
  toe_touch: {
    id: 'toe_touch',
    name: 'Easy toe reach',
    steps: [
      'Stand with feet hip-width apart and knees soft, or sit on the floor with legs out in front.',
      'Let your head and arms hang and reach slowly towards your toes only as far as is easy.',
      'No bouncing. Roll back up slowly, one section of the back at a time.',
    ],
    holdSeconds: HOLD_DEFAULT_SECONDS,
    reps: STATIC_REPS,
    sides: 'none',
    // ST-TOE-TOUCH: loaded forward bending may flare fresh pain, so it is never a gentle option.
    gentle: false,
    stopWhen: STOP_COMMON,
    facts: ['ST-TOE-TOUCH', 'ST-HOLD', 'ST-STOP'],
  },
};

/** The gentle stretches, in session order (ST-NHS). */
export const GENTLE_STRETCHES: readonly Stretch[] = STRETCH_IDS.map((id) => STRETCHES[id]).filter(
  (s) => s.gentle,
);

/** All stretches, toe touch last so a gentler option always comes first (ST-TOE-TOUCH). */
export const ALL_STRETCHES: readonly Stretch[] = STRETCH_IDS.map((id) => STRETCHES[id]);
