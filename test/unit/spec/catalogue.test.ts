import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  catalogueKeyOf,
  catalogueKeys,
  CHECKS,
  describeField,
  DOCUMENTS,
  schemaKeys,
  TASKS,
  type CatalogueEntry,
} from '@/spec/catalogue';
import { walkSchema } from '@/spec/catalogue/keys';
import { unwrap } from '@/spec/schema-walk';
import { CHECK_TYPES, SDKS, TASK_TYPES } from '@/spec/enums';

const entries = Object.entries(catalogue);

/** The enum a field holds, directly or as the element of a list. */
function enumOf(s: z.ZodType): readonly string[] | undefined {
  let u = unwrap(s);
  if (u instanceof z.ZodArray) u = unwrap(u.element as z.ZodType);
  return u instanceof z.ZodEnum ? (u.options as string[]) : undefined;
}

const texts = (e: CatalogueEntry) => [
  e.label,
  e.help,
  ...(e.uncertain ? [e.uncertain] : []),
  ...Object.values(e.values ?? {}).flatMap((v) => [
    v.label,
    v.help,
    ...(v.uncertain ? [v.uncertain] : []),
  ]),
];

describe('catalogue coverage', () => {
  it('has an entry for every key of the schema', () => {
    const missing = schemaKeys().filter((k) => !describeField(k));
    expect(missing).toEqual([]);
  });

  it('has no entry for a key the schema lacks', () => {
    const known = new Set(schemaKeys());
    expect(Object.keys(catalogue).filter((k) => !known.has(k))).toEqual([]);
  });

  it('lists its keys in schema order', () => {
    expect(catalogueKeys()).toEqual(schemaKeys());
    expect(catalogueKeys()).toHaveLength(150);
  });

  it('labels every enum value of the schema, and only those', () => {
    const problems: string[] = [];
    let enumFields = 0;
    walkSchema((key, s) => {
      const values = enumOf(s);
      if (!values) return;
      enumFields++;
      const labelled = Object.keys(describeField(key)?.values ?? {});
      for (const v of values) if (!labelled.includes(v)) problems.push(`${key}: ${v} unlabelled`);
      for (const v of labelled) if (!values.includes(v)) problems.push(`${key}: ${v} not in enum`);
    });
    expect(problems).toEqual([]);
    expect(enumFields).toBeGreaterThanOrEqual(25);
  });

  it('names only known SDKs, once each, in the usual order', () => {
    for (const [key, e] of entries) {
      const lists = [
        e.sdks,
        ...Object.values(e.values ?? {}).flatMap((v) => (v.sdks ? [v.sdks] : [])),
      ];
      for (const list of lists) {
        expect(list, key).toEqual(SDKS.filter((s) => list.includes(s)));
        for (const s of list) expect(SDKS, key).toContain(s);
      }
    }
  });

  it('never lets a value reach more SDKs than its field', () => {
    for (const [key, e] of entries)
      for (const [name, v] of Object.entries(e.values ?? {}))
        for (const s of v.sdks ?? []) expect(e.sdks, `${key} ${name}`).toContain(s);
  });

  it('writes labels and help as single trimmed non-empty lines', () => {
    for (const [key, e] of entries)
      for (const t of texts(e)) {
        expect(t.trim(), key).not.toBe('');
        expect(t, key).not.toMatch(/[\r\n]/);
        expect(t, key).toBe(t.trim());
      }
  });

  it('marks an entry no released SDK can send as uncertain', () => {
    for (const [key, e] of entries) if (e.sdks.length === 0) expect(e.uncertain, key).toBeTruthy();
  });
});

