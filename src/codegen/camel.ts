/**
 * The builder chains the camelCase SDKs share. Reference §12 gives Node, Java and PHP the same
 * method names for notifications, tasks, documents, filters, most of sdk_config and the advanced
 * CA config; each generator extends CamelGen with its literals and class names and overrides only
 * where its SDK differs (checked per SDK in the generator's own file).
 */
import type {
  DocumentFilter,
  JsonPath,
  Notifications,
  RequestedCheck,
  RequestedTask,
  RequiredDocument,
  SdkConfig,
} from '../spec/index';
import { call, type Build, type Step } from './chain';
import type { Emitter, Handlers } from './emit';
import { numberLiteral } from './literals';
import { pascal } from './words';

export type CaConfig = Extract<RequestedCheck, { type: 'WATCHLIST_ADVANCED_CA' }>['config'];
type Attempts = NonNullable<SdkConfig['attempts_configuration']>;

/** The topics every camelCase SDK has a `for…()` method for; the others go through withTopic. */
export const TOPIC_METHODS: Readonly<Record<string, string>> = {
  RESOURCE_UPDATE: 'forResourceUpdate',
  TASK_COMPLETION: 'forTaskCompletion',
  CHECK_COMPLETION: 'forCheckCompletion',
  SESSION_COMPLETION: 'forSessionCompletion',
};

export abstract class CamelGen {
  readonly used = new Set<string>();
  /** Topics with a method of their own in this SDK. */
  protected topics = TOPIC_METHODS;

  constructor(readonly e: Emitter) {}

  /** A builder expression for class `cls` with `steps`; records the class for the imports. */
  abstract b(cls: string, steps: Step[]): Build;
  /** A string literal. */
  abstract str(s: string): string;
  /** A literal list of strings. */
  abstract list(items: readonly string[]): string;
  /** A literal string map (the CA config's tags). */
  abstract tags(t: Record<string, string>): string;
  /** `withBiometricConsentFlow…`: each SDK spells it differently. */
  protected abstract biometricConsentFlow(flow: string): Step[];

  /** The SDK's class for a builder named as in Node and PHP (Java drops `Builder`). */
  protected cls(name: string): string {
    return name;
  }

  manual = (m: string): Step[] => [call(`withManualCheck${pascal(m)}`)];
  protected text = (method: string) => (s: string) => [call(method, this.str(s))];
  protected flag = (method: string) => (b: boolean) => [call(method, String(b))];
  /** Watchlist screening categories: two have methods of their own. */
  protected categories = (list: readonly string[]) =>
    list.map((k) =>
      k === 'ADVERSE-MEDIA'
        ? call('withAdverseMediaCategory')
        : k === 'SANCTIONS'
          ? call('withSanctionsCategory')
          : call('withCategory', this.str(k)),
    );

  notifications(n: Notifications, at: JsonPath): Build {
    return this.b(
      this.cls('NotificationConfigBuilder'),
      this.e.fields(n, at, {
        endpoint: this.text('withEndpoint'),
        auth_token: this.text('withAuthToken'),
        auth_type: (t) => [call(`withAuthType${pascal(t)}`)],
        topics: (list) =>
          list.map((t) => {
            const method = this.topics[t];
            return method ? call(method) : call('withTopic', this.str(t));
          }),
      }),
    );
  }

