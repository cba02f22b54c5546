import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startApp } from './harness';
import type { Browser, RunningApp } from './harness';

describe('the built app in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the title and the server mode from /api/health', async () => {
    const page = await browser.context.newPage();

    await page.goto(app.url);

    const heading = page.getByRole('heading', { name: 'IDV Session Studio', level: 1 });
    await heading.waitFor({ state: 'visible' });
    const mode = page.getByRole('status', { name: 'Server mode' });
    await mode.getByText('Local sandbox', { exact: true }).waitFor({ state: 'visible' });
    expect(await mode.innerText()).toBe('Local sandbox');
    await screenshot(page, 'smoke-home');
  });
});
