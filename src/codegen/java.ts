/**
 * Java: com.yoti:yoti-sdk-api 4.1.0, `DocScanClient.builder()` and `SessionSpec.builder()`.
 *
 * Method names from the reference §12 tables, checked against getyoti/yoti-java-sdk
 * yoti-sdk-api/src/main/java/com/yoti/api/client/docs/session/create/: SessionSpec.java,
 * SdkConfig.java, AttemptsConfiguration.java (only GENERIC and RECLASSIFICATION are public),
 * UserPrice.java (withCurrency, withGbpCurrency), resources/ResourceCreationContainer.java,
 * check/RequestedWatchlistAdvancedCaConfig.java and RequestedCustomAccountWatchlistAdvancedCaConfig.java
 * (self-typed builders, any call order), and the docs' DocScanClient/FileKeyPairSource example.
 */
import type {
  DocumentFilter,
  JsonPath,
  RequestedCheck,
  RequestedTask,
  RequiredDocument,
  SessionSpec,
} from '../spec/index';
import { build, call, renderChain, type Build, type ChainStyle, type Step } from './chain';
import { Emitter } from './emit';
import { javaString, numberLiteral } from './literals';
import { pascal } from './words';

const STYLE: ChainStyle = { dot: '.', indent: '    ', comment: (t) => `// ${t}` };
const C = 'com.yoti.api.client.docs.session.create';
const PACKAGES: Record<string, string> = {
  CreateSessionResult: C,
  SessionSpec: C,
  SdkConfig: C,
  NotificationConfig: C,
  AttemptsConfiguration: C,
  ImportTokenPayload: C,
  IbvOptions: C,
  UserPrice: C,
  SubjectPayload: C,
  ResourceCreationContainer: `${C}.resources`,
  IdentityProfileRequirementsPayload: `${C}.identityprofile.simple`,
  IdentityProfileSchemePayload: `${C}.identityprofile.simple`,
  AdvancedIdentityProfileRequirementsPayload: `${C}.identityprofile.advanced`,
  AdvancedIdentityProfilePayload: `${C}.identityprofile.advanced`,
  AdvancedIdentityProfileSchemePayload: `${C}.identityprofile.advanced`,
  AdvancedIdentityProfileSchemeConfigPayload: `${C}.identityprofile.advanced`,
  RequestedTypeListSources: `${C}.check.advanced`,
  RequestedSearchProfileSources: `${C}.check.advanced`,
  RequestedExactMatchingStrategy: `${C}.check.advanced`,
  RequestedFuzzyMatchingStrategy: `${C}.check.advanced`,
  RequestedIdDocTextExtractionTask: `${C}.task`,
  RequestedSupplementaryDocTextExtractionTask: `${C}.task`,
  RequiredIdDocument: `${C}.filters`,
  RequiredSupplementaryDocument: `${C}.filters`,
  OrthogonalRestrictionsFilter: `${C}.filters`,
  DocumentRestrictionsFilter: `${C}.filters`,
  DocumentRestriction: `${C}.filters`,
  ProofOfAddressObjective: `${C}.objective`,
};
const packageOf = (cls: string) => PACKAGES[cls] ?? `${C}.check`;

const TOPICS: Record<string, string> = {
  RESOURCE_UPDATE: 'forResourceUpdate',
  TASK_COMPLETION: 'forTaskCompletion',
  CHECK_COMPLETION: 'forCheckCompletion',
  SESSION_COMPLETION: 'forSessionCompletion',
  CLIENT_SESSION_TOKEN_DELETED: 'forClientSessionCompletion',
  NEW_PDF_SUPPLIED: 'forNewPdfSupplied',
  INSTRUCTIONS_EMAIL_REQUESTED: 'forInstructionsEmailRequested',
  THANK_YOU_EMAIL_REQUESTED: 'forThankYouEmailRequested',
  FIRST_BRANCH_VISIT: 'forFirstBranchVisit',
};

class JavaGen {
  readonly used = new Set<string>();
  readonly util = new Set<string>();
  constructor(readonly e: Emitter) {}

  b(cls: string, steps: Step[]): Build {
    this.used.add(cls);
    return build(`${cls}.builder()`, steps, '');
  }

  list(items: readonly string[]): string {
    this.util.add('java.util.Arrays');
    return `Arrays.asList(${items.map(javaString).join(', ')})`;
  }

