/** The findings panel: its list, and each finding as the button the user clicks. */
import type { Locator, Page } from 'playwright-core';

/** The list of findings beside the form. */
export const findingsList = (page: Page): Locator =>
  page.getByRole('list', { name: 'Findings', exact: true });

/** The text of every finding, in order. */
export async function findings(page: Page): Promise<string[]> {
  return findingsList(page).getByRole('listitem').getByRole('button').allInnerTexts();
}

/** The finding whose text contains `text`. */
export const finding = (page: Page, text: string | RegExp): Locator =>
  findingsList(page).getByRole('button').filter({ hasText: text });
