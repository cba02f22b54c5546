/**
 * Node: the `yoti` npm package (4.13.2), promises, as in the SDK's README.
 *
 * Checked against the installed package: index.js (exports), src/idv_service/session/create/
 * session.specification(.builder).js, sdk.config.builder.js, notification.config(.builder).js,
 * check/*.builder.js (liveness defaults max_retries to 1; face comparison only withManualCheckNever;
 * advanced CA config defaults), task/*.builder.js, filters/**, objective/**,
 * identity_profile/advanced/** (the exported scheme-config "builder" is the config class),
 * src/request/request.builder.js and payload.js (the raw-JSON path), config/yoti.js.
 *
 * What the builders cannot express is added to the built JSON and sent with the SDK's public
 * RequestBuilder, which signs exactly like IDVClient: the documented way to send hand-built JSON.
 */
import type { JsonPath, RequestedCheck, SessionSpec } from '../spec/index';
import { CamelGen } from './camel';
import { build, call, renderChain, type Build, type ChainStyle, type Step } from './chain';
import { Emitter, noteText } from './emit';
import { IDENTIFIER, jsString } from './literals';
import { pascal } from './words';

const STYLE: ChainStyle = { dot: '.', indent: '  ', comment: (t) => `// ${t}` };
const SCHEME_CONFIG_BUILDER =
  'yoti/src/idv_service/session/create/identity_profile/advanced/advanced.identity.profile.scheme.config.builder';