  /** A JSON value as Java `Map`/`List` literals (for the free-form maps). */
  json(v: unknown): string {
    if (typeof v === 'string') return javaString(v);
    if (Array.isArray(v)) {
      this.util.add('java.util.List');
      return `List.of(${v.map((x) => this.json(x)).join(', ')})`;
    }
    if (v && typeof v === 'object') {
      this.util.add('java.util.Map');
      const entries = Object.entries(v);
      if (entries.length <= 10)
        return `Map.of(${entries.map(([k, x]) => `${javaString(k)}, ${this.json(x)}`).join(', ')})`;
      return `Map.ofEntries(${entries.map(([k, x]) => `Map.entry(${javaString(k)}, ${this.json(x)})`).join(', ')})`;
    }
    return typeof v === 'number' ? numberLiteral(v) : String(v);
  }

  manual = (m: string) => [call(`withManualCheck${pascal(m)}`)];

  session(spec: SessionSpec, hoist: (type: string, name: string, b: Build) => string): Build {
    return this.b(
      'SessionSpec',
      this.e.fields(spec, [], {
        client_session_token_ttl: (n) => [call('withClientSessionTokenTtl', String(n))],
        session_deadline: (d) => {
          this.util.add('java.time.ZonedDateTime');
          return [call('withSessionDeadline', `ZonedDateTime.parse(${javaString(d)})`)];
        },
        resources_ttl: (n) => [call('withResourcesTtl', String(n))],
        import_token: (t) => [
          call('withImportToken', this.b('ImportTokenPayload', [call('withTtl', String(t.ttl))])),
        ],
        user_tracking_id: (s) => [call('withUserTrackingId', javaString(s))],
        notifications: (n, at) => [
          call(
            'withNotifications',
            hoist('NotificationConfig', 'notifications', this.notifications(n, at)),
          ),
        ],
        requested_checks: (l, at) =>
          this.e.items(l, at, (c, p) => [call('withRequestedCheck', this.check(c, p))]),
        requested_tasks: (l, at) =>
          this.e.items(l, at, (t, p) => [call('withRequestedTask', this.task(t, p))]),
        sdk_config: (c, at) => [
          call('withSdkConfig', hoist('SdkConfig', 'sdkConfig', this.sdkConfig(c, at))),
        ],
        required_documents: (l, at) =>
          this.e.items(l, at, (d, p) => [call('withRequiredDocument', this.document(d, p))]),
        block_biometric_consent: (b) => [call('withBlockBiometricConsent', String(b))],
        ibv_options: (o, at) => [
          call(
            'withIbvOptions',
            this.b(
              'IbvOptions',
              this.e.fields(o, at, {
                support: (s) => [
                  call(s === 'MANDATORY' ? 'withIbvMandatory' : 'withIbvNotAllowed'),
                ],
                guidance_url: (u) => [call('withGuidanceUrl', javaString(u))],
                user_price: (p) => [
                  call(
                    'withUserPrice',
                    this.b('UserPrice', [
                      call('withAmount', javaString(p.amount)),
                      p.currency === 'GBP'
                        ? call('withGbpCurrency')
                        : call('withCurrency', javaString(p.currency)),
                    ]),
                  ),
                ],
              }),
            ),
          ),
        ],
        identity_profile_requirements: (r) => [
          call(
            'withIdentityProfile',
            this.b('IdentityProfileRequirementsPayload', [
              call('withTrustFramework', javaString(r.trust_framework)),
              call(
                'withScheme',
                this.b('IdentityProfileSchemePayload', [
                  call('withType', javaString(r.scheme.type)),
                  ...(r.scheme.objective === undefined
                    ? []
                    : [call('withObjective', javaString(r.scheme.objective))]),
                ]),
              ),
            ]),
          ),
        ],
        subject: (s) => [
          call(
            'withSubject',
            this.b('SubjectPayload', [call('withSubjectId', javaString(s.subject_id))]),
          ),
        ],
        resources: (r) => [
          call(
            'withResources',
            this.b('ResourceCreationContainer', [
              call('withApplicantProfile', this.json(r.applicant_profile)),
            ]),
          ),
        ],
        create_identity_profile_preview: (b) => [
          call('withCreateIdentityProfilePreview', String(b)),
        ],
        advanced_identity_profile_requirements: (a, at) => [
          call(
            'withAdvancedIdentityProfileRequirements',
            this.b(
              'AdvancedIdentityProfileRequirementsPayload',
              this.e.items(a.profiles, [...at, 'profiles'], (p, pp) => [
                call(
                  'withProfile',
                  this.b('AdvancedIdentityProfilePayload', [
                    call('withTrustFramework', javaString(p.trust_framework)),
                    ...this.e.items(p.schemes, [...pp, 'schemes'], (s, sp) => [
                      call(
                        'withScheme',
                        this.b(
                          'AdvancedIdentityProfileSchemePayload',
                          this.e.fields(s, sp, {
                            type: (t) => [call('withType', javaString(t))],
                            objective: (o) => [call('withObjective', javaString(o))],
                            label: (l) => [call('withLabel', javaString(l))],
                            config: (c, cp) => [
                              call(
                                'withConfig',
                                this.b(
                                  'AdvancedIdentityProfileSchemeConfigPayload',
                                  this.e.fields(c, cp, {
                                    filter: (f, fp) => [call('withFilter', this.filter(f, fp))],
                                  }),
                                ),
                              ),
                            ],
                          }),
                        ),
                      ),
                    ]),
                  ]),
                ),
              ]),
            ),
          ),
        ],
      }),
    );
  }

