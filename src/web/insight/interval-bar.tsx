/** The scale of the bar: −4 to +4 points around "no difference". */
const SPAN = 4;
const pos = (x: number) => `${(Math.max(-SPAN, Math.min(SPAN, x)) + SPAN) * (100 / (2 * SPAN))}%`;

/**
 * A remedy's 90 % interval drawn as a bar on a −4…+4 points scale (left = less pain), with the estimate as a
 * dot and the zero line marked. Decorative for screen readers: the same numbers are in the text beside it.
 */
export function IntervalBar({ effect, low, high }: { effect: number; low: number; high: number }) {
  return (
    <div class="ib" aria-hidden="true">
      <span class="ib-zero" />
      <span class="ib-range" style={{ left: pos(low), width: `calc(${pos(high)} - ${pos(low)})` }} />
      <span class="ib-dot" style={{ left: pos(effect) }} />
      <span class="ib-ends">
        <span>less pain</span>
        <span>more pain</span>
      </span>
    </div>
  );
}
