/**
 * A readable plan for a person, for `unknot assess --text`. Red flags come first and stand out; the
 * plan (when there is one) follows, usable-now items before waiting ones, then what is left out.
 */
import type { Assessment, PlanItem } from '../domain/contract/assessment.ts';
import type { CheckIn } from '../domain/contract/checkin.schema.ts';

const BANNER: Record<string, string> = {
  emergency: '!!! EMERGENCY: GET HELP NOW !!!',
  urgent: '!! URGENT: SPEAK TO A DOCTOR TODAY !!',
  doctor: '! SEE YOUR DOCTOR !',
};

/** Wraps text at `width`; continuation lines line up under the first word after a `- ` or `* ` bullet. */
function wrap(text: string, indent: string, width = 88): string[] {
  const lines: string[] = [];
  const hang = /^[-*] /.test(text) ? `${indent}  ` : indent;
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const lead = lines.length === 0 ? indent : hang;
    if (line !== '' && lead.length + line.length + 1 + word.length > width) {
      lines.push(lead + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push((lines.length === 0 ? indent : hang) + line);
  return lines;
}

/** "in 1 h 30 min" from `atMs` to an instant. */
function waitText(atMs: number, iso: string): string {
  const minutes = Math.max(0, Math.ceil((Date.parse(iso) - atMs) / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : ''].filter((p) => p !== '');
  return `from ${iso} (in ${parts.join(' ') || 'under a minute'})`;
}

function itemLines(item: PlanItem, n: number, atMs: number): string[] {
  const when =
    item.availableAt === null || Date.parse(item.availableAt) <= atMs
      ? 'now'
      : waitText(atMs, item.availableAt);
  const out = [`${n}. ${item.title}  [${when}]`];
  out.push(...wrap(`Why: ${item.why}`, '   '));
  for (const c of item.cautions) out.push(...wrap(`CAUTION: ${c}`, '   '));
  for (const s of item.steps) out.push(...wrap(`- ${s}`, '   '));
  out.push(`   Evidence: ${item.facts.join(', ')}`);
  return out;
}

/** The whole assessment as plain text. */
export function formatAssessment(checkIn: CheckIn, a: Assessment): string {
  const atMs = Date.parse(checkIn.at);
  const out: string[] = [`Unknot check-in at ${checkIn.at}`, ''];
  const banner = BANNER[a.triage.level];
  if (banner !== undefined) {
    out.push(banner);
    for (const f of a.triage.flags) {
      out.push(...wrap(`* [${f.level.toUpperCase()}] ${f.message}`, '  '));
      if (f.sources.length > 0) out.push(`    Source: ${f.sources.join(' ; ')}`);
    }
    out.push('');
  } else {
    out.push('No warning signs found. If anything changes, check in again.', '');
  }
  if (a.plan === null) {
    out.push(
      ...wrap(
        'No home plan is shown until you have got the help above. Once you have spoken to a clinician, check in again and say so.',
        '',
      ),
    );
    return `${out.join('\n')}\n`;
  }
  const phase = a.plan.phase === 'acute' ? 'first 48 hours' : 'after the first 48 hours';
  out.push(`TODAY'S PLAN (${phase})`);
  a.plan.items.forEach((item, i) => {
    out.push(...itemLines(item, i + 1, atMs), '');
  });
  if (a.plan.excluded.length > 0) {
    out.push('NOT FOR YOU TODAY');
    for (const e of a.plan.excluded)
      out.push(...wrap(`- ${e.remedy}: ${e.reason} (${e.facts.join(', ')})`, '  '));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
