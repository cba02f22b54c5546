/** `WATCHLIST_ADVANCED_CA`: ComplyAdvantage screening (reference §3.8, §12.4). */
import { NONE, except, only } from './sdks';
import type { CatalogueSection, CatalogueValue } from './types';
import { MANUAL_CHECK_VALUES } from './values';

const CHECK = 'requested_checks{WATCHLIST_ADVANCED_CA}';
const SDKS = except('python');

const adverse = (kind: string): CatalogueValue => ({
  label: `Adverse media: ${kind}`,
  help: `Negative news about ${kind}`,
});

/** ComplyAdvantage list types for TYPE_LIST sources ([DOC] plus the ComplyAdvantage taxonomy). */
const CA_TYPE_VALUES: Readonly<Record<string, CatalogueValue>> = {
  sanction: { label: 'Sanctions', help: 'Government and international sanctions lists' },
  warning: { label: 'Warnings', help: 'Law-enforcement and regulator warning lists' },
  'fitness-probity': {
    label: 'Fitness and probity',
    help: 'Regulatory disqualifications and bans',
  },
  pep: { label: 'PEP (all classes)', help: 'Politically exposed persons of every class' },
  'pep-class-1': {
    label: 'PEP class 1',
    help: 'Heads of state, ministers, members of parliament, top judges',
  },
  'pep-class-2': {
    label: 'PEP class 2',
    help: 'Regional officials, ambassadors and senior military',
  },
  'pep-class-3': {
    label: 'PEP class 3',
    help: 'Senior managers of state-owned companies and international bodies',
  },
  'pep-class-4': { label: 'PEP class 4', help: 'Mayors and other local officials' },
  'adverse-media': { label: 'Adverse media (all)', help: 'Negative news of every kind' },
  'adverse-media-financial-crime': adverse('financial crime'),
  'adverse-media-fraud': adverse('fraud'),
  'adverse-media-general': adverse('general wrongdoing'),
  'adverse-media-narcotics': adverse('narcotics'),
  'adverse-media-sexual-crime': adverse('sexual crime'),
  'adverse-media-terrorism': adverse('terrorism'),
  'adverse-media-violent-crime': adverse('violent crime'),
};

/** The fields both account kinds share, under `config{<account>}`. */
const shared = (c: string): CatalogueSection => ({
  [`${c}.remove_deceased`]: {
    label: 'Remove deceased',
    help: 'Leave people known to be deceased out of the results',
    sdks: SDKS,
    default: 'false',
  },
  [`${c}.share_url`]: {
    label: 'Share URL',
    help: 'Include a public ComplyAdvantage share URL for the search in the results',
    sdks: SDKS,
    default: 'false',
  },
  [`${c}.sources`]: {
    label: 'Sources',
    help: 'Which ComplyAdvantage lists to search: a list of types, or a saved search profile',
    sdks: SDKS,
    default: 'TYPE_LIST with no types (Node)',
    uncertain: 'PHP requires sources and matching_strategy',
  },
  [`${c}.sources{TYPE_LIST}`]: {
    label: 'Type list',
    help: 'Search the ComplyAdvantage list types you name',
    sdks: SDKS,
  },
  [`${c}.sources{TYPE_LIST}.types`]: {
    label: 'Types',
    help: 'ComplyAdvantage list types to search, e.g. pep, fitness-probity, warning',
    sdks: SDKS,
    values: CA_TYPE_VALUES,
    uncertain: 'ComplyAdvantage also has adverse-media-v2-* types',
  },
  [`${c}.sources{PROFILE}`]: {
    label: 'Search profile',
    help: 'Search with a profile saved in the ComplyAdvantage UI',
    sdks: only('node', 'java', 'php', 'csharp'),
  },
  [`${c}.sources{PROFILE}.search_profile`]: {
    label: 'Search profile ID',
    help: 'The ID of a search profile created in the ComplyAdvantage UI',
    sdks: only('node', 'java', 'php', 'csharp'),
  },
  [`${c}.matching_strategy`]: {
    label: 'Matching strategy',
    help: 'How closely names must match: exactly, or fuzzily',
    sdks: SDKS,
    default: 'EXACT (Node)',
  },
  [`${c}.matching_strategy{EXACT}`]: {
    label: 'Exact',
    help: 'Names must match exactly',
    sdks: SDKS,
  },
  [`${c}.matching_strategy{EXACT}.exact_match`]: {
    label: 'Exact match',
    help: 'Always true when sent',
    sdks: only('java', 'csharp', 'go'),
    uncertain: 'Java, .NET and Go send exact_match: true; Node and PHP send only the type',
  },
  [`${c}.matching_strategy{FUZZY}`]: {
    label: 'Fuzzy',
    help: 'Names may differ slightly, by up to the fuzziness you set',
    sdks: SDKS,
  },
  [`${c}.matching_strategy{FUZZY}.fuzziness`]: {
    label: 'Fuzziness',
    help: 'How loose the name match may be, from 0 (exact) to 1 (loosest); Node defaults to 0.5',
    sdks: SDKS,
    default: '0.5 (Node)',
  },
  [`${c}.manual_check`]: {
    label: 'Manual check',
    help: 'Review of the screening results; the docs show NEVER',
    sdks: NONE,
    values: MANUAL_CHECK_VALUES,
    uncertain: '[DOC] Only in the AML docs; no SDK sends it',
  },
});

export const advancedCaSection: CatalogueSection = {
  [CHECK]: {
    label: 'Advanced watchlist screening (ComplyAdvantage)',
    help: 'Screens the user against ComplyAdvantage lists, through Yoti or your own account; needs text extraction',
    sdks: SDKS,
  },
  [`${CHECK}.config{WITH_YOTI_ACCOUNT}`]: {
    label: "Yoti's ComplyAdvantage account",
    help: "Runs the search through Yoti's ComplyAdvantage account",
    sdks: SDKS,
  },
  ...shared(`${CHECK}.config{WITH_YOTI_ACCOUNT}`),
  [`${CHECK}.config{WITH_CUSTOM_ACCOUNT}`]: {
    label: 'Your ComplyAdvantage account',
    help: 'Runs the search through your own ComplyAdvantage account, with optional ongoing monitoring',
    sdks: SDKS,
  },
  [`${CHECK}.config{WITH_CUSTOM_ACCOUNT}.api_key`]: {
    label: 'API key',
    help: 'Your ComplyAdvantage API key; required',
    sdks: SDKS,
  },
  [`${CHECK}.config{WITH_CUSTOM_ACCOUNT}.monitoring`]: {
    label: 'Ongoing monitoring',
    help: 'Keep monitoring the person in ComplyAdvantage after the session',
    sdks: SDKS,
    default: 'false',
  },
  [`${CHECK}.config{WITH_CUSTOM_ACCOUNT}.tags`]: {
    label: 'Tags',
    help: 'ComplyAdvantage tags (name to value) to put on the search; they must already exist in your account',
    sdks: SDKS,
    uncertain: 'PHP sends {} when no tags are set',
  },
  [`${CHECK}.config{WITH_CUSTOM_ACCOUNT}.client_ref`]: {
    label: 'Client reference',
    help: 'Your reference for the search in ComplyAdvantage; required',
    sdks: SDKS,
  },
  ...shared(`${CHECK}.config{WITH_CUSTOM_ACCOUNT}`),
};
