/**
 * docs/facts.md, generated from the registry so a clone without the brief is complete: every fact Unknot cites, in
 * our words, with the sources users see under "Why?". `scripts/facts-page.ts` writes it; facts-page.test.ts keeps
 * it current.
 */
import { FACT_IDS, FACTS, type FactId } from './registry.ts';

const SECTIONS: readonly (readonly [string, string])[] = [
  ['RF-', 'Red flags'],
  ['EX-', 'Stay active, gentle exercise'],
  ['HY-', 'Hydration'],
  ['CO-', 'Cold'],
  ['HE-', 'Heat'],
  ['CR-', 'Pain-relief creams'],
  ['IB-', 'Ibuprofen'],
  ['ST-', 'Stretches and back exercises'],
  ['PO-', 'Workstation'],
  ['SL-', 'Sleep'],
  ['MA-', 'Massage'],
  ['IN-', 'Measuring pain'],
  ['BM-', 'What other programmes achieved'],
  ['EC-', 'Emergency and advice numbers'],
];

/** Markdown table cells may not hold a pipe or a line break. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function row(id: FactId): string {
  const f = FACTS[id];
  const sources =
    f.sources.length === 0
      ? 'Our rule (no source decides it)'
      : f.sources.map((s) => `[${cell(s.label)}](${s.url})`).join('; ');
  const note = f.seedDiffers ? ` *Note:* ${cell(f.seedDiffers)}` : '';
  return `| ${id} | ${cell(f.title)} | ${cell(f.statement)}${note} | ${sources} |`;
}

/**
 * The whole page as Markdown, in the registry's order (which is the evidence brief's).
 * @example renderFactsPage().startsWith('# The facts behind Unknot') // true
 */
export function renderFactsPage(): string {
  const out = [
    '# The facts behind Unknot',
    '',
    '<!-- Generated from src/domain/facts by `node --import tsx scripts/facts-page.ts`: do not edit by hand. -->',
    '',
    'Every rule Unknot applies cites one of these facts by its id, and the app shows the fact and its sources',
    'under "Why?". The statements are our own plain words; the first source is the primary one. The full',
    'evidence brief, with what was checked and how, is `../shared/docs/evidence.md`.',
  ];
  for (const [prefix, title] of SECTIONS) {
    const ids = FACT_IDS.filter((id) => id.startsWith(prefix));
    if (ids.length === 0) continue;
    out.push(
      '',
      `## ${title}`,
      '',
      '| ID | Fact | In our words | Sources (primary first) |',
      '|---|---|---|---|',
    );
    for (const id of ids) out.push(row(id));
  }
  const covered = new Set(SECTIONS.map(([p]) => p));
  const rest = FACT_IDS.filter((id) => !covered.has(id.slice(0, 3)));
  if (rest.length > 0) {
    out.push(
      '',
      '## Other',
      '',
      '| ID | Fact | In our words | Sources (primary first) |',
      '|---|---|---|---|',
    );
    for (const id of rest) out.push(row(id));
  }
  return `${out.join('\n')}\n`;
}
