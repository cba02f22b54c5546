/** Toolbar steps: download, templates, notices, the JSON editor. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Clicks "Download JSON" and returns the text of the file the browser saved. */
export async function downloadJson(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON', exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The downloaded spec, parsed. */
export async function downloadSpec(page: Page): Promise<unknown> {
  return JSON.parse((await downloadJson(page)).text) as unknown;
}

/** The notice (snackbar alert) whose text contains `text`. */
export const notice = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('alert').filter({ hasText: text });

/** Templates → "Use template <name>". */
export async function useTemplate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Templates' });
  await dialog.getByRole('button', { name: `Use template ${name}`, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The Monaco editor's text box (Monaco's hidden textarea carries the aria label). */
export const editor = (page: Page): Locator =>
  page.getByRole('textbox', { name: 'Session spec JSON', exact: true });

/** The status line under the editor ("Valid JSON — …" / "Invalid JSON: …"). */
export const editorStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^(Valid|Invalid) JSON/ });

/** Clicks into the editor's text. */
export async function clickIntoEditor(page: Page): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
}

/**
 * Clicks into the editor, selects everything and types `text` in its place. Monaco takes the
 * text as typing and closes brackets and quotes as it goes; what it added after the cursor is
 * deleted, as a user would.
 */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  await clickIntoEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.press('Delete');
}
