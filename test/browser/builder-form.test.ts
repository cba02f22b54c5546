/**
 * Issue 3: a user switches things on in every section of the form, and "Download JSON" saves
 * exactly the spec those controls describe.
 */
import { describe, expect, it } from 'vitest';
import { downloadSpec } from './helpers/app';
import {
  addChip,
  chipsOf,
  chooseOption,
  fillText,
  group,
  pickCountry,
  section,
  switchNamed,
  toggle,
} from './helpers/form';
import { useSuite } from './helpers/suite';

const EMPTY_LISTS = { requested_checks: [], requested_tasks: [], required_documents: [] };

describe('building a spec with the form', () => {
  const suite = useSuite();

  it('sets the session expiry, how long results are kept, a tracking ID and a subject', async () => {
    const page = await suite.openApp();
    const session = await section(page, 'Session');

    await session.getByRole('radio', { name: 'After a time (token lifetime)' }).check();
    await fillText(session, 'Time to complete', '1200');
    await fillText(session, 'Keep results for', '2592000');
    await fillText(session, 'User tracking ID', 'crm-42');
    await chooseOption(session, 'Block biometric consent', 'No');
    await toggle(session, 'Subject');
    await fillText(session, 'Subject ID', 'applicant-7');

    await session.getByText('= 20 minutes').waitFor();
    await session.getByText('= 30 days').waitFor();
    expect(await downloadSpec(page)).toStrictEqual({
      client_session_token_ttl: 1200,
      resources_ttl: 2592000,
      user_tracking_id: 'crm-42',
      ...EMPTY_LISTS,
      block_biometric_consent: false,
      subject: { subject_id: 'applicant-7' },
    });
  });

  it('switches on checks and sets their options', async () => {
    const page = await suite.openApp();
    const checks = await section(page, 'Checks');

    await toggle(checks, 'Liveness');
    const liveness = group(checks, 'Liveness');
    await chooseOption(liveness, 'Liveness type', 'Active (ZOOM)');
    await fillText(liveness, 'Maximum attempts', '2');

    await toggle(checks, 'Face match');
    await toggle(checks, 'Face match', false);

    await toggle(checks, 'Watchlist screening (AML)');
    const watchlist = group(checks, 'Watchlist screening (AML)');
    await watchlist.getByRole('button', { name: 'Adverse media (ADVERSE-MEDIA)' }).press('Delete');
    await addChip(watchlist, 'Categories', 'Adverse media (ADVERSE-MEDIA)', 'adverse');
    expect(await chipsOf(watchlist, 'Categories')).toEqual([
      'Sanctions (SANCTIONS)',
      'Adverse media (ADVERSE-MEDIA)',
    ]);

    const caName = 'Advanced watchlist screening (ComplyAdvantage)';
    await toggle(checks, caName);
    const ca = group(checks, caName);
    await chooseOption(ca, 'ComplyAdvantage account: kind', 'Your ComplyAdvantage account');
    await ca.getByLabel('API key', { exact: true }).fill('ca-key-123');
    await fillText(ca, 'Client reference', 'ref-1');
    await chooseOption(ca, 'Ongoing monitoring', 'Yes');

    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [
        { type: 'LIVENESS', config: { max_retries: 2, liveness_type: 'ZOOM' } },
        { type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS', 'ADVERSE-MEDIA'] } },
        {
          type: 'WATCHLIST_ADVANCED_CA',
          config: {
            type: 'WITH_CUSTOM_ACCOUNT',
            api_key: 'ca-key-123',
            monitoring: true,
            client_ref: 'ref-1',
            remove_deceased: false,
            share_url: false,
            sources: { type: 'TYPE_LIST', types: ['pep', 'fitness-probity', 'warning'] },
            matching_strategy: { type: 'EXACT' },
          },
        },
      ],
      requested_tasks: [],
      required_documents: [],
    });
  });

  it('switches on tasks and sets their options', async () => {
    const page = await suite.openApp();
    const tasks = await section(page, 'Tasks');

    await toggle(tasks, 'ID document text extraction');
    const text = group(tasks, 'ID document text extraction');
    await chooseOption(text, 'Chip data', 'Read the chip (DESIRED)');
    await chooseOption(text, 'Expanded document fields', 'Yes');
    await toggle(tasks, 'Supplementary document text extraction');
    await chooseOption(
      group(tasks, 'Supplementary document text extraction'),
      'Manual check',
      'Always (ALWAYS)',
    );

    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [],
      requested_tasks: [
        {
          type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
          config: {
            manual_check: 'FALLBACK',
            chip_data: 'DESIRED',
            create_expanded_document_fields: true,
          },
        },
        { type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'ALWAYS' } },
      ],
      required_documents: [],
    });
  });

  it('adds an ID document filtered by countries chosen by name and by type, and a proof of address', async () => {
    const page = await suite.openApp();
    const documents = await section(page, 'Documents');

    await documents.getByRole('button', { name: 'Add ID document', exact: true }).click();
    const id = group(documents, 'Document 1: ID document');
    await toggle(id, 'Document filter');
    await toggle(id, 'Country rule');
    const countries = group(id, 'Country rule');
    await pickCountry(countries, 'Countries', 'United Kingdom');
    await pickCountry(countries, 'Countries', 'Ireland');
    await toggle(id, 'Document type rule');
    const types = group(id, 'Document type rule');
    await chooseOption(types, 'Include or exclude', 'Only these (WHITELIST)');
    await addChip(types, 'Document types', 'Passport (PASSPORT)', 'Passport');
    await addChip(types, 'Document types', 'National ID card (NATIONAL_ID)', 'National');
    await chooseOption(id, 'Allow expired documents', 'No');

    await documents.getByRole('button', { name: 'Add supplementary document' }).click();
    const address = group(documents, 'Document 2: Supplementary document');
    await pickCountry(address, 'Countries', 'United Kingdom');

    expect(await chipsOf(countries, 'Countries')).toEqual([
      'United Kingdom (GBR)',
      'Ireland (IRL)',
    ]);
    expect(await downloadSpec(page)).toStrictEqual({
      requested_checks: [],
      requested_tasks: [],
      required_documents: [
        {
          type: 'ID_DOCUMENT',
          filter: {
            type: 'ORTHOGONAL_RESTRICTIONS',
            country_restriction: { inclusion: 'WHITELIST', country_codes: ['GBR', 'IRL'] },
            type_restriction: {
              inclusion: 'WHITELIST',
              document_types: ['PASSPORT', 'NATIONAL_ID'],
            },
            allow_expired_documents: false,
          },
        },
        {
          type: 'SUPPLEMENTARY_DOCUMENT',
          objective: { type: 'PROOF_OF_ADDRESS' },
          document_types: ['UTILITY_BILL', 'BANK_STATEMENT', 'COUNCIL_TAX_BILL', 'PHONE_BILL'],
          country_codes: ['GBR'],
        },
      ],
    });
  });

  it('sets capture methods, a colour by hex code, the language and suppressed screens', async () => {
    const page = await suite.openApp();
    const preferences = await section(page, 'Preferences');

    await chooseOption(preferences, 'Capture methods', 'Camera or upload (CAMERA_AND_UPLOAD)');
    await fillText(preferences, 'Primary colour (hex)', '#ff5500');
    await addChip(preferences, 'Language', 'en-GB — English (UK)', 'English');
    await addChip(
      preferences,
      'Suppressed screens',
      'ID document guidance (ID_DOCUMENT_EDUCATION)',
      'ID document',
    );
    await addChip(
      preferences,
      'Suppressed screens',
      'Passive liveness guidance (STATIC_LIVENESS_EDUCATION)',
      'Passive',
    );

    expect(
      await preferences.getByRole('textbox', { name: 'Primary colour picker' }).inputValue(),
    ).toBe('#ff5500');
    expect(await preferences.getByRole('combobox', { name: 'Language' }).inputValue()).toBe(
      'en-GB',
    );
    expect(await downloadSpec(page)).toStrictEqual({
      ...EMPTY_LISTS,
      sdk_config: {
        allowed_capture_methods: 'CAMERA_AND_UPLOAD',
        primary_colour: '#ff5500',
        locale: 'en-GB',
        suppressed_screens: ['ID_DOCUMENT_EDUCATION', 'STATIC_LIVENESS_EDUCATION'],
      },
    });
  });

  it('sends notifications to an endpoint for chosen topics with basic auth', async () => {
    const page = await suite.openApp();
    const notifications = await section(page, 'Notifications');

    await toggle(notifications, 'Send notifications to my endpoint');
    await fillText(notifications, 'Endpoint', 'https://example.com/hooks/idv');
    const topics = group(notifications, 'Topics');
    await toggle(topics, 'Check completed');
    await toggle(topics, 'Task completed');
    await chooseOption(notifications, 'Auth type', 'Basic (BASIC)');
    await notifications.getByLabel('Auth token', { exact: true }).fill('user:s3cret');
    await notifications.getByRole('button', { name: 'Show Auth token' }).click();

    expect(await notifications.getByRole('textbox', { name: 'Auth token' }).inputValue()).toBe(
      'user:s3cret',
    );
    expect(await switchNamed(topics, 'Session completed').isChecked()).toBe(true);
    expect(await downloadSpec(page)).toStrictEqual({
      notifications: {
        auth_token: 'user:s3cret',
        auth_type: 'BASIC',
        endpoint: 'https://example.com/hooks/idv',
        topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION', 'TASK_COMPLETION'],
      },
      ...EMPTY_LISTS,
    });
  });

  it('asks for a UK DBS identity profile at the enhanced level', async () => {
    const page = await suite.openApp();
    const identity = await section(page, 'Identity profile');

    await toggle(identity, 'Identity profile');
    const profile = group(identity, 'Identity profile');
    await addChip(profile, 'Objective', 'ENHANCED — Enhanced', 'Enhanced');

    expect(await profile.getByRole('combobox', { name: 'Objective' }).inputValue()).toBe(
      'ENHANCED',
    );
    expect(await downloadSpec(page)).toStrictEqual({
      ...EMPTY_LISTS,
      identity_profile_requirements: {
        trust_framework: 'UK_TFIDA',
        scheme: { type: 'DBS', objective: 'ENHANCED' },
      },
    });
  });
});
