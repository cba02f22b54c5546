/**
 * SDK-parity fixture set.
 *
 * Every spec below is built ONLY with the official `yoti` npm package (v4.13.2) builders and
 * returns exactly the JSON the Node SDK would POST to /sessions, i.e.
 * `JSON.parse(JSON.stringify(builder.build()))`. These fixtures are the oracle for the shape
 * (and key order) of a session specification; see test/parity/parity.test.ts.
 *
 * Import notes:
 *  - `yoti` is CommonJS. Named ESM imports (`import { X } from 'yoti'`) work under vitest but NOT
 *    under plain Node/tsx (cjs-module-lexer cannot see the names), so we use the default import
 *    and destructure, which works in both.
 *  - The exported `AdvancedIdentityProfileSchemeConfigBuilder` is really the *config class*
 *    (SDK bug, reference §11.6). Both paths are exercised: `new ExportedSchemeConfig(filter)` and the
 *    real builder deep-required from `yoti/src/.../advanced.identity.profile.scheme.config.builder`.
 */
import { createRequire } from 'node:module';
import yoti from 'yoti';
import type {
  AdvancedIdentityProfileSchemeConfigBuilder as ExportedSchemeConfigClass,
  DocumentRestrictionsFilterBuilder as DocumentRestrictionsFilterBuilderType,
  OrthogonalRestrictionsFilterBuilder as OrthogonalRestrictionsFilterBuilderType,
} from 'yoti';

const {
  SessionSpecificationBuilder,
  NotificationConfigBuilder,
  SdkConfigBuilder,
  RequestedDocumentAuthenticityCheckBuilder,
  RequestedIdDocumentComparisonCheckBuilder,
  RequestedThirdPartyIdentityCheckBuilder,
  RequestedWatchlistScreeningCheckBuilder,
  RequestedWatchlistAdvancedCaCheckBuilder,
  RequestedFaceMatchCheckBuilder,
  RequestedFaceComparisonCheckBuilder,
  RequestedLivenessCheckBuilder,
  RequestedTextExtractionTaskBuilder,
  RequestedSupplementaryDocTextExtractionTaskBuilder,
  RequiredIdDocumentBuilder,
  RequiredSupplementaryDocumentBuilder,
  DocumentRestrictionsFilterBuilder,
  DocumentRestrictionBuilder,
  OrthogonalRestrictionsFilterBuilder,
  ProofOfAddressObjectiveBuilder,
  RequestedYotiAccountWatchlistAdvancedCaConfigBuilder,
  RequestedCustomAccountWatchlistAdvancedCaConfigBuilder,
  RequestedExactMatchingStrategyBuilder,
  RequestedFuzzyMatchingStrategyBuilder,
  RequestedSearchProfileSourcesBuilder,
  RequestedTypeListSourcesBuilder,
  AdvancedIdentityProfileBuilder,
  AdvancedIdentityProfileSchemeBuilder,
  AdvancedIdentityProfileRequirementsBuilder,
} = yoti;

/** The exported, mis-named `AdvancedIdentityProfileSchemeConfigBuilder` is the config class itself. */
const ExportedAdvancedIdentityProfileSchemeConfig = yoti.AdvancedIdentityProfileSchemeConfigBuilder;

type SchemeConfig = InstanceType<typeof ExportedSchemeConfigClass>;
type DocFilter =
  | ReturnType<OrthogonalRestrictionsFilterBuilderType['build']>
  | ReturnType<DocumentRestrictionsFilterBuilderType['build']>;
interface RealSchemeConfigBuilder {
  withFilter(filter: DocFilter): RealSchemeConfigBuilder;
  build(): SchemeConfig;
}

/** Path of the real (un-exported) scheme-config builder inside the yoti package. */
export const REAL_SCHEME_CONFIG_BUILDER_PATH =
  'yoti/src/idv_service/session/create/identity_profile/advanced/advanced.identity.profile.scheme.config.builder';

const require = createRequire(import.meta.url);
/** The real builder, deep-required (it ships no .d.ts, hence the local interface). */
const RealAdvancedIdentityProfileSchemeConfigBuilder = require(
  REAL_SCHEME_CONFIG_BUILDER_PATH,
) as new () => RealSchemeConfigBuilder;

export interface SdkSpec {
  name: string;
  build: () => unknown;
}

/** Exactly what the SDK would send: JSON round-trip of the built SessionSpecification. */
function wire(builder: { build(): unknown }): unknown {
  return JSON.parse(JSON.stringify(builder.build()));
}

// ---------------------------------------------------------------------------------------------
// Realistic shared values
// ---------------------------------------------------------------------------------------------

const FIXED_DEADLINE = new Date('2026-12-31T23:59:00.000Z');
const WEBHOOK = 'https://example.com/yoti/idv/webhook';
const SUCCESS_URL = 'https://example.com/idv/success';
const ERROR_URL = 'https://example.com/idv/error';
const PRIVACY_URL = 'https://example.com/privacy';
const ALL_SUPPRESSIBLE_SCREENS = [
  'ID_DOCUMENT_EDUCATION',
  'ID_DOCUMENT_REQUIREMENTS',
  'SUPPLEMENTARY_DOCUMENT_EDUCATION',
  'ZOOM_LIVENESS_EDUCATION',
  'STATIC_LIVENESS_EDUCATION',
  'FACE_CAPTURE_EDUCATION',
  'FLOW_COMPLETION',
];
const POA_DOCUMENT_TYPES = ['UTILITY_BILL', 'BANK_STATEMENT', 'COUNCIL_TAX_BILL', 'PHONE_BILL'];

/** Standard session-level TTLs used by most specs (900 s token, 7 days resources). */
function base(): InstanceType<typeof SessionSpecificationBuilder> {
  return new SessionSpecificationBuilder().withClientSessionTokenTtl(900).withResourcesTtl(604800);
}

function idDocument(): ReturnType<InstanceType<typeof RequiredIdDocumentBuilder>['build']> {
  return new RequiredIdDocumentBuilder().build();
}

function textExtractionFallback(): ReturnType<
  InstanceType<typeof RequestedTextExtractionTaskBuilder>['build']
> {
  return new RequestedTextExtractionTaskBuilder().withManualCheckFallback().build();
}

function staticLiveness(): ReturnType<InstanceType<typeof RequestedLivenessCheckBuilder>['build']> {
  return new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build();
}

function proofOfAddress(): ReturnType<
  InstanceType<typeof ProofOfAddressObjectiveBuilder>['build']
> {
  return new ProofOfAddressObjectiveBuilder().build();
}

function ukPassportOrLicenceFilter(): ReturnType<
  InstanceType<typeof OrthogonalRestrictionsFilterBuilder>['build']
> {
  return new OrthogonalRestrictionsFilterBuilder()
    .withWhitelistedCountries(['GBR'])
    .withWhitelistedDocumentTypes(['PASSPORT', 'DRIVING_LICENCE'])
    .build();
}

// ---------------------------------------------------------------------------------------------
// Reference samples rebuilt with the builders (/work/shared/reference/samples)
// ---------------------------------------------------------------------------------------------

