/** Value vocabularies shared by several fields (reference §3.0, §5, §7). */
import type { CatalogueValue, Sdk } from './types';

type Values = Readonly<Record<string, CatalogueValue>>;

/** `values` with the SDK list of some of them narrowed. */
export const withSdks = (values: Values, keys: readonly string[], sdks: readonly Sdk[]): Values =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, keys.includes(k) ? { ...v, sdks } : v]),
  );

export const MANUAL_CHECK_VALUES: Values = {
  ALWAYS: { label: 'Always', help: 'A Yoti analyst always reviews the result as well' },
  FALLBACK: {
    label: 'Fallback',
    help: 'A Yoti analyst reviews only failed or low-confidence automated results (the usual choice)',
  },
  NEVER: { label: 'Never', help: 'Automated result only, no human review' },
};

export const IBV_MANUAL_CHECK_VALUES: Values = {
  ...MANUAL_CHECK_VALUES,
  IBV: {
    label: 'In branch',
    help: 'Reviewed in branch (post office) by the person serving the user',
  },
};

export const INCLUSION_VALUES: Values = {
  WHITELIST: { label: 'Only these', help: 'Accept only the listed countries or document types' },
  BLACKLIST: { label: 'All except these', help: 'Accept everything except the listed ones' },
};

/** The locales of the "Client preferences" page, with the language each shows. */
export const LOCALE_VALUES: Values = {
  ar: { label: 'Arabic', help: 'Arabic (right-to-left)' },
  bs: { label: 'Bosnian', help: 'Bosnian' },
  pt: { label: 'Portuguese (Brazil)', help: 'Brazilian Portuguese' },
  'en-CA': { label: 'English (Canada)', help: 'Canadian English' },
  cs: { label: 'Czech', help: 'Czech' },
  da: { label: 'Danish', help: 'Danish' },
  nl: { label: 'Dutch', help: 'Dutch' },
  'en-GB': { label: 'English (UK)', help: 'British English, the documented default' },
  fi: { label: 'Finnish', help: 'Finnish' },
  fr: { label: 'French', help: 'French' },
  de: { label: 'German', help: 'German' },
  'el-GR': { label: 'Greek', help: 'Greek' },
  hi: { label: 'Hindi', help: 'Hindi' },
  it: { label: 'Italian', help: 'Italian' },
  ja: { label: 'Japanese', help: 'Japanese' },
  nb: { label: 'Norwegian (Bokmål)', help: 'Norwegian Bokmål' },
  pl: { label: 'Polish', help: 'Polish' },
  ro: { label: 'Romanian', help: 'Romanian' },
  ru: { label: 'Russian', help: 'Russian' },
  sr: { label: 'Serbian', help: 'Serbian' },
  es: { label: 'Spanish', help: 'Spanish (Spain)' },
  'es-419': { label: 'Spanish (Latin America)', help: 'Latin American Spanish' },
  sv: { label: 'Swedish', help: 'Swedish' },
  th: { label: 'Thai', help: 'Thai' },
  'en-US': { label: 'English (US)', help: 'American English' },
  tr: { label: 'Turkish', help: 'Turkish' },
  vi: { label: 'Vietnamese', help: 'Vietnamese' },
};

const PROTO_ONLY =
  "Listed in Yoti's internal document enum, not in the IDV SDKs; check GET /supported-documents";