  task(t: RequestedTask, at: JsonPath): Build {
    const cfg = [...at, 'config'];
    if (t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')
      return this.b(
        this.cls('RequestedSupplementaryDocTextExtractionTaskBuilder'),
        this.e.fields(t.config, cfg, { manual_check: this.manual }),
      );
    return this.b(
      this.cls('RequestedTextExtractionTaskBuilder'),
      this.e.fields(t.config, cfg, {
        manual_check: this.manual,
        chip_data: (d) => [call(`withChipData${pascal(d)}`)],
        create_expanded_document_fields: this.flag('withCreateExpandedDocumentFields'),
      }),
    );
  }

  sdkConfig(c: SdkConfig, at: JsonPath): Build {
    return this.b(
      this.cls('SdkConfigBuilder'),
      this.e.fields(c, at, {
        allowed_capture_methods: (m) => [
          call(m === 'CAMERA' ? 'withAllowsCamera' : 'withAllowsCameraAndUpload'),
        ],
        primary_colour: this.text('withPrimaryColour'),
        secondary_colour: this.text('withSecondaryColour'),
        font_colour: this.text('withFontColour'),
        locale: this.text('withLocale'),
        preset_issuing_country: this.text('withPresetIssuingCountry'),
        success_url: this.text('withSuccessUrl'),
        error_url: this.text('withErrorUrl'),
        privacy_policy_url: this.text('withPrivacyPolicyUrl'),
        biometric_consent_flow: (f) => this.biometricConsentFlow(f),
        allow_handoff: this.flag('withAllowHandoff'),
        attempts_configuration: (a, ap) => this.attempts(a, ap),
        brand_id: this.text('withBrandId'),
        suppressed_screens: (list) => this.suppressedScreens(list),
        ...this.sdkConfigExtras(),
      }),
    );
  }

  /** Text-extraction retries, one call per category. */
  protected attempts(a: Attempts, at: JsonPath): Step[] {
    return this.e.fields(a, at, {
      ID_DOCUMENT_TEXT_DATA_EXTRACTION: (cats) =>
        Object.entries(cats).map(([k, n]) =>
          k === 'GENERIC' || k === 'RECLASSIFICATION'
            ? call(this.retriesMethod(k), String(n))
            : call('withIdDocumentTextExtractionCategoryRetries', this.str(k), String(n)),
        ),
    });
  }

  protected retriesMethod(category: 'GENERIC' | 'RECLASSIFICATION'): string {
    return `withIdDocumentTextExtraction${pascal(category)}Retries`;
  }

  protected suppressedScreens(list: readonly string[]): Step[] {
    return [call('withSuppressedScreens', this.list(list))];
  }

  /** sdk_config keys after the shared ones; Java and PHP have dark mode, Node has not. */
  protected sdkConfigExtras(): Handlers<SdkConfig> {
    return {
      dark_mode: (d) => [call(`withDarkMode${pascal(d)}`)],
      primary_colour_dark_mode: this.text('withPrimaryColourDarkMode'),
    };
  }

  document(d: RequiredDocument, at: JsonPath): Build {
    if (d.type === 'ID_DOCUMENT')
      return this.b(
        this.cls('RequiredIdDocumentBuilder'),
        this.e.fields(d, at, { filter: (f, p) => [call('withFilter', this.filter(f, p))] }),
      );
    return this.b(
      this.cls('RequiredSupplementaryDocumentBuilder'),
      this.e.fields(d, at, {
        objective: () => [
          call('withObjective', this.b(this.cls('ProofOfAddressObjectiveBuilder'), [])),
        ],
        document_types: (l) => [call('withDocumentTypes', this.list(l))],
        country_codes: (l) => [call('withCountryCodes', this.list(l))],
      }),
    );
  }

  /** The flags both filter kinds take. */
  protected filterFlags() {
    return {
      allow_expired_documents: this.flag('withAllowExpiredDocuments'),
      allow_non_latin_documents: this.flag('withAllowNonLatinDocuments'),
    };
  }

  filter(f: DocumentFilter, at: JsonPath): Build {
    const restriction = (kind: string, inclusion: string, codes: string[]) => [
      call(
        `with${inclusion === 'WHITELIST' ? 'Whitelisted' : 'Blacklisted'}${kind}`,
        this.list(codes),
      ),
    ];
    if (f.type === 'ORTHOGONAL_RESTRICTIONS')
      return this.b(
        this.cls('OrthogonalRestrictionsFilterBuilder'),
        this.e.fields(f, at, {
          country_restriction: (r) => restriction('Countries', r.inclusion, r.country_codes),
          type_restriction: (r) => restriction('DocumentTypes', r.inclusion, r.document_types),
          ...this.filterFlags(),
        }),
      );
    return this.b(
      this.cls('DocumentRestrictionsFilterBuilder'),
      this.e.fields(f, at, {
        inclusion: (i) => [call(i === 'WHITELIST' ? 'forWhitelist' : 'forBlacklist')],
        documents: (docs) =>
          docs.map((d) =>
            call(
              'withDocumentRestriction',
              this.b(this.cls('DocumentRestrictionBuilder'), [
                ...(d.country_codes ? [call('withCountries', this.list(d.country_codes))] : []),
                ...(d.document_types
                  ? [call('withDocumentTypes', this.list(d.document_types))]
                  : []),
              ]),
            ),
          ),
        ...this.filterFlags(),
      }),
    );
  }

  /** The advanced CA config: Yoti's account or the customer's own ComplyAdvantage account. */
  caConfig(c: CaConfig, at: JsonPath): Build {
    const shared = {
      remove_deceased: this.flag('withRemoveDeceased'),
      share_url: this.flag('withShareUrl'),
      sources: (s: NonNullable<CaConfig['sources']>) => [
        call(
          'withSources',
          s.type === 'TYPE_LIST'
            ? this.b(this.cls('RequestedTypeListSourcesBuilder'), [
                call('withTypes', this.list(s.types)),
              ])
            : this.b(this.cls('RequestedSearchProfileSourcesBuilder'), [
                call('withSearchProfile', this.str(s.search_profile)),
              ]),
        ),
      ],
      matching_strategy: (m: NonNullable<CaConfig['matching_strategy']>, mp: JsonPath) => [
        call(
          'withMatchingStrategy',
          m.type === 'EXACT'
            ? this.b(
                this.cls('RequestedExactMatchingStrategyBuilder'),
                this.e.fields(m, mp, { exact_match: () => [] }),
              )
            : this.b(this.cls('RequestedFuzzyMatchingStrategyBuilder'), [
                call('withFuzziness', numberLiteral(m.fuzziness)),
              ]),
        ),
      ],
    };
    if (c.type === 'WITH_YOTI_ACCOUNT')
      return this.b(
        this.cls('RequestedYotiAccountWatchlistAdvancedCaConfigBuilder'),
        this.e.fields(c, at, shared),
      );
    return this.b(
      this.cls('RequestedCustomAccountWatchlistAdvancedCaConfigBuilder'),
      this.e.fields(c, at, {
        api_key: this.text('withApiKey'),
        monitoring: this.flag('withMonitoring'),
        tags: (t) => [call('withTags', this.tags(t))],
        client_ref: this.text('withClientRef'),
        ...shared,
      }),
    );
  }
}
