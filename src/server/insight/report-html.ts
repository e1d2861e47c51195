import { createHash } from 'node:crypto';
import type { ClinicianSummary } from '../../domain/insight/clinician-summary.ts';
import { remedyName } from '../../domain/insight/describe.ts';
import { painChartSvg } from './report-chart.ts';

/** Escape text for HTML (every value from the diary goes through this). */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How many notes and red flags fit on the one page; the rest are counted, not shown. */
const MAX_NOTES = 3;
const MAX_FLAGS = 3;
const MAX_WEEKS = 5;
const MAX_DATES = 5;
const MAX_REMEDIES = 8;
const FLAG_CHARS = 120;
const NOTE_CHARS = 140;

// One A4/Letter page: small type, two columns for the lists, no colour the printer needs.
const CSS = `@page{size:A4;margin:12mm}*{box-sizing:border-box}body{font:9.5pt/1.3 system-ui,sans-serif;color:#111;max-width:190mm;margin:0 auto;padding:8px}h1{font-size:14pt;margin:0}h2{font-size:10pt;margin:6px 0 2px;border-bottom:1px solid #999}p,ul{margin:2px 0}ul{padding-left:16px}li{font-size:9pt}.helps{width:100%}.helps td:last-child,.helps th:last-child{text-align:left}.meta{color:#333;font-size:9pt}.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 16px}table{border-collapse:collapse;font-size:9pt}td,th{border:1px solid #999;padding:0 5px;text-align:right}th:first-child,td:first-child{text-align:left}.chart{width:100%;height:auto;max-height:30mm}.chart text{font-size:9px;fill:#333}.chart .g{stroke:#ddd}.chart .r{stroke:#9ab;stroke-width:3}.chart polyline{fill:none;stroke:#124;stroke-width:1.5}.chart circle{fill:#124}.warn{font-weight:600}.small{font-size:8.5pt;color:#333}@media screen and (max-width:600px){.cols{grid-template-columns:1fr}}@media print{body{padding:0}}`;

/**
 * The site-wide CSP allows styles only from our own origin, which blocks the report's inline `<style>`: the page
 * then prints unstyled on two A4 pages. The report is a single self-contained file (it is also saved and
 * shared), so its answers carry a CSP that allows exactly this stylesheet by its hash and nothing else inline.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const date = (iso: string) => iso.slice(0, 10);
/** The verdicts in clinical words. */
const VERDICT_WORDS: Record<string, string> = {
  helps: 'less pain, clinically important',
  no_clear_effect: 'no clear difference',
  worse: 'more pain',
  confounded: 'cannot be separated',
  not_enough_data: 'too few uses',
};
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
/** At most MAX_DATES dates, then "and N more". */
const dates = (ds: readonly string[]) =>
  ds.length > MAX_DATES
    ? `${ds.slice(0, MAX_DATES).join(', ')} and ${ds.length - MAX_DATES} more`
    : ds.join(', ');