/** Keys present in a sample file that Node SDK 4.13.2 cannot express (removed before comparing). */
export const SAMPLE_KEYS_SDK_CANNOT_EXPRESS: Record<string, string[][]> = {
  '01-minimal-id-document-check.json': [],
  // dark_mode / primary_colour_dark_mode were added by hand (Java/PHP/Go send them; Node 4.13.2 has no method).
  '02-full-featured-kyc.json': [
    ['sdk_config', 'dark_mode'],
    ['sdk_config', 'primary_colour_dark_mode'],
  ],
  '06-proof-of-address-and-document-comparison.json': [],
  '07-identity-profile-uk-dbs-standard.json': [],
};

export const sampleSpecs: { file: string; name: string; build: () => unknown }[] = [
  {
    file: '01-minimal-id-document-check.json',
    name: 'sample 01: minimal ID document check',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(900)
          .withResourcesTtl(604800)
          .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().build())
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder().withManualCheckFallback().build(),
          )
          .withSdkConfig(new SdkConfigBuilder().withAllowsCamera().build())
          .withRequiredDocument(new RequiredIdDocumentBuilder().build()),
      ),
  },
  {
    file: '02-full-featured-kyc.json',
    name: 'sample 02: full-featured KYC (without hand-added dark_mode keys)',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('user-7f3c9a')
          .withNotifications(
            new NotificationConfigBuilder()
              .withEndpoint('https://example.com/yoti/idv/webhook')
              .withAuthToken('webhook-user:s3cret')
              .withAuthTypeBasic()
              .forResourceUpdate()
              .forTaskCompletion()
              .forCheckCompletion()
              .forSessionCompletion()
              .withTopic('CLIENT_SESSION_TOKEN_DELETED')
              .build(),
          )
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(
            new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build(),
          )
          .withRequestedCheck(
            new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(new RequestedThirdPartyIdentityCheckBuilder().build())
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .withChipDataDesired()
              .withCreateExpandedDocumentFields(true)
              .build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder()
              .withAllowsCameraAndUpload()
              .withPrimaryColour('#2d9fff')
              .withSecondaryColour('#ffffff')
              .withFontColour('#ffffff')
              .withLocale('en-GB')
              .withPresetIssuingCountry('GBR')
              .withSuccessUrl('https://example.com/idv/success')
              .withErrorUrl('https://example.com/idv/error')
              .withPrivacyPolicyUrl('https://example.com/privacy')
              .withEarlyBiometricConsentFlow()
              .withAllowHandoff(true)
              .withIdDocumentTextExtractionGenericRetries(3)
              .withIdDocumentTextExtractionReclassificationRetries(2)
              .withSuppressedScreens(['ID_DOCUMENT_EDUCATION', 'STATIC_LIVENESS_EDUCATION'])
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedCountries(['GBR', 'IRL'])
                  .withWhitelistedDocumentTypes(['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID'])
                  .withAllowExpiredDocuments(false)
                  .build(),
              )
              .build(),
          )
          .withBlockBiometricConsent(false),
      ),
  },
  {
    file: '06-proof-of-address-and-document-comparison.json',
    name: 'sample 06: proof of address + ID document comparison',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(2592000)
          .withUserTrackingId('mortgage-app-4471')
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(new RequestedIdDocumentComparisonCheckBuilder().build())
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .withChipDataDesired()
              .withCreateExpandedDocumentFields(true)
              .build(),
          )
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckAlways()
              .build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder()
              .withAllowsCameraAndUpload()
              .withLocale('en-GB')
              .withPresetIssuingCountry('GBR')
              .withSuccessUrl('https://example.com/idv/success')
              .withErrorUrl('https://example.com/idv/error')
              .withIdDocumentTextExtractionGenericRetries(3)
              .withIdDocumentTextExtractionReclassificationRetries(3)
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedDocumentTypes(['PASSPORT'])
                  .build(),
              )
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedDocumentTypes(['DRIVING_LICENCE', 'NATIONAL_ID'])
                  .build(),
              )
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(new ProofOfAddressObjectiveBuilder().build())
              .withDocumentTypes([
                'UTILITY_BILL',
                'BANK_STATEMENT',
                'COUNCIL_TAX_BILL',
                'PHONE_BILL',
              ])
              .withCountryCodes(['GBR'])
              .build(),
          ),
      ),
  },
  {
    file: '07-identity-profile-uk-dbs-standard.json',
    name: 'sample 07: identity profile UK_TFIDA DBS STANDARD',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('dbs-applicant-3301')
          .withNotifications(
            new NotificationConfigBuilder()
              .withEndpoint('https://example.com/webhooks/yoti-idv')
              .withAuthToken('webhook-user:s3cret')
              .withAuthTypeBasic()
              .forSessionCompletion()
              .build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder()
              .withPrimaryColour('#2d9fff')
              .withLocale('en-GB')
              .withPresetIssuingCountry('GBR')
              .withSuccessUrl('https://example.com/idv/success')
              .withErrorUrl('https://example.com/idv/error')
              .withAllowHandoff(true)
              .build(),
          )
          .withIdentityProfileRequirements({
            trust_framework: 'UK_TFIDA',
            scheme: { type: 'DBS', objective: 'STANDARD' },
          })
          .withSubject({ subject_id: 'dbs-applicant-3301' }),
      ),
  },
];

// ---------------------------------------------------------------------------------------------
// The fixture set
// ---------------------------------------------------------------------------------------------

