/**
 * Go: github.com/getyoti/yoti-go-sdk/v3 v3.15.0, `docscan` and the `create/...` packages. Every
 * builder returns `(value, error)`, so each one becomes its own statement (chain.ts, goStatements).
 *
 * Method names from the reference §12 tables (Go column), checked against getyoti/yoti-go-sdk
 * docscan/client.go (NewClient, CreateSession, SessionResult), docscan/session/create/session_spec.go
 * (identity profiles and subject as json.RawMessage), check/liveness.go, check/document_authenticity.go,
 * check/watchlist_advanced_ca_{yoti,custom,sources,matching_strategy}.go (struct-literal sources and
 * strategies, no PROFILE sources), filter/{orthogonal_restrictions_filter,document_restrictions_filter,
 * document_restriction,required_id_document,required_supplementary_document}.go,
 * objective/proof_of_address.go.
 */
import type {
  DocumentFilter,
  JsonPath,
  RequestedCheck,
  RequestedTask,
  RequiredDocument,
  SessionSpec,
} from '../spec/index';
import { build, call, goStatements, nameGenerator, type Build, type Step } from './chain';
import { Emitter } from './emit';
import { goString, numberLiteral } from './literals';
import { pascal } from './words';

const SDK = 'github.com/getyoti/yoti-go-sdk/v3';
const list = (l: readonly string[]) => `[]string{${l.map(goString).join(', ')}}`;
const TOPICS = ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'];

/** json.RawMessage from the JSON text: a raw string when it has no backquote. */
const raw = (v: unknown) => {
  const text = JSON.stringify(v);
  return `json.RawMessage(${text.includes('`') ? goString(text) : `\`${text}\``})`;
};

class GoGen {
  readonly packages = new Set<string>([`${SDK}/docscan`]);
  constructor(readonly e: Emitter) {}

  /** `name` defaults to the built type: `NewRequestedLivenessCheckBuilder` → `requestedLivenessCheck`. */
  b(pkg: string, ctor: string, steps: Step[], name?: string): Build {
    this.packages.add(`${SDK}/docscan/session/${pkg === 'create' ? 'create' : `create/${pkg}`}`);
    const type = ctor.replace(/^New/, '').replace(/Builder$/, '');
    return build(
      `${pkg}.${ctor}()`,
      steps,
      name ?? type.charAt(0).toLowerCase() + type.slice(1),
      'Build',
    );
  }

  manual = (m: string) => [call(`WithManualCheck${pascal(m)}`)];

  session(spec: SessionSpec): Build {
    const json = () => this.packages.add('encoding/json');
    return this.b(
      'create',
      'NewSessionSpecificationBuilder',
      this.e.fields(spec, [], {
        client_session_token_ttl: (n) => [call('WithClientSessionTokenTTL', String(n))],
        resources_ttl: (n) => [call('WithResourcesTTL', String(n))],
        user_tracking_id: (s) => [call('WithUserTrackingID', goString(s))],
        notifications: (n, at) => [call('WithNotifications', this.notifications(n, at))],
        requested_checks: (l, at) =>
          this.e.items(l, at, (c, p) => [call('WithRequestedCheck', this.check(c, p))]),
        requested_tasks: (l, at) =>
          this.e.items(l, at, (t, p) => [call('WithRequestedTask', this.task(t, p))]),
        sdk_config: (c, at) => [call('WithSDKConfig', this.sdkConfig(c, at))],
        required_documents: (l, at) =>
          this.e.items(l, at, (d, p) => [call('WithRequiredDocument', this.document(d, p))]),
        block_biometric_consent: (b) => [call('WithBlockBiometricConsent', String(b))],
        identity_profile_requirements: (o) => (
          json(),
          [call('WithIdentityProfileRequirements', raw(o))]
        ),
        subject: (o) => (json(), [call('WithSubject', raw(o))]),
        advanced_identity_profile_requirements: (o) => (
          json(),
          [call('WithAdvancedIdentityProfileRequirements', raw(o))]
        ),
        create_identity_profile_preview: (b) => [
          call('WithCreateIdentityProfilePreview', String(b)),
        ],
        import_token: (t) => [
          call(
            'WithImportToken',
            this.b('create', 'NewImportTokenBuilder', [call('WithTTL', String(t.ttl))]),
          ),
        ],
        ephemeral_media: (b) => [call('WithEphemeralMedia', String(b))],
      }),
      'sessionSpec',
    );
  }

  notifications(n: NonNullable<SessionSpec['notifications']>, at: JsonPath): Build {
    return this.b(
      'create',
      'NewNotificationConfigBuilder',
      this.e.fields(n, at, {
        endpoint: (s) => [call('WithEndpoint', goString(s))],
        auth_token: (s) => [call('WithAuthToken', goString(s))],
        topics: (l) =>
          l.map((t) =>
            TOPICS.includes(t) ? call(`For${pascal(t)}`) : call('WithTopic', goString(t)),
          ),
      }),
      'notifications',
    );
  }

