/**
 * Issue 4, around the journey: a refused launch points at the field to fix; results and inbox
 * follow server-sent events when the flow runs elsewhere; messages that are not from the flow are
 * ignored; history reopens, reloads and deletes sessions; the inbox replays; the header names the
 * API; the Launch tab passes axe.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { notice } from './helpers/app';
import { axeViolations, seriousOnly } from './helpers/axe';
import { section, switchNamed, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';

const VIEWPORT = { width: 1440, height: 960 };
const FLOW = 'iframe[title="Identity verification user flow"]';

async function useThisApp(page: Page): Promise<void> {
  const notifications = await section(page, 'Notifications');
  await notifications
    .getByRole('button', { name: 'Use this app as the notification endpoint' })
    .click();
}

/** Switches Liveness on, points notifications here and launches; returns the session id. */
async function launchLiveness(page: Page): Promise<string> {
  const checks = await section(page, 'Checks');
  await toggle(checks, 'Liveness');
  await useThisApp(page);
  const notifications = await section(page, 'Notifications');
  await notifications.getByLabel('Auth token', { exact: true }).fill('history-token');
  await page.getByRole('tab', { name: 'Launch', exact: true }).click();
  await page.getByRole('button', { name: 'Launch test session' }).click();
  await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).waitFor();
  const id = await page.getByText(/^[0-9a-f]{8}-[0-9a-f-]{27}$/).innerText();
  return id;
}

const region = (page: Page, name: string | RegExp): Locator => page.getByRole('region', { name });
const launchTab = (page: Page, name: RegExp): Locator =>
  page.getByRole('tablist', { name: 'Launch views' }).getByRole('tab', { name });

describe('launch history, inbox and refusals', () => {
  const suite = useSuite();

  it('explains a refused launch and takes the user to the field to fix', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    const notifications = await section(page, 'Notifications');
    await toggle(notifications, 'Send notifications to my endpoint');
    await page.getByRole('tab', { name: 'Launch', exact: true }).click();

    const before = page.getByRole('list', { name: 'Errors to fix before launching' });
    await before.waitFor();
    expect(await before.getByRole('button').allInnerTexts()).toEqual([
      expect.stringMatching(/^notifications\.endpoint — "" is not an absolute web address/),
    ]);
    await page.getByRole('button', { name: 'Launch test session' }).click();

    const refusal = page.getByRole('alert').filter({ hasText: 'The session was not created' });
    await refusal.getByText('The spec has 1 error; fix it before launching.').waitFor();
    await screenshot(page, 'launch-refused');
    await refusal
      .getByRole('list', { name: 'Why the server refused the spec' })
      .getByRole('button', { name: /^notifications\.endpoint/ })
      .click();
    const endpoint = notifications.getByRole('textbox', { name: 'Endpoint', exact: true });
    await expect.poll(() => endpoint.evaluate((el) => el === document.activeElement)).toBe(true);

    await useThisApp(page);
    await refusal.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Launch test session' }).click();
    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).waitFor();
  });

  it('updates results and inbox from server events when the flow runs in another tab', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await launchLiveness(page);
    await page.getByRole('status', { name: 'Live updates: Live' }).waitFor();
    const link = page.getByRole('link', { name: 'Open in new tab' });
    expect(await link.getAttribute('target')).toBe('_blank');

    const tab = await page.context().newPage();
    await tab.goto((await link.getAttribute('href')) ?? '');
    await tab.getByRole('button', { name: 'Complete' }).click();
    await tab.getByRole('heading', { name: 'Session finished' }).waitFor();

    await region(page, 'Notifications (1)')
      .getByRole('listitem', { name: /Session completed, Accepted/ })
      .waitFor();
    await region(page, 'Results').getByText('1 approved').waitFor();
    expect(await page.getByRole('log', { name: 'Events from the user flow' }).count()).toBe(0);
  });

  it('ignores messages that do not come from the flow iframe', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await launchLiveness(page);

    // Same origin as the flow, but posted by the page itself, not by the iframe's window.
    await page.evaluate(() => window.postMessage({ eventType: 'SUCCESS' }, '*'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await page.getByRole('log', { name: 'Events from the user flow' }).count()).toBe(0);

    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).click();
    await page
      .getByRole('log', { name: 'Events from the user flow' })
      .getByText('SUCCESS')
      .waitFor();
  });

  it('shows a QR code of the launch link for phones', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await launchLiveness(page);
    await page.getByRole('button', { name: 'QR code for phones' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open the user flow on a phone' });
    const image = dialog.getByRole('img', {
      name: /^QR code for http:\/\/127\.0\.0\.1:\d+\/sandbox/,
    });
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await dialog.getByText('which a phone cannot reach').waitFor();
    await screenshot(page, 'launch-qr-code');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('lists launches newest first, reopens one, loads its spec, replays and deletes', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    const first = await launchLiveness(page);
    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).click();
    await region(page, 'Notifications (1)').waitFor();

    // A second launch with another spec: liveness off, face match on.
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Liveness', false);
    await page.getByRole('button', { name: 'Launch test session' }).click();
    const shownId = page.getByText(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
    await expect.poll(() => shownId.innerText()).not.toBe(first);

    await launchTab(page, /^History/).click();
    const table = page.getByRole('table', { name: 'Launch history' });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const short = `${first.slice(0, 8)}…`;
    const older = rows.filter({ hasText: short });
    await older.getByText('COMPLETED').waitFor();
    expect(await older.innerText()).toMatch(/1 check · notifications\s+COMPLETED\s+1/);
    expect(await rows.nth(1).innerText()).not.toContain(short);
    await screenshot(page, 'launch-history');

    await older.getByRole('button', { name: `Open session ${short}` }).click();
    const spec = region(page, 'Spec used');
    await spec.getByRole('button', { name: 'Load this spec into the builder' }).click();
    const masked = notice(page, 'The server masks secrets as ********');
    await masked.getByRole('button', { name: 'Close' }).click();
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);

    await launchTab(page, /^Inbox/).click();
    const group = region(page, new RegExp(`^Session ${short}`));
    await group
      .getByRole('button', { name: /^Replay notification #\d+$/ })
      .first()
      .click();
    await group.getByText(/replay of #\d+/).waitFor();
    await notice(page, /Replayed notification #\d+: Accepted/).waitFor();
    await screenshot(page, 'launch-inbox');

    await launchTab(page, /^History/).click();
    await older.getByRole('button', { name: `Delete session ${short}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete session ${short}?` });
    await confirm.getByRole('button', { name: 'Delete session' }).click();
    await older.getByText('DELETED').waitFor();
    expect(await older.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
  }, 120_000);

  it('names the mode and the IDV API in the header', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    const mode = page.getByRole('status', {
      name: `Server mode: Local sandbox — ${suite.url}/sandbox/idverify/v1`,
      exact: true,
    });
    await mode.waitFor();
    await mode.focus();
    await page
      .getByRole('tooltip', { name: `Local sandbox — ${suite.url}/sandbox/idverify/v1` })
      .waitFor();
  });

  it('has no serious accessibility problems on the Launch tab', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT, bypassCSP: true });
    await launchLiveness(page);
    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).click();
    await region(page, 'Notifications (1)').waitFor();
    await page
      .getByRole('region', { name: 'Notifications (1)' })
      .getByRole('button', { expanded: false })
      .click();
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    for (const name of [/^Inbox/, /^History/]) {
      await launchTab(page, name).click();
      await page.getByRole('tabpanel', { name }).waitFor();
      expect(seriousOnly(await axeViolations(page))).toEqual([]);
    }
  });
});
