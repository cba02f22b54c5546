/** Top-level session settings (reference §2, §12.1). */
import { ALL, except } from './sdks';
import type { CatalogueSection } from './types';

export const sessionSection: CatalogueSection = {
  client_session_token_ttl: {
    label: 'Time to complete',
    help: 'Seconds the end user has to complete the flow; must be more than 300; Yoti recommends at least 900 (15 min)',
    sdks: ALL,
    default: '600',
    uncertain:
      '[DOC] Default 600 per the v8 API reference; no documented maximum; do not combine with session_deadline',
  },
  session_deadline: {
    label: 'Session deadline',
    help: 'Date and time the session ends, as RFC 3339 (e.g. 2026-12-31T23:59:00Z); an alternative to the time to complete',
    sdks: except('go'),
    uncertain:
      '[DOC] May not be used together with client_session_token_ttl; Python sends your string as is',
  },
  resources_ttl: {
    label: 'Keep results for',
    help: 'Seconds Yoti keeps the captured documents and results; at least 86400 (24 h) more than the time to complete; default 604800 (1 week)',
    sdks: ALL,
    default: '604800',
    uncertain:
      '[DOC] The v8 API reference shows a minimum of 86700; keeping data beyond about 3 months may cost extra',
  },
  user_tracking_id: {
    label: 'User tracking ID',
    help: 'Your own reference for this user, returned with the session; must not contain personal data',
    sdks: ALL,
  },
  block_biometric_consent: {
    label: 'Block biometric consent',
    help: "Skip Yoti's biometric-consent screen; this has legal implications under US state biometric laws (e.g. Illinois BIPA, Texas, Washington)",
    sdks: ALL,
    default: 'false',
  },
};
