/**
 * PHP: yoti/yoti-php-sdk 4.5.0, `Yoti\DocScan\…` builders, as in Yoti's PHP docs.
 *
 * Method names from the reference §12 tables (PHP column), checked against getyoti/yoti-php-sdk
 * src/DocScan/Session/Create/: SessionSpecificationBuilder.php, SdkConfigBuilder.php,
 * NotificationConfigBuilder.php, Check/*Builder.php, Check/Advanced/*Builder.php,
 * Filters/{RequiredIdDocumentBuilder,RequiredSupplementaryDocumentBuilder}.php,
 * Filters/Orthogonal/OrthogonalRestrictionsFilterBuilder.php, Filters/Document/*Builder.php,
 * Objective/ProofOfAddressObjectiveBuilder.php, Task/*Builder.php, ImportTokenBuilder.php,
 * IbvOptionsBuilder.php (the namespaces follow these folders). Identity profiles and the subject
 * are plain objects, as in the docs' `(object) [...]` examples.
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
import { numberLiteral, phpString } from './literals';
import { pascal } from './words';

const STYLE: ChainStyle = { dot: '->', indent: '    ', comment: (t) => `// ${t}` };
const NS = 'Yoti\\DocScan\\Session\\Create';
const NAMESPACES: Record<string, string> = {
  SessionSpecificationBuilder: NS,
  SdkConfigBuilder: NS,
  NotificationConfigBuilder: NS,
  ImportTokenBuilder: NS,
  IbvOptionsBuilder: NS,
  RequestedTypeListSourcesBuilder: `${NS}\\Check\\Advanced`,
  RequestedSearchProfileSourcesBuilder: `${NS}\\Check\\Advanced`,
  RequestedExactMatchingStrategyBuilder: `${NS}\\Check\\Advanced`,
  RequestedFuzzyMatchingStrategyBuilder: `${NS}\\Check\\Advanced`,
  RequestedTextExtractionTaskBuilder: `${NS}\\Task`,
  RequestedSupplementaryDocTextExtractionTaskBuilder: `${NS}\\Task`,
  RequiredIdDocumentBuilder: `${NS}\\Filters`,
  RequiredSupplementaryDocumentBuilder: `${NS}\\Filters`,
  OrthogonalRestrictionsFilterBuilder: `${NS}\\Filters\\Orthogonal`,
  DocumentRestrictionsFilterBuilder: `${NS}\\Filters\\Document`,
  DocumentRestrictionBuilder: `${NS}\\Filters\\Document`,
  ProofOfAddressObjectiveBuilder: `${NS}\\Objective`,
};

/** A PHP literal for a JSON value: objects as `(object) [...]` so they stay objects in JSON. */
export function phpLiteral(v: unknown): string {
  if (typeof v === 'string') return phpString(v);
  if (Array.isArray(v)) return `[${v.map(phpLiteral).join(', ')}]`;
  if (v && typeof v === 'object')
    return `(object) [${Object.entries(v)
      .map(([k, x]) => `${phpString(k)} => ${phpLiteral(x)}`)
      .join(', ')}]`;
  if (v === null) return 'null';
  return typeof v === 'number' ? numberLiteral(v) : String(v);
}
const list = (l: readonly string[]) => `[${l.map(phpString).join(', ')}]`;

const TOPICS: Record<string, string> = {
  RESOURCE_UPDATE: 'forResourceUpdate',
  TASK_COMPLETION: 'forTaskCompletion',
  CHECK_COMPLETION: 'forCheckCompletion',
  SESSION_COMPLETION: 'forSessionCompletion',
  CLIENT_SESSION_TOKEN_DELETED: 'forClientSessionCompletion',
};

class PhpGen {
  readonly used = new Set<string>();
  constructor(readonly e: Emitter) {}

  b(cls: string, steps: Step[]): Build {
    this.used.add(cls);
    return build(`(new ${cls}())`, steps, '');
  }

  manual = (m: string) => [call(`withManualCheck${pascal(m)}`)];

