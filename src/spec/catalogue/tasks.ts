/** `requested_tasks` (reference §4, §12.5). */
import { ALL, except } from './sdks';
import type { CatalogueSection } from './types';
import { MANUAL_CHECK_VALUES } from './values';

const T = 'requested_tasks';

export const tasksSection: CatalogueSection = {
  [T]: {
    label: 'Requested tasks',
    help: 'Processing Yoti does on the captured documents, such as reading their text',
    sdks: ALL,
    uncertain: 'Go leaves the key out when the list is empty; the other SDKs send []',
  },
  [`${T}{ID_DOCUMENT_TEXT_DATA_EXTRACTION}`]: {
    label: 'ID document text extraction',
    help: 'Reads the name, date of birth and other fields from the ID document; watchlist and third-party checks need it',
    sdks: ALL,
    uncertain: 'Retries are set in sdk_config.attempts_configuration, not here',
  },
  [`${T}{ID_DOCUMENT_TEXT_DATA_EXTRACTION}.config.manual_check`]: {
    label: 'Manual check',
    help: 'When a Yoti analyst reviews the extracted data; FALLBACK is the documented recommendation',
    sdks: ALL,
    values: MANUAL_CHECK_VALUES,
    uncertain:
      'Required by the Node, PHP and .NET builders; Java, Python and Go let you leave it out',
  },
  [`${T}{ID_DOCUMENT_TEXT_DATA_EXTRACTION}.config.chip_data`]: {
    label: 'Chip data',
    help: 'Whether to read the NFC chip of ePassports and other chipped documents when the device can',
    sdks: ALL,
    values: {
      DESIRED: {
        label: 'Read the chip',
        help: 'Read the chip when the document and device allow it',
      },
      IGNORE: { label: 'Ignore the chip', help: 'Never read the chip' },
    },
  },
  [`${T}{ID_DOCUMENT_TEXT_DATA_EXTRACTION}.config.create_expanded_document_fields`]: {
    label: 'Expanded document fields',
    help: 'Also return the expanded set of document fields in the results',
    sdks: except('python'),
    default: 'false',
    uncertain: '.NET always sends it (false unless set); the other SDKs leave it out unless set',
  },
  [`${T}{SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION}`]: {
    label: 'Supplementary document text extraction',
    help: 'Reads the text of supplementary documents such as proof of address; needs a supplementary document',
    sdks: ALL,
  },
  [`${T}{SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION}.config.manual_check`]: {
    label: 'Manual check',
    help: 'When a Yoti analyst reviews the extracted data; required by the Node and PHP builders',
    sdks: ALL,
    values: MANUAL_CHECK_VALUES,
  },
};
