/** Identity profiles and `subject` (reference §8, §12.7). */
import { except, only } from './sdks';
import type { CatalogueSection, CatalogueValue } from './types';

const IP = 'identity_profile_requirements';
const AIP = 'advanced_identity_profile_requirements';
const PROFILES = `${AIP}.profiles`;
const SDKS = except('python');

const UK_TFIDA: CatalogueValue = {
  label: 'UK digital identity trust framework',
  help: 'UK Trust Framework for Identity and Attributes (DBS, right to work, right to rent)',
};
const YOTI_GLOBAL: CatalogueValue = {
  label: 'Yoti global',
  help: "Yoti's own global identity framework",
};
const TRUST_FRAMEWORKS = { UK_TFIDA, YOTI_GLOBAL };
const SINGLE_TRUST_FRAMEWORKS = {
  UK_TFIDA,
  YOTI_GLOBAL: { ...YOTI_GLOBAL, uncertain: '[?] Observed only in advanced requirements' },
};

const UK_SCHEMES: Readonly<Record<string, CatalogueValue>> = {
  DBS: {
    label: 'DBS check',
    help: 'UK Disclosure and Barring Service identity check; needs an objective',
  },
  RTW: { label: 'Right to work', help: 'UK right-to-work check' },
  RTR: { label: 'Right to rent', help: 'UK right-to-rent check' },
  DBS_RTW: {
    label: 'DBS and right to work',
    help: 'Combined DBS and right-to-work check',
    uncertain: '[?] The docs show objective BASIC; STANDARD and ENHANCED are presumably valid',
  },
};

const GLOBAL_SCHEMES: Readonly<Record<string, CatalogueValue>> = {
  IDENTITY: {
    label: 'Identity',
    help: 'Yoti global identity scheme, with an assurance-level objective',
  },
  GBR_RTW_SHARECODE: {
    label: 'UK right to work (share code)',
    help: 'UK right to work via the Home Office share code',
    uncertain:
      '[?] One docs page spells it GBS_RTW_SHARECODE, probably a typo; use GBR_RTW_SHARECODE',
  },
};

const DBS_OBJECTIVES: Readonly<Record<string, CatalogueValue>> = {
  BASIC: { label: 'Basic', help: 'DBS Basic check (about GPG45 Medium confidence)' },
  STANDARD: { label: 'Standard', help: 'DBS Standard check (about GPG45 High confidence)' },
  ENHANCED: { label: 'Enhanced', help: 'DBS Enhanced check (about GPG45 High confidence)' },
};

const GLOBAL_OBJECTIVES: Readonly<Record<string, CatalogueValue>> = {
  AL_L1: { label: 'Assurance level L1', help: 'Low assurance level for the IDENTITY scheme' },
  AL_M1: { label: 'Assurance level M1', help: 'Medium assurance level for the IDENTITY scheme' },
};

export const identityProfileSection: CatalogueSection = {
  [IP]: {
    label: 'Identity profile',
    help: 'Ask Yoti to meet one trust-framework scheme (e.g. UK DBS); Yoti then picks the checks and documents itself',
    sdks: SDKS,
  },
  [`${IP}.trust_framework`]: {
    label: 'Trust framework',
    help: 'The framework the profile must meet, e.g. UK_TFIDA',
    sdks: SDKS,
    values: SINGLE_TRUST_FRAMEWORKS,
  },
  [`${IP}.scheme`]: { label: 'Scheme', help: 'The scheme within the framework', sdks: SDKS },
  [`${IP}.scheme.type`]: {
    label: 'Scheme type',
    help: 'Which scheme, e.g. DBS or RTW',
    sdks: SDKS,
    values: UK_SCHEMES,
  },
  [`${IP}.scheme.objective`]: {
    label: 'Objective',
    help: 'The level the scheme must reach, e.g. STANDARD for a DBS Standard check',
    sdks: SDKS,
    values: DBS_OBJECTIVES,
  },
  subject: {
    label: 'Subject',
    help: 'Who the identity profile is about, as your own ID; must not contain personal data',
    sdks: SDKS,
  },
  'subject.subject_id': {
    label: 'Subject ID',
    help: 'Your identifier for the person, e.g. an applicant number; no personal data',
    sdks: SDKS,
  },
  [AIP]: {
    label: 'Advanced identity profiles',
    help: 'Ask Yoti to meet several schemes, possibly across trust frameworks, in one session',
    sdks: SDKS,
  },
  [PROFILES]: { label: 'Profiles', help: 'One entry per trust framework', sdks: SDKS },
  [`${PROFILES}.trust_framework`]: {
    label: 'Trust framework',
    help: 'The framework these schemes belong to, e.g. UK_TFIDA or YOTI_GLOBAL',
    sdks: SDKS,
    values: TRUST_FRAMEWORKS,
  },
  [`${PROFILES}.schemes`]: {
    label: 'Schemes',
    help: 'The schemes to meet within the framework; an optional document filter limits which documents count',
    sdks: SDKS,
    uncertain: 'The .NET classes have no scheme config, so .NET cannot send a scheme filter',
  },
  [`${PROFILES}.schemes.type`]: {
    label: 'Scheme type',
    help: 'Which scheme, e.g. IDENTITY or GBR_RTW_SHARECODE; required',
    sdks: SDKS,
    values: { ...UK_SCHEMES, ...GLOBAL_SCHEMES },
  },
  [`${PROFILES}.schemes.objective`]: {
    label: 'Objective',
    help: 'The level the scheme must reach, e.g. AL_M1; optional',
    sdks: SDKS,
    values: { ...DBS_OBJECTIVES, ...GLOBAL_OBJECTIVES },
  },
  [`${PROFILES}.schemes.label`]: {
    label: 'Label',
    help: 'Your own name for the scheme, echoed back in the results; required',
    sdks: SDKS,
  },
  create_identity_profile_preview: {
    label: 'Identity profile preview',
    help: 'Also return a preview document of the identity profile in the results',
    sdks: only('java', 'php', 'csharp', 'go'),
    default: 'false',
    uncertain: '.NET always sends false unless set; PHP can only set true; Go sends only true',
  },
};
