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
import type { JsonPath, RequestedCheck, SessionSpec } from '../spec/index';
import { CamelGen, TOPIC_METHODS, type CaConfig } from './camel';
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
  ...TOPIC_METHODS,
  CLIENT_SESSION_TOKEN_DELETED: 'forClientSessionCompletion',
};

class PhpGen extends CamelGen {
  protected override topics = TOPICS;

  b(cls: string, steps: Step[]): Build {
    this.used.add(cls);
    return build(`(new ${cls}())`, steps, '');
  }

  str = phpString;
  list = list;
  tags = (t: Record<string, string>) =>
    `[${Object.entries(t)
      .map(([k, v]) => `${phpString(k)} => ${phpString(v)}`)
      .join(', ')}]`;
  protected biometricConsentFlow = (f: string) => [call('withBiometricConsentFlow', phpString(f))];

  // withIdDocumentTextExtractionGenericRetries is a no-op in PHP 4.5.0 (reference §14.7).
  protected override retriesMethod(category: 'GENERIC' | 'RECLASSIFICATION'): string {
    return category === 'GENERIC'
      ? 'withIdDocumentTextExtractionGenericAttempts'
      : super.retriesMethod(category);
  }

  protected override filterFlags() {
    return {
      allow_expired_documents: (b: boolean) => [
        call(b ? 'withAllowExpiredDocuments' : 'withDenyExpiredDocuments'),
      ],
      allow_non_latin_documents: () => [call('withAllowNonLatinDocuments')],
    };
  }

  /** The PHP builder requires sources and a matching strategy; without them, send the Node SDK's defaults. */
  override caConfig(c: CaConfig, at: JsonPath): Build {
    return super.caConfig(
      {
        ...c,
        sources: c.sources ?? { type: 'TYPE_LIST', types: [] },
        matching_strategy: c.matching_strategy ?? { type: 'EXACT' },
      },
      at,
    );
  }

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
              this.e.fields(c.config, cfg, { categories: this.categories }),
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
