/** Document filters, shared by required documents, the issuing-authority sub-check and schemes (§7.2). */
import { ALL, NONE, except, only } from './sdks';
import type { CatalogueEntry, CatalogueSection } from './types';
import { ID_DOCUMENT_TYPE_VALUES, INCLUSION_VALUES } from './values';

const O = 'filter{ORTHOGONAL_RESTRICTIONS}';
const R = 'filter{DOCUMENT_RESTRICTIONS}';
const NEW = '[NEW] Only in newer Node, Java and Go sources, not in the released SDKs';

const inclusion: CatalogueEntry = {
  label: 'Include or exclude',
  help: 'Whether the lists name the only accepted entries or the refused ones; required',
  sdks: ALL,
  values: INCLUSION_VALUES,
  uncertain:
    'Send WHITELIST or BLACKLIST: no Yoti source accepts INCLUDE/EXCLUDE, though .NET and Go name their methods that way',
};
const countryCodes: CatalogueEntry = {
  label: 'Countries',
  help: 'ISO 3166-1 alpha-3 codes of issuing countries, e.g. GBR, IRL',
  sdks: ALL,
};
const documentTypes: CatalogueEntry = {
  label: 'Document types',
  help: 'Document types, e.g. PASSPORT, DRIVING_LICENCE, NATIONAL_ID',
  sdks: ALL,
  values: ID_DOCUMENT_TYPE_VALUES,
  uncertain:
    'A filter on a supplementary document takes supplementary types (UTILITY_BILL…) instead',
};

/** The flags both filter kinds share, with the SDKs that can set each. */
const flags = (f: string, expired: CatalogueEntry['sdks'], nonLatin: CatalogueEntry['sdks']) => ({
  [`${f}.allow_expired_documents`]: {
    label: 'Allow expired documents',
    help: 'Accept documents that have expired',
    sdks: expired,
    default: 'false',
    uncertain: '.NET always sends it (false unless set)',
  },
  [`${f}.allow_non_latin_documents`]: {
    label: 'Allow non-Latin documents',
    help: 'Accept documents printed in a non-Latin script (e.g. Arabic, Cyrillic)',
    sdks: nonLatin,
    default: 'false',
    ...(nonLatin.includes('csharp')
      ? { uncertain: '.NET always sends it (false unless set)' }
      : {}),
  },
  [`${f}.allow_digital_ids`]: {
    label: 'Allow digital IDs',
    help: 'Accept digital identity documents from the allowed providers',
    sdks: NONE,
    uncertain: NEW,
  },
  [`${f}.allowed_providers`]: {
    label: 'Allowed digital-ID providers',
    help: 'The digital-ID providers to accept',
    sdks: NONE,
    uncertain: NEW,
  },
  [`${f}.allowed_providers.name`]: {
    label: 'Provider',
    help: 'Name of a digital-ID provider, e.g. DIGILOCKER',
    sdks: NONE,
    uncertain: NEW,
    values: {
      DIGILOCKER: { label: 'DigiLocker', help: "India's government digital document wallet" },
      EPHIL_ID_QR: {
        label: 'ePhilID QR',
        help: 'The Philippine digital national ID, read from its QR code',
      },
    },
  },
});

export const filtersSection: CatalogueSection = {
  filter: {
    label: 'Document filter',
    help: 'Limits which documents are accepted, by issuing country and document type',
    sdks: ALL,
    uncertain:
      'On a supplementary document only Go can send it; in the issuing-authority sub-check only Java and .NET; in an identity-profile scheme Node, Java, PHP and Go',
  },
  [O]: {
    label: 'Countries and types',
    help: 'One country rule and one type rule applied independently, e.g. passports or ID cards from the UK or Ireland',
    sdks: ALL,
  },
  [`${O}.country_restriction`]: {
    label: 'Country rule',
    help: 'Accept or refuse documents by issuing country',
    sdks: ALL,
  },
  [`${O}.country_restriction.inclusion`]: inclusion,
  [`${O}.country_restriction.country_codes`]: {
    ...countryCodes,
    uncertain: 'Required when the rule is present; .NET requires a non-empty list',
  },
  [`${O}.type_restriction`]: {
    label: 'Document type rule',
    help: 'Accept or refuse documents by type',
    sdks: ALL,
  },
  [`${O}.type_restriction.inclusion`]: inclusion,
  [`${O}.type_restriction.document_types`]: documentTypes,
  ...flags(O, except('python'), ALL),
  [R]: {
    label: 'Country and type pairs',
    help: 'A list of rules, each pairing countries with document types, e.g. UK passports or Irish ID cards',
    sdks: ALL,
  },
  [`${R}.inclusion`]: inclusion,
  [`${R}.documents`]: {
    label: 'Rules',
    help: 'Each rule pairs countries with document types (leave either out for any); the include/exclude choice applies to every document a rule covers',
    sdks: ALL,
    uncertain: 'PHP requires at least one rule; Node, Java and Go accept an empty list',
  },
  [`${R}.documents.document_types`]: {
    ...documentTypes,
    help: 'Document types this rule covers; leave out for every type',
  },
  [`${R}.documents.country_codes`]: {
    ...countryCodes,
    help: 'ISO 3166-1 alpha-3 codes this rule covers, e.g. GBR; leave out for every country',
  },
  ...flags(R, except('python'), only('node', 'java', 'php', 'go')),
};
