// biome-ignore lint/style/noRestrictedImports: this test reads the evidence brief to check the registry against it; domain code itself stays free of I/O.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from './evidence-parse.ts';
import { assertKnownFacts, FACT_IDS, FACTS, factUrls, getFact, isFactId, RED_FLAG_IDS } from './registry.ts';

// CI checks out ../shared beside the clone, so the brief sits four levels up from this file.
const EVIDENCE_PATH = fileURLToPath(new URL('../../../../shared/docs/evidence.md', import.meta.url));
const SEED_PATH = fileURLToPath(
  new URL('../../../../shared/seed/back-spasm-after-massage.txt', import.meta.url),
);
const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
const evidence = read(EVIDENCE_PATH);
const seed = read(SEED_PATH);
const MISSING = '(skipped: ../shared not found beside the repository)';
if (evidence === null)
  console.warn(`Evidence brief not found at ${EVIDENCE_PATH}: id and wording checks skipped.`);

/** Fact ids as the brief writes them: the first cell of every fact table row. */
function idsInEvidence(text: string): string[] {
  return parseEvidence(text).map((r) => r.id);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function runs(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

describe('fact registry', () => {
  it('has one fact per id, keyed by its own id', () => {
    expect(Object.keys(FACTS).sort()).toEqual([...FACT_IDS].sort());
    expect(new Set(FACT_IDS).size).toBe(FACT_IDS.length);
    for (const id of FACT_IDS) expect(getFact(id).id).toBe(id);
  });

  it('gives every fact a short title, a one-line statement and http(s) sources', () => {
    for (const id of FACT_IDS) {
      const fact = FACTS[id];
      expect(fact.title.length, id).toBeGreaterThan(0);
      expect(fact.title.length, id).toBeLessThanOrEqual(40);
      expect(fact.statement, id).not.toMatch(/\n/);
      expect(fact.statement.length, id).toBeGreaterThan(20);
      // EC-WHERE is a product rule: the brief gives it no link of its own.
      if (id !== 'EC-WHERE') expect(fact.sources.length, id).toBeGreaterThanOrEqual(1);
      for (const s of fact.sources) {
        expect(() => new URL(s.url), `${id} ${s.url}`).not.toThrow();
        expect(new URL(s.url).protocol, id).toMatch(/^https?:$/);
        expect(s.label.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('lists every red flag among the RF- ids', () => {
    expect(RED_FLAG_IDS.every((id) => id.startsWith('RF-'))).toBe(true);
    expect(FACT_IDS.filter((id) => id.startsWith('RF-'))).toEqual([...RED_FLAG_IDS]);
  });

  it.skipIf(evidence === null)(
    `contains every fact id the evidence brief defines ${evidence ? '' : MISSING}`,
    () => {
      const expected = idsInEvidence(evidence ?? '');
      // A sanity floor: the parse itself must find the brief's ids, or this test would pass vacuously.
      expect(expected.length).toBeGreaterThanOrEqual(70);
      expect(expected.filter((id) => !isFactId(id))).toEqual([]);
      expect([...FACT_IDS].filter((id) => !expected.includes(id))).toEqual([]);
      // The registry keeps the brief's order, so the facts page reads like the brief.
      expect([...FACT_IDS]).toEqual(expected);
    },
  );

  it.skipIf(evidence === null)(
    `shows the brief's sources, label for label and link for link, primary first ${evidence ? '' : MISSING}`,
    () => {
      const rows = parseEvidence(evidence ?? '');
      expect(rows.flatMap((r) => r.sources).length).toBeGreaterThanOrEqual(100);
      for (const row of rows) {
        if (!isFactId(row.id)) continue;
        // Regenerate with `node --import tsx scripts/fact-sources.ts` when this fails after a brief update.
        expect(FACTS[row.id].sources, row.id).toEqual(row.sources);
      }
    },
  );

  it('labels every source "Publisher: Title", naming the publisher of the page the link opens', () => {
    // A few publishers and the hosts their pages live on: a label that says NHS must link to an NHS site.
    const HOSTS: readonly (readonly [RegExp, RegExp])[] = [
      [/^NHS: /, /(^|\.)nhs\.uk$/],
      [/^NHS inform/, /nhsinform\.scot$/],
      [/^NICE: /, /nice\.org\.uk$/],
      [/^DailyMed /, /dailymed\.nlm\.nih\.gov$/],
      [/^MedlinePlus /, /medlineplus\.gov$/],
      [/^PubMed /, /pubmed\.ncbi\.nlm\.nih\.gov$/],
      [/^Cochrane Library/, /cochranelibrary\.com$/],
      [/^FDA: /, /fda\.gov$/],
      [/^Midlands Partnership/, /mpft\.nhs\.uk$/],
    ];
    for (const id of FACT_IDS) {
      for (const s of FACTS[id].sources) {
        const { hostname: host, pathname } = new URL(s.url);
        // A service's home page may be named by the service alone ("NHS 111 Wales").
        if (pathname !== '/') expect(s.label, `${id} ${s.url}`).toMatch(/^[^:]+: \S/);
        for (const [label, hostPattern] of HOSTS) {
          if (label.test(s.label)) expect(host, `${id}: "${s.label}"`).toMatch(hostPattern);
        }
        // A paper cited by DOI names its journal, not a database or a copy.
        if (host === 'doi.org') expect(s.label, id).toMatch(/^[^:(]+\([^)]*\d{4}[^)]*\)/);
      }
    }
  });

  it.skipIf(evidence === null)(
    `words every statement and note in its own words (no 8-word run from the brief or seed) ${evidence ? '' : MISSING}`,
    () => {
      const brief = new Set([...runs(evidence ?? '', 8), ...runs(seed ?? '', 8)]);
      for (const id of FACT_IDS) {
        const fact = FACTS[id];
        for (const text of [fact.statement, fact.seedDiffers ?? '']) {
          const copied = [...runs(text, 8)].filter((r) => brief.has(r));
          expect(copied, `${id} copies the brief`).toEqual([]);
        }
      }
    },
  );

  it('narrows known ids and rejects others', () => {
    expect(isFactId('CO-20')).toBe(true);
    expect(isFactId('RF-SADDLE')).toBe(true);
    expect(isFactId('CO-21')).toBe(false);
    expect(isFactId('rf-saddle')).toBe(false);
    expect(isFactId('')).toBe(false);
  });

  it('assertKnownFacts passes on known ids and names every unknown one', () => {
    expect(() => assertKnownFacts(['CO-20', 'IB-DOSE'])).not.toThrow();
    expect(() => assertKnownFacts([])).not.toThrow();
    expect(() => assertKnownFacts(['CO-20', 'XX-NOPE', 'HE-HOT'])).toThrow(/XX-NOPE, HE-HOT/);
  });

  it("factUrls lists the primary source first, in the brief's order", () => {
    expect(factUrls('RF-SADDLE')).toEqual([
      'https://www.nhs.uk/conditions/back-pain/',
      'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    ]);
  });
});
