/**
 * What Yoti's web user flow posts to the embedding page (reference §10.3): `{ eventType, eventCode? }`,
 * and what each web error code means. Pure, so the table is unit-tested on its own.
 */

/** A postMessage event from the user flow. */
export type FlowEvent = { eventType: 'SUCCESS' } | { eventType: 'ERROR'; eventCode?: number };

/** One web error code: a short title, what happened, and what to do about it. */
export interface WebErrorCode {
  title: string;
  meaning: string;
  action: string;
}

/** Codes the web flow reports (reference §10.3, Yoti "Launch the user view"). */
export const WEB_ERROR_CODES: Readonly<Record<number, WebErrorCode>> = {
  2000: {
    title: 'Unauthorised request or expired session token',
    meaning: 'The client session token in the link was refused: it is wrong or no longer valid.',
    action: 'Launch a new session and open its link.',
  },
  2001: {
    title: 'Session not found',
    meaning: 'No session has this ID: it is mistyped, or the session was deleted.',
    action: 'Check the sessionID in the link, or launch a new session.',
  },
  2002: {
    title: 'Session expired',
    meaning:
      'The time to complete the session (client_session_token_ttl or session_deadline) ran out.',
    action: 'Launch a new session; give users more time with client_session_token_ttl.',
  },
  2003: {
    title: 'No session token',
    meaning: 'The link has no sessionToken parameter.',
    action: 'Open …/web/index.html?sessionID=…&sessionToken=… (the names are case-sensitive).',
  },
  2004: {
    title: 'No session ID',
    meaning: 'The link has no sessionID parameter.',
    action: 'Open …/web/index.html?sessionID=…&sessionToken=… (the names are case-sensitive).',
  },
  3000: {
    title: 'Yoti services are down',
    meaning: "Yoti's services could not be reached or are not working.",
    action: 'Try again later.',
  },
  3002: {
    title: 'No network connection',
    meaning: "The user's device lost its network connection.",
    action: 'Ask the user to reconnect and try again.',
  },
  4000: {
    title: 'Camera permission denied',
    meaning: 'The user, or the browser, refused access to the camera.',
    action: 'Embed the flow with allow="camera" and ask the user to allow the camera.',
  },
  5000: {
    title: 'No camera, and upload is not allowed',
    meaning: 'The device has no usable camera and the session does not allow uploads.',
    action: 'Set sdk_config.allowed_capture_methods to CAMERA_AND_UPLOAD, or use another device.',
  },
  5001: {
    title: 'Unsupported browser',
    meaning: "The user's browser cannot run the flow.",
    action: 'Ask the user to open the link in an up-to-date browser.',
  },
  5002: {
    title: 'No more liveness attempts',
    meaning: 'The user used up every liveness attempt.',
    action: "Launch a new session; raise the Liveness check's Maximum attempts if users need more.",
  },
  5004: {
    title: 'Internal error',
    meaning: 'Something unexpected went wrong in the flow.',
    action: 'Try again; contact Yoti support if it keeps happening.',
  },
  5006: {
    title: 'Liveness error',
    meaning: 'The liveness capture failed.',
    action: 'Ask the user to try again, facing the camera in good light.',
  },
  5007: {
    title: 'iOS browser other than Safari',
    meaning: 'On iPhone and iPad the flow needs Safari; the link was opened in another browser.',
    action: 'Ask the user to open the link in Safari.',
  },
};

/** Codes only Yoti's mobile SDKs report (reference §10.3); the docs give no web meaning. */
export const MOBILE_ONLY_CODES: readonly number[] = [1000, 3001, 5003, 5005];

/** The meaning of a web error code, including codes this table does not know. */
export function describeErrorCode(code: number): WebErrorCode {
  const known = WEB_ERROR_CODES[code];
  if (known) return known;
  if (MOBILE_ONLY_CODES.includes(code))
    return {
      title: 'Mobile SDK error',
      meaning: `Code ${code} is reported by Yoti's mobile SDKs only; the web flow does not send it.`,
      action: "See the mobile SDK's documentation for this code.",
    };
  return {
    title: 'Unknown error code',
    meaning: `Code ${code} is not one of Yoti's documented web error codes.`,
    action: "Check Yoti's documentation for newer codes.",
  };
}

/** How the app shows a flow event: severity, a one-line headline and the explanation. */
export interface FlowEventView {
  severity: 'success' | 'error';
  headline: string;
  detail: string;
}

/** Describes a flow event for people: `SUCCESS`, or `ERROR 4000: Camera permission denied` + meaning. */
export function describeFlowEvent(event: FlowEvent): FlowEventView {
  if (event.eventType === 'SUCCESS')
    return {
      severity: 'success',
      headline: 'SUCCESS: the user finished the flow',
      detail: 'Yoti is now running the checks; results and notifications follow.',
    };
  if (event.eventCode === undefined)
    return {
      severity: 'error',
      headline: 'ERROR: the flow ended without an error code',
      detail: 'The user flow reported an error but gave no code.',
    };
  const code = describeErrorCode(event.eventCode);
  return {
    severity: 'error',
    headline: `ERROR ${event.eventCode}: ${code.title}`,
    detail: `${code.meaning} ${code.action}`,
  };
}
