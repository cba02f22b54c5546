/**
 * Issue 6, around the journey: archive with Undo, permanent delete (type the name) with Undo, and a
 * stale-version conflict between two tabs resolved by saving on top of the latest version.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { notice } from './helpers/app';
import { axeViolations, seriousOnly } from './helpers/axe';
import {
  flowStatus,
  openFlow,
  saveNewFlow,
  saveNextVersion,
  showFlows,
  versionChip,
} from './helpers/flows';
import { section, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';

const VIEWPORT = { width: 1440, height: 960 };

const library = (page: Page) => page.getByRole('list', { name: 'Saved flows' });
const flowLink = (page: Page, name: string) =>
  library(page).getByRole('button', { name, exact: true });

async function flowAction(page: Page, flow: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${flow}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

describe('saved flows: library and conflicts', () => {
  const suite = useSuite();

  it('archives a flow with Undo, and deletes an archived one for good only after typing its name', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await toggle(await section(page, 'Checks'), 'Liveness');
    await saveNewFlow(page, 'Right to work');
    await showFlows(page);
    await flowLink(page, 'Right to work').waitFor();

    await flowAction(page, 'Right to work', 'Archive');
    const archived = notice(page, 'Archived "Right to work".');
    await flowLink(page, 'Right to work').waitFor({ state: 'detached' });
    await archived.getByRole('button', { name: 'Undo' }).click();
    await flowLink(page, 'Right to work').waitFor();

    await flowAction(page, 'Right to work', 'Archive');
    await flowLink(page, 'Right to work').waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: 'Show archived' }).check();
    await library(page).getByText('archived', { exact: true }).waitFor();
    await flowAction(page, 'Right to work', 'Delete permanently…');
    const confirm = page.getByRole('dialog', { name: 'Delete "Right to work" permanently?' });
    const remove = confirm.getByRole('button', { name: 'Delete permanently' });
    await confirm
      .getByRole('textbox', { name: 'Type "Right to work" to confirm' })
      .fill('right to work');
    expect(await remove.isDisabled()).toBe(true);
    await confirm
      .getByRole('textbox', { name: 'Type "Right to work" to confirm' })
      .fill('Right to work');
    await remove.click();
    await confirm.waitFor({ state: 'detached' });
    await flowLink(page, 'Right to work').waitFor({ state: 'detached' });
    const deleted = notice(page, /^Deleted "Right to work"\. You can undo this for \d+ seconds\./);
    await deleted.getByRole('button', { name: 'Undo' }).click();
    await flowLink(page, 'Right to work').waitFor();
    await notice(page, '"Right to work" is back (archived).').waitFor();
  });

  it("imports files all or nothing, with each file's findings, and exports a flow", async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await showFlows(page);
    await page.getByRole('button', { name: 'New flow' }).click();
    await page.getByRole('menuitem', { name: 'Import files…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import flows' });
    const good = {
      name: 'kyc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC' } }],
        }),
      ),
    };
    const bad = {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"requested_checks": [{"type": "LIVENESS", "config": {"max_retries": "x"}}]}',
      ),
    };
    await page.getByTestId('import-flows-input').setInputFiles([good, bad]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const refused = dialog.getByRole('alert').filter({ hasText: /nothing was imported/i });
    const findings = refused.getByRole('list', { name: 'Findings in broken.json' });
    await findings.waitFor();
    expect(await findings.innerText()).toMatch(/requested_checks\[0\]\.config\.max_retries: /);
    await screenshot(page, 'flows-import-refused-light');

    await page.getByTestId('import-flows-input').setInputFiles([good]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Imported: "kyc" (v1).').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await flowLink(page, 'kyc').waitFor();
    expect(await library(page).getByRole('listitem').count()).toBe(1);

    await page.getByRole('button', { name: 'Actions for kyc' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export with history' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kyc.flow.json');
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      flows: { name: string; versions: unknown[] }[];
    };
    expect(file.format).toBe('idv-studio/flows');
    expect(file.flows.map((f) => [f.name, f.versions.length])).toEqual([['kyc', 1]]);
  });

  it('renames, describes and duplicates a flow; the header follows the new name', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await toggle(await section(page, 'Checks'), 'Liveness');
    await saveNewFlow(page, 'Onboarding UK');
    await showFlows(page);
    await flowAction(page, 'Onboarding UK', 'Edit name and description…');
    const edit = page.getByRole('dialog', { name: 'Edit details of "Onboarding UK"' });
    await edit.getByRole('textbox', { name: 'Flow name' }).fill('Onboarding GB');
    await edit.getByRole('textbox', { name: 'Description' }).fill('Retail customers, web');
    await edit.getByRole('button', { name: 'Save details' }).click();
    await edit.waitFor({ state: 'detached' });
    await flowLink(page, 'Onboarding GB').waitFor();
    await library(page).getByText('Retail customers, web').waitFor();
    await flowStatus(page)
      .getByRole('button', { name: 'Flow Onboarding GB, show its versions' })
      .waitFor();

    await flowAction(page, 'Onboarding GB', 'Duplicate');
    await page.getByRole('table', { name: 'Versions of Onboarding GB (copy)' }).waitFor();
    await page.getByRole('button', { name: '← All flows' }).click();
    await flowLink(page, 'Onboarding GB (copy)').waitFor();

    // Names are unique: renaming the copy to the original's name is refused, in the dialog.
    await flowAction(page, 'Onboarding GB (copy)', 'Edit name and description…');
    const again = page.getByRole('dialog', { name: 'Edit details of "Onboarding GB (copy)"' });
    await again.getByRole('textbox', { name: 'Flow name' }).fill('onboarding gb');
    await again.getByRole('button', { name: 'Save details' }).click();
    await again
      .getByText('A flow named "onboarding gb" already exists. Choose another name.')
      .waitFor();
    await again.getByRole('button', { name: 'Cancel' }).click();

    // Search looks at names and descriptions, every word (flows of other tests are listed too).
    const search = page.getByRole('searchbox', { name: 'Search flows' });
    await search.fill('copy onboarding');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 of \d+ flows match$/ })
      .waitFor();
    expect(await library(page).getByRole('listitem').count()).toBe(1);
    await search.fill('retail');
    await flowLink(page, 'Onboarding GB').waitFor();
    await search.fill('nothing like this');
    await page.getByText('No flow\'s name or description contains "nothing like this".').waitFor();
  });

  it('compares two spec files in the browser, showing the findings of one that is not a spec', async () => {
    const page = await suite.openApp({ viewport: VIEWPORT });
    await showFlows(page);
    await page.getByRole('button', { name: 'Compare two spec files…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare two spec files' });
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const spec = (checks: unknown[]) =>
      JSON.stringify({ requested_checks: checks, requested_tasks: [], required_documents: [] });
    await page.getByTestId('compare-left-input').setInputFiles(file('old.json', spec([])));
    await page
      .getByTestId('compare-right-input')
      .setInputFiles(file('new.json', '{"requested_checks": 3}'));
    const findings = dialog.getByRole('list', { name: 'Findings in new.json' });
    await findings.waitFor();
    expect(await findings.innerText()).toMatch(/requested_checks: /);
    expect(await dialog.getByRole('button', { name: 'Compare', exact: true }).isDisabled()).toBe(
      true,
    );

    const liveness = { type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } };
    await page.getByTestId('compare-right-input').setInputFiles(file('new.json', spec([liveness])));
    await findings.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    const diff = page.getByRole('dialog', { name: 'Compare old.json with new.json' });
    await diff
      .getByRole('list', { name: 'Changes in Checks' })
      .getByText(/^Liveness check added/)
      .waitFor();
    await diff.locator('[data-diff-ready="true"]').waitFor();
  });

  it('on a stale base, shows what the latest version has and saves on top of it', async () => {
    const first = await suite.openApp({ viewport: VIEWPORT });
    const firstChecks = await section(first, 'Checks');
    await toggle(firstChecks, 'Liveness');
    await saveNewFlow(first, 'Step-up');

    // A second tab (its own storage) opens v1 of the same flow. (bypassCSP: for axe, below.)
    const second = await suite.openApp({ viewport: VIEWPORT, bypassCSP: true });
    await showFlows(second);
    const versions = await openFlow(second, 'Step-up');
    await versions.getByRole('button', { name: 'Open in editor (v1)' }).click();
    await versionChip(second, 1).waitFor();

    // The first tab saves v2 meanwhile.
    await toggle(firstChecks, 'Document authenticity');
    await (await saveNextVersion(first, 'Step-up', 'Authenticity')).waitFor({ state: 'detached' });
    await versionChip(first, 2).waitFor();

    // The second tab changes its draft and saves on top of v1: refused, with the difference.
    const secondChecks = await section(second, 'Checks');
    await toggle(secondChecks, 'Face match');
    const dialog = await saveNextVersion(second, 'Step-up', 'Face match');
    const conflict = dialog.getByRole('alert').filter({ hasText: 'Someone saved v2 of "Step-up"' });
    await conflict.waitFor();
    const lines = await conflict
      .getByRole('list', { name: 'Changes in Checks' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(lines.join('\n')).toMatch(/Document authenticity check removed/);
    expect(lines.join('\n')).toMatch(/Face match check added/);
    await screenshot(second, 'flows-conflict-light');
    expect(
      seriousOnly(await axeViolations(second)).map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`),
    ).toEqual([]);

    await dialog.getByRole('button', { name: 'Save on top of v2' }).click();
    await dialog.waitFor({ state: 'detached' });
    await versionChip(second, 3).waitFor();
    await notice(second, 'Saved "Step-up" v3.').waitFor();
    expect(await flowStatus(second).getByText('Unsaved changes').count()).toBe(0);
  });
});