  notifications(n: NonNullable<SessionSpec['notifications']>, at: JsonPath): Build {
    return this.b(
      'NotificationConfig',
      this.e.fields(n, at, {
        endpoint: (s) => [call('withEndpoint', javaString(s))],
        auth_token: (s) => [call('withAuthToken', javaString(s))],
        auth_type: (t) => [call(`withAuthType${pascal(t)}`)],
        topics: (l) =>
          l.map((t) => (TOPICS[t] ? call(TOPICS[t]) : call('withTopic', javaString(t)))),
      }),
    );
  }

  check(c: RequestedCheck, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    const manualOnly = (cls: string) =>
      this.b(cls, this.e.fields(c.config, cfg, { manual_check: this.manual }));
    switch (c.type) {
      case 'ID_DOCUMENT_AUTHENTICITY':
        return this.b(
          'RequestedDocumentAuthenticityCheck',
          this.e.fields(c.config, cfg, {
            manual_check: this.manual,
            issuing_authority_sub_check: (s, sp) => {
              const f = [...sp, 'filter'];
              return [
                call(
                  'withIssuingAuthoritySubCheck',
                  ...(s.filter && !this.e.omitted(f) ? [this.filter(s.filter, f)] : []),
                ),
              ];
            },
          }),
        );
      case 'LIVENESS':
        return this.b(
          'RequestedLivenessCheck',
          this.e.fields(c.config, cfg, {
            liveness_type: (t) => [call(`for${pascal(t)}Liveness`)],
            max_retries: (n) => [call('withMaxRetries', String(n))],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return manualOnly('RequestedFaceMatchCheck');
      case 'FACE_COMPARISON':
        return manualOnly('RequestedFaceComparisonCheck');
      case 'ID_DOCUMENT_COMPARISON':
        return this.b('RequestedIdDocumentComparisonCheck', []);
      case 'THIRD_PARTY_IDENTITY':
        return this.b('RequestedThirdPartyIdentityCheck', this.e.fields(c.config, cfg, {}));
      case 'WATCHLIST_SCREENING':
        return this.b('RequestedWatchlistScreeningCheck', [
          call(
            'withConfig',
            this.b(
              'RequestedWatchlistScreeningConfig',
              this.e.fields(c.config, cfg, {
                categories: (l) =>
                  l.map((k) =>
                    k === 'ADVERSE-MEDIA'
                      ? call('withAdverseMediaCategory')
                      : k === 'SANCTIONS'
                        ? call('withSanctionsCategory')
                        : call('withCategory', javaString(k)),
                  ),
              }),
            ),
          ),
        ]);
      case 'WATCHLIST_ADVANCED_CA':
        return this.b('RequestedWatchlistAdvancedCaCheck', [
          call('withConfig', this.caConfig(c.config, cfg)),
        ]);
      case 'IBV_VISUAL_REVIEW_CHECK':
        return manualOnly('RequestedIbvVisualReviewCheck');
      case 'PROFILE_DOCUMENT_MATCH':
        return manualOnly('RequestedProfileDocumentMatchCheck');
      case 'DOCUMENT_SCHEME_VALIDITY_CHECK':
        return this.b(
          'RequestedDocumentSchemeValidityCheck',
          this.e.fields(c.config, cfg, {
            manual_check: this.manual,
            scheme: (s) => [call('withScheme', javaString(s))],
          }),
        );
    }
  }

  caConfig(
    c: Extract<RequestedCheck, { type: 'WATCHLIST_ADVANCED_CA' }>['config'],
    at: JsonPath,
  ): Build {
    const shared = {
      remove_deceased: (b: boolean) => [call('withRemoveDeceased', String(b))],
      share_url: (b: boolean) => [call('withShareUrl', String(b))],
      sources: (s: NonNullable<typeof c.sources>) => [
        call(
          'withSources',
          s.type === 'TYPE_LIST'
            ? this.b('RequestedTypeListSources', [call('withTypes', this.list(s.types))])
            : this.b('RequestedSearchProfileSources', [
                call('withSearchProfile', javaString(s.search_profile)),
              ]),
        ),
      ],
      matching_strategy: (m: NonNullable<typeof c.matching_strategy>, mp: JsonPath) => [
        call(
          'withMatchingStrategy',
          m.type === 'EXACT'
            ? this.b(
                'RequestedExactMatchingStrategy',
                this.e.fields(m, mp, { exact_match: () => [] }),
              )
            : this.b('RequestedFuzzyMatchingStrategy', [
                call('withFuzziness', numberLiteral(m.fuzziness)),
              ]),
        ),
      ],
    };
    if (c.type === 'WITH_YOTI_ACCOUNT')
      return this.b('RequestedYotiAccountWatchlistAdvancedCaConfig', this.e.fields(c, at, shared));
    return this.b(
      'RequestedCustomAccountWatchlistAdvancedCaConfig',
      this.e.fields(c, at, {
        api_key: (s) => [call('withApiKey', javaString(s))],
        monitoring: (b) => [call('withMonitoring', String(b))],
        tags: (t) => [call('withTags', this.json(t))],
        client_ref: (s) => [call('withClientRef', javaString(s))],
        ...shared,
      }),
    );
  }

  task(t: RequestedTask, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    if (t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')
      return this.b(
        'RequestedSupplementaryDocTextExtractionTask',
        this.e.fields(t.config, cfg, { manual_check: this.manual }),
      );
    return this.b(
      'RequestedIdDocTextExtractionTask',
      this.e.fields(t.config, cfg, {
        manual_check: this.manual,
        chip_data: (d) => [call(`withChipData${pascal(d)}`)],
        create_expanded_document_fields: (b) => [
          call('withCreateExpandedDocumentFields', String(b)),
        ],
      }),
    );
  }

  sdkConfig(c: NonNullable<SessionSpec['sdk_config']>, at: JsonPath): Build {
    const str = (m: string) => (s: string) => [call(m, javaString(s))];
    return this.b(
      'SdkConfig',
      this.e.fields(c, at, {
        allowed_capture_methods: (m) => [
          call(m === 'CAMERA' ? 'withAllowsCamera' : 'withAllowsCameraAndUpload'),
        ],
        primary_colour: str('withPrimaryColour'),
        secondary_colour: str('withSecondaryColour'),
        font_colour: str('withFontColour'),
        locale: str('withLocale'),
        preset_issuing_country: str('withPresetIssuingCountry'),
        success_url: str('withSuccessUrl'),
        error_url: str('withErrorUrl'),
        privacy_policy_url: str('withPrivacyPolicyUrl'),
        biometric_consent_flow: (f) => [call(`withBiometricConsentFlow${pascal(f)}`)],
        allow_handoff: (b) => [call('withAllowHandoff', String(b))],
        attempts_configuration: (a, ap) =>
          this.e.fields(a, ap, {
            ID_DOCUMENT_TEXT_DATA_EXTRACTION: (cats, cp) => [
              call(
                'withAttemptsConfiguration',
                this.b(
                  'AttemptsConfiguration',
                  this.e.fields(
                    cats,
                    cp,
                    Object.fromEntries(
                      Object.keys(cats).map((k) => [
                        k,
                        (n: number) => [
                          call(`withIdDocumentTextExtraction${pascal(k)}Retries`, String(n)),
                        ],
                      ]),
                    ),
                  ),
                ),
              ),
            ],
          }),
        brand_id: str('withBrandId'),
        suppressed_screens: (l) => l.map((s) => call('withSuppressedScreen', javaString(s))),
        dark_mode: (d) => [call(`withDarkMode${pascal(d)}`)],
        primary_colour_dark_mode: str('withPrimaryColourDarkMode'),
      }),
    );
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    if (d.type === 'ID_DOCUMENT')
      return this.b(
        'RequiredIdDocument',
        this.e.fields(d, at, { filter: (f, p) => [call('withFilter', this.filter(f, p))] }),
      );
    return this.b(
      'RequiredSupplementaryDocument',
      this.e.fields(d, at, {
        objective: () => [call('withObjective', this.b('ProofOfAddressObjective', []))],
        document_types: (l) => [call('withDocumentTypes', this.list(l))],
        country_codes: (l) => [call('withCountryCodes', this.list(l))],
      }),
    );
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const flags = {
      allow_expired_documents: (b: boolean) => [call('withAllowExpiredDocuments', String(b))],
      allow_non_latin_documents: (b: boolean) => [call('withAllowNonLatinDocuments', String(b))],
    };
    const list = (kind: string, inclusion: string, codes: string[]) => [
      call(
        `with${inclusion === 'WHITELIST' ? 'Whitelisted' : 'Blacklisted'}${kind}`,
        this.list(codes),
      ),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        'OrthogonalRestrictionsFilter',
        this.e.fields(f, at, {
          country_restriction: (r) => list('Countries', r.inclusion, r.country_codes),
          type_restriction: (r) => list('DocumentTypes', r.inclusion, r.document_types),
          ...flags,
        }),
      );
    return this.b(
      'DocumentRestrictionsFilter',
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'forWhitelist' : 'forBlacklist')],
        documents: (docs) =>
          docs.map((d) =>
            call(
              'withDocumentRestriction',
              this.b('DocumentRestriction', [
                ...(d.country_codes ? [call('withCountries', this.list(d.country_codes))] : []),
                ...(d.document_types
                  ? [call('withDocumentTypes', this.list(d.document_types))]
                  : []),
              ]),
            ),
          ),
        ...flags,
      }),
    );
  }
}

