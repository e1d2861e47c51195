/**
 * Debian's Chromium through playwright-core: one fresh user-data-dir per page, a 360×640 phone viewport.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { makeScratch, removeScratch } from './scratch.ts';

/** The flags the shared brief requires (Playwright adds --headless itself). */
/** The Chromium the journeys drive: Debian's by default, or the one `CHROMIUM_PATH` names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The phone the journeys run on. */
export const VIEWPORT = { width: 360, height: 640 } as const;

/** One browser profile with one page. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Options for {@link openPage}. */
export interface OpenPageOptions {
  /** Dark mode etc.: passed to the context. */
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Browser locale, e.g. `en-US` to get 911 as the default emergency number. */
  locale?: string;
  /** IANA time zone of the browser, e.g. `America/Los_Angeles` (the emergency number follows it). */
  timezoneId?: string;
  /** Grant notifications (sessions use them). Default true. */
  notifications?: boolean;
}

/**
 * Launches Chromium with a fresh user-data-dir and returns its first page (not navigated yet, so a
 * test may `page.clock.install()` before `page.goto(baseUrl + '/#/…')`). Base URL is set on the context.
 */
export async function openPage(baseUrl: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const profile = makeScratch('unknot-chromium-');
  // Chromium keeps its singleton socket and other scratch in TMPDIR (org.chromium.Chromium.* in /tmp,
  // never removed): inside the profile they go with it.
  const chromiumTmp = join(profile, 'tmp');
  mkdirSync(chromiumTmp);
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      env: { ...process.env, TMPDIR: chromiumTmp },
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: VIEWPORT,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      baseURL: baseUrl,
      locale: options.locale ?? 'en-GB',
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
      permissions: options.notifications === false ? [] : ['notifications'],
    })
    .catch((err: unknown) => {
      removeScratch(profile);
      throw err;
    });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      removeScratch(profile);
    },
  };
}