const list = (items: string[], empty: string) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${empty}</p>`;

/**
 * The one-page clinician report (a doctor reads it in a minute) as HTML with print CSS, in plain clinical English.
 * Everything shown comes from {@link ClinicianSummary}, so the page and the domain never disagree.
 */
export function reportHtml(s: ClinicianSummary, who: { name: string; generatedAt: string }): string {
  const pain = s.pain;
  const trend =
    pain.firstWeek !== null && pain.lastWeek !== null
      ? `Mean daily pain ${pain.firstWeek}/10 in the first week with scores, ${pain.lastWeek}/10 in the last (${pain.scores} scores on ${pain.daily.length} days).`
      : 'No pain scores in this period.';

  const peg = s.peg.length
    ? `<table><tr><th>Week of</th><th>Pain</th><th>Enjoyment</th><th>Activity</th><th>PEG</th></tr>${s.peg
        .slice(-MAX_WEEKS)
        .map(
          (p) =>
            `<tr><td>${p.week}</td><td>${p.pain}</td><td>${p.enjoyment}</td><td>${p.activity}</td><td>${p.score}</td></tr>`,
        )
        .join(
          '',
        )}</table><p class="small">PEG (Krebs 2009): mean of three 0-10 items, average pain, interference with enjoyment of life and with general activity in the past week${s.peg.length > MAX_WEEKS ? `; latest ${MAX_WEEKS} of ${s.peg.length} weeks` : ''}.</p>`
    : '<p>No PEG answers in this period.</p>';

  // One line per red flag (the latest first), with how often it was raised and the advice given.
  const groups = new Map<string, { level: string; count: number; last: string; message: string }>();
  for (const f of s.redFlags) {
    const g = groups.get(f.id);
    groups.set(f.id, { level: f.level, count: (g?.count ?? 0) + 1, last: f.at, message: f.message });
  }
  const byLast = [...groups.entries()].sort(([, a], [, b]) => (a.last < b.last ? 1 : -1));
  const flags = byLast
    .slice(0, MAX_FLAGS)
    .map(
      ([id, g]) =>
        `<b>${esc(id)}</b> (${esc(g.level)}): raised ${g.count === 1 ? 'once' : `${g.count} times`}, last ${date(g.last)}. Advised: ${esc(cut(g.message, FLAG_CHARS))}`,
    );
  const moreFlags =
    byLast.length > MAX_FLAGS
      ? `<p class="small">${byLast.length - MAX_FLAGS} other flag(s) not shown.</p>`
      : '';

  const ibu = s.ibuprofen;
  const over = ibu.daysOverLimit.length
    ? `<p class="warn">Over the ${ibu.limitMg} mg self-care daily limit on ${ibu.daysOverLimit.length} day(s): ${dates(ibu.daysOverLimit)}.</p>`
    : `<p>No day over the ${ibu.limitMg} mg self-care daily limit.</p>`;
  const ibuText = ibu.doses
    ? `<p>${ibu.doses} dose${ibu.doses === 1 ? '' : 's'} on ${ibu.daysUsed} of ${s.days} days; highest daily total ${ibu.highestDailyMg} mg (${ibu.highestDay}).</p>${over}`
    : '<p>No ibuprofen recorded.</p>';

  const creams = list(
    s.creams.map(
      (c) => `${esc(remedyName(`cream:${c.ingredient}`))}: ${c.uses} applications on ${c.days} days`,
    ),
    'No creams recorded.',
  );
  const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${x.toFixed(1)}`);
  const shownRemedies = s.whatHelps.slice(0, MAX_REMEDIES);
  const helps = shownRemedies.length
    ? `<table class="helps"><tr><th>Remedy</th><th>Uses</th><th>Change vs usual course</th><th>90 % range</th><th>Reading</th></tr>${shownRemedies
        .map(
          (r) =>
            `<tr><td>${esc(remedyName(r.remedy))}</td><td>${r.uses}</td><td>${signed(r.effect)}</td><td>${r.low === null || r.high === null ? '–' : `${signed(r.low)} to ${signed(r.high)}`}</td><td>${esc(VERDICT_WORDS[r.verdict] ?? r.verdict)}${r.with ? ` (with ${esc(remedyName(r.with).toLowerCase())})` : ''}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>Not enough paired pain scores around remedies yet.</p>';
  const massages = s.massages.length
    ? `<p>${s.massages.length} visit(s): ${dates(s.massages.map(date))}. ${esc(s.massagePattern)}</p>`
    : '<p>No massage visits recorded.</p>';
  const notes = list(
    s.notes.slice(0, MAX_NOTES).map((n) => {
      return `${date(n.at)}: ${esc(cut(n.text, NOTE_CHARS))}`;
    }),
    'No notes.',
  );

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Back pain summary, ${date(s.from)} to ${date(s.to)}</title><style>${CSS}</style></head><body>
<h1>Back pain summary: ${esc(who.name)}</h1>
<p class="meta">${date(s.from)} to ${date(s.to)} (${s.days} days, ${esc(s.timeZone)}). Self-recorded in the Unknot app; generated ${date(who.generatedAt)}. Not a diagnosis.</p>
<h2>Pain trend (0-10 numeric rating)</h2>${painChartSvg(s)}<p>${trend}</p>
<div class="cols"><div><h2>Weekly PEG</h2>${peg}</div><div><h2>Red flags and advice given</h2>${list(flags, 'No red flags raised.')}${moreFlags}</div></div>
<div class="cols"><div><h2>Ibuprofen</h2>${ibuText}<h2>Creams</h2>${creams}</div><div><h2>Massage visits</h2>${massages}</div></div>
<h2>What seems to help (self-recorded, not a trial)</h2>${helps}<p class="small">Pain points 1-3 h after each use against the person's own course on remedy-free stretches from the same starting level (negative = less pain); 90 % ranges, shrunk toward no effect; "clinically important" = range below 0 reaching a 1.5-2 point fall.</p>
<h2>Patient's notes (latest)</h2>${notes}
</body></html>`;
}