/** ID document types (§7.3); GET /supported-documents is the authoritative list per country. */
export const ID_DOCUMENT_TYPE_VALUES: Values = {
  PASSPORT: { label: 'Passport', help: 'Passport (including ePassports with an NFC chip)' },
  DRIVING_LICENCE: {
    label: 'Driving licence',
    help: 'Photocard driving licence (British spelling)',
  },
  NATIONAL_ID: { label: 'National ID card', help: 'National identity card' },
  PASS_CARD: {
    label: 'PASS card',
    help: 'UK proof-of-age card with the PASS hologram',
    uncertain: "[?] Used in the IDV SDK tests but missing from Yoti's IdDocument.Type enum",
  },
  STATE_ID: { label: 'State ID', help: 'US state identity card (non-driver ID)' },
  MYKAD: { label: 'MyKad', help: 'Malaysian national identity card', uncertain: PROTO_ONLY },
  AADHAAR: { label: 'Aadhaar', help: 'Indian Aadhaar card', uncertain: PROTO_ONLY },
  PAN: { label: 'PAN card', help: 'Indian Permanent Account Number card', uncertain: PROTO_ONLY },
  SSS_ID_CARD: {
    label: 'SSS ID',
    help: 'Philippine Social Security System card',
    uncertain: PROTO_ONLY,
  },
  POSTAL_ID: { label: 'Postal ID', help: 'Philippine postal identity card', uncertain: PROTO_ONLY },
  RESIDENCE_PERMIT: {
    label: 'Residence permit',
    help: 'Residence permit or residence card',
    uncertain: PROTO_ONLY,
  },
  VOTER_ID: { label: 'Voter ID', help: "Voter's identity card", uncertain: PROTO_ONLY },
  PROFESSIONAL_ID: {
    label: 'Professional ID',
    help: 'Identity card issued by a professional regulator',
    uncertain: PROTO_ONLY,
  },
  NEXUS_CARD: {
    label: 'NEXUS card',
    help: 'US–Canada NEXUS trusted-traveller card',
    uncertain: PROTO_ONLY,
  },
  HEALTH_CARD: {
    label: 'Health card',
    help: 'Canadian provincial health card',
    uncertain: PROTO_ONLY,
  },
  POSTOFFICE: {
    label: 'Post Office card',
    help: 'UK Post Office identity card',
    uncertain: PROTO_ONLY,
  },
  PHILSYS_ID: {
    label: 'PhilSys ID',
    help: 'Philippine national ID (PhilSys)',
    uncertain: PROTO_ONLY,
  },
  UMID: { label: 'UMID', help: 'Philippine Unified Multi-Purpose ID', uncertain: PROTO_ONLY },
  CITIZENCARD: {
    label: 'CitizenCard',
    help: 'UK CitizenCard proof-of-age card',
    uncertain: PROTO_ONLY,
  },
  YOUNGSCOT: {
    label: 'Young Scot card',
    help: 'Young Scot National Entitlement Card',
    uncertain: PROTO_ONLY,
  },
  SCIS: {
    label: 'SCIS',
    help: 'Canadian Secure Certificate of Indian Status',
    uncertain: PROTO_ONLY,
  },
  TRAVEL_DOCUMENT: {
    label: 'Travel document',
    help: 'Refugee or stateless person travel document',
    uncertain: PROTO_ONLY,
  },
  WORK_PERMIT: { label: 'Work permit', help: 'Work permit card', uncertain: PROTO_ONLY },
};

const POA_HELP = (what: string, age: string): CatalogueValue => ({
  label: what,
  help: `${what}, dated within the last ${age}; documented for proof of address`,
});
const DBS_ONLY = (label: string, help: string): CatalogueValue => ({
  label,
  help,
  uncertain:
    "[?] In Yoti's internal enum (looks like a DBS-scheme document); not documented as requestable",
});

/** Supplementary document types (§7.1): the four proof-of-address types first. */
export const SUPPLEMENTARY_DOCUMENT_TYPE_VALUES: Values = {
  UTILITY_BILL: POA_HELP('Utility bill', '3 months'),
  BANK_STATEMENT: POA_HELP('Bank statement', '3 months'),
  COUNCIL_TAX_BILL: POA_HELP('Council tax bill', '12 months'),
  PHONE_BILL: POA_HELP('Phone bill', '3 months'),
  FIREARMS_LICENCE: DBS_ONLY('Firearms licence', 'UK firearms or shotgun certificate'),
  MILITARY_CARD: DBS_ONLY('Military ID card', 'Armed forces identity card'),
  BIRTH_CERTIFICATE_ISSUED_WITHIN_12_MONTHS_OF_BIRTH: DBS_ONLY(
    'Birth certificate (issued within 12 months of birth)',
    'Full birth certificate issued within 12 months of the date of birth',
  ),
  BIRTH_CERTIFICATE: DBS_ONLY('Birth certificate', 'Birth certificate issued at any time'),
  ADOPTION_CERTIFICATE: DBS_ONLY('Adoption certificate', 'Adoption certificate'),
  PAPER_DRIVING_LICENCE: DBS_ONLY(
    'Paper driving licence',
    'Older paper (non-photocard) driving licence',
  ),
  MARRIAGE_CERTIFICATE: DBS_ONLY(
    'Marriage certificate',
    'Marriage or civil partnership certificate',
  ),
  ACCOUNT_OPENING_LETTER: DBS_ONLY(
    'Account opening letter',
    'Letter confirming a bank account was opened',
  ),
  BENEFIT_STATEMENT: DBS_ONLY(
    'Benefit statement',
    'Benefit statement, e.g. child benefit or pension',
  ),
  MORTGAGE_STATEMENT: DBS_ONLY('Mortgage statement', 'Mortgage statement'),
  FINANCIAL_STATEMENT: DBS_ONLY(
    'Financial statement',
    'Financial statement, e.g. a pension or ISA',
  ),
  EMPLOYEE_TAX_FORM: DBS_ONLY('Employee tax form', 'P45 or P60 tax form'),
  EMPLOYMENT_SPONSORSHIP_LETTER: DBS_ONLY(
    'Employment sponsorship letter',
    'Letter of sponsorship from a future employer',
  ),
  IMMIGRATION_DOCUMENT: DBS_ONLY(
    'Immigration document',
    'Immigration document, visa or work permit',
  ),
  EDUCATION_LETTER: DBS_ONLY('Education letter', 'Letter from a school, college or university'),
  DVLA_FORM: DBS_ONLY('DVLA form', 'Form issued by the UK DVLA'),
  SUPPLEMENTARY_PASS_CARD: DBS_ONLY('PASS card', 'Proof-of-age card with the PASS hologram'),
};