describe('catalogue facts from the reference', () => {
  const sdks = (key: string) => describeField(key)?.sdks;

  it.each([
    ['session_deadline', ['node', 'java', 'php', 'python', 'csharp']],
    ['identity_profile_requirements', ['node', 'java', 'php', 'csharp', 'go']],
    ['advanced_identity_profile_requirements', ['node', 'java', 'php', 'csharp', 'go']],
    ['import_token', ['java', 'php', 'go']],
    ['create_identity_profile_preview', ['java', 'php', 'csharp', 'go']],
    ['ibv_options', ['java', 'php']],
    ['ibv_options.user_price', ['java']],
    ['resources', ['java']],
    ['ephemeral_media', ['go']],
    ['notifications.auth_type', ['node', 'java', 'php', 'python', 'csharp']],
    ['sdk_config.dark_mode', ['java', 'php', 'go']],
    ['sdk_config.brand_id', ['node', 'java', 'php', 'python', 'go']],
    ['sdk_config.attempts_configuration', ['node', 'java', 'php', 'csharp', 'go']],
    ['requested_checks{FACE_COMPARISON}', ['node', 'java', 'php', 'csharp', 'go']],
    ['requested_checks{WATCHLIST_ADVANCED_CA}', ['node', 'java', 'php', 'csharp', 'go']],
    ['requested_checks{THIRD_PARTY_IDENTITY}', ['node', 'java', 'php', 'csharp', 'go']],
    ['requested_checks{IBV_VISUAL_REVIEW_CHECK}', ['java']],
    [
      'requested_checks{ID_DOCUMENT_AUTHENTICITY}.config.issuing_authority_sub_check',
      ['java', 'csharp'],
    ],
    [
      'requested_checks{WATCHLIST_ADVANCED_CA}.config{WITH_CUSTOM_ACCOUNT}.sources{PROFILE}',
      ['node', 'java', 'php', 'csharp'],
    ],
    ['filter{ORTHOGONAL_RESTRICTIONS}.allow_digital_ids', []],
    ['filter{DOCUMENT_RESTRICTIONS}.allow_non_latin_documents', ['node', 'java', 'php', 'go']],
  ])('%s is sent by %j', (key, expected) => {
    expect(sdks(key)).toEqual(expected);
  });

  it('keeps [NEW] support out of sdks and in the hint', () => {
    expect(describeField('sdk_config.dark_mode')?.uncertain).toMatch(/\[NEW\].*Node.*Python/);
    expect(describeField('sdk_config.suppressed_screens')?.uncertain).toMatch(/\[NEW\]/);
  });

  it('carries the reference caveats as hints', () => {
    const hint = (k: string) => describeField(k)?.uncertain ?? '';
    expect(
      hint('requested_checks{ID_DOCUMENT_AUTHENTICITY}.config.issuing_authority_sub_check'),
    ).toMatch(/PHP.*\{\}/);
    expect(hint('notifications.auth_type')).toMatch(/\[\?\]/);
    expect(hint('filter{DOCUMENT_RESTRICTIONS}.inclusion')).toMatch(/WHITELIST or BLACKLIST/);
    expect(hint('advanced_identity_profile_requirements.profiles.schemes.type')).toBe('');
    const schemes = describeField(
      'advanced_identity_profile_requirements.profiles.schemes.type',
    )?.values;
    expect(schemes?.GBR_RTW_SHARECODE?.uncertain).toMatch(/GBS_RTW_SHARECODE/);
    const topics = describeField('notifications.topics')?.values;
    expect(topics?.CLIENT_SESSION_TOKEN_DELETED?.uncertain).toMatch(/withTopic/);
  });

  it('gives the TTL its documented rule and default', () => {
    const ttl = describeField('client_session_token_ttl');
    expect(ttl?.help).toMatch(/more than 300/);
    expect(ttl?.default).toBe('600');
    expect(describeField('resources_ttl')?.default).toBe('604800');
  });

  it('knows the vocabularies of free-string fields', () => {
    const values = (k: string) => Object.keys(describeField(k)?.values ?? {});
    expect(values('sdk_config.locale')).toContain('en-GB');
    expect(values('filter{ORTHOGONAL_RESTRICTIONS}.type_restriction.document_types')).toContain(
      'PASSPORT',
    );
    expect(values('required_documents{SUPPLEMENTARY_DOCUMENT}.document_types')).toContain(
      'UTILITY_BILL',
    );
    expect(values('requested_checks{WATCHLIST_SCREENING}.config.categories')).toEqual([
      'ADVERSE-MEDIA',
      'SANCTIONS',
    ]);
    expect(values('identity_profile_requirements.trust_framework')).toContain('UK_TFIDA');
    expect(describeField('sdk_config.locale')?.values?.['es-419']?.label).toBe(
      'Spanish (Latin America)',
    );
  });
});

