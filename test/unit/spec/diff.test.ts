/** The diff's lines, exactly as people read them in the flow history and the CLI. */
import { describe, expect, it } from 'vitest';
import {
  diffSpecs,
  sessionSpecSchema,
  type SessionSpecInput,
  type SpecChange,
} from '../../../src/spec/index';

const parse = (v: SessionSpecInput) => sessionSpecSchema.parse(v);
/** The summary lines from `a` to `b`. */
const lines = (a: SessionSpecInput, b: SessionSpecInput) =>
  diffSpecs(parse(a), parse(b)).map((c) => c.summary);
const changes = (a: SessionSpecInput, b: SessionSpecInput): Omit<SpecChange, 'summary'>[] =>
  diffSpecs(parse(a), parse(b)).map(({ summary: _s, ...rest }) => rest);

const checks = (...c: unknown[]) => ({ requested_checks: c }) as SessionSpecInput;
const tasks = (...t: unknown[]) => ({ requested_tasks: t }) as SessionSpecInput;
const docs = (...d: unknown[]) => ({ required_documents: d }) as SessionSpecInput;
const sdk = (s: unknown) => ({ sdk_config: s }) as SessionSpecInput;
const idDoc = (filter: unknown) => docs({ type: 'ID_DOCUMENT', filter });
const liveness = (config: unknown) => ({ type: 'LIVENESS', config });
const ca = (config: unknown) => checks({ type: 'WATCHLIST_ADVANCED_CA', config });

describe('diffSpecs: equal specs', () => {
  it('finds nothing between equal specs, however they were written', () => {
    expect(lines({}, {})).toEqual([]);
    expect(
      lines(
        checks({ type: 'ID_DOCUMENT_COMPARISON' }),
        checks({ type: 'ID_DOCUMENT_COMPARISON', config: {} }),
      ),
    ).toEqual([]);
  });
});

describe('diffSpecs: session', () => {
  it('shows durations in words and says what was set or removed', () => {
    expect(
      lines(
        { client_session_token_ttl: 600, resources_ttl: 604800, user_tracking_id: 'u1' },
        {
          session_deadline: '2026-12-31T23:59:00Z',
          resources_ttl: 2592000,
          user_tracking_id: 'u2',
        },
      ),
    ).toEqual([
      'Client session token TTL removed (was 10 minutes)',
      'Session deadline set to 2026-12-31T23:59:00Z',
      'Resources TTL 7 days → 30 days',
      'User tracking ID changed: u1 → u2',
    ]);
  });

  it('covers the flags, the subject and the import token', () => {
    expect(
      lines(
        { block_biometric_consent: false, import_token: { ttl: 2592000 } },
        {
          block_biometric_consent: true,
          create_identity_profile_preview: true,
          subject: { subject_id: 'applicant-7' },
          import_token: { ttl: 31536000 },
        },
      ),
    ).toEqual([
      'Block biometric consent false → true',
      'Subject added (subject ID applicant-7)',
      'Identity profile preview set to true',
      'Import token › lifetime 30 days → 365 days',
    ]);
  });
});