const topLevelSpecs: SdkSpec[] = [
  {
    name: 'top-level: empty builder (only the always-sent empty arrays)',
    build: () => wire(new SessionSpecificationBuilder()),
  },
  {
    name: 'top-level: client_session_token_ttl + resources_ttl only',
    build: () =>
      wire(
        new SessionSpecificationBuilder().withClientSessionTokenTtl(600).withResourcesTtl(90000),
      ),
  },
  {
    name: 'top-level: session_deadline (fixed Date) instead of token TTL',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withSessionDeadline(FIXED_DEADLINE)
          .withResourcesTtl(2592000)
          .withUserTrackingId('deadline-user-0042')
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckNever().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'top-level: user_tracking_id + block_biometric_consent true',
    build: () =>
      wire(
        base()
          .withUserTrackingId('usr-5b1e09c2')
          .withBlockBiometricConsent(true)
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'top-level: block_biometric_consent false with liveness + face match',
    build: () =>
      wire(
        base()
          .withBlockBiometricConsent(false)
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(staticLiveness())
          .withRequestedCheck(
            new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
];

const identityProfileSpecs: SdkSpec[] = [
  {
    name: 'identity profile: UK_TFIDA DBS STANDARD + subject',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('dbs-std-1187')
          .withIdentityProfileRequirements({
            trust_framework: 'UK_TFIDA',
            scheme: { type: 'DBS', objective: 'STANDARD' },
          })
          .withSubject({ subject_id: 'dbs-std-1187' }),
      ),
  },
  {
    name: 'identity profile: UK_TFIDA RTW (no objective) + subject + sdk_config',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withSdkConfig(
            new SdkConfigBuilder().withLocale('en-GB').withPresetIssuingCountry('GBR').build(),
          )
          .withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } })
          .withSubject({ subject_id: 'rtw-candidate-2290' }),
      ),
  },
  {
    name: 'identity profile: UK_TFIDA DBS BASIC with session deadline and notifications',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withSessionDeadline(FIXED_DEADLINE)
          .withResourcesTtl(7776000)
          .withNotifications(
            new NotificationConfigBuilder()
              .withEndpoint('https://example.com/webhooks/dbs')
              .withAuthToken('Zm9vOmJhcg-bearer-7a1c')
              .withAuthTypeBearer()
              .forSessionCompletion()
              .build(),
          )
          .withIdentityProfileRequirements({
            trust_framework: 'UK_TFIDA',
            scheme: { type: 'DBS', objective: 'BASIC' },
          })
          .withSubject({ subject_id: 'dbs-basic-5521' }),
      ),
  },
  {
    name: 'advanced identity profile: single UK_TFIDA DBS scheme, no config',
    build: () =>
      wire(
        base()
          .withAdvancedIdentityProfileRequirements(
            new AdvancedIdentityProfileRequirementsBuilder()
              .withProfile(
                new AdvancedIdentityProfileBuilder()
                  .withTrustFramework('UK_TFIDA')
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('DBS')
                      .withObjective('STANDARD')
                      .withLabel('dbs-standard')
                      .build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withSubject({ subject_id: 'adv-dbs-0901' }),
      ),
  },
  {
    name: 'advanced identity profile: YOTI_GLOBAL IDENTITY with filter via real (deep-required) config builder',
    build: () =>
      wire(
        base()
          .withAdvancedIdentityProfileRequirements(
            new AdvancedIdentityProfileRequirementsBuilder()
              .withProfile(
                new AdvancedIdentityProfileBuilder()
                  .withTrustFramework('YOTI_GLOBAL')
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('IDENTITY')
                      .withObjective('AL_L1')
                      .withLabel('global-identity-l1')
                      .withConfig(
                        new RealAdvancedIdentityProfileSchemeConfigBuilder()
                          .withFilter(
                            new OrthogonalRestrictionsFilterBuilder()
                              .withWhitelistedCountries(['GBR', 'USA', 'CAN'])
                              .withWhitelistedDocumentTypes(['PASSPORT'])
                              .withAllowExpiredDocuments(false)
                              .build(),
                          )
                          .build(),
                      )
                      .build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withSubject({ subject_id: 'global-id-7732' }),
      ),
  },
  {
    name: 'advanced identity profile: scheme config via exported AdvancedIdentityProfileSchemeConfigBuilder (config class) with DOCUMENT_RESTRICTIONS filter',
    build: () =>
      wire(
        base().withAdvancedIdentityProfileRequirements(
          new AdvancedIdentityProfileRequirementsBuilder()
            .withProfile(
              new AdvancedIdentityProfileBuilder()
                .withTrustFramework('YOTI_GLOBAL')
                .withScheme(
                  new AdvancedIdentityProfileSchemeBuilder()
                    .withType('IDENTITY')
                    .withObjective('AL_M1')
                    .withLabel('global-identity-m1')
                    .withConfig(
                      new ExportedAdvancedIdentityProfileSchemeConfig(
                        new DocumentRestrictionsFilterBuilder()
                          .forWhitelist()
                          .withDocumentRestriction(
                            new DocumentRestrictionBuilder()
                              .withCountries(['GBR'])
                              .withDocumentTypes(['PASSPORT'])
                              .build(),
                          )
                          .withDocumentRestriction(
                            new DocumentRestrictionBuilder()
                              .withCountries(['FRA', 'DEU'])
                              .withDocumentTypes(['NATIONAL_ID'])
                              .build(),
                          )
                          .build(),
                      ),
                    )
                    .build(),
                )
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'advanced identity profile: real config builder without filter (sends config {})',
    build: () =>
      wire(
        base().withAdvancedIdentityProfileRequirements(
          new AdvancedIdentityProfileRequirementsBuilder()
            .withProfile(
              new AdvancedIdentityProfileBuilder()
                .withTrustFramework('UK_TFIDA')
                .withScheme(
                  new AdvancedIdentityProfileSchemeBuilder()
                    .withType('RTW')
                    .withLabel('right-to-work')
                    .withConfig(new RealAdvancedIdentityProfileSchemeConfigBuilder().build())
                    .build(),
                )
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'advanced identity profile: several profiles and schemes (UK_TFIDA DBS+RTW, YOTI_GLOBAL IDENTITY+GBR_RTW_SHARECODE)',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('multi-profile-6610')
          .withNotifications(
            new NotificationConfigBuilder().withEndpoint(WEBHOOK).forSessionCompletion().build(),
          )
          .withAdvancedIdentityProfileRequirements(
            new AdvancedIdentityProfileRequirementsBuilder()
              .withProfile(
                new AdvancedIdentityProfileBuilder()
                  .withTrustFramework('UK_TFIDA')
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('DBS')
                      .withObjective('ENHANCED')
                      .withLabel('dbs-enhanced')
                      .build(),
                  )
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('RTW')
                      .withLabel('uk-rtw')
                      .build(),
                  )
                  .build(),
              )
              .withProfile(
                new AdvancedIdentityProfileBuilder()
                  .withTrustFramework('YOTI_GLOBAL')
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('IDENTITY')
                      .withObjective('AL_L1')
                      .withLabel('identity-l1')
                      .withConfig(
                        new RealAdvancedIdentityProfileSchemeConfigBuilder()
                          .withFilter(
                            new OrthogonalRestrictionsFilterBuilder()
                              .withBlacklistedCountries(['PRK', 'IRN'])
                              .withAllowNonLatinDocuments(true)
                              .build(),
                          )
                          .build(),
                      )
                      .build(),
                  )
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('GBR_RTW_SHARECODE')
                      .withLabel('rtw-share-code')
                      .build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withSubject({ subject_id: 'multi-profile-6610' }),
      ),
  },
];

const checkSpecs: SdkSpec[] = [
  {
    name: 'check ID_DOCUMENT_AUTHENTICITY: no manual check (config {})',
    build: () =>
      wire(
        base()
          .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().build())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_AUTHENTICITY: manual check ALWAYS',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckAlways().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_AUTHENTICITY: manual check FALLBACK',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_AUTHENTICITY: manual check NEVER',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckNever().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check LIVENESS: ZOOM with default max_retries',
    build: () =>
      wire(
        base().withRequestedCheck(new RequestedLivenessCheckBuilder().forZoomLiveness().build()),
      ),
  },
  {
    name: 'check LIVENESS: STATIC with max_retries 3',
    build: () =>
      wire(
        base().withRequestedCheck(
          new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build(),
        ),
      ),
  },
  {
    name: 'check LIVENESS: forLivenessType("ZOOM") with max_retries 5',
    build: () =>
      wire(
        base().withRequestedCheck(
          new RequestedLivenessCheckBuilder().forLivenessType('ZOOM').withMaxRetries(5).build(),
        ),
      ),
  },
  {
    name: 'check ID_DOCUMENT_FACE_MATCH: ALWAYS (with ID document + ZOOM liveness)',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(
            new RequestedLivenessCheckBuilder().forZoomLiveness().withMaxRetries(2).build(),
          )
          .withRequestedCheck(new RequestedFaceMatchCheckBuilder().withManualCheckAlways().build())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_FACE_MATCH: FALLBACK (with ID document + STATIC liveness)',
    build: () =>
      wire(
        base()
          .withRequestedCheck(staticLiveness())
          .withRequestedCheck(
            new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_FACE_MATCH: NEVER (with ID document + STATIC liveness)',
    build: () =>
      wire(
        base()
          .withRequestedCheck(staticLiveness())
          .withRequestedCheck(new RequestedFaceMatchCheckBuilder().withManualCheckNever().build())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check FACE_COMPARISON: NEVER with STATIC liveness, no ID document',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(1).build(),
          )
          .withRequestedCheck(
            new RequestedFaceComparisonCheckBuilder().withManualCheckNever().build(),
          )
          .withSdkConfig(new SdkConfigBuilder().withAllowsCamera().build()),
      ),
  },
  {
    name: 'check ID_DOCUMENT_COMPARISON: two ID documents',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(new RequestedIdDocumentComparisonCheckBuilder().build())
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedDocumentTypes(['PASSPORT'])
                  .build(),
              )
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedDocumentTypes(['DRIVING_LICENCE'])
                  .build(),
              )
              .build(),
          ),
      ),
  },
  {
    name: 'check THIRD_PARTY_IDENTITY with ID text extraction',
    build: () =>
      wire(
        base()
          .withRequestedCheck(new RequestedThirdPartyIdentityCheckBuilder().build())
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_SCREENING: adverse media only',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder().withAdverseMediaCategory().build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_SCREENING: sanctions only',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder().withSanctionsCategory().build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_SCREENING: sanctions + adverse media, duplicates de-duplicated',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder()
              .withSanctionsCategory()
              .withAdverseMediaCategory()
              .withSanctionsCategory()
              .withCategory('ADVERSE-MEDIA')
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_SCREENING: withCategory custom string',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder()
              .withAdverseMediaCategory()
              .withCategory('PEP')
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: Yoti account, all defaults',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder().build())
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: Yoti account, TYPE_LIST sources, exact matching, remove_deceased + share_url',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder()
                  .withRemoveDeceased(true)
                  .withShareUrl(true)
                  .withSources(
                    new RequestedTypeListSourcesBuilder()
                      .withTypes(['pep', 'fitness-probity', 'warning'])
                      .build(),
                  )
                  .withMatchingStrategy(new RequestedExactMatchingStrategyBuilder().build())
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: Yoti account, search-profile sources, fuzzy 0.6',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder()
                  .withRemoveDeceased(false)
                  .withShareUrl(false)
                  .withSources(
                    new RequestedSearchProfileSourcesBuilder()
                      .withSearchProfile('b41e8d51-7a8f-4c1a-a3c5-0c5e6f1e2d3a')
                      .build(),
                  )
                  .withMatchingStrategy(
                    new RequestedFuzzyMatchingStrategyBuilder().withFuzziness(0.6).build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: Yoti account, fuzzy matching with default fuzziness',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder()
                  .withSources(
                    new RequestedTypeListSourcesBuilder()
                      .withTypes([
                        'sanction',
                        'adverse-media-financial-crime',
                        'adverse-media-fraud',
                      ])
                      .build(),
                  )
                  .withMatchingStrategy(new RequestedFuzzyMatchingStrategyBuilder().build())
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: Yoti account, fuzziness boundary 0 and TYPE_LIST with empty types',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder()
                  .withSources(new RequestedTypeListSourcesBuilder().build())
                  .withMatchingStrategy(
                    new RequestedFuzzyMatchingStrategyBuilder().withFuzziness(0).build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: custom account with api key, monitoring, tags, client ref, TYPE_LIST, fuzzy 0.75',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
                  .withApiKey('ca-live-3f9e2b71c4d84a0e')
                  .withMonitoring(true)
                  .withTags({ product: 'mortgage', region: 'uk' })
                  .withClientRef('customer-88213')
                  .withRemoveDeceased(true)
                  .withShareUrl(true)
                  .withSources(
                    new RequestedTypeListSourcesBuilder()
                      .withTypes([
                        'sanction',
                        'warning',
                        'fitness-probity',
                        'pep-class-1',
                        'pep-class-2',
                        'adverse-media',
                      ])
                      .build(),
                  )
                  .withMatchingStrategy(
                    new RequestedFuzzyMatchingStrategyBuilder().withFuzziness(0.75).build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: custom account minimal (api key + client ref, defaults elsewhere)',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
                  .withApiKey('ca-live-91d0aa5e77b34f12')
                  .withClientRef('applicant-40917')
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: custom account, search-profile sources, exact matching, monitoring false, share_url true',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
                  .withApiKey('ca-live-0c7f1e2d3a4b5c6d')
                  .withMonitoring(false)
                  .withClientRef('kyc-case-2024-0193')
                  .withShareUrl(true)
                  .withSources(
                    new RequestedSearchProfileSourcesBuilder()
                      .withSearchProfile('uk-retail-banking-profile')
                      .build(),
                  )
                  .withMatchingStrategy(new RequestedExactMatchingStrategyBuilder().build())
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'check WATCHLIST_ADVANCED_CA: custom account, fuzziness boundary 1',
    build: () =>
      wire(
        base()
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
                  .withApiKey('ca-live-5e5e5e5e5e5e5e5e')
                  .withClientRef('onboarding-77120')
                  .withTags({ channel: 'web' })
                  .withMatchingStrategy(
                    new RequestedFuzzyMatchingStrategyBuilder().withFuzziness(1).build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument()),
      ),
  },
];

const taskSpecs: SdkSpec[] = [
  {
    name: 'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: ALWAYS',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder().withManualCheckAlways().build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: NEVER + chip data IGNORE',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckNever()
              .withChipDataIgnore()
              .build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: FALLBACK + chip data DESIRED + expanded fields true',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .withChipDataDesired()
              .withCreateExpandedDocumentFields(true)
              .build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: ALWAYS + expanded fields false',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckAlways()
              .withCreateExpandedDocumentFields(false)
              .build(),
          )
          .withRequiredDocument(idDocument()),
      ),
  },
  {
    name: 'task SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: ALWAYS',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckAlways()
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder().withObjective(proofOfAddress()).build(),
          ),
      ),
  },
  {
    name: 'task SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: FALLBACK',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(proofOfAddress())
              .withDocumentTypes(['UTILITY_BILL'])
              .build(),
          ),
      ),
  },
  {
    name: 'task SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: NEVER',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckNever().build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(proofOfAddress())
              .withCountryCodes(['GBR', 'IRL'])
              .build(),
          ),
      ),
  },
];

