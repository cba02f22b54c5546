/** Issue 3: getting specs in and out — import a file, start from a template, share a link. */
import { describe, expect, it } from 'vitest';
import { serializeSpec } from '@/spec/index';
import { TEMPLATES } from '@/app/features/templates/templates';
import { downloadJson, downloadSpec, editorStatus, notice, useTemplate } from './helpers/app';
import { section, switchNamed, toggle } from './helpers/form';
import { gotoApp, useSuite } from './helpers/suite';

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

const LIVENESS_SPEC = {
  client_session_token_ttl: 120,
  requested_checks: [{ type: 'LIVENESS', config: { max_retries: 2, liveness_type: 'ZOOM' } }],
  requested_tasks: [],
  required_documents: [],
};

describe('importing, templates and share links', () => {
  const suite = useSuite();

  it('imports a chosen file and shows it in the form', async () => {
    const page = await suite.openApp();
    const spec = { ...LIVENESS_SPEC, client_session_token_ttl: 900 };

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import JSON…' }).click(),
    ]);
    await chooser.setFiles(file('liveness.json', JSON.stringify(spec)));

    await notice(page, 'Imported liveness.json').waitFor();
    const checks = await section(page, 'Checks');
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await downloadSpec(page)).toStrictEqual(spec);
  });

  it('asks before importing a file with errors and replaces the spec only on "Import anyway"', async () => {
    const page = await suite.openApp();
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Document authenticity');
    const input = page.getByTestId('import-json-input');
    const dialog = page.getByRole('dialog', { name: 'Import JSON' });

    await input.setInputFiles(file('too-short.json', JSON.stringify(LIVENESS_SPEC)));
    await dialog.getByText('Found 1 error in too-short.json.', { exact: false }).waitFor();
    await dialog
      .getByText(/^client_session_token_ttl: The session token must live more than 300 seconds/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await dialog.waitFor({ state: 'hidden' });
    expect(await switchNamed(checks, 'Document authenticity').isChecked()).toBe(true);
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(false);

    await input.setInputFiles(file('too-short.json', JSON.stringify(LIVENESS_SPEC)));
    await dialog.getByRole('button', { name: 'Import anyway' }).click();

    await dialog.waitFor({ state: 'hidden' });
    await notice(page, 'Imported too-short.json with 1 error').waitFor();
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await switchNamed(checks, 'Document authenticity').isChecked()).toBe(false);
    expect(await downloadSpec(page)).toStrictEqual(LIVENESS_SPEC);
  });

  it('puts a file that is not JSON into the editor on "Import anyway" and keeps the form', async () => {
    const page = await suite.openApp();
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Liveness');

    await page
      .getByTestId('import-json-input')
      .setInputFiles(file('notes.json', '{"requested_checks": ['));
    const dialog = page.getByRole('dialog', { name: 'Import JSON' });
    await dialog.getByText(/Invalid JSON at line 1/).waitFor();
    await dialog.getByRole('button', { name: 'Import anyway' }).click();

    await dialog.waitFor({ state: 'hidden' });
    await notice(
      page,
      'Put notes.json in the JSON editor (1 error); the form keeps the last valid spec.',
    ).waitFor();
    expect(await editorStatus(page).innerText()).toMatch(/^Invalid JSON: line 1/);
    expect(await switchNamed(checks, 'Liveness').isChecked()).toBe(true);
    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [{ type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } }],
      requested_tasks: [],
      required_documents: [],
    });
  });

  it('starts from a template', async () => {
    const page = await suite.openApp();
    const template = TEMPLATES.find((t) => t.id === 'full-kyc')!;

    await useTemplate(page, template.name);

    await notice(page, `Started from the "${template.name}" template.`).waitFor();
    const checks = await section(page, 'Checks');
    for (const name of ['Document authenticity', 'Liveness', 'Face match', 'Third-party identity'])
      expect(await switchNamed(checks, name).isChecked()).toBe(true);
    const download = await downloadJson(page);
    expect(download.name).toBe('idv-session-spec.json');
    expect(download.text).toBe(`${serializeSpec(template.spec)}\n`);
  });

  it('restores a spec from a copied share link in a new browser, without the auth token', async () => {
    const page = await suite.openApp({ permissions: ['clipboard-read', 'clipboard-write'] });
    const checks = await section(page, 'Checks');
    await toggle(checks, 'Face comparison');
    await toggle(checks, 'Liveness');
    const notifications = await section(page, 'Notifications');
    await toggle(notifications, 'Send notifications to my endpoint');
    await notifications.getByRole('textbox', { name: 'Endpoint' }).fill('https://example.com/hook');
    await notifications.getByLabel('Auth token', { exact: true }).fill('secret-token');

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await notice(
      page,
      'Copied the share link. The auth token was removed from the link.',
    ).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${suite.url}/#spec=`)).toBe(true);

    const elsewhere = await (await suite.newContext()).newPage();
    await gotoApp(elsewhere, link);

    await notice(elsewhere, 'Loaded the spec from the share link').waitFor();
    const restored = await section(elsewhere, 'Checks');
    expect(await switchNamed(restored, 'Face comparison').isChecked()).toBe(true);
    expect(await switchNamed(restored, 'Liveness').isChecked()).toBe(true);
    expect(new URL(elsewhere.url()).hash).toBe('');
    expect(await downloadSpec(elsewhere)).toStrictEqual({
      notifications: {
        auth_type: 'BEARER',
        endpoint: 'https://example.com/hook',
        topics: ['SESSION_COMPLETION'],
      },
      requested_checks: [
        { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
        { type: 'LIVENESS', config: { max_retries: 3, liveness_type: 'STATIC' } },
      ],
      requested_tasks: [],
      required_documents: [],
    });
  });
});