describe('diffSpecs: checks', () => {
  it('names added and removed checks with their settings', () => {
    expect(
      lines(
        checks({ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } }),
        checks(liveness({ liveness_type: 'STATIC', max_retries: 3 })),
      ),
    ).toEqual(['Face match check removed', 'Liveness check added (STATIC, 3 retries)']);
  });

  it('reports a changed setting with the check as prefix', () => {
    expect(
      lines(
        checks({ type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'ALWAYS' } }),
        checks({ type: 'ID_DOCUMENT_AUTHENTICITY', config: { manual_check: 'FALLBACK' } }),
      ),
    ).toEqual(['Document authenticity check: manual check ALWAYS → FALLBACK']);
  });

  it('words every check type when it is added', () => {
    expect(
      lines(
        {},
        checks(
          { type: 'ID_DOCUMENT_AUTHENTICITY' },
          liveness({ liveness_type: 'ZOOM', manual_check: 'NEVER' }),
          { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'ALWAYS' } },
          { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
          { type: 'ID_DOCUMENT_COMPARISON' },
          { type: 'THIRD_PARTY_IDENTITY', config: { manual_check: 'NEVER' } },
          { type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS', 'ADVERSE-MEDIA'] } },
          { type: 'WATCHLIST_ADVANCED_CA', config: { type: 'WITH_YOTI_ACCOUNT' } },
          { type: 'IBV_VISUAL_REVIEW_CHECK', config: { manual_check: 'IBV' } },
          {
            type: 'DOCUMENT_SCHEME_VALIDITY_CHECK',
            config: { manual_check: 'IBV', scheme: 'UK_DBS' },
          },
          { type: 'PROFILE_DOCUMENT_MATCH', config: { manual_check: 'IBV' } },
        ),
      ),
    ).toEqual([
      'Document authenticity check added',
      'Liveness check added (ZOOM, manual check NEVER)',
      'Face match check added (manual check ALWAYS)',
      'Face comparison check added (manual check NEVER)',
      'Document comparison check added',
      'Third-party identity check added (manual check NEVER)',
      'Watchlist screening (AML) check added (categories SANCTIONS, ADVERSE-MEDIA)',
      'Advanced watchlist screening (ComplyAdvantage) check added (WITH_YOTI_ACCOUNT)',
      'In-branch visual review check added (manual check IBV)',
      'Document scheme validity check added (manual check IBV, scheme UK_DBS)',
      'Profile–document match check added (manual check IBV)',
    ]);
  });

  it('reports the config of every check field by field', () => {
    expect(
      lines(
        checks(
          liveness({ liveness_type: 'ZOOM', max_retries: 1 }),
          { type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS'] } },
          {
            type: 'DOCUMENT_SCHEME_VALIDITY_CHECK',
            config: { manual_check: 'IBV', scheme: 'UK_DBS' },
          },
          { type: 'THIRD_PARTY_IDENTITY' },
        ),
        checks(
          liveness({ liveness_type: 'STATIC', max_retries: 3 }),
          { type: 'WATCHLIST_SCREENING', config: { categories: ['ADVERSE-MEDIA'] } },
          {
            type: 'DOCUMENT_SCHEME_VALIDITY_CHECK',
            config: { manual_check: 'NEVER', scheme: 'X' },
          },
          { type: 'THIRD_PARTY_IDENTITY', config: { manual_check: 'NEVER' } },
        ),
      ),
    ).toEqual([
      'Liveness check: maximum attempts 1 → 3',
      'Liveness check: liveness type ZOOM → STATIC',
      'Watchlist screening (AML) check: category SANCTIONS removed',
      'Watchlist screening (AML) check: category ADVERSE-MEDIA added',
      'Document scheme validity check: manual check IBV → NEVER',
      'Document scheme validity check: scheme UK_DBS → X',
      'Third-party identity check: manual check set to NEVER',
    ]);
  });

  it('reports the issuing-authority sub-check and its filter', () => {
    const auth = (sub: unknown) =>
      checks({ type: 'ID_DOCUMENT_AUTHENTICITY', config: { issuing_authority_sub_check: sub } });
    const filter = (codes: string[]) => ({
      type: 'ORTHOGONAL_RESTRICTIONS',
      country_restriction: { inclusion: 'WHITELIST', country_codes: codes },
    });
    expect(lines(checks({ type: 'ID_DOCUMENT_AUTHENTICITY' }), auth({ requested: true }))).toEqual([
      'Document authenticity check: issuing-authority sub-check added (requested true)',
    ]);
    expect(
      lines(
        auth({ requested: true, filter: filter(['GBR']) }),
        auth({ requested: false, filter: filter(['IRL']) }),
      ),
    ).toEqual([
      'Document authenticity check: issuing-authority sub-check › requested true → false',
      'Document authenticity check: issuing-authority sub-check › document filter › country rule › country GBR removed',
      'Document authenticity check: issuing-authority sub-check › document filter › country rule › country IRL added',
    ]);
  });

  it('covers ComplyAdvantage screening, account switches and its secret', () => {
    expect(
      lines(
        ca({
          type: 'WITH_YOTI_ACCOUNT',
          sources: { type: 'TYPE_LIST', types: ['pep'] },
          matching_strategy: { type: 'EXACT' },
        }),
        ca({
          type: 'WITH_YOTI_ACCOUNT',
          remove_deceased: true,
          share_url: false,
          sources: { type: 'TYPE_LIST', types: ['pep', 'sanction'] },
          matching_strategy: { type: 'FUZZY', fuzziness: 0.6 },
          manual_check: 'NEVER',
        }),
      ),
    ).toEqual([
      'Advanced watchlist screening (ComplyAdvantage) check: remove deceased set to true',
      'Advanced watchlist screening (ComplyAdvantage) check: share URL set to false',
      'Advanced watchlist screening (ComplyAdvantage) check: sources › type sanction added',
      'Advanced watchlist screening (ComplyAdvantage) check: matching strategy EXACT → FUZZY (fuzziness 0.6)',
      'Advanced watchlist screening (ComplyAdvantage) check: manual check set to NEVER',
    ]);
    const custom = (apiKey: string, more: object = {}) =>
      ca({ type: 'WITH_CUSTOM_ACCOUNT', api_key: apiKey, client_ref: 'ref-1', ...more });
    expect(lines(ca({ type: 'WITH_YOTI_ACCOUNT' }), custom('ca-key-one'))).toEqual([
      'Advanced watchlist screening (ComplyAdvantage) check: account WITH_YOTI_ACCOUNT → WITH_CUSTOM_ACCOUNT (API key set, client reference ref-1)',
    ]);
    expect(
      lines(
        custom('ca-key-one', {
          tags: { team: 'a' },
          sources: { type: 'PROFILE', search_profile: 'p1' },
        }),
        custom('ca-key-two', {
          monitoring: true,
          tags: { team: 'b' },
          sources: { type: 'PROFILE', search_profile: 'p2' },
        }),
      ),
    ).toEqual([
      'Advanced watchlist screening (ComplyAdvantage) check: API key changed',
      'Advanced watchlist screening (ComplyAdvantage) check: ongoing monitoring set to true',
      'Advanced watchlist screening (ComplyAdvantage) check: tags › team a → b',
      'Advanced watchlist screening (ComplyAdvantage) check: sources › search profile ID p1 → p2',
    ]);
  });

  it('matches checks by type, numbers repeats and says when only the order changed', () => {
    const comparison = { type: 'ID_DOCUMENT_COMPARISON' };
    expect(
      lines(
        checks(liveness({ liveness_type: 'STATIC' }), comparison),
        checks(comparison, liveness({ liveness_type: 'STATIC' })),
      ),
    ).toEqual(['Requested checks reordered']);
    expect(
      lines(
        checks(liveness({ liveness_type: 'STATIC' })),
        checks(liveness({ liveness_type: 'STATIC' }), liveness({ liveness_type: 'ZOOM' })),
      ),
    ).toEqual(['Liveness check #2 added (ZOOM)']);
    expect(
      changes(
        checks(comparison, liveness({ liveness_type: 'ZOOM' })),
        checks(liveness({ liveness_type: 'STATIC' })),
      ),
    ).toEqual([
      { kind: 'removed', path: ['requested_checks', 0], section: 'Checks' },
      {
        kind: 'changed',
        path: ['requested_checks', 0, 'config', 'liveness_type'],
        section: 'Checks',
      },
    ]);
  });
});