const documentSpecs: SdkSpec[] = [
  {
    name: 'documents: ID document without filter',
    build: () => wire(base().withRequiredDocument(idDocument())),
  },
  {
    name: 'documents: orthogonal filter, whitelisted countries only',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withWhitelistedCountries(['GBR', 'IRL', 'FRA'])
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: orthogonal filter, blacklisted countries + blacklisted document types',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withBlacklistedCountries(['PRK', 'IRN', 'SYR'])
                .withBlacklistedDocumentTypes(['PASS_CARD', 'STATE_ID'])
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: orthogonal filter, whitelisted types + allow expired true + allow non-latin true',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withWhitelistedDocumentTypes(['PASSPORT', 'NATIONAL_ID'])
                .withAllowExpiredDocuments(true)
                .withAllowNonLatinDocuments(true)
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: orthogonal filter, whitelisted countries + blacklisted types + allow expired false + allow non-latin false',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withWhitelistedCountries(['USA', 'CAN'])
                .withBlacklistedDocumentTypes(['STATE_ID'])
                .withAllowExpiredDocuments(false)
                .withAllowNonLatinDocuments(false)
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: orthogonal filter with only allow flags (no restrictions)',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withAllowNonLatinDocuments(true)
                .withAllowExpiredDocuments(false)
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: orthogonal filter, later country restriction call replaces earlier one',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new OrthogonalRestrictionsFilterBuilder()
                .withWhitelistedCountries(['GBR'])
                .withBlacklistedCountries(['RUS', 'BLR'])
                .withBlacklistedDocumentTypes(['DRIVING_LICENCE'])
                .withWhitelistedDocumentTypes(['PASSPORT'])
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: document restrictions whitelist, entries with countries only, types only, and both',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new DocumentRestrictionsFilterBuilder()
                .forWhitelist()
                .withDocumentRestriction(
                  new DocumentRestrictionBuilder().withCountries(['GBR', 'IRL']).build(),
                )
                .withDocumentRestriction(
                  new DocumentRestrictionBuilder().withDocumentTypes(['PASSPORT']).build(),
                )
                .withDocumentRestriction(
                  new DocumentRestrictionBuilder()
                    .withCountries(['USA'])
                    .withDocumentTypes(['DRIVING_LICENCE', 'STATE_ID'])
                    .build(),
                )
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: document restrictions blacklist + allow expired true + allow non-latin false',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new DocumentRestrictionsFilterBuilder()
                .forBlacklist()
                .withDocumentRestriction(
                  new DocumentRestrictionBuilder()
                    .withDocumentTypes(['NATIONAL_ID'])
                    .withCountries(['ITA', 'ESP'])
                    .build(),
                )
                .withAllowExpiredDocuments(true)
                .withAllowNonLatinDocuments(false)
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: document restrictions whitelist + allow expired false + allow non-latin true',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredIdDocumentBuilder()
            .withFilter(
              new DocumentRestrictionsFilterBuilder()
                .forWhitelist()
                .withDocumentRestriction(
                  new DocumentRestrictionBuilder().withCountries(['JPN', 'KOR', 'CHN']).build(),
                )
                .withAllowExpiredDocuments(false)
                .withAllowNonLatinDocuments(true)
                .build(),
            )
            .build(),
        ),
      ),
  },
  {
    name: 'documents: supplementary proof of address, objective only',
    build: () =>
      wire(
        base().withRequiredDocument(
          new RequiredSupplementaryDocumentBuilder().withObjective(proofOfAddress()).build(),
        ),
      ),
  },
  {
    name: 'documents: supplementary proof of address with document types and country codes',
    build: () =>
      wire(
        base()
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(proofOfAddress())
              .withDocumentTypes(POA_DOCUMENT_TYPES)
              .withCountryCodes(['GBR'])
              .build(),
          ),
      ),
  },
  {
    name: 'documents: multiple (two filtered ID documents + supplementary PoA) with document comparison',
    build: () =>
      wire(
        base()
          .withRequestedCheck(new RequestedIdDocumentComparisonCheckBuilder().build())
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder().withFilter(ukPassportOrLicenceFilter()).build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new DocumentRestrictionsFilterBuilder()
                  .forWhitelist()
                  .withDocumentRestriction(
                    new DocumentRestrictionBuilder()
                      .withCountries(['GBR'])
                      .withDocumentTypes(['NATIONAL_ID'])
                      .build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(proofOfAddress())
              .withDocumentTypes(['BANK_STATEMENT', 'COUNCIL_TAX_BILL'])
              .withCountryCodes(['GBR'])
              .build(),
          ),
      ),
  },
];