/** A JavaScript literal for a JSON value, keys unquoted where they are identifiers. */
export function jsLiteral(v: unknown): string {
  if (typeof v === 'string') return jsString(v);
  if (Array.isArray(v)) return `[${v.map(jsLiteral).join(', ')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(
      ([k, x]) => `${IDENTIFIER.test(k) ? k : jsString(k)}: ${jsLiteral(x)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return String(v);
}

class NodeGen extends CamelGen {
  b(cls: string, steps: Step[]): Build {
    this.used.add(cls);
    return build(`new ${cls}()`, steps, '');
  }

  str = jsString;
  list = jsLiteral;
  tags = jsLiteral;
  protected biometricConsentFlow = (f: string) => [call(`with${pascal(f)}BiometricConsentFlow`)];
  protected override sdkConfigExtras() {
    return {};
  }

  session(spec: SessionSpec): { decls: [string, Build][]; spec: Build } {
    const decls: [string, Build][] = [];
    const hoist = (name: string, b: Build) => {
      decls.push([name, b]);
      return name;
    };
    const steps = this.e.fields(spec, [], {
      client_session_token_ttl: (n) => [call('withClientSessionTokenTtl', String(n))],
      session_deadline: (d) => [call('withSessionDeadline', `new Date(${jsString(d)})`)],
      resources_ttl: (n) => [call('withResourcesTtl', String(n))],
      user_tracking_id: (s) => [call('withUserTrackingId', jsString(s))],
      notifications: (n, at) => [
        call('withNotifications', hoist('notifications', this.notifications(n, at))),
      ],
      requested_checks: (list, at) =>
        this.e.items(list, at, (c, p) => [call('withRequestedCheck', this.check(c, p))]),
      requested_tasks: (list, at) =>
        this.e.items(list, at, (t, p) => [call('withRequestedTask', this.task(t, p))]),
      sdk_config: (c, at) => [call('withSdkConfig', hoist('sdkConfig', this.sdkConfig(c, at)))],
      required_documents: (list, at) =>
        this.e.items(list, at, (d, p) => [call('withRequiredDocument', this.document(d, p))]),
      block_biometric_consent: (b) => [call('withBlockBiometricConsent', String(b))],
      identity_profile_requirements: (o) => [call('withIdentityProfileRequirements', jsLiteral(o))],
      subject: (o) => [call('withSubject', jsLiteral(o))],
      advanced_identity_profile_requirements: (a, at) => [
        call(
          'withAdvancedIdentityProfileRequirements',
          this.b(
            'AdvancedIdentityProfileRequirementsBuilder',
            this.e.items(a.profiles, [...at, 'profiles'], (p, pp) => [
              call(
                'withProfile',
                this.b('AdvancedIdentityProfileBuilder', [
                  call('withTrustFramework', jsString(p.trust_framework)),
                  ...this.e.items(p.schemes, [...pp, 'schemes'], (s, sp) => [
                    call(
                      'withScheme',
                      this.b(
                        'AdvancedIdentityProfileSchemeBuilder',
                        this.e.fields(s, sp, {
                          type: (t) => [call('withType', jsString(t))],
                          objective: (o) => [call('withObjective', jsString(o))],
                          label: (l) => [call('withLabel', jsString(l))],
                          config: (c, cp) => [
                            call(
                              'withConfig',
                              this.b(
                                'AdvancedIdentityProfileSchemeConfigBuilder',
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
    });
    return { decls, spec: this.b('SessionSpecificationBuilder', steps) };
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
            liveness_type: (t) => [call(`for${pascal(t)}Liveness`)],
            max_retries: (n) => [call('withMaxRetries', String(n))],
          }),
        );
      case 'ID_DOCUMENT_FACE_MATCH':
        return this.b(
          'RequestedFaceMatchCheckBuilder',
          this.e.fields(c.config, cfg, { manual_check: this.manual }),
        );
      case 'FACE_COMPARISON':
        // The builder only has withManualCheckNever(); another value is set in the JSON below.
        return this.b('RequestedFaceComparisonCheckBuilder', [call('withManualCheckNever')]);
      case 'ID_DOCUMENT_COMPARISON':
        return this.b('RequestedIdDocumentComparisonCheckBuilder', []);
      case 'THIRD_PARTY_IDENTITY':
        return this.b('RequestedThirdPartyIdentityCheckBuilder', this.e.fields(c.config, cfg, {}));
      case 'WATCHLIST_SCREENING':
        return this.b(
          'RequestedWatchlistScreeningCheckBuilder',
          this.e.fields(c.config, cfg, { categories: this.categories }),
        );
      case 'WATCHLIST_ADVANCED_CA':
        return this.b('RequestedWatchlistAdvancedCaCheckBuilder', [
          call('withConfig', this.caConfig(c.config, cfg)),
        ]);
      default:
        throw new Error(`codegen(node): ${c.type} is sent as raw JSON`);
    }
  }
}

/** `body.requested_checks[1].config` */
const accessor = (path: JsonPath) =>
  'body' +
  path
    .map((s) =>
      typeof s === 'number' ? `[${s}]` : IDENTIFIER.test(s) ? `.${s}` : `[${jsString(s)}]`,
    )
    .join('');

function valueAt(spec: SessionSpec, path: JsonPath): unknown {
  let v: unknown = spec;
  for (const s of path) v = (v as Record<string | number, unknown>)[s];
  return v;
}

const chainStatement = (lhs: string, b: Build) => `${lhs} = ${renderChain(b, STYLE, 0)};`;

/** The Node snippet. */
export function nodeCode(spec: SessionSpec): { code: string; e: Emitter } {
  const e = new Emitter(spec, 'node');
  const gen = new NodeGen(e);
  const { decls, spec: specBuild } = gen.session(spec);
  const raw = e.gaps.filter((g) => g.kind === 'raw');
  const usesSchemeConfig = gen.used.delete('AdvancedIdentityProfileSchemeConfigBuilder');
  const client = raw.length ? ['RequestBuilder', 'Payload'] : ['IDVClient'];
  const names = [...client, ...gen.used];
  const out: string[] = [
    '// Creates a Yoti IDV session with the Node SDK (npm package yoti 4.13.2).',
    '// Run: YOTI_CLIENT_SDK_ID=... YOTI_KEY_FILE_PATH=/path/to/key.pem node create-session.js',
    "const fs = require('fs');",
    `const {\n${names.map((n) => `  ${n},`).join('\n')}\n} = require('yoti');`,
  ];
  if (usesSchemeConfig)
    out.push(
      "// yoti 4.13.2 exports the scheme config class under the builder's name, so require the builder itself.",
      `const AdvancedIdentityProfileSchemeConfigBuilder = require(${jsString(SCHEME_CONFIG_BUILDER)});`,
    );
  out.push(
    '',
    'const sdkId = process.env.YOTI_CLIENT_SDK_ID;',
    'const pem = fs.readFileSync(process.env.YOTI_KEY_FILE_PATH);',
    '',
  );
  for (const [name, b] of decls) out.push(chainStatement(`const ${name}`, b), '');
  out.push(chainStatement('const sessionSpec', specBuild), '');
  const print = (id: string, token: string) => [
    "    console.log('Session ID:', " + id + ');',
    "    console.log('Client session token:', " + token + ');',
  ];
  const fail = [
    '  .catch((error) => {',
    '    console.error(error);',
    '    process.exitCode = 1;',
    '  });',
  ];
  if (!raw.length) {
    out.push(
      'const idvClient = new IDVClient(sdkId, pem);',
      '',
      'idvClient',
      '  .createSession(sessionSpec)',
      '  .then((session) => {',
      ...print('session.getSessionId()', 'session.getClientSessionToken()'),
      '  })',
      ...fail,
    );
    return { code: out.join('\n') + '\n', e };
  }
  out.push(
    '// The SDK builders cannot express everything in this spec: add the rest to the JSON body and',
    "// send it with the SDK's RequestBuilder, which signs the request exactly like IDVClient.",
    'const body = JSON.parse(JSON.stringify(sessionSpec));',
  );
  for (const g of raw) {
    out.push(`// ${noteText(g)}`);
    const value = jsLiteral(valueAt(spec, g.at));
    const last = g.at[g.at.length - 1];
    if (typeof last === 'number')
      out.push(`${accessor(g.at.slice(0, -1))}.splice(${last}, 0, ${value});`);
    else out.push(`${accessor(g.at)} = ${value};`);
  }
  out.push(
    '',
    'new RequestBuilder()',
    "  .withBaseUrl(process.env.YOTI_IDV_API_URL || 'https://api.yoti.com/idverify/v1')",
    '  .withPemString(pem.toString())',
    "  .withEndpoint('/sessions')",
    "  .withQueryParam('sdkId', sdkId)",
    '  .withPost()',
    '  .withPayload(new Payload(body))',
    '  .build()',
    '  .execute()',
    '  .then((response) => {',
    '    const session = response.getParsedResponse();',
    ...print('session.session_id', 'session.client_session_token'),
    '  })',
    ...fail,
  );
  return { code: out.join('\n') + '\n', e };
}
