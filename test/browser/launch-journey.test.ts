/**
 * Issue 4: a user builds a spec with the form, launches it against the local sandbox, completes
 * the user flow inside the iframe with chosen outcomes, and sees the flow's event, the
 * notifications the app received and the session's result.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { chooseOption, group, section, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';

const VIEWPORT = { width: 1440, height: 960 };

/** Checks and notifications as a tester sets them up: this app receives, Bearer auth. */
async function buildSpec(page: Page): Promise<void> {
  const checks = await section(page, 'Checks');
  await toggle(checks, 'Document authenticity');
  await toggle(checks, 'Liveness');
  const notifications = await section(page, 'Notifications');
  await notifications
    .getByRole('button', { name: 'Use this app as the notification endpoint' })
    .click();
  await toggle(group(notifications, 'Topics'), 'Check completed');
  await chooseOption(notifications, 'Auth type', 'Bearer (BEARER)');
  await notifications.getByLabel('Auth token', { exact: true }).fill('studio-test-token');
}

/** Opens the Launch tab, launches, and returns the embedded flow. */
async function launch(page: Page): Promise<FrameLocator> {
  await page.getByRole('tab', { name: 'Launch', exact: true }).click();
  await page.getByRole('button', { name: 'Launch test session' }).click();
  const iframe = page.getByTitle('Identity verification user flow');
  await iframe.waitFor();
  expect(await iframe.getAttribute('allow')).toBe('camera');
  const flow = page.frameLocator('iframe[title="Identity verification user flow"]');
  await flow.getByRole('button', { name: 'Complete' }).waitFor();
  return flow;
}

const flowEvents = (page: Page): Locator =>
  page.getByRole('log', { name: 'Events from the user flow' });
const results = (page: Page): Locator => page.getByRole('region', { name: 'Results' });
const checkRow = (page: Page, check: string): Locator =>
  results(page)
    .getByRole('table', { name: 'Checks' })
    .getByRole('row')
    .filter({ has: page.getByText(check, { exact: true }) });
const notificationsRegion = (page: Page): Locator =>
  page.getByRole('region', { name: /^Notifications \(\d+\)$/ });

/** The inbox entries of the open session, as their accessible names. */
async function deliveries(page: Page, count: number): Promise<string[]> {
  const region = page.getByRole('region', { name: `Notifications (${count})` });
  await region.waitFor();
  const items = region.getByRole('listitem');
  const names = await items.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  return names.map((n) => (n ?? '').replace(/^Notification #\d+: /, '')).sort();
}

describe('launching a test session in the local sandbox', () => {
  const suite = useSuite();

  it('completes the flow with every check approved, then shows SUCCESS, the notifications and the result', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await buildSpec(page);
    const endpoint = page.getByRole('textbox', { name: 'Endpoint', exact: true });
    expect(await endpoint.inputValue()).toBe(`${suite.url}/api/notifications/yoti`);

    const flow = await launch(page);
    await screenshot(page, 'launch-flow-open');
    await flow.getByRole('button', { name: 'Complete' }).click();

    await flowEvents(page).getByText('SUCCESS: the user finished the flow').waitFor();
    expect(await deliveries(page, 3)).toEqual([
      'Check completed, Accepted',
      'Check completed, Accepted',
      'Session completed, Accepted',
    ]);
    await results(page).getByText('COMPLETED', { exact: true }).waitFor();
    expect(await checkRow(page, 'Document authenticity').innerText()).toMatch(
      /APPROVE[\s\S]*document_in_date\s+PASS[\s\S]*no_sign_of_tampering\s+PASS/,
    );
    expect(await checkRow(page, 'Liveness').innerText()).toMatch(
      /APPROVE[\s\S]*liveness_auth\s+PASS/,
    );
    const resources = results(page).getByRole('table', { name: 'Resources' });
    expect(await resources.innerText()).toMatch(/ID document\s+PASSPORT issued in GBR\s+END_USER/);

    // The server masks the Authorization header; the inbox shows it as received.
    const first = notificationsRegion(page).getByRole('listitem').first();
    await first.getByRole('button', { expanded: false }).click();
    await first.getByText('Bearer ********').waitFor();
    await first.getByText('"topic": "session_completion"').waitFor();
    await results(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'launch-success-results');
  });

  it('shows a rejected check with its reason', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await buildSpec(page);
    const flow = await launch(page);

    const liveness = flow.getByRole('group', { name: 'Liveness' });
    await liveness.getByRole('radio', { name: 'Reject' }).check();
    await liveness
      .getByRole('combobox', { name: 'Reason for Liveness' })
      .selectOption('PHOTO_OF_MASK');
    await flow.getByRole('button', { name: 'Complete' }).click();

    await flowEvents(page).getByText('SUCCESS: the user finished the flow').waitFor();
    await checkRow(page, 'Liveness').getByText('REJECT · PHOTO_OF_MASK').waitFor();
    expect(await checkRow(page, 'Liveness').innerText()).toMatch(/liveness_auth\s+FAIL/);
    expect(await checkRow(page, 'Document authenticity').innerText()).toContain('APPROVE');
    await results(page).getByText('1 approved · 1 rejected').waitFor();
    expect(await deliveries(page, 3)).toHaveLength(3);
    await checkRow(page, 'Liveness').scrollIntoViewIfNeeded();
    await screenshot(page, 'launch-rejected');
  });

  it('explains the error code when the flow is abandoned', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await buildSpec(page);
    const flow = await launch(page);

    await flow.getByRole('combobox', { name: 'Error code' }).selectOption('4000');
    await flow.getByRole('button', { name: 'Abandon with error' }).click();

    const event = flowEvents(page).getByRole('alert');
    await event.getByText('ERROR 4000: Camera permission denied').waitFor();
    expect(await event.innerText()).toContain(
      'The user, or the browser, refused access to the camera.',
    );
    await checkRow(page, 'Liveness').getByText('NOT_AVAILABLE', { exact: true }).waitFor();
    expect(await deliveries(page, 3)).toContain('Session completed, Accepted');
    await flowEvents(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'launch-abandoned');
  });
});