describe('diffSpecs: tasks', () => {
  it('names tasks and reports their config', () => {
    const text = (config: unknown) => ({ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config });
    expect(
      lines(
        tasks(text({ manual_check: 'FALLBACK' })),
        tasks(
          text({
            manual_check: 'ALWAYS',
            chip_data: 'DESIRED',
            create_expanded_document_fields: true,
          }),
          {
            type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION',
            config: { manual_check: 'NEVER' },
          },
        ),
      ),
    ).toEqual([
      'ID document text extraction task: manual check FALLBACK → ALWAYS',
      'ID document text extraction task: chip data set to DESIRED',
      'ID document text extraction task: expanded document fields set to true',
      'Supplementary document text extraction task added (manual check NEVER)',
    ]);
    expect(lines(tasks(text({ manual_check: 'FALLBACK' })), {})).toEqual([
      'ID document text extraction task removed',
    ]);
  });
});

describe('diffSpecs: documents and filters', () => {
  const orthogonal = (types: string[], countries: string[], more: object = {}) => ({
    type: 'ORTHOGONAL_RESTRICTIONS',
    type_restriction: { inclusion: 'WHITELIST', document_types: types },
    country_restriction: { inclusion: 'WHITELIST', country_codes: countries },
    ...more,
  });

  it('names added and removed documents with what they accept', () => {
    expect(lines({}, idDoc(orthogonal(['PASSPORT'], ['GBR'])))).toEqual([
      'Required document added: ID document (PASSPORT, GBR)',
    ]);
    expect(
      lines(
        docs({
          type: 'SUPPLEMENTARY_DOCUMENT',
          objective: { type: 'PROOF_OF_ADDRESS' },
          document_types: ['UTILITY_BILL'],
          country_codes: ['GBR'],
        }),
        {},
      ),
    ).toEqual([
      'Required document removed: Supplementary document (PROOF_OF_ADDRESS, UTILITY_BILL, GBR)',
    ]);
  });

  it('reports orthogonal filter rules and every flag', () => {
    expect(
      lines(
        idDoc(orthogonal(['PASSPORT'], ['GBR'])),
        idDoc({
          ...orthogonal(['PASSPORT', 'DRIVING_LICENCE'], ['GBR']),
          country_restriction: { inclusion: 'BLACKLIST', country_codes: ['GBR'] },
          allow_expired_documents: true,
          allow_non_latin_documents: false,
          allow_digital_ids: true,
          allowed_providers: [{ name: 'DIGILOCKER' }],
        }),
      ),
    ).toEqual([
      'ID document: document filter › country rule › include or exclude WHITELIST → BLACKLIST',
      'ID document: document filter › document type rule › document type DRIVING_LICENCE added',
      'ID document: document filter › allow expired documents set to true',
      'ID document: document filter › allow non-Latin documents set to false',
      'ID document: document filter › allow digital IDs set to true',
      'ID document: document filter › allowed digital-ID provider DIGILOCKER added',
    ]);
  });

  it('reports document-restriction rules one by one and a switch of filter kind', () => {
    const restrictions = (inclusion: string, documents: unknown[]) => ({
      type: 'DOCUMENT_RESTRICTIONS',
      inclusion,
      documents,
    });
    expect(
      lines(
        idDoc(
          restrictions('WHITELIST', [{ document_types: ['PASSPORT'], country_codes: ['GBR'] }]),
        ),
        idDoc(
          restrictions('BLACKLIST', [
            { document_types: ['PASSPORT', 'NATIONAL_ID'], country_codes: ['GBR'] },
            { country_codes: ['IRL'] },
          ]),
        ),
      ),
    ).toEqual([
      'ID document: document filter › include or exclude WHITELIST → BLACKLIST',
      'ID document: document filter › rule #1: document type NATIONAL_ID added',
      'ID document: document filter › rule #2 added (countries IRL)',
    ]);
    expect(
      lines(idDoc(restrictions('WHITELIST', [])), idDoc(orthogonal(['PASSPORT'], ['GBR']))),
    ).toEqual([
      'ID document: document filter DOCUMENT_RESTRICTIONS → ORTHOGONAL_RESTRICTIONS (PASSPORT, GBR)',
    ]);
    expect(
      lines(
        docs({ type: 'ID_DOCUMENT' }),
        idDoc(
          restrictions('BLACKLIST', [{ document_types: ['PASSPORT'], country_codes: ['USA'] }]),
        ),
      ),
    ).toEqual(['ID document: document filter added (except PASSPORT from USA)']);
  });

  it('matches documents by type and filter, and reports supplementary documents', () => {
    expect(
      lines(
        idDoc(orthogonal(['PASSPORT'], ['GBR'])),
        docs(
          { type: 'ID_DOCUMENT' },
          { type: 'ID_DOCUMENT', filter: orthogonal(['PASSPORT'], ['GBR']) },
        ),
      ),
    ).toEqual(['Required document added: ID document #1']);
    const poa = (more: object) =>
      docs({ type: 'SUPPLEMENTARY_DOCUMENT', objective: { type: 'PROOF_OF_ADDRESS' }, ...more });
    expect(
      lines(
        poa({ document_types: ['UTILITY_BILL'], country_codes: ['GBR'] }),
        poa({ document_types: ['UTILITY_BILL', 'BANK_STATEMENT'] }),
      ),
    ).toEqual([
      'Supplementary document: document type BANK_STATEMENT added',
      'Supplementary document: country GBR removed',
    ]);
  });
});

