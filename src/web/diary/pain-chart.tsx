/**
 * A small hand-written SVG line chart of daily pain (smaller than any chart library, and nothing to load),
 * with the remedies logged marked along the bottom by letter, so a person can see what came
 * before the pain went down. The drawing is decorative for screen readers; the caption and the legend under
 * it say the same in words.
 */
import type { PainDay } from './pain-summary.ts';
import { REMEDY_LABELS, type RemedyMark, remedyCounts } from './remedy-marks.ts';

const W = 320;
const H = 206;
const PAD = { left: 28, right: 10, top: 10, bottom: 64 };
/** The remedy band sits between the plot and the day labels: two rows, so marks close in time both show. */
const MARK_ROWS = 2;
const MARK_Y = H - 30;
const MARK_GAP = 16;

/** Each mark's row: the first row where it does not touch the mark before it (the last row otherwise). */
function markRows(xs: readonly number[]): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let row = lastX.findIndex((prev) => x - prev >= MARK_GAP);
    if (row === -1) row = lastX.length < MARK_ROWS ? lastX.length : MARK_ROWS - 1;
    lastX[row] = x;
    return row;
  });
}

/** `Mon 26` style short day label. */
export function shortDay(start: number): string {
  return new Date(start).toLocaleDateString([], { weekday: 'short', day: 'numeric' });
}

/** The chart, its text alternative, and the legend of remedy marks. */
export function PainChart({
  days,
  caption,
  marks = [],
}: {
  days: readonly PainDay[];
  caption: string;
  marks?: readonly RemedyMark[];
}) {
  const n = Math.max(1, days.length - 1);
  const x = (i: number): number => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number): number => PAD.top + (1 - v / 10) * (H - PAD.top - PAD.bottom);
  const points = days.flatMap((d, i) => (d.avg === null ? [] : [{ i, v: d.avg }]));
  const line = points.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const ticks = [0, Math.floor((days.length - 1) / 2), days.length - 1];
  const counts = remedyCounts(marks);
  const rows = markRows(marks.map((m) => x(m.pos)));
  return (
    <figure class="pain-chart" data-chart="pain">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="axis" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {ticks.map((i) => {
          const d = days[i];
          return d ? (
            <text
              key={i}
              class="axis"
              x={x(i)}
              y={H - 6}
              text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'}
            >
              {shortDay(d.start)}
            </text>
          ) : null;
        })}
        {points.length > 1 && <polyline class="line" points={line} />}
        {points.map((p) => (
          <circle key={p.i} class="dot" cx={x(p.i)} cy={y(p.v)} r={days.length > 40 ? 2.5 : 4} />
        ))}
        {marks.map((m, k) => {
          const cy = MARK_Y - (rows[k] ?? 0) * MARK_GAP;
          return (
            <g key={`${m.kind}-${m.t}`} class={`mark mark-${m.kind}`} data-mark={m.kind}>
              <line class="mark-tick" x1={x(m.pos)} x2={x(m.pos)} y1={PAD.top} y2={cy - 7} />
              <circle cx={x(m.pos)} cy={cy} r={7} />
              <text x={x(m.pos)} y={cy + 4} text-anchor="middle">
                {REMEDY_LABELS[m.kind].letter}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption data-chart-summary>{caption}</figcaption>
      {counts.length > 0 && (
        <ul class="legend" aria-label="Remedies marked on the chart">
          {counts.map((c) => (
            <li key={c.kind} data-legend={c.kind}>
              <span class={`glyph mark-${c.kind}`} aria-hidden="true">
                {REMEDY_LABELS[c.kind].letter}
              </span>
              {REMEDY_LABELS[c.kind].name}: {c.count}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