const sdkConfigSpecs: SdkSpec[] = [
  {
    name: 'sdk_config: withAllowsCamera only',
    build: () => wire(base().withSdkConfig(new SdkConfigBuilder().withAllowsCamera().build())),
  },
  {
    name: 'sdk_config: withAllowsCameraAndUpload + colours + locale',
    build: () =>
      wire(
        base().withSdkConfig(
          new SdkConfigBuilder()
            .withAllowsCameraAndUpload()
            .withPrimaryColour('#2d9fff')
            .withSecondaryColour('#ffffff')
            .withFontColour('#1a1a1a')
            .withLocale('fr')
            .build(),
        ),
      ),
  },
  {
    name: 'sdk_config: raw withAllowedCaptureMethods + withBiometricConsentFlow strings',
    build: () =>
      wire(
        base().withSdkConfig(
          new SdkConfigBuilder()
            .withAllowedCaptureMethods('CAMERA_AND_UPLOAD')
            .withBiometricConsentFlow('JUST_IN_TIME')
            .build(),
        ),
      ),
  },
  {
    name: 'sdk_config: preset issuing country + success/error/privacy urls',
    build: () =>
      wire(
        base().withSdkConfig(
          new SdkConfigBuilder()
            .withPresetIssuingCountry('USA')
            .withLocale('en-US')
            .withSuccessUrl(SUCCESS_URL)
            .withErrorUrl(ERROR_URL)
            .withPrivacyPolicyUrl(PRIVACY_URL)
            .build(),
        ),
      ),
  },
  {
    name: 'sdk_config: early biometric consent flow + allow handoff true',
    build: () =>
      wire(
        base()
          .withRequestedCheck(staticLiveness())
          .withSdkConfig(
            new SdkConfigBuilder().withEarlyBiometricConsentFlow().withAllowHandoff(true).build(),
          ),
      ),
  },
  {
    name: 'sdk_config: just-in-time biometric consent flow + allow handoff false',
    build: () =>
      wire(
        base()
          .withRequestedCheck(new RequestedLivenessCheckBuilder().forZoomLiveness().build())
          .withSdkConfig(
            new SdkConfigBuilder()
              .withJustInTimeBiometricConsentFlow()
              .withAllowHandoff(false)
              .build(),
          ),
      ),
  },
  {
    name: 'sdk_config: text extraction retries (generic, reclassification, custom category; later call overrides)',
    build: () =>
      wire(
        base()
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument())
          .withSdkConfig(
            new SdkConfigBuilder()
              .withIdDocumentTextExtractionGenericRetries(2)
              .withIdDocumentTextExtractionReclassificationRetries(1)
              .withIdDocumentTextExtractionCategoryRetries('EXPIRED_DOCUMENT', 2)
              .withIdDocumentTextExtractionCategoryRetries('GENERIC', 4)
              .build(),
          ),
      ),
  },
  {
    name: 'sdk_config: brand id + every suppressed screen',
    build: () =>
      wire(
        base().withSdkConfig(
          new SdkConfigBuilder()
            .withBrandId('brand-acme-retail')
            .withSuppressedScreens(ALL_SUPPRESSIBLE_SCREENS)
            .build(),
        ),
      ),
  },
  {
    name: 'sdk_config: every key set at once',
    build: () =>
      wire(
        base()
          .withRequestedTask(textExtractionFallback())
          .withRequiredDocument(idDocument())
          .withSdkConfig(
            new SdkConfigBuilder()
              .withSuppressedScreens(['ID_DOCUMENT_REQUIREMENTS'])
              .withBrandId('brand-0b7d2c')
              .withIdDocumentTextExtractionReclassificationRetries(2)
              .withIdDocumentTextExtractionGenericRetries(3)
              .withAllowHandoff(true)
              .withJustInTimeBiometricConsentFlow()
              .withPrivacyPolicyUrl(PRIVACY_URL)
              .withErrorUrl(ERROR_URL)
              .withSuccessUrl(SUCCESS_URL)
              .withPresetIssuingCountry('GBR')
              .withLocale('en-GB')
              .withFontColour('#000000')
              .withSecondaryColour('#f5f5f5')
              .withPrimaryColour('#005ea5')
              .withAllowsCameraAndUpload()
              .build(),
          ),
      ),
  },
];

