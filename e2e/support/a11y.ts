/** axe-core on the current page: WCAG 2.0/2.1/2.2 A and AA, zero violations expected. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The tags every screen is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe and throws, listing each violation with its nodes, when there is any.
 * @example await expectAccessible(page, 'check-in: pain');
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (result.violations.length === 0) return;
  const lines = result.violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\n/g, ' '))
        .join('\n'),
  );
  throw new Error(`axe found ${result.violations.length} violation(s) on "${label}":\n${lines.join('\n')}`);
}
