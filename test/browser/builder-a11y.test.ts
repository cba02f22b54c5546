/**
 * Issue 3: the builder is usable with assistive technology: axe-core finds no serious or critical
 * violations on the main screen, with sections open and options on, in both themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { axeViolations, seriousOnly, type Violation } from './helpers/axe';
import { section, toggle } from './helpers/form';
import { editorReady, useSuite } from './helpers/suite';

const describeViolation = (v: Violation) =>
  `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join('\n')}`;

const seriousViolations = async (page: Page) =>
  seriousOnly(await axeViolations(page)).map(describeViolation);

/** Opens every section and switches on options that bring up nested controls. */
async function openEverything(page: Page): Promise<void> {
  const checks = await section(page, 'Checks');
  for (const name of [
    'Document authenticity',
    'Liveness',
    'Watchlist screening (AML)',
    'Advanced watchlist screening (ComplyAdvantage)',
  ])
    await toggle(checks, name);
  await toggle(await section(page, 'Tasks'), 'ID document text extraction');
  const documents = await section(page, 'Documents');
  await documents.getByRole('button', { name: 'Add ID document', exact: true }).click();
  await toggle(documents, 'Document filter');
  await toggle(documents, 'Country rule');
  await documents.getByRole('button', { name: 'Add supplementary document' }).click();
  await section(page, 'Preferences');
  await toggle(await section(page, 'Notifications'), 'Send notifications to my endpoint');
  await toggle(await section(page, 'Identity profile'), 'Identity profile');
  await section(page, 'In-branch and SDK-specific');
}

async function switchToDarkTheme(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.mouse.move(0, 0);
  // Let the button's click ripple fade before scanning and taking screenshots.
  await page.locator('.MuiTouchRipple-child').first().waitFor({ state: 'detached' });
}

describe('accessibility', () => {
  const suite = useSuite();
  // The app's Content Security Policy forbids inline scripts such as the injected axe-core.
  const options = { bypassCSP: true, colorScheme: 'light' } as const;

  it('has no serious violations on the main screen, in the light and the dark theme', async () => {
    const page = await suite.openApp(options);
    await editorReady(page);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'builder-light');

    await switchToDarkTheme(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'builder-dark');
  });

  it('has no serious violations with every section open and options on, in both themes', async () => {
    const page = await suite.openApp(options);
    await editorReady(page);
    await openEverything(page);

    expect(await seriousViolations(page)).toEqual([]);
    await switchToDarkTheme(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
