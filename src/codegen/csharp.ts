/**
 * C#: the Yoti NuGet package 3.18.0, `Yoti.Auth.DocScan…` builders, as in Yoti's .NET docs.
 *
 * Method names from the reference §12 tables (C# column), checked against getyoti/yoti-dotnet-sdk
 * src/Yoti.Auth/DocScan/Session/Create/: SessionSpecificationBuilder.cs (identity profile and subject
 * are `object`), AdvancedIdentityProfile.cs (POCOs without a scheme config),
 * Check/RequestedWatchlistAdvancedCaCheckBuilder{,.CustomAccount,.YotiAccount}.cs (the shared
 * methods return the base builder, so the account-specific ones come first),
 * Check/Advanced/RequestedTypeListSources.cs (constructor arguments),
 * Filter/{Orthogonal,Document}RestrictionsFilterBuilder.cs (WithDocumentRestriction(countries, types)).
 * Namespaces follow the folders (Check, Check.Advanced, Filter, Objectives, Task).
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
import { IDENTIFIER, csString, numberLiteral } from './literals';
import { pascal } from './words';

const STYLE: ChainStyle = { dot: '.', indent: '    ', comment: (t) => `// ${t}` };
const NS = 'Yoti.Auth.DocScan.Session.Create';

const list = (l: readonly string[] | undefined) =>
  l === undefined ? 'null' : `new List<string> { ${l.map(csString).join(', ')} }`;

/** An anonymous object (or a dictionary where a key is no C# identifier) for a JSON value. */
export function csLiteral(v: unknown): string {
  if (typeof v === 'string') return csString(v);
  if (Array.isArray(v)) return `new object[] { ${v.map(csLiteral).join(', ')} }`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.every(([k]) => IDENTIFIER.test(k)))
      return `new { ${entries.map(([k, x]) => `${k} = ${csLiteral(x)}`).join(', ')} }`;
    return `new Dictionary<string, object> { ${entries.map(([k, x]) => `{ ${csString(k)}, ${csLiteral(x)} }`).join(', ')} }`;
  }
  if (v === null) return 'null';
  return typeof v === 'number' ? numberLiteral(v) : String(v);
}

const TOPICS: Record<string, string> = {
  RESOURCE_UPDATE: 'ForResourceUpdate',
  TASK_COMPLETION: 'ForTaskCompletion',
  CHECK_COMPLETION: 'ForCheckCompletion',
  SESSION_COMPLETION: 'ForSessionCompletion',
  CLIENT_SESSION_TOKEN_DELETED: 'ForClientSessionCompletion',
};

class CsharpGen {
  readonly namespaces = new Set<string>([NS]);
  constructor(readonly e: Emitter) {}

  b(cls: string, steps: Step[], ns = NS): Build {
    this.namespaces.add(ns);
    return build(`new ${cls}()`, steps, '', 'Build');
  }

  manual = (m: string) => [call(`WithManualCheck${pascal(m)}`)];

  session(spec: SessionSpec, hoist: (name: string, b: Build) => string): Build {
    return this.b(
      'SessionSpecificationBuilder',
      this.e.fields(spec, [], {
        client_session_token_ttl: (n) => [call('WithClientSessionTokenTtl', String(n))],
        session_deadline: (d) => {
          this.namespaces.add('System.Globalization');
          return [
            call(
              'WithSessionDeadline',
              `DateTimeOffset.Parse(${csString(d)}, CultureInfo.InvariantCulture)`,
            ),
          ];
        },
        resources_ttl: (n) => [call('WithResourcesTtl', String(n))],
        user_tracking_id: (s) => [call('WithUserTrackingId', csString(s))],
        notifications: (n, at) => [
          call('WithNotifications', hoist('notifications', this.notifications(n, at))),
        ],
        requested_checks: (l, at) =>
          this.e.items(l, at, (c, p) => [call('WithRequestedCheck', this.check(c, p))]),
        requested_tasks: (l, at) =>
          this.e.items(l, at, (t, p) => [call('WithRequestedTask', this.task(t, p))]),
        sdk_config: (c, at) => [call('WithSdkConfig', hoist('sdkConfig', this.sdkConfig(c, at)))],
        required_documents: (l, at) =>
          this.e.items(l, at, (d, p) => [call('WithRequiredDocument', this.document(d, p))]),
        block_biometric_consent: (b) => [call('WithBlockBiometricConsent', String(b))],
        identity_profile_requirements: (o) => [
          call('WithIdentityProfileRequirements', csLiteral(o)),
        ],
        subject: (o) => [call('WithSubject', csLiteral(o))],
        advanced_identity_profile_requirements: (a) => [
          call('WithAdvancedIdentityProfileRequirements', this.advanced(a)),
        ],
        create_identity_profile_preview: (b) => [
          call('WithCreateIdentityProfilePreview', String(b)),
        ],
      }),
    );
  }

