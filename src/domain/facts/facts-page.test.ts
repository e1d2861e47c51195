// biome-ignore lint/style/noRestrictedImports: this test reads the committed docs/facts.md to check it is current; domain code itself stays free of I/O.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFactsPage } from './facts-page.ts';
import { FACT_IDS, FACTS } from './registry.ts';

const PAGE = fileURLToPath(new URL('../../../docs/facts.md', import.meta.url));

describe('docs/facts.md', () => {
  it('is the page the registry generates (run `node --import tsx scripts/facts-page.ts` if not)', () => {
    expect(readFileSync(PAGE, 'utf8')).toBe(renderFactsPage());
  });

  it('lists every fact once, with each of its source links', () => {
    const page = renderFactsPage();
    for (const id of FACT_IDS) {
      expect(
        page.split('\n').filter((l) => l.startsWith(`| ${id} |`)),
        id,
      ).toHaveLength(1);
      for (const s of FACTS[id].sources) expect(page, id).toContain(`](${s.url})`);
    }
  });
});
