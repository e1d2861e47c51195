import type { ClinicianSummary } from '../../domain/insight/clinician-summary.ts';

const W = 640;
const H = 150;
const PAD = { left: 26, right: 8, top: 8, bottom: 20 };

/**
 * The pain trend as inline SVG (no script, prints as vector): daily mean with the day's range as a band,
 * on a fixed 0-10 axis so two reports compare at a glance.
 */
export function painChartSvg(s: ClinicianSummary): string {
  const from = Date.parse(s.from);
  const span = Math.max(Date.parse(s.to) - from, 1);
  const x = (date: string) =>
    PAD.left + ((Date.parse(`${date}T12:00:00Z`) - from) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 10) * (H - PAD.top - PAD.bottom);
  const f = (n: number) => n.toFixed(1);
  const grid = [0, 2, 4, 6, 8, 10]
    .map(
      (v) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(v))}" y2="${f(y(v))}" class="g"/><text x="${PAD.left - 4}" y="${f(y(v) + 3)}" text-anchor="end">${v}</text>`,
    )
    .join('');
  const days = s.pain.daily;
  const band = days
    .map(
      (d) =>
        `<line x1="${f(x(d.date))}" x2="${f(x(d.date))}" y1="${f(y(d.min))}" y2="${f(y(d.max))}" class="r"/>`,
    )
    .join('');
  const line = days.map((d) => `${f(x(d.date))},${f(y(d.mean))}`).join(' ');
  const dots = days.map((d) => `<circle cx="${f(x(d.date))}" cy="${f(y(d.mean))}" r="2"/>`).join('');
  const label = (iso: string, anchor: string, at: number) =>
    `<text x="${at}" y="${H - 5}" text-anchor="${anchor}">${iso.slice(0, 10)}</text>`;
  const title = days.length
    ? `Daily mean pain (0-10), ${days.length} days with scores; bars show each day's lowest to highest score.`
    : 'No pain scores in this period.';
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}" class="chart"><title>${title}</title>${grid}${band}<polyline points="${line}"/>${dots}${label(s.from, 'start', PAD.left)}${label(s.to, 'end', W - PAD.right)}</svg>`;
}