  advanced(a: NonNullable<SessionSpec['advanced_identity_profile_requirements']>): string {
    const profiles = a.profiles.map((p) => {
      const schemes = p.schemes.map((s) => {
        const fields = [`label = ${csString(s.label)}`, `type = ${csString(s.type)}`];
        if (s.objective !== undefined) fields.push(`objective = ${csString(s.objective)}`);
        return `new Scheme { ${fields.join(', ')} }`;
      });
      return `new Profile { trust_framework = ${csString(p.trust_framework)}, schemes = new List<Scheme> { ${schemes.join(', ')} } }`;
    });
    return `new AdvancedIdentityProfile { profiles = new List<Profile> { ${profiles.join(', ')} } }`;
  }

  notifications(n: NonNullable<SessionSpec['notifications']>, at: JsonPath): Build {
    return this.b(
      'NotificationConfigBuilder',
      this.e.fields(n, at, {
        endpoint: (s) => [call('WithEndpoint', csString(s))],
        auth_token: (s) => [call('WithAuthToken', csString(s))],
        auth_type: (t) => [call(`WithAuthType${pascal(t)}`)],
        topics: (l) => l.map((t) => (TOPICS[t] ? call(TOPICS[t]) : call('WithTopic', csString(t)))),
      }),
    );
  }