  check(c: RequestedCheck, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    const check = (ctor: string, steps: Step[]) => this.b('check', `New${ctor}Builder`, steps);
    switch (c.type) {
      case 'ID_DOCUMENT_AUTHENTICITY':
        return check(
          'RequestedDocumentAuthenticityCheck',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'LIVENESS':
        return check(
          'RequestedLivenessCheck',
          this.e.fields(c.config, cfg, {
            liveness_type: (t) => [call(`For${pascal(t)}Liveness`)],
            max_retries: (n) => [call('WithMaxRetries', String(n))],
            manual_check: () => [call('WithManualCheckNever')],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return check(
          'RequestedFaceMatchCheck',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'FACE_COMPARISON':
        return check(
          'RequestedFaceComparisonCheck',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'ID_DOCUMENT_COMPARISON':
        return check('RequestedIDDocumentComparisonCheck', []);
      case 'THIRD_PARTY_IDENTITY':
        return check('RequestedThirdPartyIdentityCheck', this.e.fields(c.config, cfg, {}));
      case 'WATCHLIST_SCREENING':
        return check(
          'RequestedWatchlistScreeningCheck',
          this.e.fields(c.config, cfg, {
            categories: (l) =>
              l.map((k) =>
                k === 'ADVERSE-MEDIA'
                  ? call('WithAdverseMediaCategory')
                  : k === 'SANCTIONS'
                    ? call('WithSanctionsCategory')
                    : call('WithCategory', goString(k)),
              ),
          }),
        );
      case 'WATCHLIST_ADVANCED_CA':
        return this.ca(c.config, cfg);
      default:
        throw new Error(`codegen(go): ${c.type} is not sent`);
    }
  }

  ca(c: Extract<RequestedCheck, { type: 'WATCHLIST_ADVANCED_CA' }>['config'], at: JsonPath): Build {
    const shared = {
      remove_deceased: (b: boolean) => [call('WithRemoveDeceased', String(b))],
      share_url: (b: boolean) => [call('WithShareURL', String(b))],
      sources: (s: NonNullable<typeof c.sources>) =>
        s.type === 'TYPE_LIST'
          ? [call('WithSources', `check.RequestedTypeListSources{Types: ${list(s.types)}}`)]
          : [],
      matching_strategy: (m: NonNullable<typeof c.matching_strategy>) => [
        call(
          'WithMatchingStrategy',
          m.type === 'EXACT'
            ? 'check.RequestedExactMatchingStrategy{ExactMatch: true}'
            : `check.RequestedFuzzyMatchingStrategy{Fuzziness: ${numberLiteral(m.fuzziness)}}`,
        ),
      ],
    };
    if (c.type === 'WITH_YOTI_ACCOUNT')
      return this.b(
        'check',
        'NewRequestedWatchlistAdvancedCACheckYotiAccountBuilder',
        this.e.fields(c, at, shared),
      );
    return this.b(
      'check',
      'NewRequestedWatchlistAdvancedCACheckCustomAccountBuilder',
      this.e.fields(c, at, {
        api_key: (s) => [call('WithAPIKey', goString(s))],
        monitoring: (b) => [call('WithMonitoring', String(b))],
        tags: (t) => [
          call(
            'WithTags',
            `map[string]string{${Object.entries(t)
              .map(([k, v]) => `${goString(k)}: ${goString(v)}`)
              .join(', ')}}`,
          ),
        ],
        client_ref: (s) => [call('WithClientRef', goString(s))],
        ...shared,
      }),
    );
  }

  task(t: RequestedTask, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    if (t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')
      return this.b(
        'task',
        'NewRequestedSupplementaryDocTextExtractionTaskBuilder',
        this.e.fields(t.config, cfg, { manual_check: this.manual }),
      );
    return this.b(
      'task',
      'NewRequestedTextExtractionTaskBuilder',
      this.e.fields(t.config, cfg, {
        manual_check: this.manual,
        chip_data: (d) => [call(`WithChipData${pascal(d)}`)],
        create_expanded_document_fields: (b) => [call('WithExpandedDocumentFields', String(b))],
      }),
    );
  }

  sdkConfig(c: NonNullable<SessionSpec['sdk_config']>, at: JsonPath): Build {
    const str = (m: string) => (s: string) => [call(m, goString(s))];
    return this.b(
      'create',
      'NewSdkConfigBuilder',
      this.e.fields(c, at, {
        allowed_capture_methods: (m) => [
          call(m === 'CAMERA' ? 'WithAllowsCamera' : 'WithAllowsCameraAndUpload'),
        ],
        primary_colour: str('WithPrimaryColour'),
        secondary_colour: str('WithSecondaryColour'),
        font_colour: str('WithFontColour'),
        locale: str('WithLocale'),
        preset_issuing_country: str('WithPresetIssuingCountry'),
        success_url: str('WithSuccessUrl'),
        error_url: str('WithErrorUrl'),
        privacy_policy_url: str('WithPrivacyPolicyUrl'),
        biometric_consent_flow: (f) => [call(`With${pascal(f)}BiometricConsentFlow`)],
        allow_handoff: (b) => [call('WithAllowHandOff', String(b))],
        attempts_configuration: (a, ap) =>
          this.e.fields(a, ap, {
            ID_DOCUMENT_TEXT_DATA_EXTRACTION: (cats) =>
              Object.entries(cats).map(([k, n]) =>
                k === 'GENERIC' || k === 'RECLASSIFICATION'
                  ? call(`WithIdDocumentTextExtraction${pascal(k)}Attempts`, String(n))
                  : call('WithIdDocumentTextExtractionCategoryAttempts', goString(k), String(n)),
              ),
          }),
        brand_id: str('WithBrandId'),
        dark_mode: (d) => [call(`WithDarkMode${pascal(d)}`)],
        primary_colour_dark_mode: str('WithPrimaryColourDarkMode'),
      }),
      'sdkConfig',
    );
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    const filter = (f: DocumentFilter, p: JsonPath) => [call('WithFilter', this.filter(f, p))];
    if (d.type === 'ID_DOCUMENT')
      return this.b('filter', 'NewRequiredIDDocumentBuilder', this.e.fields(d, at, { filter }));
    return this.b(
      'filter',
      'NewRequiredSupplementaryDocumentBuilder',
      this.e.fields(d, at, {
        objective: () => [
          call('WithObjective', this.b('objective', 'NewProofOfAddressObjectiveBuilder', [])),
        ],
        document_types: (l) => [call('WithDocumentTypes', list(l))],
        country_codes: (l) => [call('WithCountryCodes', list(l))],
        filter,
      }),
    );
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const lists = (kind: string, inclusion: string, codes: string[]) => [
      call(`With${inclusion === 'WHITELIST' ? 'Included' : 'Excluded'}${kind}`, list(codes)),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        'filter',
        'NewRequestedOrthogonalRestrictionsFilterBuilder',
        this.e.fields(f, at, {
          country_restriction: (r) => lists('Countries', r.inclusion, r.country_codes),
          type_restriction: (r) => lists('DocumentTypes', r.inclusion, r.document_types),
          allow_expired_documents: (b) => [call('WithExpiredDocuments', String(b))],
          allow_non_latin_documents: (b) => [call('WithNonLatinDocuments', String(b))],
        }),
        'documentFilter',
      );
    return this.b(
      'filter',
      'NewRequestedDocumentRestrictionsFilterBuilder',
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'ForIncludeList' : 'ForExcludeList')],
        documents: (docs) =>
          docs.map((d) =>
            call(
              'WithDocumentRestriction',
              this.b('filter', 'NewRequestedDocumentRestrictionBuilder', [
                ...(d.country_codes ? [call('WithCountryCodes', list(d.country_codes))] : []),
                ...(d.document_types ? [call('WithDocumentTypes', list(d.document_types))] : []),
              ]),
            ),
          ),
        allow_expired_documents: (b) => [call('WithExpiredDocuments', String(b))],
        allow_non_latin_documents: (b) => [call('WithAllowNonLatinDocuments', String(b))],
      }),
    );
  }
}

const FATAL = ['if err != nil {', '\tlog.Fatal(err)', '}'];

/** The Go program. */
export function goCode(spec: SessionSpec): string {
  const gen = new GoGen(new Emitter(spec, 'go'));
  const session = gen.session(spec);
  // Never shadow a package name: `check, err := check.New…()` would not compile.
  const fresh = nameGenerator([
    'key',
    'client',
    'err',
    'result',
    'check',
    'task',
    'filter',
    'objective',
    'create',
    'docscan',
    'json',
    'fmt',
    'log',
    'os',
  ]);
  const { lines } = goStatements(session, fresh, FATAL);
  const std = ['fmt', 'log', 'os', ...[...gen.packages].filter((p) => !p.includes('.'))].sort();
  const sdk = [...gen.packages].filter((p) => p.includes('.')).sort();
  const body = [
    'key, err := os.ReadFile(os.Getenv("YOTI_KEY_FILE_PATH"))',
    ...FATAL,
    'client, err := docscan.NewClient(os.Getenv("YOTI_CLIENT_SDK_ID"), key)',
    ...FATAL,
    '',
    ...lines.flatMap((l) => (l.startsWith('}') ? [l, ''] : [l])),
    'result, err := client.CreateSession(sessionSpec)',
    ...FATAL,
    '',
    'fmt.Println("Session ID:", result.SessionID)',
    'fmt.Println("Client session token:", result.ClientSessionToken)',
  ];
  return [
    '// Creates a Yoti IDV session with the Go SDK (github.com/getyoti/yoti-go-sdk/v3 v3.15.0).',
    '// Run: YOTI_CLIENT_SDK_ID=... YOTI_KEY_FILE_PATH=/path/to/key.pem go run main.go',
    '// YOTI_DOC_SCAN_API_URL overrides the API base URL.',
    'package main',
    '',
    'import (',
    ...std.map((p) => `\t"${p}"`),
    '',
    ...sdk.map((p) => `\t"${p}"`),
    ')',
    '',
    'func main() {',
    ...body.map((l) =>
      l
        ? l
            .split('\n')
            .map((x) => `\t${x}`)
            .join('\n')
        : '',
    ),
    '}',
    '',
  ].join('\n');
}