/** The Java snippet: a class with a `main` method. */
export function javaCode(spec: SessionSpec): string {
  const gen = new JavaGen(new Emitter(spec, 'java'));
  const decls: string[] = [];
  const hoist = (type: string, name: string, b: Build) => {
    decls.push(`${type} ${name} = ${renderChain(b, STYLE, 2)};`);
    return name;
  };
  const session = gen.session(spec, hoist);
  gen.used.add('CreateSessionResult');
  const imports = [
    'java.io.File',
    ...gen.util,
    'com.yoti.api.client.FileKeyPairSource',
    'com.yoti.api.client.docs.DocScanClient',
    ...[...gen.used].map((cls) => `${packageOf(cls)}.${cls}`),
  ];
  const java = (a: string) => a.startsWith('java.');
  const sorted = [...imports.filter(java).sort(), '', ...imports.filter((i) => !java(i)).sort()];
  const body = [
    'DocScanClient docScanClient = DocScanClient.builder()',
    '    .withClientSdkId(System.getenv("YOTI_CLIENT_SDK_ID"))',
    '    .withKeyPairSource(FileKeyPairSource.fromFile(new File(System.getenv("YOTI_KEY_FILE_PATH"))))',
    '    .build();',
    '',
    ...decls.flatMap((d) => [d, '']),
    `SessionSpec sessionSpec = ${renderChain(session, STYLE, 2)};`,
    '',
    'CreateSessionResult session = docScanClient.createSession(sessionSpec);',
    'System.out.println("Session ID: " + session.getSessionId());',
    'System.out.println("Client session token: " + session.getClientSessionToken());',
  ];
  return [
    '// Creates a Yoti IDV session with the Java SDK (com.yoti:yoti-sdk-api 4.1.0).',
    '// Run with YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH (your PEM key file) set.',
    ...sorted.map((i) => (i ? `import ${i};` : '')),
    '',
    'public class CreateSession {',
    '',
    '    public static void main(String[] args) throws Exception {',
    ...body.map((l) => (l ? `        ${l}` : '')),
    '    }',
    '}',
    '',
  ].join('\n');
}
