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
import type { JsonPath, RequestedCheck, SdkConfig, SessionSpec } from '../spec/index';
import { CamelGen, TOPIC_METHODS } from './camel';
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

type Attempts = NonNullable<SdkConfig['attempts_configuration']>;

const TOPICS: Record<string, string> = {
  ...TOPIC_METHODS,
  CLIENT_SESSION_TOKEN_DELETED: 'forClientSessionCompletion',
  NEW_PDF_SUPPLIED: 'forNewPdfSupplied',
  INSTRUCTIONS_EMAIL_REQUESTED: 'forInstructionsEmailRequested',
  THANK_YOU_EMAIL_REQUESTED: 'forThankYouEmailRequested',
  FIRST_BRANCH_VISIT: 'forFirstBranchVisit',
};

class JavaGen extends CamelGen {
  readonly util = new Set<string>();
  protected override topics = TOPICS;

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

  str = javaString;
  tags = (t: Record<string, string>) => this.json(t);
  protected biometricConsentFlow = (f: string) => [call(`withBiometricConsentFlow${pascal(f)}`)];

  /** Java's classes are the Node names without `Builder`; the ID-document task is named apart. */
  protected override cls(name: string): string {
    return name === 'RequestedTextExtractionTaskBuilder'
      ? 'RequestedIdDocTextExtractionTask'
      : name.replace(/Builder$/, '');
  }

  /** Retries go through an AttemptsConfiguration builder. */
  protected override attempts(a: Attempts, ap: JsonPath): Step[] {
    return this.e.fields(a, ap, {
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
    });
  }

  protected override suppressedScreens(list: readonly string[]): Step[] {
    return list.map((s) => call('withSuppressedScreen', javaString(s)));
  }

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
              this.e.fields(c.config, cfg, { categories: this.categories }),
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
