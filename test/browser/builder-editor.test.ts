/** Issue 3: the JSON editor and the form are two views of one spec. */
import { describe, expect, it } from 'vitest';
import {
  clickIntoEditor,
  downloadSpec,
  editorStatus,
  notice,
  replaceEditorText,
} from './helpers/app';
import { findings, findingsList } from './helpers/findings';
import { group, section, switchNamed, toggle } from './helpers/form';
import { editorReady, useSuite } from './helpers/suite';

describe('editing the JSON', () => {
  const suite = useSuite();

  it('makes the form follow a spec typed into the editor', async () => {
    const page = await suite.openApp();
    await editorReady(page);
    const checks = await section(page, 'Checks');
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(false);

    await replaceEditorText(
      page,
      '{"requested_checks": [{"type": "LIVENESS", "config": {"liveness_type": "ZOOM", "max_retries": 5}}],\n' +
        '"sdk_config": {"locale": "fr"}}',
    );

    await expect.poll(() => switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    const liveness = group(checks, 'Liveness');
    expect(await liveness.getByRole('textbox', { name: 'Maximum attempts' }).inputValue()).toBe(
      '5',
    );
    expect(await liveness.getByRole('combobox', { name: 'Liveness type' }).innerText()).toBe(
      'Active (ZOOM)',
    );
    const preferences = await section(page, 'Preferences');
    expect(await preferences.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('fr');
    expect(await editorStatus(page).innerText()).toMatch(/^Valid JSON — 0 errors/);
  });

  it('shows where typed JSON is broken and keeps the form as it was', async () => {
    const page = await suite.openApp();
    await editorReady(page);
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Liveness');

    // One keystroke from valid to broken: the last closing brace goes.
    await clickIntoEditor(page);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Backspace');

    await findingsList(page)
      .getByRole('button', { name: /Invalid JSON at line \d+, column \d+/ })
      .waitFor();
    expect(await editorStatus(page).innerText()).toMatch(
      /^Invalid JSON: line \d+, column \d+: .* — the form keeps the last valid spec$/,
    );
    expect(await findings(page)).toHaveLength(1);
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await switchNamed(checks, 'Face comparison').isChecked()).toBe(false);

    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [{ type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } }],
      requested_tasks: [],
      required_documents: [],
    });
    await notice(
      page,
      'Downloaded the last valid spec: the text in the JSON editor has errors.',
    ).waitFor();
  });
});
