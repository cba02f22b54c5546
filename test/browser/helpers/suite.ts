/**
 * One server and one Chromium per test file, a fresh browser context (own storage, downloads,
 * permissions) per test. Errors thrown in the page fail the test that caused them.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, startApp } from '../harness';
import type { RunningApp } from '../harness';

export interface Suite {
  /** The app's origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** A new, empty browser context, closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /**
   * A new page in a new context, showing the app. The JSON editor may still be loading: tests
   * that use it wait for `editorReady(page)`.
   */
  openApp: (options?: BrowserContextOptions) => Promise<Page>;
}

const CONTEXT_DEFAULTS: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
  reducedMotion: 'reduce',
};

/** Starts the app and Chromium before the file's tests and stops them after. */
export function useSuite(): Suite {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const [started, launched] = await Promise.all([
      startApp(),
      chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS }),
    ]);
    app = started;
    browser = launched;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`The page threw:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const suite: Suite = {
    get url() {
      if (!app) throw new Error('useSuite: the app is not started yet');
      return app.url;
    },
    newContext: async (options) => {
      if (!browser) throw new Error('useSuite: Chromium is not started yet');
      const context = await browser.newContext({ ...CONTEXT_DEFAULTS, ...options });
      context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(e.message)));
      contexts.push(context);
      return context;
    },
    openApp: async (options) => {
      const context = await suite.newContext(options);
      const page = await context.newPage();
      await gotoApp(page, suite.url);
      return page;
    },
  };
  return suite;
}

/** Loads `url` and waits for the app's heading. */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'IDV Session Studio', level: 1 }).waitFor();
}

/** Waits until the Monaco editor (loaded lazily after the form) has mounted. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('[data-monaco-ready="true"]').waitFor();
}