const notificationSpecs: SdkSpec[] = [
  {
    name: 'notifications: bearer auth + every for* topic',
    build: () =>
      wire(
        base().withNotifications(
          new NotificationConfigBuilder()
            .withEndpoint(WEBHOOK)
            .withAuthToken('3b0f6a2e-bearer-token-91c7')
            .withAuthTypeBearer()
            .forResourceUpdate()
            .forTaskCompletion()
            .forCheckCompletion()
            .forSessionCompletion()
            .build(),
        ),
      ),
  },
  {
    name: 'notifications: basic auth + withTopic CLIENT_SESSION_TOKEN_DELETED',
    build: () =>
      wire(
        base().withNotifications(
          new NotificationConfigBuilder()
            .withAuthTypeBasic()
            .withAuthToken('webhook-user:s3cret')
            .withEndpoint(WEBHOOK)
            .withTopic('CLIENT_SESSION_TOKEN_DELETED')
            .forSessionCompletion()
            .build(),
        ),
      ),
  },
  {
    name: 'notifications: endpoint only (no topics, no auth)',
    build: () =>
      wire(base().withNotifications(new NotificationConfigBuilder().withEndpoint(WEBHOOK).build())),
  },
  {
    name: 'notifications: auth token without auth type',
    build: () =>
      wire(
        base().withNotifications(
          new NotificationConfigBuilder()
            .withEndpoint(WEBHOOK)
            .withAuthToken('opaque-token-55aa')
            .forCheckCompletion()
            .build(),
        ),
      ),
  },
  {
    name: 'notifications: duplicate topics are de-duplicated (first occurrence order kept)',
    build: () =>
      wire(
        base().withNotifications(
          new NotificationConfigBuilder()
            .withEndpoint(WEBHOOK)
            .withAuthToken('webhook-user:s3cret')
            .withAuthTypeBasic()
            .forSessionCompletion()
            .forTaskCompletion()
            .forSessionCompletion()
            .withTopic('TASK_COMPLETION')
            .withTopic('RESOURCE_UPDATE')
            .forResourceUpdate()
            .build(),
        ),
      ),
  },
];

const comboSpecs: SdkSpec[] = [
  {
    name: 'combo: full KYC (every check type except face comparison, both tasks, notifications, sdk_config, three documents)',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('kyc-full-30021')
          .withBlockBiometricConsent(false)
          .withNotifications(
            new NotificationConfigBuilder()
              .withEndpoint(WEBHOOK)
              .withAuthToken('webhook-user:s3cret')
              .withAuthTypeBasic()
              .forResourceUpdate()
              .forTaskCompletion()
              .forCheckCompletion()
              .forSessionCompletion()
              .withTopic('CLIENT_SESSION_TOKEN_DELETED')
              .build(),
          )
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(staticLiveness())
          .withRequestedCheck(
            new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build(),
          )
          .withRequestedCheck(new RequestedIdDocumentComparisonCheckBuilder().build())
          .withRequestedCheck(new RequestedThirdPartyIdentityCheckBuilder().build())
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder()
              .withAdverseMediaCategory()
              .withSanctionsCategory()
              .build(),
          )
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedYotiAccountWatchlistAdvancedCaConfigBuilder()
                  .withRemoveDeceased(true)
                  .withSources(
                    new RequestedTypeListSourcesBuilder()
                      .withTypes(['pep', 'fitness-probity', 'warning'])
                      .build(),
                  )
                  .withMatchingStrategy(
                    new RequestedFuzzyMatchingStrategyBuilder().withFuzziness(0.5).build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .withChipDataDesired()
              .withCreateExpandedDocumentFields(true)
              .build(),
          )
          .withRequestedTask(
            new RequestedSupplementaryDocTextExtractionTaskBuilder()
              .withManualCheckFallback()
              .build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder()
              .withAllowsCameraAndUpload()
              .withPrimaryColour('#2d9fff')
              .withLocale('en-GB')
              .withPresetIssuingCountry('GBR')
              .withPrivacyPolicyUrl(PRIVACY_URL)
              .withEarlyBiometricConsentFlow()
              .withAllowHandoff(true)
              .withIdDocumentTextExtractionGenericRetries(3)
              .withIdDocumentTextExtractionReclassificationRetries(2)
              .withBrandId('brand-kyc-main')
              .withSuppressedScreens(['ID_DOCUMENT_EDUCATION'])
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder().withFilter(ukPassportOrLicenceFilter()).build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new DocumentRestrictionsFilterBuilder()
                  .forBlacklist()
                  .withDocumentRestriction(
                    new DocumentRestrictionBuilder().withDocumentTypes(['PASS_CARD']).build(),
                  )
                  .withAllowExpiredDocuments(false)
                  .build(),
              )
              .build(),
          )
          .withRequiredDocument(
            new RequiredSupplementaryDocumentBuilder()
              .withObjective(proofOfAddress())
              .withDocumentTypes(['UTILITY_BILL', 'BANK_STATEMENT'])
              .withCountryCodes(['GBR'])
              .build(),
          ),
      ),
  },
  {
    name: 'combo: AML (text extraction + watchlist screening + custom-account advanced CA) with deadline',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withSessionDeadline(new Date('2027-03-01T09:30:00.000Z'))
          .withResourcesTtl(2592000)
          .withUserTrackingId('aml-case-5587')
          .withRequestedCheck(
            new RequestedDocumentAuthenticityCheckBuilder().withManualCheckNever().build(),
          )
          .withRequestedCheck(
            new RequestedWatchlistScreeningCheckBuilder().withSanctionsCategory().build(),
          )
          .withRequestedCheck(
            new RequestedWatchlistAdvancedCaCheckBuilder()
              .withConfig(
                new RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
                  .withApiKey('ca-live-aa11bb22cc33dd44')
                  .withClientRef('aml-case-5587')
                  .withMonitoring(true)
                  .withTags({ risk: 'high', desk: 'private-banking' })
                  .withSources(
                    new RequestedSearchProfileSourcesBuilder()
                      .withSearchProfile('private-banking-enhanced')
                      .build(),
                  )
                  .build(),
              )
              .build(),
          )
          .withRequestedTask(
            new RequestedTextExtractionTaskBuilder()
              .withManualCheckAlways()
              .withChipDataIgnore()
              .build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder()
              .withAllowsCamera()
              .withLocale('de')
              .withPresetIssuingCountry('DEU')
              .build(),
          )
          .withRequiredDocument(
            new RequiredIdDocumentBuilder()
              .withFilter(
                new OrthogonalRestrictionsFilterBuilder()
                  .withWhitelistedCountries(['DEU', 'AUT', 'CHE'])
                  .withWhitelistedDocumentTypes(['PASSPORT', 'NATIONAL_ID'])
                  .withAllowNonLatinDocuments(false)
                  .build(),
              )
              .build(),
          ),
      ),
  },
  {
    name: 'combo: face comparison + liveness with notifications and block_biometric_consent true',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(600)
          .withResourcesTtl(90000)
          .withBlockBiometricConsent(true)
          .withNotifications(
            new NotificationConfigBuilder()
              .withEndpoint(WEBHOOK)
              .withAuthToken('fc-bearer-7781')
              .withAuthTypeBearer()
              .forCheckCompletion()
              .forSessionCompletion()
              .build(),
          )
          .withRequestedCheck(
            new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build(),
          )
          .withRequestedCheck(
            new RequestedFaceComparisonCheckBuilder().withManualCheckNever().build(),
          )
          .withSdkConfig(
            new SdkConfigBuilder().withAllowsCamera().withJustInTimeBiometricConsentFlow().build(),
          ),
      ),
  },
  {
    name: 'combo: identity profile + advanced identity profile + subject together',
    build: () =>
      wire(
        new SessionSpecificationBuilder()
          .withClientSessionTokenTtl(1800)
          .withResourcesTtl(7776000)
          .withUserTrackingId('profiles-both-1200')
          .withSdkConfig(new SdkConfigBuilder().withAllowHandoff(true).build())
          .withIdentityProfileRequirements({
            trust_framework: 'UK_TFIDA',
            scheme: { type: 'DBS_RTW', objective: 'BASIC' },
          })
          .withSubject({ subject_id: 'profiles-both-1200' })
          .withAdvancedIdentityProfileRequirements(
            new AdvancedIdentityProfileRequirementsBuilder()
              .withProfile(
                new AdvancedIdentityProfileBuilder()
                  .withTrustFramework('UK_TFIDA')
                  .withScheme(
                    new AdvancedIdentityProfileSchemeBuilder()
                      .withType('RTR')
                      .withLabel('right-to-rent')
                      .build(),
                  )
                  .build(),
              )
              .build(),
          ),
      ),
  },
];

