import type { CheckType } from '../../src/spec/index';

/** Web error codes the user flow can end with (reference §10.3). */
export const WEB_ERROR_CODES: Readonly<Record<number, string>> = {
  2000: 'Unauthorised request or expired session token',
  2001: 'Session not found',
  2002: 'Session expired',
  2003: 'No session token given',
  2004: 'No session ID given',
  3000: 'Yoti services are down',
  3002: 'No network connection',
  4000: 'Camera permission denied',
  5000: 'No camera, and upload is not allowed',
  5001: 'Unsupported browser',
  5002: 'No more liveness attempts',
  5004: 'Internal error',
  5006: 'Liveness error',
  5007: 'iOS browser other than Safari',
};

const DOCUMENT_REJECT = [
  'COUNTERFEIT',
  'EXPIRED_DOCUMENT',
  'FRAUD_LIST_MATCH',
  'TAMPERED',
  'PHOTOCOPY',
];
const FACE_REJECT = [
  'FACE_NOT_GENUINE',
  'DIFFERENT_PERSON',
  'PHOTO_OF_PHOTO',
  'PHOTO_OF_MASK',
  'LARGE_AGE_GAP',
];
const IMAGE_NOT_AVAILABLE = [
  'PHOTO_TOO_BLURRY',
  'PHOTO_OVEREXPOSED',
  'GLARE',
  'MISSING_PAGES',
  'USER_ERROR',
];

/** Recommendation reasons the tester can pick, per check type (examples from Yoti's reports). */
export function reasonsFor(type: CheckType): { REJECT: string[]; NOT_AVAILABLE: string[] } {
  switch (type) {
    case 'LIVENESS':
    case 'ID_DOCUMENT_FACE_MATCH':
    case 'FACE_COMPARISON':
      return {
        REJECT: FACE_REJECT,
        NOT_AVAILABLE: ['PHOTO_TOO_BLURRY', 'PHOTO_OVEREXPOSED', 'FACE_NOT_FOUND'],
      };
    case 'WATCHLIST_SCREENING':
    case 'WATCHLIST_ADVANCED_CA':
      return {
        REJECT: ['POTENTIAL_MATCH', 'SANCTIONS_MATCH', 'PEP_MATCH'],
        NOT_AVAILABLE: ['MISSING_DATA'],
      };
    case 'THIRD_PARTY_IDENTITY':
      return {
        REJECT: ['NOT_FOUND', 'DATA_MISMATCH'],
        NOT_AVAILABLE: ['MISSING_DATA', 'SERVICE_UNAVAILABLE'],
      };
    default:
      return { REJECT: DOCUMENT_REJECT, NOT_AVAILABLE: IMAGE_NOT_AVAILABLE };
  }
}
