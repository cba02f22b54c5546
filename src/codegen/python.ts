/**
 * Python: the `yoti` package 2.14.6, `yoti_python_sdk.doc_scan`, as in Yoti's Python docs.
 *
 * Method names from the reference §12 tables (Python column), checked against getyoti/yoti-python-sdk
 * yoti_python_sdk/doc_scan/__init__.py (top-level exports), session/create/session_spec.py,
 * sdk_config.py, notification_config.py, check/{document_authenticity,liveness,face_match,
 * document_comparison,watchlist_screen}.py, task/{text_extraction,supplementary_doc_text_extraction}.py,
 * filter/__init__.py and orthogonal_restrictions_filter.py, objective/__init__.py. Python has no
 * identity profiles, subject or attempts configuration, so those are left out with a comment.
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
import { pyString } from './literals';
import { snake } from './words';

const STYLE: ChainStyle = { dot: '.', indent: '    ', comment: (t) => `# ${t}`, flat: true };
const M = 'yoti_python_sdk.doc_scan';
const MODULES: Record<string, string> = {
  WatchlistScreeningCheckBuilder: `${M}.session.create.check.watchlist_screen`,
  RequestedSupplementaryDocTextExtractionTaskBuilder: `${M}.session.create.task.supplementary_doc_text_extraction`,
  RequiredIdDocumentBuilder: `${M}.session.create.filter`,
  RequiredSupplementaryDocumentBuilder: `${M}.session.create.filter`,
  OrthogonalRestrictionsFilterBuilder: `${M}.session.create.filter`,
  DocumentRestrictionsFilterBuilder: `${M}.session.create.filter`,
  DocumentRestrictionBuilder: `${M}.session.create.filter`,
  ProofOfAddressObjectiveBuilder: `${M}.session.create.objective`,
};
const list = (l: readonly string[]) => `[${l.map(pyString).join(', ')}]`;
const bool = (b: boolean) => (b ? 'True' : 'False');
const TOPICS = ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'];

class PythonGen {
  readonly used = new Set<string>();
  constructor(readonly e: Emitter) {}

  b(cls: string, steps: Step[]): Build {
    this.used.add(cls);
    return build(`${cls}()`, steps, '');
  }

  manual = (m: string) => [call(`with_manual_check_${snake(m)}`)];

  session(spec: SessionSpec, hoist: (name: string, b: Build) => string): Build {
    return this.b(
      'SessionSpecBuilder',
      this.e.fields(spec, [], {
        client_session_token_ttl: (n) => [call('with_client_session_token_ttl', String(n))],
        session_deadline: (d) => [call('with_session_deadline', pyString(d))],
        resources_ttl: (n) => [call('with_resources_ttl', String(n))],
        user_tracking_id: (s) => [call('with_user_tracking_id', pyString(s))],
        notifications: (n, at) => [
          call('with_notifications', hoist('notifications', this.notifications(n, at))),
        ],
        requested_checks: (l, at) =>
          this.e.items(l, at, (c, p) => [call('with_requested_check', this.check(c, p))]),
        requested_tasks: (l, at) =>
          this.e.items(l, at, (t, p) => [call('with_requested_task', this.task(t, p))]),
        sdk_config: (c, at) => [
          call('with_sdk_config', hoist('sdk_config', this.sdkConfig(c, at))),
        ],
        required_documents: (l, at) =>
          this.e.items(l, at, (d, p) => [call('with_required_document', this.document(d, p))]),
        block_biometric_consent: (b) => [call('with_block_biometric_consent', bool(b))],
      }),
    );
  }

  notifications(n: NonNullable<SessionSpec['notifications']>, at: JsonPath): Build {
    return this.b(
      'NotificationConfigBuilder',
      this.e.fields(n, at, {
        endpoint: (s) => [call('with_endpoint', pyString(s))],
        auth_token: (s) => [call('with_auth_token', pyString(s))],
        auth_type: (t) => [call(`with_${snake(t)}_auth_type`)],
        topics: (l) =>
          l.map((t) =>
            TOPICS.includes(t) ? call(`for_${snake(t)}`) : call('with_topic', pyString(t)),
          ),
      }),
    );
  }

  check(c: RequestedCheck, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    switch (c.type) {
      case 'ID_DOCUMENT_AUTHENTICITY':
        return this.b(
          'RequestedDocumentAuthenticityCheckBuilder',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'LIVENESS':
        return this.b(
          'RequestedLivenessCheckBuilder',
          this.e.fields(c.config, cfg, {
            liveness_type: (t) => [call(`for_${snake(t)}_liveness`)],
            max_retries: (n) => [call('with_max_retries', String(n))],
            manual_check: () => [call('with_manual_check_never')],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return this.b(
          'RequestedFaceMatchCheckBuilder',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'ID_DOCUMENT_COMPARISON':
        return this.b('RequestedIDDocumentComparisonCheckBuilder', []);
      case 'WATCHLIST_SCREENING':
        return this.b(
          'WatchlistScreeningCheckBuilder',
          this.e.fields(c.config, cfg, {
            categories: (l) => [call('with_categories', list(l))],
            manual_check: (m) => [call('with_manual_check', pyString(m))],
          }),
        );
      default:
        throw new Error(`codegen(python): ${c.type} is not sent`);
    }
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
        chip_data: (d) => [call(`with_chip_data_${snake(d)}`)],
      }),
    );
  }

  sdkConfig(c: NonNullable<SessionSpec['sdk_config']>, at: JsonPath): Build {
    const str = (m: string) => (s: string) => [call(m, pyString(s))];
    return this.b(
      'SdkConfigBuilder',
      this.e.fields(c, at, {
        allowed_capture_methods: (m) => [
          call(m === 'CAMERA' ? 'with_allows_camera' : 'with_allows_camera_and_upload'),
        ],
        primary_colour: str('with_primary_colour'),
        secondary_colour: str('with_secondary_colour'),
        font_colour: str('with_font_colour'),
        locale: str('with_locale'),
        preset_issuing_country: str('with_preset_issuing_country'),
        success_url: str('with_success_url'),
        error_url: str('with_error_url'),
        privacy_policy_url: str('with_privacy_policy_url'),
        allow_handoff: (b) => [call('with_allow_handoff', bool(b))],
        brand_id: str('with_brand_id'),
        suppressed_screens: (l) => [call('with_suppressed_screens', list(l))],
      }),
    );
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    if (d.type === 'ID_DOCUMENT')
      return this.b(
        'RequiredIdDocumentBuilder',
        this.e.fields(d, at, { filter: (f, p) => [call('with_filter', this.filter(f, p))] }),
      );
    return this.b(
      'RequiredSupplementaryDocumentBuilder',
      this.e.fields(d, at, {
        objective: () => [call('with_objective', this.b('ProofOfAddressObjectiveBuilder', []))],
        document_types: (l) => [call('with_document_types', list(l))],
        country_codes: (l) => [call('with_country_codes', list(l))],
      }),
    );
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const lists = (kind: string, inclusion: string, codes: string[]) => [
      call(
        `with_${inclusion === 'WHITELIST' ? 'whitelisted' : 'blacklisted'}_${kind}`,
        list(codes),
      ),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        'OrthogonalRestrictionsFilterBuilder',
        this.e.fields(f, at, {
          country_restriction: (r) => lists('country_codes', r.inclusion, r.country_codes),
          type_restriction: (r) => lists('document_types', r.inclusion, r.document_types),
          allow_non_latin_documents: (b) => [
            call(b ? 'allow_non_latin_documents' : 'disable_non_latin_documents'),
          ],
        }),
      );
    return this.b(
      'DocumentRestrictionsFilterBuilder',
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'for_whitelist' : 'for_blacklist')],
        documents: (docs) =>
          docs.map((d) =>
            call(
              'with_document_restriction',
              this.b('DocumentRestrictionBuilder', [
                ...(d.country_codes ? [call('with_country_codes', list(d.country_codes))] : []),
                ...(d.document_types ? [call('with_document_types', list(d.document_types))] : []),
              ]),
            ),
          ),
      }),
    );
  }
}

const statement = (name: string, b: Build) => `${name} = (\n    ${renderChain(b, STYLE, 1)}\n)`;

/** The Python script. */
export function pythonCode(spec: SessionSpec): string {
  const gen = new PythonGen(new Emitter(spec, 'python'));
  const decls: string[] = [];
  const hoist = (name: string, b: Build) => {
    decls.push(statement(name, b), '');
    return name;
  };
  const session = gen.session(spec, hoist);
  const byModule = new Map<string, string[]>([[M, ['DocScanClient']]]);
  for (const cls of gen.used) {
    const mod = MODULES[cls] ?? M;
    byModule.set(mod, [...(byModule.get(mod) ?? []), cls]);
  }
  const imports = [...byModule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([mod, names]) =>
        `from ${mod} import (\n${[...names]
          .sort()
          .map((n) => `    ${n},`)
          .join('\n')}\n)`,
    );
  return [
    '# Creates a Yoti IDV session with the Python SDK (yoti 2.14.6).',
    '# Run: YOTI_CLIENT_SDK_ID=... YOTI_KEY_FILE_PATH=/path/to/key.pem python create_session.py',
    'import os',
    '',
    ...imports,
    '',
    ...decls,
    statement('session_spec', session),
    '',
    'client = DocScanClient(os.environ["YOTI_CLIENT_SDK_ID"], os.environ["YOTI_KEY_FILE_PATH"])',
    'session = client.create_session(session_spec)',
    '',
    'print("Session ID:", session.session_id)',
    'print("Client session token:", session.client_session_token)',
    '',
  ].join('\n');
}
