import type { ClinicianSummary } from '../../domain/insight/clinician-summary.ts';
import { describeInterval, describeRemedy, remedyName } from '../../domain/insight/describe.ts';
import { PEG_ITEMS } from '../../domain/insight/peg.ts';
import { painChartSvg } from './report-chart.ts';

/** Escape text for HTML (every value from the diary goes through this). */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How many notes and red flags fit on the one page; the rest are counted, not shown. */
const MAX_NOTES = 5;
const MAX_FLAGS = 6;
const NOTE_CHARS = 220;

// One A4/Letter page: small type, two columns for the lists, no colour the printer needs.
const CSS = `@page{size:A4;margin:12mm}*{box-sizing:border-box}body{font:10pt/1.35 system-ui,sans-serif;color:#111;max-width:190mm;margin:0 auto;padding:8px}h1{font-size:14pt;margin:0}h2{font-size:10.5pt;margin:8px 0 3px;border-bottom:1px solid #999}p,ul{margin:2px 0}ul{padding-left:16px}.meta{color:#333;font-size:9pt}.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 16px}table{border-collapse:collapse;font-size:9pt}td,th{border:1px solid #999;padding:1px 5px;text-align:right}th:first-child,td:first-child{text-align:left}.chart{width:100%;height:auto;max-height:46mm}.chart text{font-size:9px;fill:#333}.chart .g{stroke:#ddd}.chart .r{stroke:#9ab;stroke-width:3}.chart polyline{fill:none;stroke:#124;stroke-width:1.5}.chart circle{fill:#124}.warn{font-weight:600}.small{font-size:8.5pt;color:#333}@media screen and (max-width:600px){.cols{grid-template-columns:1fr}}@media print{body{padding:0}}`;

const date = (iso: string) => iso.slice(0, 10);
const list = (items: string[], empty: string) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${empty}</p>`;

/**
 * The one-page clinician report (issue 11) as HTML with print CSS, in plain clinical English. Everything
 * shown comes from {@link ClinicianSummary}, so the page and the domain never disagree.
 */
export function reportHtml(s: ClinicianSummary, who: { name: string; generatedAt: string }): string {
  const pain = s.pain;
  const trend =
    pain.firstWeek !== null && pain.lastWeek !== null
      ? `Mean daily pain ${pain.firstWeek}/10 in the first week with scores, ${pain.lastWeek}/10 in the last (${pain.scores} scores on ${pain.daily.length} days).`
      : 'No pain scores in this period.';

  const peg = s.peg.length
    ? `<table><tr><th>Week of</th><th>Pain</th><th>Enjoyment</th><th>Activity</th><th>PEG</th></tr>${s.peg
        .map(
          (p) =>
            `<tr><td>${p.week}</td><td>${p.pain}</td><td>${p.enjoyment}</td><td>${p.activity}</td><td>${p.score}</td></tr>`,
        )
        .join(
          '',
        )}</table><p class="small">PEG (Krebs 2009): mean of three 0-10 items: ${PEG_ITEMS.map((i) => esc(i.question)).join(' ')}</p>`
    : '<p>No PEG answers in this period.</p>';

  const flags = s.redFlags
    .slice(-MAX_FLAGS)
    .map((f) => `${date(f.at)} <b>${esc(f.level)}</b> (${esc(f.id)}): ${esc(f.message)}`);
  const moreFlags =
    s.redFlags.length > MAX_FLAGS
      ? ` <span class="small">(${s.redFlags.length - MAX_FLAGS} earlier not shown)</span>`
      : '';

  const ibu = s.ibuprofen;
  const over = ibu.daysOverLimit.length
    ? `<p class="warn">Over the ${ibu.limitMg} mg self-care daily limit on ${ibu.daysOverLimit.length} day(s): ${ibu.daysOverLimit.join(', ')}.</p>`
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
  const helps = list(
    s.whatHelps.map((r) => {
      const interval = describeInterval(r);
      return `${esc(describeRemedy(r, 'clinical'))}${interval ? ` <span class="small">(${esc(interval)})</span>` : ''}`;
    }),
    'Not enough paired pain scores around remedies yet.',
  );
  const massages = s.massages.length
    ? `<p>${s.massages.length} visit(s): ${s.massages.map(date).join(', ')}. ${esc(s.massagePattern)}</p>`
    : '<p>No massage visits recorded.</p>';
  const notes = list(
    s.notes.slice(0, MAX_NOTES).map((n) => {
      const text = n.text.length > NOTE_CHARS ? `${n.text.slice(0, NOTE_CHARS)}…` : n.text;
      return `${date(n.at)}: ${esc(text)}`;
    }),
    'No notes.',
  );

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Back pain summary, ${date(s.from)} to ${date(s.to)}</title><style>${CSS}</style></head><body>
<h1>Back pain summary: ${esc(who.name)}</h1>
<p class="meta">${date(s.from)} to ${date(s.to)} (${s.days} days, ${esc(s.timeZone)}). Self-recorded in the Unknot app; generated ${date(who.generatedAt)}. Not a diagnosis.</p>
<h2>Pain trend (0-10 numeric rating)</h2>${painChartSvg(s)}<p>${trend}</p>
<div class="cols"><div><h2>Weekly PEG</h2>${peg}</div><div><h2>Red flags and advice given</h2>${list(flags, 'No red flags raised.')}${moreFlags}</div></div>
<div class="cols"><div><h2>Ibuprofen</h2>${ibuText}<h2>Creams</h2>${creams}</div><div><h2>Massage visits</h2>${massages}</div></div>
<h2>What seems to help (self-recorded, not a trial)</h2>${helps}<p class="small">Pain 1-3 h after each use compared with the person's own course on remedy-free stretches from the same starting level; 90 % ranges, shrunk toward no effect.</p>
<h2>Patient's notes (latest)</h2>${notes}
</body></html>`;
}