describe('diffSpecs: preferences (sdk_config)', () => {
  it('reports every option on its own line', () => {
    expect(
      lines(
        sdk({ success_url: 'https://a', primary_colour: '#2d9fff', locale: 'en-GB' }),
        sdk({
          allowed_capture_methods: 'CAMERA_AND_UPLOAD',
          primary_colour: '#000000',
          secondary_colour: '#111111',
          font_colour: '#ffffff',
          locale: 'fr',
          preset_issuing_country: 'FRA',
          success_url: 'https://b',
          error_url: 'https://e',
          privacy_policy_url: 'https://p',
          biometric_consent_flow: 'EARLY',
          allow_handoff: true,
          brand_id: 'brand-1',
          dark_mode: 'AUTO',
          primary_colour_dark_mode: '#222222',
        }),
      ),
    ).toEqual([
      'Capture methods set to CAMERA_AND_UPLOAD',
      'Primary colour changed: #2d9fff → #000000',
      'Secondary colour set to #111111',
      'Font colour set to #ffffff',
      'Language changed: en-GB → fr',
      'Preset issuing country set to FRA',
      'Success URL changed: https://a → https://b',
      'Error URL set to https://e',
      'Privacy policy URL set to https://p',
      'Biometric consent timing set to EARLY',
      'Allow handoff to mobile set to true',
      'Brand ID set to brand-1',
      'Dark mode set to AUTO',
      'Primary colour (dark mode) set to #222222',
    ]);
  });

  it('treats suppressed screens as a set and reports attempts per category', () => {
    const attempts = (a: object) => ({
      attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: a },
    });
    expect(
      lines(
        sdk({
          suppressed_screens: ['FLOW_COMPLETION', 'ID_DOCUMENT_EDUCATION'],
          ...attempts({ GENERIC: 3 }),
        }),
        sdk({
          suppressed_screens: ['ID_DOCUMENT_EDUCATION', 'FACE_CAPTURE_EDUCATION'],
          ...attempts({ GENERIC: 5, RECLASSIFICATION: 2 }),
        }),
      ),
    ).toEqual([
      'Attempts › ID document text extraction › GENERIC 3 → 5',
      'Attempts › ID document text extraction › RECLASSIFICATION set to 2',
      'Suppressed screen FLOW_COMPLETION removed',
      'Suppressed screen FACE_CAPTURE_EDUCATION added',
    ]);
    expect(
      lines(
        sdk({ suppressed_screens: ['FLOW_COMPLETION', 'ID_DOCUMENT_EDUCATION'] }),
        sdk({ suppressed_screens: ['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'] }),
      ),
    ).toEqual(['Suppressed screens reordered']);
  });

  it('names the attempts when they are set as a whole', () => {
    const generic = { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 2 } };
    expect(lines(sdk({}), sdk({ attempts_configuration: generic }))).toEqual([
      'Attempts added (ID document text extraction GENERIC 2)',
    ]);
    expect(
      lines(sdk({ attempts_configuration: {} }), sdk({ attempts_configuration: generic })),
    ).toEqual(['Attempts › ID document text extraction added (GENERIC 2)']);
  });

  it('still reports an empty sdk_config that appears or goes', () => {
    expect(lines({}, sdk({}))).toEqual(['User interface added, empty']);
    expect(lines(sdk({}), {})).toEqual(['User interface removed (it was empty)']);
    expect(lines(sdk({ locale: 'de' }), {})).toEqual(['Language removed (was de)']);
  });
});