describe('CHECKS, TASKS and DOCUMENTS', () => {
  it('list every type in display order with its entry', () => {
    expect(CHECKS.map((c) => c.type)).toEqual([...CHECK_TYPES]);
    expect(TASKS.map((t) => t.type)).toEqual([...TASK_TYPES]);
    expect(DOCUMENTS.map((d) => d.type)).toEqual(['ID_DOCUMENT', 'SUPPLEMENTARY_DOCUMENT']);
    expect(CHECKS[1]?.entry.label).toBe('Liveness');
  });

  it('list the settings of each item', () => {
    const liveness = CHECKS.find((c) => c.type === 'LIVENESS');
    expect(liveness?.fields).toEqual([
      'requested_checks{LIVENESS}.config.max_retries',
      'requested_checks{LIVENESS}.config.liveness_type',
      'requested_checks{LIVENESS}.config.manual_check',
    ]);
    expect(CHECKS.find((c) => c.type === 'ID_DOCUMENT_COMPARISON')?.fields).toEqual([]);
  });
});

describe('catalogueKeyOf', () => {
  const doc = {
    client_session_token_ttl: 900,
    notifications: { endpoint: 'https://example.com', topics: ['SESSION_COMPLETION'] },
    requested_checks: [
      {
        type: 'ID_DOCUMENT_AUTHENTICITY',
        config: {
          issuing_authority_sub_check: {
            requested: true,
            filter: {
              type: 'ORTHOGONAL_RESTRICTIONS',
              country_restriction: { inclusion: 'WHITELIST', country_codes: ['USA'] },
            },
          },
        },
      },
      { type: 'LIVENESS', config: { liveness_type: 'STATIC' } },
      {
        type: 'WATCHLIST_ADVANCED_CA',
        config: {
          type: 'WITH_CUSTOM_ACCOUNT',
          api_key: 'k',
          client_ref: 'r',
          tags: { team: 'x' },
          sources: { type: 'PROFILE', search_profile: 'p' },
        },
      },
      { type: 'NOT_A_CHECK', config: {} },
    ],
    sdk_config: { attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 2 } } },
    required_documents: [
      {
        type: 'ID_DOCUMENT',
        filter: { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'BLACKLIST', documents: [{}] },
      },
      { type: 'SUPPLEMENTARY_DOCUMENT', objective: { type: 'PROOF_OF_ADDRESS', config: {} } },
    ],
    advanced_identity_profile_requirements: {
      profiles: [
        {
          trust_framework: 'YOTI_GLOBAL',
          schemes: [
            { type: 'IDENTITY', label: 'a' },
            {
              type: 'IDENTITY',
              label: 'b',
              config: {
                filter: { type: 'ORTHOGONAL_RESTRICTIONS', allow_expired_documents: true },
              },
            },
          ],
        },
      ],
    },
  };

  it.each([
    [['client_session_token_ttl'], 'client_session_token_ttl'],
    [['notifications', 'topics', 0], 'notifications.topics'],
    [['requested_checks'], 'requested_checks'],
    [['requested_checks', 1], 'requested_checks{LIVENESS}'],
    [['requested_checks', 1, 'type'], 'requested_checks{LIVENESS}'],
    [['requested_checks', 1, 'config'], 'requested_checks{LIVENESS}'],
    [
      ['requested_checks', 1, 'config', 'liveness_type'],
      'requested_checks{LIVENESS}.config.liveness_type',
    ],
    [
      ['requested_checks', 0, 'config', 'issuing_authority_sub_check', 'filter'],
      'filter{ORTHOGONAL_RESTRICTIONS}',
    ],
    [
      [
        'requested_checks',
        0,
        'config',
        'issuing_authority_sub_check',
        'filter',
        'country_restriction',
        'country_codes',
        0,
      ],
      'filter{ORTHOGONAL_RESTRICTIONS}.country_restriction.country_codes',
    ],
    [
      ['requested_checks', 2, 'config'],
      'requested_checks{WATCHLIST_ADVANCED_CA}.config{WITH_CUSTOM_ACCOUNT}',
    ],
    [
      ['requested_checks', 2, 'config', 'api_key'],
      'requested_checks{WATCHLIST_ADVANCED_CA}.config{WITH_CUSTOM_ACCOUNT}.api_key',
    ],
    [
      ['requested_checks', 2, 'config', 'sources', 'search_profile'],
      'requested_checks{WATCHLIST_ADVANCED_CA}.config{WITH_CUSTOM_ACCOUNT}.sources{PROFILE}.search_profile',
    ],
    [
      ['requested_checks', 2, 'config', 'tags', 'team'],
      'requested_checks{WATCHLIST_ADVANCED_CA}.config{WITH_CUSTOM_ACCOUNT}.tags',
    ],
    [['requested_checks', 3], 'requested_checks'],
    [['requested_checks', 3, 'type'], 'requested_checks'],
    [
      ['sdk_config', 'attempts_configuration', 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', 'GENERIC'],
      'sdk_config.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION',
    ],
    [['required_documents', 0, 'filter', 'inclusion'], 'filter{DOCUMENT_RESTRICTIONS}.inclusion'],
    [
      ['required_documents', 0, 'filter', 'documents', 0],
      'filter{DOCUMENT_RESTRICTIONS}.documents',
    ],
    [
      ['required_documents', 1, 'objective', 'type'],
      'required_documents{SUPPLEMENTARY_DOCUMENT}.objective.type',
    ],
    [
      ['required_documents', 1, 'objective', 'config'],
      'required_documents{SUPPLEMENTARY_DOCUMENT}.objective',
    ],
    [
      [
        'advanced_identity_profile_requirements',
        'profiles',
        0,
        'schemes',
        1,
        'config',
        'filter',
        'allow_expired_documents',
      ],
      'filter{ORTHOGONAL_RESTRICTIONS}.allow_expired_documents',
    ],
    [
      ['advanced_identity_profile_requirements', 'profiles', 0, 'schemes', 1, 'config'],
      'advanced_identity_profile_requirements.profiles.schemes',
    ],
    [
      ['advanced_identity_profile_requirements', 'profiles', 0, 'schemes', 1, 'label'],
      'advanced_identity_profile_requirements.profiles.schemes.label',
    ],
  ] as const)('maps %j to %s', (path, key) => {
    expect(catalogueKeyOf(path, doc)).toBe(key);
    expect(describeField(key)).toBeDefined();
  });

  it.each([
    [[]],
    [['no_such_key']],
    [['sdk_config', 'primary_color']],
    [['requested_checks', 3, 'config', 'manual_check']],
    [['requested_checks', 1, 'type', 'x']],
    [['client_session_token_ttl', 'x']],
    [['requested_checks', 'first']],
    [['constructor']],
  ] as const)('gives no key for %j', (path) => {
    expect(catalogueKeyOf(path, doc)).toBeUndefined();
  });

  it('describes nothing for unknown keys', () => {
    expect(describeField('constructor')).toBeUndefined();
    expect(describeField('requested_checks{LIVENESS}.config')).toBeUndefined();
  });
});