  session(spec: SessionSpec, hoist: (name: string, b: Build) => string): Build {
    return this.b(
      'SessionSpecificationBuilder',
      this.e.fields(spec, [], {
        client_session_token_ttl: (n) => [call('withClientSessionTokenTtl', String(n))],
        session_deadline: (d) => [
          call('withSessionDeadLine', `new \\DateTimeImmutable(${phpString(d)})`),
        ],
        resources_ttl: (n) => [call('withResourcesTtl', String(n))],
        user_tracking_id: (s) => [call('withUserTrackingId', phpString(s))],
        notifications: (n, at) => [
          call('withNotifications', hoist('$notifications', this.notifications(n, at))),
        ],
        requested_checks: (l, at) =>
          this.e.items(l, at, (c, p) => [call('withRequestedCheck', this.check(c, p))]),
        requested_tasks: (l, at) =>
          this.e.items(l, at, (t, p) => [call('withRequestedTask', this.task(t, p))]),
        sdk_config: (c, at) => [call('withSdkConfig', hoist('$sdkConfig', this.sdkConfig(c, at)))],
        required_documents: (l, at) =>
          this.e.items(l, at, (d, p) => [call('withRequiredDocument', this.document(d, p))]),
        block_biometric_consent: (b) => [call('withBlockBiometricConsent', String(b))],
        identity_profile_requirements: (o) => [
          call('withIdentityProfileRequirements', phpLiteral(o)),
        ],
        subject: (o) => [call('withSubject', phpLiteral(o))],
        advanced_identity_profile_requirements: (o) => [
          call('withAdvancedIdentityProfileRequirements', phpLiteral(o)),
        ],
        create_identity_profile_preview: () => [call('withCreateIdentityProfilePreview')],
        import_token: (t) => [
          call('withImportToken', this.b('ImportTokenBuilder', [call('withTtl', String(t.ttl))])),
        ],
        ibv_options: (o, at) => [
          call(
            'withIbvOptions',
            this.b(
              'IbvOptionsBuilder',
              this.e.fields(o, at, {
                support: (s) => [
                  call(s === 'MANDATORY' ? 'withIbvMandatory' : 'withIbvNotAllowed'),
                ],
                guidance_url: (u) => [call('withGuidanceUrl', phpString(u))],
              }),
            ),
          ),
        ],
      }),
    );
  }

  notifications(n: NonNullable<SessionSpec['notifications']>, at: JsonPath): Build {
    return this.b(
      'NotificationConfigBuilder',
      this.e.fields(n, at, {
        endpoint: (s) => [call('withEndpoint', phpString(s))],
        auth_token: (s) => [call('withAuthToken', phpString(s))],
        auth_type: (t) => [call(`withAuthType${pascal(t)}`)],
        topics: (l) =>
          l.map((t) => (TOPICS[t] ? call(TOPICS[t]) : call('withTopic', phpString(t)))),
      }),
    );
  }