describe('diffSpecs: notifications', () => {
  const notify = (n: object) =>
    ({ notifications: { endpoint: 'https://a', ...n } }) as SessionSpecInput;

  it('reports endpoint, auth type and topics as a set', () => {
    expect(
      lines(
        notify({ auth_type: 'BASIC', topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION'] }),
        notify({
          endpoint: 'https://b',
          auth_type: 'BEARER',
          topics: ['CHECK_COMPLETION', 'TASK_COMPLETION'],
        }),
      ),
    ).toEqual([
      'Notification auth type BASIC → BEARER',
      'Notification endpoint changed: https://a → https://b',
      'Topic SESSION_COMPLETION removed',
      'Topic TASK_COMPLETION added',
    ]);
    expect(
      lines(
        notify({ topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION'] }),
        notify({ topics: ['CHECK_COMPLETION', 'SESSION_COMPLETION'] }),
      ),
    ).toEqual(['Topics reordered']);
  });

  it('never shows the auth token, whether it is added, changed or removed', () => {
    const added = lines(notify({}), notify({ auth_token: 'user:hunter2' }));
    const changed = lines(
      notify({ auth_token: 'user:hunter2' }),
      notify({ auth_token: 'user:swordfish' }),
    );
    const removed = lines(notify({ auth_token: 'user:hunter2' }), notify({}));
    const whole = lines({}, notify({ auth_token: 'user:hunter2', topics: ['SESSION_COMPLETION'] }));
    expect([added, changed, removed, whole]).toEqual([
      ['Notification auth token added'],
      ['Notification auth token changed'],
      ['Notification auth token removed'],
      [
        'Webhook notifications added (auth token set, endpoint https://a, topics SESSION_COMPLETION)',
      ],
    ]);
    expect(JSON.stringify([added, changed, removed, whole])).not.toMatch(/hunter2|swordfish/);
    expect(lines(notify({}), {})).toEqual(['Webhook notifications removed']);
  });
});

describe('diffSpecs: identity profiles', () => {
  const simple = (trust_framework: string, scheme: object) =>
    ({ identity_profile_requirements: { trust_framework, scheme } }) as SessionSpecInput;

  it('reports the simple requirements field by field', () => {
    expect(
      lines(
        simple('UK_TFIDA', { type: 'DBS', objective: 'BASIC' }),
        simple('YOTI_GLOBAL', { type: 'IDENTITY', objective: 'AL_M1' }),
      ),
    ).toEqual([
      'Identity profile requirements changed: trust framework UK_TFIDA → YOTI_GLOBAL',
      'Identity profile requirements changed: scheme › type DBS → IDENTITY',
      'Identity profile requirements changed: scheme › objective BASIC → AL_M1',
    ]);
    expect(lines({}, simple('UK_TFIDA', { type: 'DBS', objective: 'STANDARD' }))).toEqual([
      'Identity profile requirements added (trust framework UK_TFIDA, scheme DBS, objective STANDARD)',
    ]);
  });

  it('matches advanced profiles by framework and schemes by type and label', () => {
    const advanced = (...profiles: unknown[]) =>
      ({ advanced_identity_profile_requirements: { profiles } }) as SessionSpecInput;
    expect(
      lines(
        advanced({
          trust_framework: 'UK_TFIDA',
          schemes: [{ type: 'DBS', objective: 'BASIC', label: 'dbs' }],
        }),
        advanced(
          {
            trust_framework: 'UK_TFIDA',
            schemes: [
              { type: 'DBS', objective: 'STANDARD', label: 'dbs' },
              {
                type: 'RTW',
                label: 'rtw',
                config: {
                  filter: {
                    type: 'DOCUMENT_RESTRICTIONS',
                    inclusion: 'WHITELIST',
                    documents: [{ document_types: ['PASSPORT'] }],
                  },
                },
              },
            ],
          },
          {
            trust_framework: 'YOTI_GLOBAL',
            schemes: [{ type: 'IDENTITY', objective: 'AL_M1', label: 'id' }],
          },
        ),
      ),
    ).toEqual([
      'Advanced identity profiles › profile UK_TFIDA: scheme DBS "dbs": objective BASIC → STANDARD',
      'Advanced identity profiles › profile UK_TFIDA: scheme RTW "rtw" added (document filter PASSPORT)',
      'Advanced identity profiles › profile YOTI_GLOBAL added (1 scheme)',
    ]);
  });
});

describe('diffSpecs: in-branch and other keys', () => {
  it('gives every other key a line from its catalogue label', () => {
    expect(
      lines(
        {
          ibv_options: { support: 'MANDATORY', user_price: { amount: '5.00', currency: 'GBP' } },
          resources: { applicant_profile: { full_name: 'A B' } },
        },
        {
          ibv_options: {
            support: 'NOT_ALLOWED',
            guidance_url: 'https://g',
            user_price: { amount: '6.00', currency: 'GBP' },
          },
          resources: { applicant_profile: { full_name: 'A C', date_of_birth: '1990-01-01' } },
          ephemeral_media: false,
        },
      ),
    ).toEqual([
      'In-Branch Verification › in-branch support MANDATORY → NOT_ALLOWED',
      'In-Branch Verification › guidance URL set to https://g',
      'In-Branch Verification › price to the user › amount changed: 5.00 → 6.00',
      'Resources to create › applicant profile › full_name A B → A C',
      'Resources to create › applicant profile › date_of_birth set to 1990-01-01',
      'Ephemeral media set to false',
    ]);
  });
});

describe('diffSpecs: shape of the result', () => {
  it('orders changes by form section, gives paths in the newer spec (older for removals)', () => {
    const a = {
      notifications: { endpoint: 'https://a' },
      resources_ttl: 86400,
      ...checks(liveness({ liveness_type: 'ZOOM' })),
    };
    const b = {
      sdk_config: { locale: 'de' },
      ...checks({ type: 'ID_DOCUMENT_COMPARISON' }),
      ephemeral_media: true,
    };
    expect(changes(a, b)).toEqual([
      { kind: 'removed', path: ['resources_ttl'], section: 'Session' },
      { kind: 'removed', path: ['requested_checks', 0], section: 'Checks' },
      { kind: 'added', path: ['requested_checks', 0], section: 'Checks' },
      { kind: 'added', path: ['sdk_config', 'locale'], section: 'Preferences' },
      { kind: 'removed', path: ['notifications'], section: 'Notifications' },
      { kind: 'added', path: ['ephemeral_media'], section: 'Other' },
    ]);
  });
});
