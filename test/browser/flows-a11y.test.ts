/**
 * Issue 6: the Flows view, its versions, the save dialog and the diff view pass axe-core (no
 * serious or critical violations) in the light and the dark theme; screenshots of each for review.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { axeViolations, seriousOnly, type Violation } from './helpers/axe';
import { flowStatus, openFlow, saveNewFlow, showFlows } from './helpers/flows';
import { section, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';

const describeViolation = (v: Violation) =>
  `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join('\n')}`;
const seriousViolations = async (page: Page) =>
  seriousOnly(await axeViolations(page)).map(describeViolation);

async function setTheme(page: Page, dark: boolean): Promise<void> {
  const toggleButton = page.getByRole('button', { name: 'Dark theme' });
  if ((await toggleButton.getAttribute('aria-pressed')) !== String(dark))
    await toggleButton.click();
  await page.mouse.move(0, 0);
}

/** Two flows: "Onboarding" (v1, v2, v2 published, tracked) and one from a template. */
async function seedFlows(page: Page): Promise<void> {
  const checks = await section(page, 'Checks');
  await toggle(checks, 'Liveness');
  await saveNewFlow(page, 'Onboarding', 'First cut');
  await toggle(checks, 'Document authenticity');
  await page.keyboard.press('ControlOrMeta+S');
  const save = page.getByRole('dialog', { name: 'Save a version of "Onboarding"' });
  await save.getByRole('textbox', { name: 'What changed' }).fill('Add authenticity');
  await save.getByRole('button', { name: 'Save version' }).click();
  await save.waitFor({ state: 'detached' });
  await showFlows(page);
  await page.getByRole('button', { name: 'New flow' }).click();
  await page.getByRole('menuitem', { name: 'From a template…' }).click();
  const template = page.getByRole('dialog', { name: 'New flow from a template' });
  await template.getByRole('radio', { name: /^Full KYC/ }).check();
  await template.getByRole('button', { name: 'Create flow' }).click();
  await template.waitFor({ state: 'detached' });
  await page.getByRole('table', { name: /^Versions of Full KYC/ }).waitFor();
  await page.getByRole('button', { name: '← All flows' }).click();
}

describe('saved flows: accessibility and looks', () => {
  const suite = useSuite();
  const options = {
    bypassCSP: true,
    colorScheme: 'light',
    viewport: { width: 1440, height: 960 },
  } as const;

  it('library, versions, save dialog and diff view have no serious violations in either theme', async () => {
    const page = await suite.openApp(options);
    await seedFlows(page);
    await page.getByRole('list', { name: 'Saved flows' }).waitFor();
    // A change after the save: the header says so and "Compare with draft" has something to show.
    await toggle(await section(page, 'Checks'), 'Face match');
    await flowStatus(page).getByText('Unsaved changes').waitFor();

    for (const dark of [false, true]) {
      const theme = dark ? 'dark' : 'light';
      await setTheme(page, dark);
      await showFlows(page);
      if (await page.getByRole('button', { name: '← All flows' }).count())
        await page.getByRole('button', { name: '← All flows' }).click();
      await page.getByRole('list', { name: 'Saved flows' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `flows-library-${theme}`);

      const versions = await openFlow(page, 'Onboarding');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `flows-detail-${theme}`);

      await versions.getByRole('button', { name: 'Compare with draft (v2)' }).click();
      const diff = page.getByRole('dialog', { name: 'Compare Onboarding v2 with the draft' });
      await diff.locator('[data-diff-ready="true"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `flows-diff-${theme}`);
      await diff.getByRole('button', { name: 'Close' }).click();
      await diff.waitFor({ state: 'detached' });

      await flowStatus(page).getByRole('button', { name: 'Save version' }).click();
      const save = page.getByRole('dialog', { name: 'Save a version of "Onboarding"' });
      await save
        .getByRole('region', { name: 'Changes since v2' })
        .getByText(/^Face match check added/)
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `flows-save-dialog-${theme}`);
      await save.getByRole('button', { name: 'Cancel' }).click();
      await save.waitFor({ state: 'detached' });
    }
  }, 120_000);

  it('shows the Flows tab in the narrow layout', async () => {
    const page = await suite.openApp({ ...options, viewport: { width: 420, height: 860 } });
    await page.getByRole('tab', { name: 'Flows', exact: true }).click();
    // The server is shared by the file's tests: flows from the other test may be listed.
    await page.getByRole('heading', { name: 'Flows', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'New flow' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'flows-narrow-light');

    // The header's flow name opens the flow's versions in the Flows tab from any other tab.
    await page.getByRole('tab', { name: 'Form', exact: true }).click();
    await toggle(await section(page, 'Checks'), 'Liveness');
    await saveNewFlow(page, 'Narrow');
    await flowStatus(page).getByRole('button', { name: 'Flow Narrow, show its versions' }).click();
    await page.getByRole('table', { name: 'Versions of Narrow' }).waitFor();
    expect(
      await page.getByRole('tab', { name: 'Flows', exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'flows-narrow-versions-light');
  });
});