  check(c: RequestedCheck, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    const manualOnly = (cls: string) =>
      this.b(cls, this.e.fields(c.config, cfg, { manual_check: this.manual }));
    switch (c.type) {
      case 'ID_DOCUMENT_AUTHENTICITY':
        return manualOnly('RequestedDocumentAuthenticityCheckBuilder');
      case 'LIVENESS':
        return this.b(
          'RequestedLivenessCheckBuilder',
          this.e.fields(c.config, cfg, {
            liveness_type: (t) => [call(`for${pascal(t)}Liveness`)],
            max_retries: (n) => [call('withMaxRetries', String(n))],
            manual_check: () => [call('withoutManualCheck')],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return manualOnly('RequestedFaceMatchCheckBuilder');
      case 'FACE_COMPARISON':
        return manualOnly('RequestedFaceComparisonCheckBuilder');
      case 'ID_DOCUMENT_COMPARISON':
        return this.b('RequestedIdDocumentComparisonCheckBuilder', []);
      case 'THIRD_PARTY_IDENTITY':
        return this.b('RequestedThirdPartyIdentityCheckBuilder', this.e.fields(c.config, cfg, {}));
      case 'WATCHLIST_SCREENING':
        return this.b('RequestedWatchlistScreeningCheckBuilder', [
          call(
            'withConfig',
            this.b(
              'RequestedWatchlistScreeningConfigBuilder',
              this.e.fields(c.config, cfg, {
                categories: (l) =>
                  l.map((k) =>
                    k === 'ADVERSE-MEDIA'
                      ? call('withAdverseMediaCategory')
                      : k === 'SANCTIONS'
                        ? call('withSanctionsCategory')
                        : call('withCategory', phpString(k)),
                  ),
              }),
            ),
          ),
        ]);
      case 'WATCHLIST_ADVANCED_CA':
        return this.b('RequestedWatchlistAdvancedCaCheckBuilder', [
          call('withConfig', this.caConfig(c.config, cfg)),
        ]);
      default:
        throw new Error(`codegen(php): ${c.type} is not sent`);
    }
  }

  caConfig(
    c: Extract<RequestedCheck, { type: 'WATCHLIST_ADVANCED_CA' }>['config'],
    at: JsonPath,
  ): Build {
    const sources = (s: NonNullable<typeof c.sources>) =>
      s.type === 'TYPE_LIST'
        ? this.b('RequestedTypeListSourcesBuilder', [call('withTypes', list(s.types))])
        : this.b('RequestedSearchProfileSourcesBuilder', [
            call('withSearchProfile', phpString(s.search_profile)),
          ]);
    const matching = (m: NonNullable<typeof c.matching_strategy>) =>
      m.type === 'EXACT'
        ? this.b('RequestedExactMatchingStrategyBuilder', [])
        : this.b('RequestedFuzzyMatchingStrategyBuilder', [
            call('withFuzziness', numberLiteral(m.fuzziness)),
          ]);
    // The PHP builder requires both; without them, send what the Node SDK defaults to.
    const withDefaults = {
      ...c,
      sources: c.sources ?? { type: 'TYPE_LIST' as const, types: [] },
      matching_strategy: c.matching_strategy ?? { type: 'EXACT' as const },
    };
    const shared = {
      remove_deceased: (b: boolean) => [call('withRemoveDeceased', String(b))],
      share_url: (b: boolean) => [call('withShareUrl', String(b))],
      sources: (s: NonNullable<typeof c.sources>) => [call('withSources', sources(s))],
      matching_strategy: (m: NonNullable<typeof c.matching_strategy>) => [
        call('withMatchingStrategy', matching(m)),
      ],
    };
    if (withDefaults.type === 'WITH_YOTI_ACCOUNT')
      return this.b(
        'RequestedYotiAccountWatchlistAdvancedCaConfigBuilder',
        this.e.fields(withDefaults, at, shared),
      );
    return this.b(
      'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder',
      this.e.fields(withDefaults, at, {
        api_key: (s) => [call('withApiKey', phpString(s))],
        monitoring: (b) => [call('withMonitoring', String(b))],
        tags: (t) => [
          call(
            'withTags',
            `[${Object.entries(t)
              .map(([k, v]) => `${phpString(k)} => ${phpString(v)}`)
              .join(', ')}]`,
          ),
        ],
        client_ref: (s) => [call('withClientRef', phpString(s))],
        ...shared,
      }),
    );
  }

  task(t: RequestedTask, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    if (t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')
      return this.b(
        'RequestedSupplementaryDocTextExtractionTaskBuilder',
        this.e.fields(t.config, cfg, { manual_check: this.manual }),
      );
    return this.b(
      'RequestedTextExtractionTaskBuilder',
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
    const str = (m: string) => (s: string) => [call(m, phpString(s))];
    return this.b(
      'SdkConfigBuilder',
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
        biometric_consent_flow: str('withBiometricConsentFlow'),
        allow_handoff: (b) => [call('withAllowHandoff', String(b))],
        attempts_configuration: (a, ap) =>
          this.e.fields(a, ap, {
            ID_DOCUMENT_TEXT_DATA_EXTRACTION: (cats) =>
              Object.entries(cats).map(([k, n]) =>
                // withIdDocumentTextExtractionGenericRetries is a no-op in PHP 4.5.0 (reference §14.7).
                k === 'GENERIC'
                  ? call('withIdDocumentTextExtractionGenericAttempts', String(n))
                  : k === 'RECLASSIFICATION'
                    ? call('withIdDocumentTextExtractionReclassificationRetries', String(n))
                    : call('withIdDocumentTextExtractionCategoryRetries', phpString(k), String(n)),
              ),
          }),
        brand_id: str('withBrandId'),
        suppressed_screens: (l) => [call('withSuppressedScreens', list(l))],
        dark_mode: (d) => [call(`withDarkMode${pascal(d)}`)],
        primary_colour_dark_mode: str('withPrimaryColourDarkMode'),
      }),
    );
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    if (d.type === 'ID_DOCUMENT')
      return this.b(
        'RequiredIdDocumentBuilder',
        this.e.fields(d, at, { filter: (f, p) => [call('withFilter', this.filter(f, p))] }),
      );
    return this.b(
      'RequiredSupplementaryDocumentBuilder',
      this.e.fields(d, at, {
        objective: () => [call('withObjective', this.b('ProofOfAddressObjectiveBuilder', []))],
        document_types: (l) => [call('withDocumentTypes', list(l))],
        country_codes: (l) => [call('withCountryCodes', list(l))],
      }),
    );
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const flags = {
      allow_expired_documents: (b: boolean) => [
        call(b ? 'withAllowExpiredDocuments' : 'withDenyExpiredDocuments'),
      ],
      allow_non_latin_documents: () => [call('withAllowNonLatinDocuments')],
    };
    const lists = (kind: string, inclusion: string, codes: string[]) => [
      call(`with${inclusion === 'WHITELIST' ? 'Whitelisted' : 'Blacklisted'}${kind}`, list(codes)),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        'OrthogonalRestrictionsFilterBuilder',
        this.e.fields(f, at, {
          country_restriction: (r) => lists('Countries', r.inclusion, r.country_codes),
          type_restriction: (r) => lists('DocumentTypes', r.inclusion, r.document_types),
          ...flags,
        }),
      );
    return this.b(
      'DocumentRestrictionsFilterBuilder',
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'forWhitelist' : 'forBlacklist')],
        documents: (docs) =>
          docs.map((d) =>
            call(
              'withDocumentRestriction',
              this.b('DocumentRestrictionBuilder', [
                ...(d.country_codes ? [call('withCountries', list(d.country_codes))] : []),
                ...(d.document_types ? [call('withDocumentTypes', list(d.document_types))] : []),
              ]),
            ),
          ),
        ...flags,
      }),
    );
  }
}

