/**
 * Issue 3 acceptance: a new user can build each of the six template flows from an empty spec using
 * only the form, and the downloaded JSON equals the template's JSON. No JSON editing, no template
 * button: every value below is set with a switch, a select, a text box or a list.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeSpec } from '@/spec/index';
import { TEMPLATES, WEBHOOK_TOKEN_PLACEHOLDER } from '@/app/features/templates/templates';
import { downloadJson } from './helpers/app';
import {
  addChip,
  chooseOption,
  fillText,
  group,
  pickCountry,
  section,
  toggle,
} from './helpers/form';
import { useSuite } from './helpers/suite';

// ---- steps a product owner takes, section by section -----------------------------------------

async function expiresAfter(page: Page, seconds: number, keepResultsFor: number): Promise<void> {
  const session = await section(page, 'Session');
  await session.getByRole('radio', { name: 'After a time (token lifetime)' }).check();
  await fillText(session, 'Time to complete', String(seconds));
  await fillText(session, 'Keep results for', String(keepResultsFor));
}

async function checksOn(page: Page, ...names: string[]): Promise<Locator> {
  const checks = await section(page, 'Checks');
  for (const name of names) await toggle(checks, name);
  return checks;
}

async function tasksOn(page: Page, ...names: string[]): Promise<Locator> {
  const tasks = await section(page, 'Tasks');
  for (const name of names) await toggle(tasks, name);
  return tasks;
}

/** Document authenticity, reviewed by an analyst when the automated result is unsure. */
async function authenticityWithFallback(page: Page): Promise<void> {
  const checks = await checksOn(page, 'Document authenticity');
  await chooseOption(group(checks, 'Document authenticity'), 'Manual check', 'Fallback (FALLBACK)');
}

async function webhook(page: Page, endpoint: string, topics: string[]): Promise<void> {
  const notifications = await section(page, 'Notifications');
  await toggle(notifications, 'Send notifications to my endpoint');
  await fillText(notifications, 'Endpoint', endpoint);
  // Topics are sent in the order they are switched on; "Session completed" starts on.
  const topicSwitches = group(notifications, 'Topics');
  await toggle(topicSwitches, 'Session completed', false);
  for (const topic of topics) await toggle(topicSwitches, topic);
  await notifications.getByLabel('Auth token', { exact: true }).fill(WEBHOOK_TOKEN_PLACEHOLDER);
}

async function preferences(page: Page): Promise<Locator> {
  return section(page, 'Preferences');
}

async function addIdDocument(page: Page): Promise<Locator> {
  const documents = await section(page, 'Documents');
  const count = await documents.getByRole('group', { name: /^Document \d+:/ }).count();
  await documents.getByRole('button', { name: 'Add ID document', exact: true }).click();
  return group(documents, `Document ${count + 1}: ID document`);
}

/** A "Countries and types" filter on a document: only these types (and countries, if given). */
async function filterDocument(
  document: Locator,
  { countries = [], types }: { countries?: string[]; types: string[] },
): Promise<void> {
  await toggle(document, 'Document filter');
  if (countries.length > 0) {
    await toggle(document, 'Country rule');
    const rule = group(document, 'Country rule');
    await chooseOption(rule, 'Include or exclude', 'Only these (WHITELIST)');
    for (const country of countries) await pickCountry(rule, 'Countries', country);
  }
  await toggle(document, 'Document type rule');
  const rule = group(document, 'Document type rule');
  await chooseOption(rule, 'Include or exclude', 'Only these (WHITELIST)');
  for (const type of types) await addChip(rule, 'Document types', type);
}

// ---- one recipe per template -----------------------------------------------------------------

