/** `requested_checks` (reference §3, §12.4). */
import { ALL, NONE, except, only } from './sdks';
import type { CatalogueEntry, CatalogueSection } from './types';
import { IBV_MANUAL_CHECK_VALUES, MANUAL_CHECK_VALUES, withSdks } from './values';
import { advancedCaSection } from './watchlist';

const C = 'requested_checks';
const NO_PY = except('python');

const manualCheck = (help: string, sdks = ALL, uncertain?: string): CatalogueEntry => ({
  label: 'Manual check',
  help,
  sdks,
  values: MANUAL_CHECK_VALUES,
  ...(uncertain ? { uncertain } : {}),
});

const ibvManualCheck: CatalogueEntry = {
  label: 'Manual check',
  help: 'When a person reviews this in-branch check; required',
  sdks: only('java'),
  values: IBV_MANUAL_CHECK_VALUES,
};

export const checksSection: CatalogueSection = {
  [C]: {
    label: 'Requested checks',
    help: 'The checks Yoti runs on what the user captures; Yoti derives them itself for identity profiles',
    sdks: ALL,
    uncertain: 'Go leaves the key out when the list is empty; the other SDKs send []',
  },
  [`${C}{ID_DOCUMENT_AUTHENTICITY}`]: {
    label: 'Document authenticity',
    help: 'Checks the ID document is genuine and not tampered with; needs one ID document',
    sdks: ALL,
  },
  [`${C}{ID_DOCUMENT_AUTHENTICITY}.config.manual_check`]: manualCheck(
    'When a Yoti analyst reviews the authenticity result; optional',
  ),
  [`${C}{ID_DOCUMENT_AUTHENTICITY}.config.issuing_authority_sub_check`]: {
    label: 'Issuing-authority sub-check',
    help: 'Also verifies the document with the authority that issued it, optionally only for documents matching a filter',
    sdks: only('java', 'csharp'),
    uncertain:
      "PHP has a builder but serializes it as {} (a bug); Python's builder is not wired into the check; Node and Go lack it",
  },
  [`${C}{ID_DOCUMENT_AUTHENTICITY}.config.issuing_authority_sub_check.requested`]: {
    label: 'Requested',
    help: 'Set to true to ask for the issuing-authority sub-check',
    sdks: only('java', 'csharp'),
  },
  [`${C}{LIVENESS}`]: {
    label: 'Liveness',
    help: 'Checks a real, live person is present in front of the camera',
    sdks: ALL,
  },
  [`${C}{LIVENESS}.config.max_retries`]: {
    label: 'Maximum attempts',
    help: 'How many completed liveness attempts the user gets (abandoned tries do not count); at least 1, Yoti recommends 3',
    sdks: ALL,
    default: '1',
    uncertain:
      'Node, Java, PHP and .NET default to 1; Python sends nothing unless set; Go leaves out 0',
  },
  [`${C}{LIVENESS}.config.liveness_type`]: {
    label: 'Liveness type',
    help: 'STATIC takes a single passive selfie (recommended); ZOOM asks the user to move closer to the camera; required',
    sdks: ALL,
    values: {
      ZOOM: { label: 'Active (ZOOM)', help: 'The user moves their face towards the camera' },
      STATIC: { label: 'Passive (STATIC)', help: 'A single selfie; the documented recommendation' },
    },
  },
  [`${C}{LIVENESS}.config.manual_check`]: manualCheck(
    'Liveness review; only NEVER is used in practice',
    only('php', 'python', 'csharp', 'go'),
    '.NET always sends NEVER and Go sends it for STATIC liveness; Node and Java never send it; the API accepts both',
  ),
  [`${C}{ID_DOCUMENT_FACE_MATCH}`]: {
    label: 'Face match',
    help: "Compares the user's face with the photo on their ID document; needs an ID document and liveness",
    sdks: ALL,
  },
  [`${C}{ID_DOCUMENT_FACE_MATCH}.config.manual_check`]: manualCheck(
    'When a Yoti analyst reviews the face match; required by the Node, Java, PHP and .NET builders',
  ),
  [`${C}{FACE_COMPARISON}`]: {
    label: 'Face comparison',
    help: 'Compares the liveness capture with a face image you upload after creating the session; needs liveness',
    sdks: NO_PY,
  },
  [`${C}{FACE_COMPARISON}.config.manual_check`]: {
    ...manualCheck('When a Yoti analyst reviews the face comparison; required', NO_PY),
    values: withSdks(MANUAL_CHECK_VALUES, ['ALWAYS', 'FALLBACK'], only('java', 'php', 'go')),
    uncertain: 'The Node and .NET builders can only send NEVER',
  },
  [`${C}{ID_DOCUMENT_COMPARISON}`]: {
    label: 'Document comparison',
    help: 'Checks that two or more ID documents belong to the same person; ask for at least two documents',
    sdks: ALL,
    uncertain: 'PHP leaves out the empty config; the other SDKs send "config": {}',
  },
  [`${C}{THIRD_PARTY_IDENTITY}`]: {
    label: 'Third-party identity',
    help: 'Verifies the extracted identity against third-party data sources; needs ID document text extraction',
    sdks: NO_PY,
  },
  [`${C}{THIRD_PARTY_IDENTITY}.config.manual_check`]: manualCheck(
    'Review of the third-party identity result; the docs show NEVER',
    NONE,
    '[DOC] Only in the docs (and an unmerged Python branch [NEW]); the SDKs send an empty config',
  ),
  [`${C}{WATCHLIST_SCREENING}`]: {
    label: 'Watchlist screening (AML)',
    help: "Screens the user's name, birth date and country against sanctions and adverse-media lists; needs text extraction",
    sdks: ALL,
  },
  [`${C}{WATCHLIST_SCREENING}.config.categories`]: {
    label: 'Categories',
    help: 'Which lists to screen against',
    sdks: ALL,
    uncertain: 'The builders also accept other strings; only these two are documented',
    values: {
      'ADVERSE-MEDIA': { label: 'Adverse media', help: 'Negative news coverage (with a hyphen)' },
      SANCTIONS: { label: 'Sanctions', help: 'Government and international sanctions lists' },
    },
  },
  [`${C}{WATCHLIST_SCREENING}.config.manual_check`]: manualCheck(
    'Review of screening results; the docs show NEVER',
    only('python'),
    '[DOC] Only Python sends it',
  ),
  ...advancedCaSection,
  [`${C}{IBV_VISUAL_REVIEW_CHECK}`]: {
    label: 'In-branch visual review',
    help: 'Staff in branch visually review the documents (In-Branch Verification)',
    sdks: only('java'),
  },
  [`${C}{IBV_VISUAL_REVIEW_CHECK}.config.manual_check`]: ibvManualCheck,
  [`${C}{DOCUMENT_SCHEME_VALIDITY_CHECK}`]: {
    label: 'Document scheme validity',
    help: 'Checks the documents are valid for a scheme such as UK DBS (In-Branch Verification)',
    sdks: only('java'),
  },
  [`${C}{DOCUMENT_SCHEME_VALIDITY_CHECK}.config.manual_check`]: ibvManualCheck,
  [`${C}{DOCUMENT_SCHEME_VALIDITY_CHECK}.config.scheme`]: {
    label: 'Scheme',
    help: 'The scheme the documents must satisfy; required',
    sdks: only('java'),
    values: { UK_DBS: { label: 'UK DBS', help: 'UK Disclosure and Barring Service checks' } },
    uncertain: '[DOC] The docs use UK_DBS; no other value is documented',
  },
  [`${C}{PROFILE_DOCUMENT_MATCH}`]: {
    label: 'Profile–document match',
    help: 'Checks the applicant profile matches the documents (In-Branch Verification)',
    sdks: only('java'),
  },
  [`${C}{PROFILE_DOCUMENT_MATCH}.config.manual_check`]: ibvManualCheck,
};