/** The PHP script. */
export function phpCode(spec: SessionSpec): string {
  const gen = new PhpGen(new Emitter(spec, 'php'));
  const decls: string[] = [];
  const hoist = (name: string, b: Build) => {
    decls.push(`${name} = ${renderChain(b, STYLE, 0)};`, '');
    return name;
  };
  const session = gen.session(spec, hoist);
  const uses = [
    'Yoti\\DocScan\\DocScanClient',
    ...[...gen.used].map((c) => `${NAMESPACES[c] ?? `${NS}\\Check`}\\${c}`),
  ].sort();
  return [
    '<?php',
    '',
    '// Creates a Yoti IDV session with the PHP SDK (yoti/yoti-php-sdk 4.5.0).',
    '// Run: YOTI_CLIENT_SDK_ID=... YOTI_KEY_FILE_PATH=/path/to/key.pem php create-session.php',
    '',
    "require_once __DIR__ . '/vendor/autoload.php';",
    '',
    ...uses.map((u) => `use ${u};`),
    '',
    "$docScanClient = new DocScanClient(getenv('YOTI_CLIENT_SDK_ID'), getenv('YOTI_KEY_FILE_PATH'));",
    '',
    ...decls,
    `$sessionSpec = ${renderChain(session, STYLE, 0)};`,
    '',
    '$session = $docScanClient->createSession($sessionSpec);',
    '',
    "echo 'Session ID: ' . $session->getSessionId() . PHP_EOL;",
    "echo 'Client session token: ' . $session->getClientSessionToken() . PHP_EOL;",
    '',
  ].join('\n');
}
