/** Issue 3: undo and redo, the draft kept across reloads, and the theme choice. */
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '@/app/store/draft';
import { downloadJson, downloadSpec, editorStatus, notice } from './helpers/app';
import { fillText, section, switchNamed, toggle } from './helpers/form';
import { editorReady, gotoApp, useSuite } from './helpers/suite';

describe('history, drafts and theme', () => {
  const suite = useSuite();

  it('undoes and redoes with the buttons and with Ctrl+Z / Shift+Ctrl+Z', async () => {
    const page = await suite.openApp();
    const checks = await section(page, 'Checks');
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    const liveness = switchNamed(checks, 'Liveness');
    const faceMatch = switchNamed(checks, 'Face match');
    await toggle(checks, 'Liveness');
    await toggle(checks, 'Face match');

    await undo.click();
    expect([await liveness.isChecked(), await faceMatch.isChecked()]).toEqual([true, false]);
    await undo.click();
    expect([await liveness.isChecked(), await faceMatch.isChecked()]).toEqual([false, false]);
    expect(await undo.isDisabled()).toBe(true);
    await redo.click();
    expect([await liveness.isChecked(), await faceMatch.isChecked()]).toEqual([true, false]);

    await liveness.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => liveness.isChecked()).toBe(false);
    await page.keyboard.press('Shift+Control+Z');
    await expect.poll(() => liveness.isChecked()).toBe(true);
    await page.keyboard.press('Shift+Control+Z');
    await expect.poll(() => faceMatch.isChecked()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [
        { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
        { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
      ],
      requested_tasks: [],
      required_documents: [],
    });
  });

  it('finds the draft again after a reload', async () => {
    const page = await suite.openApp();
    await toggle(await section(page, 'Checks'), 'Liveness');
    await fillText(await section(page, 'Session'), 'User tracking ID', 'crm-42');
    const before = await downloadJson(page);

    await page.reload();
    await editorReady(page);

    expect(await switchNamed(await section(page, 'Checks'), 'Liveness').isChecked()).toBe(true);
    const session = await section(page, 'Session');
    expect(await session.getByRole('textbox', { name: 'User tracking ID' }).inputValue()).toBe(
      'crm-42',
    );
    const editorLines = (await page.locator('.monaco-editor .view-lines').innerText()).replace(
      /\u00a0/g,
      ' ',
    );
    expect(editorLines).toContain('"user_tracking_id": "crm-42"');
    expect(editorLines).toContain('"type": "LIVENESS"');
    expect(await editorStatus(page).innerText()).toMatch(/^Valid JSON/);
    expect((await downloadJson(page)).text).toBe(before.text);
  });

  it('reports a corrupt draft and sets it aside instead of losing it', async () => {
    const page = await (await suite.newContext()).newPage();
    // Any page of the app's origin can reach its local storage; this one loads no app code.
    await page.goto(`${suite.url}/api/health`);
    await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "spec": {'), DRAFT_KEY);

    await gotoApp(page, suite.url);

    const warning = notice(page, 'Your saved draft could not be used (it is not valid JSON).');
    await warning.waitFor();
    const text = await warning.innerText();
    const key = /set aside in local storage as "([^"]+)"/.exec(text)?.[1];
    expect(key).toMatch(/^idv-studio\.draft\.set-aside\.\d+$/);
    expect(text).toContain('you are starting from an empty spec');
    const stored = await page.evaluate((k) => localStorage.getItem(k), key!);
    expect(stored).toBe('{"version": 1, "spec": {');
    expect(await switchNamed(await section(page, 'Checks'), 'Liveness').isChecked()).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('idv-studio-draft-set-aside.json');
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    const page = await suite.openApp({ colorScheme: 'light' });
    const toggleTheme = page.getByRole('button', { name: 'Dark theme' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await toggleTheme.getAttribute('aria-pressed')).toBe('false');

    await toggleTheme.click();

    expect(await background()).toBe('rgb(18, 18, 18)');
    expect(await toggleTheme.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await editorReady(page);
    expect(await background()).toBe('rgb(18, 18, 18)');
    expect(await toggleTheme.getAttribute('aria-pressed')).toBe('true');
  });
});
