/** Steps a user takes in the form, found by role and accessible name. */
import type { Locator, Page } from 'playwright-core';

type Scope = Page | Locator;

const pageOf = (scope: Scope): Page => ('page' in scope ? scope.page() : scope);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name that starts with `text` as a whole word: "Checks" matches "Checks 2 on: …". */
const startsWith = (text: string) => new RegExp(`^${escape(text)}(\\s|$)`);

/** The form as a whole. */
export const form = (page: Page): Locator => page.getByRole('form', { name: 'Session spec form' });

/** Expands the form section named `name` (if it is collapsed) and returns its region. */
export async function section(page: Page, name: string): Promise<Locator> {
  const header = form(page).getByRole('button', { name: startsWith(name) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const region = form(page).getByRole('region', { name: startsWith(name) });
  await region.waitFor();
  return region;
}

/** A labelled group inside the form (a check, a document, a nested option). */
export const group = (scope: Scope, name: string): Locator =>
  scope.getByRole('group', { name, exact: true });

/** The switch named `name`. */
export const switchNamed = (scope: Scope, name: string): Locator =>
  scope.getByRole('switch', { name, exact: true });

/** Turns the switch named `name` on (or off with `on = false`). */
export async function toggle(scope: Scope, name: string, on = true): Promise<void> {
  await switchNamed(scope, name).setChecked(on);
}

/** Opens the select (combobox) named `combobox` and picks the option named `option`. */
export async function chooseOption(scope: Scope, combobox: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: combobox, exact: true }).click();
  const listbox = pageOf(scope).getByRole('listbox');
  await listbox.getByRole('option', { name: option, exact: true }).click();
  await listbox.waitFor({ state: 'hidden' });
}

/** Replaces the text of the text box named `name`. */
export async function fillText(scope: Scope, name: string, value: string): Promise<void> {
  await scope.getByRole('textbox', { name, exact: true }).fill(value);
}

/**
 * Adds entries to a list with suggestions (chips): types `search` (default: the option's name)
 * and picks the suggestion named `option`.
 */
export async function addChip(
  scope: Scope,
  list: string,
  option: string | RegExp,
  search = typeof option === 'string' ? option : '',
): Promise<void> {
  const input = scope.getByRole('combobox', { name: list, exact: true });
  await input.click();
  await input.fill(search);
  const name = typeof option === 'string' ? new RegExp(`^${escape(option)}$`) : option;
  await pageOf(scope).getByRole('listbox').getByRole('option', { name }).click();
}

/** Picks a country in a country box or list by typing its name: "United Kingdom" → GBR. */
export async function pickCountry(scope: Scope, box: string, country: string): Promise<void> {
  await addChip(scope, box, new RegExp(`^${escape(country)} \\([A-Z]{3}\\)$`), country);
}

/** The chips (selected entries) shown in the list named `list`, as their text. */
export async function chipsOf(scope: Scope, list: string): Promise<string[]> {
  const input = scope.getByRole('combobox', { name: list, exact: true });
  // The chips are buttons beside the input, in the same box as the (icon-only) Open and Clear.
  const texts = await input.locator('xpath=..').getByRole('button').allInnerTexts();
  return texts.filter((t) => t.trim() !== '');
}
