/** Issue 3: findings lead to the field they are about, and one-click fixes fix them. */
import { describe, expect, it } from 'vitest';
import { downloadSpec } from './helpers/app';
import { finding, findings } from './helpers/findings';
import { fillText, form, section, switchNamed, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';
import type { Locator } from 'playwright-core';

const isFocused = (control: Locator) => control.evaluate((el) => el === document.activeElement);

describe('the findings panel', () => {
  const suite = useSuite();

  it('opens the section of a clicked finding and focuses its field; the fix sets a good value', async () => {
    const page = await suite.openApp();
    const session = await section(page, 'Session');
    await session.getByRole('radio', { name: 'After a time (token lifetime)' }).check();
    await fillText(session, 'Time to complete', '120');
    await form(page)
      .getByRole('button', { name: /^Session/ })
      .click(); // collapse it
    await session.waitFor({ state: 'hidden' });

    const tooShort = finding(page, 'The session token must live more than 300 seconds');
    await tooShort.click();

    const ttl = page.getByRole('textbox', { name: 'Time to complete' });
    await ttl.waitFor();
    await expect.poll(() => isFocused(ttl)).toBe(true);

    await page
      .getByRole('button', { name: 'Set to 900 seconds (15 minutes)', exact: true })
      .click();
    await expect.poll(() => ttl.inputValue()).toBe('900');
    expect(await tooShort.count()).toBe(0);
  });

  it('adds the missing liveness check for a face match in one click', async () => {
    const page = await suite.openApp();
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Face match');
    const warning = finding(
      page,
      'Face match compares the document photo with a live capture: add a liveness check.',
    );
    await warning.waitFor();

    await warning.click();
    await expect.poll(() => isFocused(switchNamed(checks, 'Face match'))).toBe(true);

    await page.getByRole('button', { name: 'Add a liveness check', exact: true }).click();

    await expect.poll(() => switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await warning.count()).toBe(0);
    expect(await findings(page)).not.toContainEqual(expect.stringContaining('liveness'));
    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [
        { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
        { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
      ],
      requested_tasks: [],
      required_documents: [],
    });
  });
});
