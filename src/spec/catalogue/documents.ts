/** `required_documents` (reference §7.1, §12.6). */
import { ALL } from './sdks';
import type { CatalogueSection } from './types';
import { SUPPLEMENTARY_DOCUMENT_TYPE_VALUES } from './values';

const D = 'required_documents';
const S = `${D}{SUPPLEMENTARY_DOCUMENT}`;

export const documentsSection: CatalogueSection = {
  [D]: {
    label: 'Required documents',
    help: 'The documents the user must provide; add several entries to ask for several documents',
    sdks: ALL,
    uncertain:
      'With no entries the API picks an undocumented default; .NET and Go leave out an empty list',
  },
  [`${D}{ID_DOCUMENT}`]: {
    label: 'ID document',
    help: 'An identity document such as a passport or driving licence, optionally limited by a filter',
    sdks: ALL,
  },
  [S]: {
    label: 'Supplementary document',
    help: 'A supporting document such as a utility bill, for an objective like proof of address',
    sdks: ALL,
  },
  [`${S}.objective`]: {
    label: 'Objective',
    help: 'What the document is for; required',
    sdks: ALL,
    uncertain: '[DOC] Examples also send an empty "config": {} inside the objective',
  },
  [`${S}.objective.type`]: {
    label: 'Objective type',
    help: 'The purpose of the supplementary document',
    sdks: ALL,
    values: {
      PROOF_OF_ADDRESS: {
        label: 'Proof of address',
        help: "A recent document showing the user's home address",
      },
    },
  },
  [`${S}.document_types`]: {
    label: 'Document types',
    help: 'Which supplementary documents are accepted; leave out to accept any',
    sdks: ALL,
    values: SUPPLEMENTARY_DOCUMENT_TYPE_VALUES,
  },
  [`${S}.country_codes`]: {
    label: 'Countries',
    help: 'ISO 3166-1 alpha-3 codes of the countries the document may come from, e.g. GBR; leave out to accept any',
    sdks: ALL,
  },
};
