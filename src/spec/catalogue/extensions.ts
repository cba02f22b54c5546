/** Keys only some SDKs can send: import token, In-Branch Verification, resources (reference §2, §9). */
import { only } from './sdks';
import type { CatalogueSection } from './types';

const IBV = only('java', 'php');

export const extensionsSection: CatalogueSection = {
  import_token: {
    label: 'Import token',
    help: 'Lets the user import the verified documents into their Yoti Digital ID after the session',
    sdks: only('java', 'php', 'go'),
  },
  'import_token.ttl': {
    label: 'Import token lifetime',
    help: 'Seconds the import token stays valid; PHP accepts 30 to 365 days (2592000–31536000)',
    sdks: only('java', 'php', 'go'),
    default: '31536000 (PHP and Go)',
  },
  ibv_options: {
    label: 'In-Branch Verification',
    help: 'Options for sessions where the user can verify in a branch (e.g. a post office)',
    sdks: IBV,
  },
  'ibv_options.support': {
    label: 'In-branch support',
    help: 'Whether the documents must be provided in branch; required',
    sdks: IBV,
    values: {
      MANDATORY: {
        label: 'In branch only',
        help: 'Only an in-branch device may provide the documents',
      },
      NOT_ALLOWED: {
        label: 'At home too',
        help: 'The user may also provide them at home; costs differ',
      },
    },
  },
  'ibv_options.guidance_url': {
    label: 'Guidance URL',
    help: 'Link to your guidance for the in-branch visit',
    sdks: IBV,
  },
  'ibv_options.user_price': {
    label: 'Price to the user',
    help: 'What the user pays in branch',
    sdks: only('java'),
  },
  'ibv_options.user_price.amount': {
    label: 'Amount',
    help: 'The price as a decimal string, e.g. "5.00"',
    sdks: only('java'),
  },
  'ibv_options.user_price.currency': {
    label: 'Currency',
    help: 'ISO 4217 currency code, e.g. GBP',
    sdks: only('java'),
    values: { GBP: { label: 'Pound sterling', help: "Java's withGbpCurrency() helper sets GBP" } },
  },
  resources: {
    label: 'Resources to create',
    help: 'Resources created together with the session, such as an applicant profile',
    sdks: only('java'),
    uncertain: '[NEW] Newer .NET sources add a typed version',
  },
  'resources.applicant_profile': {
    label: 'Applicant profile',
    help: "The applicant's details (full_name, date_of_birth as yyyy-mm-dd, structured_postal_address…), free-form",
    sdks: only('java'),
    uncertain: 'Java sends a free-form map; the field names come from the newer [NEW] .NET classes',
  },
  ephemeral_media: {
    label: 'Ephemeral media',
    help: 'Go only: controls whether ephemeral media are collected',
    sdks: only('go'),
    uncertain:
      '[?] The meaning is unclear: Go documents it only as "whether to block or not to block the collection of ephemeral media"',
  },
};
