import { describe, expect, it } from 'vitest';
import {
  describeErrorCode,
  describeFlowEvent,
  MOBILE_ONLY_CODES,
  WEB_ERROR_CODES,
} from '@/app/features/launch/web-error-codes';

/** The web error codes listed in the reference, §10.3, with their documented meaning. */
const DOCUMENTED: [number, RegExp][] = [
  [2000, /unauthorised.*expired session token/i],
  [2001, /session not found/i],
  [2002, /session expired/i],
  [2003, /no session token/i],
  [2004, /no session id/i],
  [3000, /yoti services are down/i],
  [3002, /no network/i],
  [4000, /camera permission denied/i],
  [5000, /no camera.*upload is not allowed/i],
  [5001, /unsupported browser/i],
  [5002, /no more liveness attempts/i],
  [5004, /internal error/i],
  [5006, /liveness error/i],
  [5007, /ios browser other than safari/i],
];

describe('web error codes', () => {
  it('has exactly the documented web codes, each titled with its documented meaning', () => {
    expect(Object.keys(WEB_ERROR_CODES).map(Number)).toEqual(DOCUMENTED.map(([code]) => code));
    for (const [code, title] of DOCUMENTED) expect(WEB_ERROR_CODES[code]?.title).toMatch(title);
  });

  it('says what happened and what to do for every code', () => {
    for (const entry of Object.values(WEB_ERROR_CODES)) {
      expect(entry.meaning).toMatch(/\.$/);
      expect(entry.action).toMatch(/\.$/);
    }
  });

  it('explains camera permission denied (4000) with the allow="camera" fix', () => {
    expect(describeErrorCode(4000)).toEqual({
      title: 'Camera permission denied',
      meaning: 'The user, or the browser, refused access to the camera.',
      action: 'Embed the flow with allow="camera" and ask the user to allow the camera.',
    });
  });

  it('marks the mobile-only codes as such', () => {
    expect(MOBILE_ONLY_CODES).toEqual([1000, 3001, 5003, 5005]);
    for (const code of MOBILE_ONLY_CODES) {
      expect(describeErrorCode(code).title).toBe('Mobile SDK error');
      expect(describeErrorCode(code).meaning).toContain(`Code ${code}`);
    }
  });

  it('says a code is unknown rather than guessing', () => {
    expect(describeErrorCode(9999).title).toBe('Unknown error code');
    expect(describeErrorCode(9999).meaning).toBe(
      "Code 9999 is not one of Yoti's documented web error codes.",
    );
  });
});

describe('describeFlowEvent', () => {
  it('shows SUCCESS as a success', () => {
    expect(describeFlowEvent({ eventType: 'SUCCESS' })).toMatchObject({
      severity: 'success',
      headline: 'SUCCESS: the user finished the flow',
    });
  });

  it('shows an error with its code, title, meaning and action', () => {
    expect(describeFlowEvent({ eventType: 'ERROR', eventCode: 2002 })).toEqual({
      severity: 'error',
      headline: 'ERROR 2002: Session expired',
      detail:
        'The time to complete the session (client_session_token_ttl or session_deadline) ran out. Launch a new session; give users more time with client_session_token_ttl.',
    });
  });

  it('shows an error without a code', () => {
    expect(describeFlowEvent({ eventType: 'ERROR' }).headline).toBe(
      'ERROR: the flow ended without an error code',
    );
  });
});
