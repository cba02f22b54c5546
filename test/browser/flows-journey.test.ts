/**
 * Issue 6, the journey: save the draft as a flow, change it and save again (Ctrl/Cmd+S), compare
 * the versions, publish, restore the first version, launch it and find "v1" in the launch history.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '@/app/store/draft';
import { screenshot } from './harness';
import {
  flowStatus,
  openFlow,
  saveNewFlow,
  saveNextVersion,
  showFlows,
  versionChip,
  versionRow,
} from './helpers/flows';
import { section, switchNamed, toggle } from './helpers/form';
import { gotoApp, useSuite } from './helpers/suite';

const VIEWPORT = { width: 1440, height: 960 };
const FLOW = 'iframe[title="Identity verification user flow"]';

describe('saved flows: the journey', () => {
  const suite = useSuite();

  it('saves, changes, compares, publishes, restores v1 and launches it', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await flowStatus(page).getByText('Draft not saved as a flow').waitFor();
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Liveness');

    await saveNewFlow(page, 'Onboarding', 'First cut');
    expect(await flowStatus(page).getByText('Unsaved changes').count()).toBe(0);

    await toggle(checks, 'Document authenticity');
    // "Unsaved changes" shows what changed since v1.
    await flowStatus(page)
      .getByRole('button', { name: 'Unsaved changes: compare v1 with the draft' })
      .click();
    const sinceV1 = page.getByRole('dialog', { name: 'Compare Onboarding v1 with the draft' });
    await sinceV1
      .getByRole('list', { name: 'Changes in Checks' })
      .getByText('Document authenticity check added')
      .waitFor();
    await sinceV1.getByRole('button', { name: 'Close' }).click();
    await sinceV1.waitFor({ state: 'detached' });
    const dialog = await saveNextVersion(page, 'Onboarding', 'Add document authenticity', true);
    await dialog.waitFor({ state: 'detached' });
    await versionChip(page, 2).waitFor();
    await flowStatus(page).getByText('Unsaved changes').waitFor({ state: 'detached' });

    await showFlows(page);
    const versions = await openFlow(page, 'Onboarding');
    expect(await versions.getByRole('row').count()).toBe(3);
    expect(await versionRow(versions, 2).innerText()).toContain('Add document authenticity');
    expect(await versionRow(versions, 1).innerText()).toContain('First cut');

    // Compare v1 with v2: the semantic line first, then the JSON diff.
    await page.getByRole('button', { name: 'Compare A with B' }).click();
    const diff = page.getByRole('dialog', { name: 'Compare Onboarding v1 with v2' });
    const checksChanges = diff.getByRole('list', { name: 'Changes in Checks' });
    await checksChanges.waitFor();
    expect(await checksChanges.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Added\s+Document authenticity check added\s+requested_checks\[1\]$/),
    ]);
    await diff.locator('[data-diff-ready="true"]').waitFor();
    await screenshot(page, 'flows-diff-light');
    await diff.getByRole('button', { name: 'Close' }).click();
    await diff.waitFor({ state: 'detached' });

    await versions.getByRole('button', { name: 'Publish (v2)' }).click();
    await versionRow(versions, 2).getByText('published').waitFor();
    await flowStatus(page).getByText('published', { exact: true }).waitFor();

    await versions.getByRole('button', { name: 'Open in editor (v1)' }).click();
    await versionChip(page, 1).waitFor();
    expect(await switchNamed(checks, 'Document authenticity').isChecked()).toBe(false);
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await flowStatus(page).getByText('published', { exact: true }).count()).toBe(0);
    await screenshot(page, 'flows-versions-light');

    await page.getByRole('tab', { name: 'Launch', exact: true }).click();
    await page.getByRole('button', { name: 'Launch test session' }).click();
    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).waitFor();
    await page
      .getByRole('tablist', { name: 'Launch views' })
      .getByRole('tab', { name: /^History/ })
      .click();
    const history = page.getByRole('table', { name: 'Launch history' });
    const link = history.getByRole('button', { name: "Onboarding v1: show this flow's versions" });
    await link.waitFor();
    expect(await link.innerText()).toBe('Onboarding v1');

    // A launch of a changed draft says so.
    await toggle(checks, 'Face match');
    const launchViews = page.getByRole('tablist', { name: 'Launch views' });
    await launchViews.getByRole('tab', { name: /^Session/ }).click();
    await page.getByRole('button', { name: 'Launch test session' }).click();
    await page.frameLocator(FLOW).getByRole('button', { name: 'Complete' }).waitFor();
    await launchViews.getByRole('tab', { name: /^History/ }).click();
    await history
      .getByRole('button', { name: "Onboarding v1 + unsaved changes: show this flow's versions" })
      .waitFor();
    await screenshot(page, 'flows-launch-history-light');

    // The link opens the flow, v1 pointed out, with its launch counted.
    await link.click();
    await page.getByRole('tabpanel', { name: 'Flows' }).waitFor();
    const row = versionRow(versions, 1);
    await expect.poll(() => row.getAttribute('class')).toContain('Mui-selected');
    // Both launches used v1 (one with changes).
    expect((await row.getByRole('cell').allInnerTexts())[2]).toBe('2');
  }, 120_000);

  it('keeps the tracked flow across a reload, and still reads a draft saved before flows', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await toggle(await section(page, 'Checks'), 'Liveness');
    await saveNewFlow(page, 'Reloaded');
    await page.waitForFunction(
      (key) => (localStorage.getItem(key) ?? '').includes('"Reloaded"'),
      DRAFT_KEY,
    );
    await page.reload();
    await flowStatus(page)
      .getByRole('button', { name: 'Flow Reloaded, show its versions' })
      .waitFor();
    await versionChip(page, 1).waitFor();
    expect(await flowStatus(page).getByText('Unsaved changes').count()).toBe(0);

    // A version 1 draft (no flow) from before this release loads as it was, untracked. It is
    // put in place before the app starts (the app saves its own draft when a page unloads).
    const v1 = {
      version: 1,
      spec: {
        requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} }],
        requested_tasks: [],
        required_documents: [],
      },
    };
    const context = await suite.newContext({ viewport: VIEWPORT });
    await context.addInitScript(
      ({ key, draft }) => {
        // Only on the app's own page, once: about:blank and frames may not touch storage.
        if (location.protocol !== 'http:' || window !== window.top) return;
        if (sessionStorage.getItem('seeded')) return;
        localStorage.setItem(key, draft);
        sessionStorage.setItem('seeded', 'yes');
      },
      { key: DRAFT_KEY, draft: JSON.stringify(v1) },
    );
    const older = await context.newPage();
    await gotoApp(older, suite.url);
    expect(await older.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain(
      '"version":1',
    );
    await flowStatus(older).getByText('Draft not saved as a flow').waitFor();
    const checks = await section(older, 'Checks');
    expect(await switchNamed(checks, 'Document authenticity').isChecked()).toBe(true);
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(false);
  });
});