export const sdkSpecs: SdkSpec[] = [
  ...topLevelSpecs,
  ...identityProfileSpecs,
  ...checkSpecs,
  ...taskSpecs,
  ...documentSpecs,
  ...sdkConfigSpecs,
  ...notificationSpecs,
  ...comboSpecs,
  ...sampleSpecs.map(({ name, build }) => ({ name, build })),
];

/**
 * Public builder methods called DIRECTLY by the specs above, as `<DefiningClass>.<method>`
 * (inherited CA-config methods are listed under their defining base class
 * RequestedWatchlistAdvancedCaConfigBuilder). `build` is listed for every builder used.
 * sdk-specs.test.ts checks this list both ways: every entry is really called, and every public
 * `with...`/`for...` method of every builder in node_modules/yoti/src/idv_service/session/create/** is here
 * (except the explicit exclusions in COVERAGE_EXCLUSIONS).
 */
export const coverage: string[] = [
  // SessionSpecificationBuilder
  'SessionSpecificationBuilder.withClientSessionTokenTtl',
  'SessionSpecificationBuilder.withSessionDeadline',
  'SessionSpecificationBuilder.withResourcesTtl',
  'SessionSpecificationBuilder.withUserTrackingId',
  'SessionSpecificationBuilder.withNotifications',
  'SessionSpecificationBuilder.withRequestedCheck',
  'SessionSpecificationBuilder.withRequestedTask',
  'SessionSpecificationBuilder.withSdkConfig',
  'SessionSpecificationBuilder.withRequiredDocument',
  'SessionSpecificationBuilder.withBlockBiometricConsent',
  'SessionSpecificationBuilder.withSubject',
  'SessionSpecificationBuilder.withIdentityProfileRequirements',
  'SessionSpecificationBuilder.withAdvancedIdentityProfileRequirements',
  'SessionSpecificationBuilder.build',
  // NotificationConfigBuilder
  'NotificationConfigBuilder.withAuthToken',
  'NotificationConfigBuilder.withAuthTypeBasic',
  'NotificationConfigBuilder.withAuthTypeBearer',
  'NotificationConfigBuilder.withEndpoint',
  'NotificationConfigBuilder.forResourceUpdate',
  'NotificationConfigBuilder.forTaskCompletion',
  'NotificationConfigBuilder.forCheckCompletion',
  'NotificationConfigBuilder.forSessionCompletion',
  'NotificationConfigBuilder.withTopic',
  'NotificationConfigBuilder.build',
  // SdkConfigBuilder
  'SdkConfigBuilder.withAllowsCamera',
  'SdkConfigBuilder.withAllowsCameraAndUpload',
  'SdkConfigBuilder.withAllowedCaptureMethods',
  'SdkConfigBuilder.withPrimaryColour',
  'SdkConfigBuilder.withSecondaryColour',
  'SdkConfigBuilder.withFontColour',
  'SdkConfigBuilder.withLocale',
  'SdkConfigBuilder.withPresetIssuingCountry',
  'SdkConfigBuilder.withSuccessUrl',
  'SdkConfigBuilder.withErrorUrl',
  'SdkConfigBuilder.withPrivacyPolicyUrl',
  'SdkConfigBuilder.withEarlyBiometricConsentFlow',
  'SdkConfigBuilder.withJustInTimeBiometricConsentFlow',
  'SdkConfigBuilder.withBiometricConsentFlow',
  'SdkConfigBuilder.withAllowHandoff',
  'SdkConfigBuilder.withIdDocumentTextExtractionCategoryRetries',
  'SdkConfigBuilder.withIdDocumentTextExtractionReclassificationRetries',
  'SdkConfigBuilder.withIdDocumentTextExtractionGenericRetries',
  'SdkConfigBuilder.withBrandId',
  'SdkConfigBuilder.withSuppressedScreens',
  'SdkConfigBuilder.build',
  // Checks
  'RequestedDocumentAuthenticityCheckBuilder.withManualCheckAlways',
  'RequestedDocumentAuthenticityCheckBuilder.withManualCheckFallback',
  'RequestedDocumentAuthenticityCheckBuilder.withManualCheckNever',
  'RequestedDocumentAuthenticityCheckBuilder.build',
  'RequestedLivenessCheckBuilder.forZoomLiveness',
  'RequestedLivenessCheckBuilder.forStaticLiveness',
  'RequestedLivenessCheckBuilder.forLivenessType',
  'RequestedLivenessCheckBuilder.withMaxRetries',
  'RequestedLivenessCheckBuilder.build',
  'RequestedFaceMatchCheckBuilder.withManualCheckAlways',
  'RequestedFaceMatchCheckBuilder.withManualCheckFallback',
  'RequestedFaceMatchCheckBuilder.withManualCheckNever',
  'RequestedFaceMatchCheckBuilder.build',
  'RequestedFaceComparisonCheckBuilder.withManualCheckNever',
  'RequestedFaceComparisonCheckBuilder.build',
  'RequestedIdDocumentComparisonCheckBuilder.build',
  'RequestedThirdPartyIdentityCheckBuilder.build',
  'RequestedWatchlistScreeningCheckBuilder.withAdverseMediaCategory',
  'RequestedWatchlistScreeningCheckBuilder.withSanctionsCategory',
  'RequestedWatchlistScreeningCheckBuilder.withCategory',
  'RequestedWatchlistScreeningCheckBuilder.build',
  'RequestedWatchlistAdvancedCaCheckBuilder.withConfig',
  'RequestedWatchlistAdvancedCaCheckBuilder.build',
  'RequestedWatchlistAdvancedCaConfigBuilder.withRemoveDeceased',
  'RequestedWatchlistAdvancedCaConfigBuilder.withShareUrl',
  'RequestedWatchlistAdvancedCaConfigBuilder.withSources',
  'RequestedWatchlistAdvancedCaConfigBuilder.withMatchingStrategy',
  'RequestedYotiAccountWatchlistAdvancedCaConfigBuilder.build',
  'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder.withApiKey',
  'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder.withMonitoring',
  'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder.withTags',
  'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder.withClientRef',
  'RequestedCustomAccountWatchlistAdvancedCaConfigBuilder.build',
  'RequestedTypeListSourcesBuilder.withTypes',
  'RequestedTypeListSourcesBuilder.build',
  'RequestedSearchProfileSourcesBuilder.withSearchProfile',
  'RequestedSearchProfileSourcesBuilder.build',
  'RequestedExactMatchingStrategyBuilder.build',
  'RequestedFuzzyMatchingStrategyBuilder.withFuzziness',
  'RequestedFuzzyMatchingStrategyBuilder.build',
  // Tasks
  'RequestedTextExtractionTaskBuilder.withManualCheckAlways',
  'RequestedTextExtractionTaskBuilder.withManualCheckFallback',
  'RequestedTextExtractionTaskBuilder.withManualCheckNever',
  'RequestedTextExtractionTaskBuilder.withChipDataDesired',
  'RequestedTextExtractionTaskBuilder.withChipDataIgnore',
  'RequestedTextExtractionTaskBuilder.withCreateExpandedDocumentFields',
  'RequestedTextExtractionTaskBuilder.build',
  'RequestedSupplementaryDocTextExtractionTaskBuilder.withManualCheckAlways',
  'RequestedSupplementaryDocTextExtractionTaskBuilder.withManualCheckFallback',
  'RequestedSupplementaryDocTextExtractionTaskBuilder.withManualCheckNever',
  'RequestedSupplementaryDocTextExtractionTaskBuilder.build',
  // Documents, filters, objective
  'RequiredIdDocumentBuilder.withFilter',
  'RequiredIdDocumentBuilder.build',
  'RequiredSupplementaryDocumentBuilder.withObjective',
  'RequiredSupplementaryDocumentBuilder.withDocumentTypes',
  'RequiredSupplementaryDocumentBuilder.withCountryCodes',
  'RequiredSupplementaryDocumentBuilder.build',
  'ProofOfAddressObjectiveBuilder.build',
  'OrthogonalRestrictionsFilterBuilder.withWhitelistedCountries',
  'OrthogonalRestrictionsFilterBuilder.withBlacklistedCountries',
  'OrthogonalRestrictionsFilterBuilder.withWhitelistedDocumentTypes',
  'OrthogonalRestrictionsFilterBuilder.withBlacklistedDocumentTypes',
  'OrthogonalRestrictionsFilterBuilder.withAllowExpiredDocuments',
  'OrthogonalRestrictionsFilterBuilder.withAllowNonLatinDocuments',
  'OrthogonalRestrictionsFilterBuilder.build',
  'DocumentRestrictionsFilterBuilder.forWhitelist',
  'DocumentRestrictionsFilterBuilder.forBlacklist',
  'DocumentRestrictionsFilterBuilder.withDocumentRestriction',
  'DocumentRestrictionsFilterBuilder.withAllowExpiredDocuments',
  'DocumentRestrictionsFilterBuilder.withAllowNonLatinDocuments',
  'DocumentRestrictionsFilterBuilder.build',
  'DocumentRestrictionBuilder.withCountries',
  'DocumentRestrictionBuilder.withDocumentTypes',
  'DocumentRestrictionBuilder.build',
  // Advanced identity profiles
  'AdvancedIdentityProfileRequirementsBuilder.withProfile',
  'AdvancedIdentityProfileRequirementsBuilder.build',
  'AdvancedIdentityProfileBuilder.withTrustFramework',
  'AdvancedIdentityProfileBuilder.withScheme',
  'AdvancedIdentityProfileBuilder.build',
  'AdvancedIdentityProfileSchemeBuilder.withType',
  'AdvancedIdentityProfileSchemeBuilder.withObjective',
  'AdvancedIdentityProfileSchemeBuilder.withLabel',
  'AdvancedIdentityProfileSchemeBuilder.withConfig',
  'AdvancedIdentityProfileSchemeBuilder.build',
  'AdvancedIdentityProfileSchemeConfigBuilder.withFilter', // real builder, deep-required
  'AdvancedIdentityProfileSchemeConfigBuilder.build', // real builder, deep-required
  // The mis-named export `yoti.AdvancedIdentityProfileSchemeConfigBuilder` is the config class; we call its constructor.
  'AdvancedIdentityProfileSchemeConfig.constructor',
];

/**
 * Builder methods deliberately NOT exercised, with the reason. Keys are `<Class>.<method>`.
 */
export const COVERAGE_EXCLUSIONS: Record<string, string> = {
  'CreateFaceCaptureResourcePayloadBuilder.withRequirementId':
    'face-capture resource payload (POST /sessions/{id}/resources/face-capture), not part of the session specification',
  'CreateFaceCaptureResourcePayloadBuilder.build':
    'face-capture resource payload (POST /sessions/{id}/resources/face-capture), not part of the session specification',
  'UploadFaceCaptureImagePayloadBuilder.forJpegImage':
    'face-capture image upload (multipart PUT .../face-capture/{id}/image), not part of the session specification',
  'UploadFaceCaptureImagePayloadBuilder.forPngImage':
    'face-capture image upload (multipart PUT .../face-capture/{id}/image), not part of the session specification',
  'UploadFaceCaptureImagePayloadBuilder.withImageContents':
    'face-capture image upload (multipart PUT .../face-capture/{id}/image), not part of the session specification',
  'UploadFaceCaptureImagePayloadBuilder.build':
    'face-capture image upload (multipart PUT .../face-capture/{id}/image), not part of the session specification',
};
