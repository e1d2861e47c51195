/**
 * The stretch catalogue. ST-NHS lists the back stretches we offer; ST-HOLD sets the hold of the static
 * stretches; ST-REPEAT says which exercises are repeated movements with a short pause instead (the cobra,
 * knee rolls, pelvic tilts, bottom to heels); ST-STOP the stop rule; ST-TOE-TOUCH keeps toe touching out
 * of the acute phase and away from higher pain. Steps are written in our own words.
 */
import type { FactId } from '../facts/registry.ts';
import { HOLD_DEFAULT_SECONDS } from './limits.ts';

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

/**
 * How a stretch is dosed. `hold`: a static stretch held for the person's chosen hold (ST-HOLD, 30 s default,
 * up to 60 s). `repeat`: a movement done `reps` times with a short pause (ST-REPEAT); never a 30 s hold.
 */
export type StretchMode = 'hold' | 'repeat';

/** One stretch: how to do it, how long to hold or how often to repeat, and when to stop. */
export interface Stretch {
  id: StretchId;
  name: string;
  steps: readonly string[];
  mode: StretchMode;
  /**
   * `hold`: the default hold of each repetition (ST-HOLD, 30 s; the person may choose 10-60 s).
   * `repeat`: the short pause at the end of each movement (ST-REPEAT: one breath, about 5 s).
   */
  holdSeconds: number;
  /** Seconds to move between two pauses of a repeated exercise (0 for static holds: the rest is separate). */
  moveSeconds: number;
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
// ST-REPEAT: the NHS back extension and bottom-to-heels are repeated 8-10 times, each pausing about one
// breath (back extension 5-10 s); knee rolls 8-10 times; pelvic tilts 10-15 slow rocks. The pause is the
// short end of those ranges, the repetitions the low end, because people here are in pain (EX-ROUTINE).
const BREATH_PAUSE_SECONDS = 5;
const MOVE_SECONDS = 3;

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
    mode: 'hold',
    holdSeconds: HOLD_DEFAULT_SECONDS,
    moveSeconds: 0,
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
    // ST-REPEAT: a moving stretch, 8-10 rolls (NHS) with one breath at each side, not a long hold.
    mode: 'repeat',
    holdSeconds: BREATH_PAUSE_SECONDS,
    moveSeconds: MOVE_SECONDS,
    reps: 8,
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
    // ST-REPEAT: the NHS has it held for one deep breath and repeated 8-10 times.
    mode: 'repeat',
    holdSeconds: BREATH_PAUSE_SECONDS,
    moveSeconds: MOVE_SECONDS,
    reps: 8,
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
      'Hold for a breath, then relax.',
    ],
    // ST-REPEAT: 10-15 slow rocking tilts (NHS) or 5 s × 5 (CSP): ten, pausing one breath each.
    mode: 'repeat',
    holdSeconds: BREATH_PAUSE_SECONDS,
    moveSeconds: MOVE_SECONDS,
    reps: 10,
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
    // ST-NHS, ST-REPEAT: the gentle forearm form of the seed's cobra, held 5-10 s and repeated 8-10 times.
    mode: 'repeat',
    holdSeconds: BREATH_PAUSE_SECONDS,
    moveSeconds: MOVE_SECONDS,
    reps: 8,
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
    mode: 'hold',
    holdSeconds: HOLD_DEFAULT_SECONDS,
    moveSeconds: 0,
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

/**
 * The seconds a stretch's timer holds each time: the person's chosen hold for a static stretch (ST-HOLD),
 * the catalogue's short pause for a repeated one (ST-REPEAT), whatever hold was chosen.
 */
export function holdSecondsFor(stretch: Stretch, chosenHoldSeconds: number): number {
  return stretch.mode === 'hold' ? chosenHoldSeconds : stretch.holdSeconds;
}

/**
 * How a stretch is dosed, in words: "hold 30 s, 2 times on each side" or "8 times on each side, pausing
 * for a breath (about 5 s)". A repeated exercise is never described as a long hold (ST-REPEAT).
 */
export function doseText(stretch: Stretch, chosenHoldSeconds: number): string {
  const each = stretch.sides === 'both' ? ' on each side' : '';
  if (stretch.mode === 'hold') return `hold ${chosenHoldSeconds} s, ${stretch.reps} times${each}`;
  return `${stretch.reps} times${each}, pausing for a breath (about ${stretch.holdSeconds} s)`;
}
