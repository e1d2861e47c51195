/**
 * A small hand-written SVG line chart of daily pain (smaller than any chart library, and nothing to load).
 * The drawing is decorative for screen readers; the caption under it says the same in words: average, best
 * and worst day, and the trend.
 */
import type { PainDay } from './pain-summary.ts';

const W = 320;
const H = 168;
const PAD = { left: 28, right: 10, top: 10, bottom: 26 };

/** `Mon 26` style short day label. */
export function shortDay(start: number): string {
  return new Date(start).toLocaleDateString([], { weekday: 'short', day: 'numeric' });
}

/** The chart and its text alternative. */
export function PainChart({ days, caption }: { days: readonly PainDay[]; caption: string }) {
  const n = Math.max(1, days.length - 1);
  const x = (i: number): number => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number): number => PAD.top + (1 - v / 10) * (H - PAD.top - PAD.bottom);
  const points = days.flatMap((d, i) => (d.avg === null ? [] : [{ i, v: d.avg }]));
  const line = points.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const ticks = [0, Math.floor((days.length - 1) / 2), days.length - 1];
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
      </svg>
      <figcaption data-chart-summary>{caption}</figcaption>
    </figure>
  );
}