  check(c: RequestedCheck, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    const check = (cls: string, steps: Step[]) => this.b(cls, steps, `${NS}.Check`);
    switch (c.type) {
      case 'ID_DOCUMENT_AUTHENTICITY':
        return check(
          'RequestedDocumentAuthenticityCheckBuilder',
          this.e.fields(c.config, cfg, {
            manual_check: this.manual,
            issuing_authority_sub_check: (s, sp) => {
              const f = [...sp, 'filter'];
              return [
                call(
                  'WithIssuingAuthoritySubCheck',
                  ...(s.filter && !this.e.omitted(f) ? [this.filter(s.filter, f)] : []),
                ),
              ];
            },
          }),
        );
      case 'LIVENESS':
        return check(
          'RequestedLivenessCheckBuilder',
          this.e.fields(c.config, cfg, {
            liveness_type: (t) => [call(`For${pascal(t)}Liveness`)],
            max_retries: (n) => [call('WithMaxRetries', String(n))],
            manual_check: (m) => [call('WithManualCheck', csString(m))],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return check(
          'RequestedFaceMatchCheckBuilder',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'FACE_COMPARISON':
        // The .NET builder only has WithManualCheckNever(); coverage reports another value.
        return check('RequestedFaceComparisonCheckBuilder', [
          ...this.e.notesAt([...cfg, 'manual_check']),
          call('WithManualCheckNever'),
        ]);
      case 'ID_DOCUMENT_COMPARISON':
        return check('RequestedIdDocumentComparisonCheckBuilder', []);
      case 'THIRD_PARTY_IDENTITY':
        return check('RequestedThirdPartyIdentityCheckBuilder', this.e.fields(c.config, cfg, {}));
      case 'WATCHLIST_SCREENING':
        return check(
          'RequestedWatchlistScreeningCheckBuilder',
          this.e.fields(c.config, cfg, {
            categories: (l) =>
              l.map((k) =>
                k === 'ADVERSE-MEDIA'
                  ? call('ForAdverseMedia')
                  : k === 'SANCTIONS'
                    ? call('ForSanctions')
                    : call('WithCategory', csString(k)),
              ),
          }),
        );
      case 'WATCHLIST_ADVANCED_CA':
        return this.ca(c.config, cfg);
      default:
        throw new Error(`codegen(csharp): ${c.type} is not sent`);
    }
  }

  /** The account-specific methods first: the shared ones return the base builder type. */
  ca(c: Extract<RequestedCheck, { type: 'WATCHLIST_ADVANCED_CA' }>['config'], at: JsonPath): Build {
    this.namespaces.add(`${NS}.Check.Advanced`);
    const shared = {
      remove_deceased: (b: boolean) => [call('WithRemoveDeceased', String(b))],
      share_url: (b: boolean) => [call('WithShareUrl', String(b))],
      sources: (s: NonNullable<typeof c.sources>) => [
        call(
          'WithSources',
          s.type === 'TYPE_LIST'
            ? `new RequestedTypeListSources(${list(s.types)})`
            : `new RequestedSearchProfileSources(${csString(s.search_profile)})`,
        ),
      ],
      matching_strategy: (m: NonNullable<typeof c.matching_strategy>) => [
        call(
          'WithMatchingStrategy',
          m.type === 'EXACT'
            ? 'new RequestedExactMatchingStrategy()'
            : `new RequestedFuzzyMatchingStrategy(${numberLiteral(m.fuzziness)})`,
        ),
      ],
    };
    const ns = `${NS}.Check`;
    if (c.type === 'WITH_YOTI_ACCOUNT')
      return this.b(
        'RequestedWatchlistAdvancedCaCheckBuilderYotiAccount',
        this.e.fields(c, at, shared),
        ns,
      );
    return this.b(
      'RequestedWatchlistAdvancedCaCheckBuilderCustomAccount',
      this.e.fields(c, at, {
        api_key: (s) => [call('WithApiKey', csString(s))],
        monitoring: (b) => [call('WithMonitoring', String(b))],
        tags: (t) => [
          call(
            'WithTags',
            `new Dictionary<string, string> { ${Object.entries(t)
              .map(([k, v]) => `{ ${csString(k)}, ${csString(v)} }`)
              .join(', ')} }`,
          ),
        ],
        client_ref: (s) => [call('WithClientRef', csString(s))],
        ...shared,
      }),
      ns,
    );
  }

  task(t: RequestedTask, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    const ns = `${NS}.Task`;
    if (t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')
      return this.b(
        'RequestedSupplementaryDocTextExtractionTaskBuilder',
        this.e.fields(t.config, cfg, { manual_check: this.manual }),
        ns,
      );
    return this.b(
      'RequestedTextExtractionTaskBuilder',
      this.e.fields(t.config, cfg, {
        manual_check: this.manual,
        chip_data: (d) => [call(`WithChipData${pascal(d)}`)],
        create_expanded_document_fields: (b) => [
          call('WithCreateExpandedDocumentFields', String(b)),
        ],
      }),
      ns,
    );
  }

  sdkConfig(c: NonNullable<SessionSpec['sdk_config']>, at: JsonPath): Build {
    const str = (m: string) => (s: string) => [call(m, csString(s))];
    return this.b(
      'SdkConfigBuilder',
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
        allow_handoff: (b) => [call('WithAllowHandoff', String(b))],
        attempts_configuration: (a, ap) =>
          this.e.fields(a, ap, {
            ID_DOCUMENT_TEXT_DATA_EXTRACTION: (cats) =>
              Object.entries(cats).map(([k, n]) =>
                k === 'GENERIC' || k === 'RECLASSIFICATION'
                  ? call(`WithIdDocumentTextExtraction${pascal(k)}Attempts`, String(n))
                  : call('WithIdDocumentTextExtractionCategoryAttempts', csString(k), String(n)),
              ),
          }),
      }),
    );
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    const ns = `${NS}.Filter`;
    if (d.type === 'ID_DOCUMENT')
      return this.b(
        'RequiredIdDocumentBuilder',
        this.e.fields(d, at, { filter: (f, p) => [call('WithFilter', this.filter(f, p))] }),
        ns,
      );
    return this.b(
      'RequiredSupplementaryDocumentBuilder',
      this.e.fields(d, at, {
        objective: () => [
          call('WithObjective', this.b('ProofOfAddressObjectiveBuilder', [], `${NS}.Objectives`)),
        ],
        document_types: (l) => [call('WithDocumentTypes', list(l))],
        country_codes: (l) => [call('WithCountries', list(l))],
      }),
      ns,
    );
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const ns = `${NS}.Filter`;
    const expired = (b: boolean) => [
      call(b ? 'withAllowExpiredDocuments' : 'withDenyExpiredDocuments'),
    ];
    const lists = (kind: string, inclusion: string, codes: string[]) => [
      call(`With${inclusion === 'WHITELIST' ? 'Included' : 'Excluded'}${kind}`, list(codes)),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        'OrthogonalRestrictionsFilterBuilder',
        this.e.fields(f, at, {
          country_restriction: (r) => lists('Countries', r.inclusion, r.country_codes),
          type_restriction: (r) => lists('DocumentTypes', r.inclusion, r.document_types),
          allow_expired_documents: expired,
          allow_non_latin_documents: (b) => [call('isAllowNonLatinDocuments', String(b))],
        }),
        ns,
      );
    return this.b(
      'DocumentRestrictionsFilterBuilder',
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'ForIncludeList' : 'ForExcludeList')],
        documents: (docs) =>
          docs.map((d) =>
            call('WithDocumentRestriction', list(d.country_codes), list(d.document_types)),
          ),
        allow_expired_documents: expired,
      }),
      ns,
    );
  }
}

