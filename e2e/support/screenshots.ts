/** Screenshots of each main screen, saved to e2e/screenshots/ (git-ignored) for a person to look at. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server.ts';

/** Where screenshots go. */
export const SCREENSHOT_DIR = join(ROOT, 'e2e', 'screenshots');

/**
 * Saves `e2e/screenshots/<name>.png` (viewport only, like the phone shows it) and returns its path.
 * @example await screenshot(page, 'plan');
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}