const RECIPES: Record<string, (page: Page) => Promise<void>> = {
  'minimal-document-check': async (page) => {
    await expiresAfter(page, 900, 604800);
    await checksOn(page, 'Document authenticity');
    await tasksOn(page, 'ID document text extraction');
    await chooseOption(await preferences(page), 'Capture methods', 'Camera only (CAMERA)');
    await addIdDocument(page);
  },

  'full-kyc': async (page) => {
    await expiresAfter(page, 1800, 2592000);
    await webhook(page, 'https://example.com/yoti/idv/webhook', [
      'Check completed',
      'Session completed',
    ]);
    await authenticityWithFallback(page);
    await checksOn(page, 'Liveness', 'Face match', 'Third-party identity');
    const tasks = await tasksOn(page, 'ID document text extraction');
    await chooseOption(
      group(tasks, 'ID document text extraction'),
      'Chip data',
      'Read the chip (DESIRED)',
    );

    const look = await preferences(page);
    await chooseOption(look, 'Capture methods', 'Camera or upload (CAMERA_AND_UPLOAD)');
    await fillText(look, 'Primary colour (hex)', '#2d9fff');
    await pickCountry(look, 'Preset issuing country', 'United Kingdom');
    await fillText(look, 'Privacy policy URL', 'https://example.com/privacy');
    await chooseOption(look, 'Biometric consent timing', 'Early (EARLY)');
    await chooseOption(look, 'Allow handoff to mobile', 'Yes');
    await toggle(look, 'Attempts');
    await fillText(look, 'RECLASSIFICATION', '2');
    await chooseOption(look, 'Dark mode', 'Auto (AUTO)');
    await fillText(look, 'Primary colour (dark mode) (hex)', '#5fb6ff');

    const id = await addIdDocument(page);
    await filterDocument(id, {
      countries: ['United Kingdom', 'Ireland'],
      types: [
        'Passport (PASSPORT)',
        'Driving licence (DRIVING_LICENCE)',
        'National ID card (NATIONAL_ID)',
      ],
    });
    await chooseOption(id, 'Allow expired documents', 'No');
  },

  'proof-of-address': async (page) => {
    await expiresAfter(page, 1800, 2592000);
    await authenticityWithFallback(page);
    await checksOn(page, 'Document comparison');
    const tasks = await tasksOn(
      page,
      'ID document text extraction',
      'Supplementary document text extraction',
    );
    await chooseOption(
      group(tasks, 'Supplementary document text extraction'),
      'Manual check',
      'Always (ALWAYS)',
    );

    const look = await preferences(page);
    await chooseOption(look, 'Capture methods', 'Camera or upload (CAMERA_AND_UPLOAD)');
    await pickCountry(look, 'Preset issuing country', 'United Kingdom');
    await toggle(look, 'Attempts');

    await filterDocument(await addIdDocument(page), { types: ['Passport (PASSPORT)'] });
    await filterDocument(await addIdDocument(page), {
      types: ['Driving licence (DRIVING_LICENCE)', 'National ID card (NATIONAL_ID)'],
    });
    const documents = await section(page, 'Documents');
    await documents.getByRole('button', { name: 'Add supplementary document' }).click();
    await pickCountry(
      group(documents, 'Document 3: Supplementary document'),
      'Countries',
      'United Kingdom',
    );
  },

  'aml-screening': async (page) => {
    await expiresAfter(page, 900, 604800);
    await authenticityWithFallback(page);
    await checksOn(page, 'Watchlist screening (AML)');
    await tasksOn(page, 'ID document text extraction');
    await chooseOption(await preferences(page), 'Capture methods', 'Camera only (CAMERA)');
    await addIdDocument(page);
  },

  'uk-dbs-identity-profile': async (page) => {
    await expiresAfter(page, 1800, 7776000);
    await webhook(page, 'https://example.com/webhooks/yoti-idv', ['Session completed']);
    const look = await preferences(page);
    await fillText(look, 'Primary colour (hex)', '#2d9fff');
    await pickCountry(look, 'Preset issuing country', 'United Kingdom');
    await chooseOption(look, 'Allow handoff to mobile', 'Yes');

    const identity = await section(page, 'Identity profile');
    await toggle(identity, 'Identity profile');
    await addChip(
      group(identity, 'Identity profile'),
      'Objective',
      'STANDARD — Standard',
      'Standard',
    );
    const session = await section(page, 'Session');
    await toggle(session, 'Subject');
    await fillText(session, 'Subject ID', 'REPLACE_WITH_YOUR_APPLICANT_ID');
  },

  'face-comparison': async (page) => {
    await expiresAfter(page, 900, 604800);
    await checksOn(page, 'Liveness', 'Face comparison');
  },
};

describe('building every template flow with the form alone', () => {
  const suite = useSuite();

  it('has a recipe for every template', () => {
    expect(Object.keys(RECIPES).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
  });

  // The longest recipes take some 40 steps; a busy CI machine needs more than the default minute.
  for (const template of TEMPLATES) {
    it(`builds "${template.name}" from an empty spec`, { timeout: 120_000 }, async () => {
      const page = await suite.openApp();
      const recipe = RECIPES[template.id];
      if (!recipe) throw new Error(`no recipe for ${template.id}`);

      await recipe(page);

      const download = await downloadJson(page);
      expect(download.text).toBe(`${serializeSpec(template.spec)}\n`);
    });
  }
});
