/** `sdk_config`: how the end-user flow looks and behaves (reference §5, §12.2). */
import { ALL, except, only } from './sdks';
import type { CatalogueEntry, CatalogueSection } from './types';
import { LOCALE_VALUES } from './values';

const S = 'sdk_config';
const DARK_NEW =
  '[NEW] Newer Node and Python sources add it, but their releases cannot send it yet';

const colour = (label: string, help: string, sdks = ALL): CatalogueEntry => ({ label, help, sdks });
const url = (label: string, help: string): CatalogueEntry => ({ label, help, sdks: ALL });

export const sdkConfigSection: CatalogueSection = {
  [S]: {
    label: 'User interface',
    help: "Options for the end user's capture flow: capture methods, colours, language, redirects",
    sdks: ALL,
  },
  [`${S}.allowed_capture_methods`]: {
    label: 'Capture methods',
    help: 'Whether users must photograph documents live or may also upload a file',
    sdks: ALL,
    default: 'CAMERA',
    values: {
      CAMERA: { label: 'Camera only', help: 'Documents must be photographed live' },
      CAMERA_AND_UPLOAD: {
        label: 'Camera or upload',
        help: 'Users may also upload an existing photo or scan',
      },
    },
  },
  [`${S}.primary_colour`]: {
    ...colour('Primary colour', 'Main colour of the flow as a hex code, e.g. #2d9fff'),
    default: '#2d9fff',
  },
  [`${S}.secondary_colour`]: colour('Secondary colour', 'Secondary button colour as a hex code'),
  [`${S}.font_colour`]: colour('Font colour', 'Button text colour as a hex code'),
  [`${S}.locale`]: {
    label: 'Language',
    help: 'Language of the flow, e.g. en-GB; leave out to follow the browser language',
    sdks: ALL,
    values: LOCALE_VALUES,
    uncertain: '[DOC] The docs list en-GB as the default; the SDKs do not check the value',
  },
  [`${S}.preset_issuing_country`]: {
    label: 'Preset issuing country',
    help: 'Country pre-selected on the document screen, as an ISO 3166-1 alpha-3 code, e.g. GBR',
    sdks: ALL,
  },
  [`${S}.success_url`]: {
    ...url('Success URL', 'Page the user is sent to after a successful capture'),
    uncertain: '[DOC] With success_url or error_url set, the iframe sends no postMessage events',
  },
  [`${S}.error_url`]: {
    ...url(
      'Error URL',
      'Page the user is sent to on an error; the error code is added as a query parameter',
    ),
    uncertain: '[DOC] With success_url or error_url set, the iframe sends no postMessage events',
  },
  [`${S}.privacy_policy_url`]: url(
    'Privacy policy URL',
    'Link to your privacy policy shown in the flow',
  ),
  [`${S}.biometric_consent_flow`]: {
    label: 'Biometric consent timing',
    help: 'When the user is asked to consent to biometric processing',
    sdks: only('node', 'java', 'php', 'go'),
    default: 'JUST_IN_TIME',
    uncertain: '[NEW] Newer .NET sources add it and document JUST_IN_TIME as the default',
    values: {
      EARLY: { label: 'Early', help: 'At the start of the flow' },
      JUST_IN_TIME: { label: 'Just in time', help: 'Right before the first biometric capture' },
    },
  },
  [`${S}.allow_handoff`]: {
    label: 'Allow handoff to mobile',
    help: 'Lets desktop users continue on their phone by scanning a QR code',
    sdks: ALL,
    uncertain: 'Go leaves out false',
  },
  [`${S}.attempts_configuration`]: {
    label: 'Attempts',
    help: 'How many tries the user gets at steps that can fail',
    sdks: except('python'),
  },
  [`${S}.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION`]: {
    label: 'Text extraction attempts',
    help: 'Tries per failure category for ID document text extraction; whole numbers of at least 1',
    sdks: except('python'),
    uncertain:
      "PHP's withIdDocumentTextExtractionGenericRetries does nothing (a bug): use …GenericAttempts",
    values: {
      GENERIC: { label: 'Generic', help: 'Tries after Yoti could not process the upload' },
      RECLASSIFICATION: {
        label: 'Reclassification',
        help: 'Tries after the upload was not the document type the user chose',
      },
    },
  },
  [`${S}.brand_id`]: {
    label: 'Brand ID',
    help: 'The ID of a brand configured with Yoti, to theme the flow',
    sdks: except('csharp'),
  },
  [`${S}.suppressed_screens`]: {
    label: 'Suppressed screens',
    help: 'Screens to skip in the flow; Yoti must enable this for your account; not empty when present',
    sdks: only('node', 'java', 'php', 'python'),
    uncertain: '[NEW] Newer .NET and Go sources add it; [DOC] Yoti must switch it on for you',
    values: {
      ID_DOCUMENT_EDUCATION: {
        label: 'ID document guidance',
        help: 'Tips on photographing an ID document',
      },
      ID_DOCUMENT_REQUIREMENTS: {
        label: 'ID document requirements',
        help: 'The list of accepted documents; skip it only when a single document is enforced',
      },
      SUPPLEMENTARY_DOCUMENT_EDUCATION: {
        label: 'Supplementary document guidance',
        help: 'Tips on capturing a supplementary document',
      },
      ZOOM_LIVENESS_EDUCATION: {
        label: 'Active liveness guidance',
        help: 'Tips before a ZOOM liveness capture',
      },
      STATIC_LIVENESS_EDUCATION: {
        label: 'Passive liveness guidance',
        help: 'Tips before a STATIC liveness capture',
      },
      FACE_CAPTURE_EDUCATION: {
        label: 'Face capture guidance',
        help: 'Tips before a face capture',
      },
      FLOW_COMPLETION: {
        label: 'Completion screen',
        help: 'The final "you\'re done" screen; only the native SDKs can skip it, not web',
      },
    },
  },
  [`${S}.dark_mode`]: {
    label: 'Dark mode',
    help: 'Whether the flow uses a dark theme',
    sdks: only('java', 'php', 'go'),
    uncertain: DARK_NEW,
    values: {
      ON: { label: 'On', help: 'Always dark' },
      OFF: { label: 'Off', help: 'Always light' },
      AUTO: { label: 'Auto', help: "Follow the device's setting" },
    },
  },
  [`${S}.primary_colour_dark_mode`]: {
    label: 'Primary colour (dark mode)',
    help: 'Main colour used in dark mode, as a hex code',
    sdks: only('java', 'php', 'go'),
    uncertain: DARK_NEW,
  },
};
