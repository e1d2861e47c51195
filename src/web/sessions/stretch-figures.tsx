/**
 * Our own simple line drawings of each stretch (no third-party art). Decorative: the text steps beside them
 * say everything, so each figure is aria-hidden. Lines use currentColor, so light and dark themes both work.
 */
import type { StretchId } from '../../domain/plan/stretches.ts';

/** Polylines per stretch: body segments as point lists in a 120×80 box; `head` is the head's centre. */
interface Figure {
  head: [number, number];
  lines: string[];
  /** An optional movement hint (an arc or arrow), drawn thinner. */
  hint?: string;
}

const FIGURES: Record<StretchId, Figure> = {
  knee_to_chest: {
    head: [16, 60],
    lines: ['23,62 64,64', '64,64 82,48 98,68', '64,64 50,38 66,42', '30,62 46,44 52,40'],
    hint: 'M58 30 q-8 -6 -16 0',
  },
  knee_rolls: {
    head: [16, 60],
    lines: ['23,62 64,64', '64,64 86,44 98,66', '64,64 90,50 100,68', '30,62 40,72'],
    hint: 'M78 34 q12 -4 18 8',
  },
  bottom_to_heels: {
    head: [40, 62],
    lines: ['86,56 48,60', '86,56 70,68 94,68', '52,62 20,68'],
    hint: 'M92 44 q-6 -8 -16 -6',
  },
  pelvic_tilt: {
    head: [16, 60],
    lines: ['23,62 64,64', '64,64 82,46 98,68', '64,64 80,48 94,68', '30,62 52,68'],
    hint: 'M52 56 v8 m-3 -3 l3 3 l3 -3',
  },
  back_extension: {
    head: [28, 38],
    lines: ['110,68 66,66', '66,66 36,48', '38,50 36,68 18,68'],
    hint: 'M46 36 q6 -8 14 -4',
  },
  toe_touch: {
    head: [44, 52],
    lines: ['58,72 60,50 64,30', '66,72 64,50 64,30', '64,30 48,44', '52,40 50,66'],
    hint: 'M36 38 q-6 10 0 20',
  },
};

/** The line drawing for one stretch. */
export function StretchFigure({ id }: { id: StretchId }) {
  const f = FIGURES[id];
  return (
    <svg class="figure" viewBox="0 0 120 80" aria-hidden="true" focusable="false">
      <line class="floor" x1="4" y1="74" x2="116" y2="74" />
      {f.lines.map((points) => (
        <polyline key={points} points={points} />
      ))}
      <circle cx={f.head[0]} cy={f.head[1]} r="6" />
      {f.hint && <path class="hint" d={f.hint} />}
    </svg>
  );
}
