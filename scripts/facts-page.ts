/**
 * Writes docs/facts.md from the fact registry, so a clone without the brief is complete. Run after changing a fact
 * or its sources:
 *   node --import tsx scripts/facts-page.ts
 * src/domain/facts/facts-page.test.ts fails while the committed page is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFactsPage } from '../src/domain/facts/facts-page.ts';

const out = fileURLToPath(new URL('../docs/facts.md', import.meta.url));
writeFileSync(out, renderFactsPage());
console.log(`wrote ${out}`);
