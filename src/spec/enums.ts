/** Enumerations of the IDV session spec, exactly as Yoti spells them (reference §3–§8). */

export const MANUAL_CHECKS = ['ALWAYS', 'FALLBACK', 'NEVER'] as const;
export const IBV_MANUAL_CHECKS = ['ALWAYS', 'FALLBACK', 'NEVER', 'IBV'] as const;
export const INCLUSIONS = ['WHITELIST', 'BLACKLIST'] as const;
export const LIVENESS_TYPES = ['ZOOM', 'STATIC'] as const;
export const CHIP_DATA = ['DESIRED', 'IGNORE'] as const;
export const CAPTURE_METHODS = ['CAMERA', 'CAMERA_AND_UPLOAD'] as const;
export const BIOMETRIC_CONSENT_FLOWS = ['EARLY', 'JUST_IN_TIME'] as const;
export const DARK_MODES = ['ON', 'OFF', 'AUTO'] as const;
export const AUTH_TYPES = ['BASIC', 'BEARER'] as const;
export const IBV_SUPPORT = ['MANDATORY', 'NOT_ALLOWED'] as const;
export const CA_ACCOUNT_TYPES = ['WITH_YOTI_ACCOUNT', 'WITH_CUSTOM_ACCOUNT'] as const;
export const CA_SOURCE_TYPES = ['TYPE_LIST', 'PROFILE'] as const;
export const CA_MATCHING_TYPES = ['EXACT', 'FUZZY'] as const;
export const FILTER_TYPES = ['ORTHOGONAL_RESTRICTIONS', 'DOCUMENT_RESTRICTIONS'] as const;
export const OBJECTIVE_TYPES = ['PROOF_OF_ADDRESS'] as const;

export const CHECK_TYPES = [
  'ID_DOCUMENT_AUTHENTICITY',
  'LIVENESS',
  'ID_DOCUMENT_FACE_MATCH',
  'FACE_COMPARISON',
  'ID_DOCUMENT_COMPARISON',
  'THIRD_PARTY_IDENTITY',
  'WATCHLIST_SCREENING',
  'WATCHLIST_ADVANCED_CA',
  'IBV_VISUAL_REVIEW_CHECK',
  'DOCUMENT_SCHEME_VALIDITY_CHECK',
  'PROFILE_DOCUMENT_MATCH',
] as const;

export const TASK_TYPES = [
  'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
  'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION',
] as const;

export const DOCUMENT_KINDS = ['ID_DOCUMENT', 'SUPPLEMENTARY_DOCUMENT'] as const;

export const TOPICS = [
  'RESOURCE_UPDATE',
  'TASK_COMPLETION',
  'CHECK_COMPLETION',
  'SESSION_COMPLETION',
  'CLIENT_SESSION_TOKEN_DELETED',
  'NEW_PDF_SUPPLIED',
  'INSTRUCTIONS_EMAIL_REQUESTED',
  'THANK_YOU_EMAIL_REQUESTED',
  'FIRST_BRANCH_VISIT',
] as const;

export const SUPPRESSED_SCREENS = [
  'ID_DOCUMENT_EDUCATION',
  'ID_DOCUMENT_REQUIREMENTS',
  'SUPPLEMENTARY_DOCUMENT_EDUCATION',
  'ZOOM_LIVENESS_EDUCATION',
  'STATIC_LIVENESS_EDUCATION',
  'FACE_CAPTURE_EDUCATION',
  'FLOW_COMPLETION',
] as const;

export const WATCHLIST_CATEGORIES = ['ADVERSE-MEDIA', 'SANCTIONS'] as const;

export const CA_TYPE_LIST_TYPES = [
  'sanction',
  'warning',
  'fitness-probity',
  'pep',
  'pep-class-1',
  'pep-class-2',
  'pep-class-3',
  'pep-class-4',
  'adverse-media',
  'adverse-media-financial-crime',
  'adverse-media-fraud',
  'adverse-media-general',
  'adverse-media-narcotics',
  'adverse-media-sexual-crime',
  'adverse-media-terrorism',
  'adverse-media-violent-crime',
] as const;

/** The locales of the "Client preferences" page; leave `locale` unset to follow the browser. */
export const LOCALES = [
  'ar',
  'bs',
  'pt',
  'en-CA',
  'cs',
  'da',
  'nl',
  'en-GB',
  'fi',
  'fr',
  'de',
  'el-GR',
  'hi',
  'it',
  'ja',
  'nb',
  'pl',
  'ro',
  'ru',
  'sr',
  'es',
  'es-419',
  'sv',
  'th',
  'en-US',
  'tr',
  'vi',
] as const;

/** ID document types: the IDV SDK tests plus Yoti's `IdDocument.Type` enum (§7.3). */
export const ID_DOCUMENT_TYPES = [
  'PASSPORT',
  'DRIVING_LICENCE',
  'NATIONAL_ID',
  'PASS_CARD',
  'STATE_ID',
  'MYKAD',
  'AADHAAR',
  'PAN',
  'SSS_ID_CARD',
  'POSTAL_ID',
  'RESIDENCE_PERMIT',
  'VOTER_ID',
  'PROFESSIONAL_ID',
  'NEXUS_CARD',
  'HEALTH_CARD',
  'POSTOFFICE',
  'PHILSYS_ID',
  'UMID',
  'CITIZENCARD',
  'YOUNGSCOT',
  'SCIS',
  'TRAVEL_DOCUMENT',
  'WORK_PERMIT',
] as const;

/** The four supplementary types documented for PROOF_OF_ADDRESS, then the rest of Yoti's enum (§7.1). */
export const PROOF_OF_ADDRESS_TYPES = [
  'UTILITY_BILL',
  'BANK_STATEMENT',
  'COUNCIL_TAX_BILL',
  'PHONE_BILL',
] as const;
export const SUPPLEMENTARY_DOCUMENT_TYPES = [
  ...PROOF_OF_ADDRESS_TYPES,
  'FIREARMS_LICENCE',
  'MILITARY_CARD',
  'BIRTH_CERTIFICATE_ISSUED_WITHIN_12_MONTHS_OF_BIRTH',
  'BIRTH_CERTIFICATE',
  'ADOPTION_CERTIFICATE',
  'PAPER_DRIVING_LICENCE',
  'MARRIAGE_CERTIFICATE',
  'ACCOUNT_OPENING_LETTER',
  'BENEFIT_STATEMENT',
  'MORTGAGE_STATEMENT',
  'FINANCIAL_STATEMENT',
  'EMPLOYEE_TAX_FORM',
  'EMPLOYMENT_SPONSORSHIP_LETTER',
  'IMMIGRATION_DOCUMENT',
  'EDUCATION_LETTER',
  'DVLA_FORM',
  'SUPPLEMENTARY_PASS_CARD',
] as const;

export const TRUST_FRAMEWORKS = ['UK_TFIDA', 'YOTI_GLOBAL'] as const;
export const UK_TFIDA_SCHEMES = ['DBS', 'RTW', 'RTR', 'DBS_RTW'] as const;
export const DBS_OBJECTIVES = ['BASIC', 'STANDARD', 'ENHANCED'] as const;
export const YOTI_GLOBAL_SCHEMES = ['IDENTITY', 'GBR_RTW_SHARECODE'] as const;
export const YOTI_GLOBAL_OBJECTIVES = ['AL_L1', 'AL_M1'] as const;

/** The SDKs Studio generates code for, in the order Yoti's docs list them. */
export const SDKS = ['node', 'java', 'php', 'python', 'csharp', 'go'] as const;
