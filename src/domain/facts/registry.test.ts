// biome-ignore lint/style/noRestrictedImports: this test reads the evidence brief to check the registry against it; domain code itself stays free of I/O.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

/** Fact ids as the brief writes them: red-flag table rows and `- XX-NAME:` list items. */
function idsInEvidence(text: string): string[] {
  const tableIds = [...text.matchAll(/^\| (RF-[A-Z0-9-]+) \|/gm)].map((m) => m[1] ?? '');
  const listIds = [...text.matchAll(/^- ([A-Z]{2}-[A-Z0-9-]+):/gm)].map((m) => m[1] ?? '');
  return [...tableIds, ...listIds];
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

  it('gives every fact a short title, a one-line statement and at least one http(s) source', () => {
    for (const id of FACT_IDS) {
      const fact = FACTS[id];
      expect(fact.title.length, id).toBeGreaterThan(0);
      expect(fact.title.length, id).toBeLessThanOrEqual(40);
      expect(fact.statement, id).not.toMatch(/\n/);
      expect(fact.statement.length, id).toBeGreaterThan(20);
      expect(fact.sources.length, id).toBeGreaterThanOrEqual(1);
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
      expect(expected.length).toBeGreaterThanOrEqual(50);
      expect(expected.filter((id) => !isFactId(id))).toEqual([]);
      expect([...FACT_IDS].filter((id) => !expected.includes(id))).toEqual([]);
    },
  );

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

  it('factUrls lists primary sources before secondary ones', () => {
    const urls = factUrls('RF-SADDLE');
    expect(urls).toEqual([
      'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
      'https://www.nhs.uk/conditions/back-pain/',
    ]);
  });
});