/** The C# program (top-level statements). */
export function csharpCode(spec: SessionSpec): string {
  const gen = new CsharpGen(new Emitter(spec, 'csharp'));
  const decls: string[] = [];
  const hoist = (name: string, b: Build) => {
    decls.push(`var ${name} = ${renderChain(b, STYLE, 0)};`, '');
    return name;
  };
  const session = gen.session(spec, hoist);
  const usings = [
    'System',
    'System.Collections.Generic',
    'System.IO',
    'System.Net.Http',
    'Yoti.Auth',
    'Yoti.Auth.DocScan',
    ...gen.namespaces,
  ];
  const unique = [...new Set(usings)].sort((a, b) =>
    a.startsWith('System') === b.startsWith('System')
      ? a.localeCompare(b)
      : a.startsWith('System')
        ? -1
        : 1,
  );
  return [
    '// Creates a Yoti IDV session with the .NET SDK (NuGet package Yoti 3.18.0).',
    '// Run with YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH (your PEM key file) set: dotnet run',
    ...unique.map((u) => `using ${u};`),
    '',
    'var sdkId = Environment.GetEnvironmentVariable("YOTI_CLIENT_SDK_ID");',
    'using StreamReader privateKeyStream = File.OpenText(Environment.GetEnvironmentVariable("YOTI_KEY_FILE_PATH"));',
    'var key = CryptoEngine.LoadRsaKey(privateKeyStream);',
    'var docScanClient = new DocScanClient(sdkId, key, new HttpClient());',
    '',
    ...decls,
    `var sessionSpec = ${renderChain(session, STYLE, 0)};`,
    '',
    'CreateSessionResult session = docScanClient.CreateSession(sessionSpec);',
    '',
    'Console.WriteLine($"Session ID: {session.SessionId}");',
    'Console.WriteLine($"Client session token: {session.ClientSessionToken}");',
    '',
  ].join('\n');
}
