/** Steps with saved flows: the header's flow status, the save dialog, the Flows tab. */
import type { Locator, Page } from 'playwright-core';

/** The header's "Saved flow" group (name, version chip, unsaved changes, Save version). */
export const flowStatus = (page: Page): Locator =>
  page.getByRole('group', { name: 'Saved flow', exact: true });

/** Saves the untracked draft as a new flow named `name`, with a message. */
export async function saveNewFlow(page: Page, name: string, message = ''): Promise<void> {
  await flowStatus(page).getByRole('button', { name: 'Save version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new flow' });
  await dialog.getByRole('textbox', { name: 'Flow name' }).fill(name);
  if (message) await dialog.getByRole('textbox', { name: 'What changed' }).fill(message);
  await dialog.getByRole('button', { name: 'Save flow' }).click();
  await dialog.waitFor({ state: 'detached' });
  await versionChip(page, 1).waitFor();
}

/** Saves the tracked draft as its next version (through Ctrl/Cmd+S when `shortcut`). */
export async function saveNextVersion(
  page: Page,
  flowName: string,
  message: string,
  shortcut = false,
): Promise<Locator> {
  if (shortcut) await page.keyboard.press('ControlOrMeta+S');
  else await flowStatus(page).getByRole('button', { name: 'Save version' }).click();
  const dialog = page.getByRole('dialog', { name: `Save a version of "${flowName}"` });
  await dialog.getByRole('textbox', { name: 'What changed' }).fill(message);
  await dialog.getByRole('button', { name: 'Save version' }).click();
  return dialog;
}

/** The header's "vN" chip. */
export const versionChip = (page: Page, n: number): Locator =>
  flowStatus(page).getByText(`v${n}`, { exact: true });

/** Shows the Flows tab (wide layout). */
export async function showFlows(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Flows', exact: true }).click();
  await page.getByRole('tabpanel', { name: 'Flows' }).waitFor();
}

/** Opens the flow named `name` from the library. */
export async function openFlow(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('list', { name: 'Saved flows' })
    .getByRole('button', { name, exact: true })
    .click();
  const table = page.getByRole('table', { name: `Versions of ${name}` });
  await table.waitFor();
  return table;
}

/** The row of version `n` in a versions table. */
export const versionRow = (table: Locator, n: number): Locator =>
  table
    .getByRole('row')
    .filter({ has: table.page().getByRole('cell').getByText(`v${n}`, { exact: true }) });
