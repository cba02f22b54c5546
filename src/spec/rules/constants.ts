/** Numbers the rules use, with where they come from (reference §2, §5, §9, §13). */
export const DAY = 86_400;
/** `client_session_token_ttl` must be more than this many seconds (docs). */
export const MIN_TOKEN_TTL = 300;
/** Under 10 minutes left the UI warns the user, so the docs recommend at least 15 minutes. */
export const RECOMMENDED_TOKEN_TTL = 900;
/** Resources must be kept at least a day, and a day longer than the session token lives. */
export const MIN_RESOURCES_TTL = DAY;
/** Yoti's docs mention extra charges for keeping resources above about three months. */
export const RESOURCES_COST_THRESHOLD = 90 * DAY;
/** PHP checks 30 days ≤ import token ttl ≤ 365 days. */
export const IMPORT_TOKEN_TTL_RANGE = [30 * DAY, 365 * DAY] as const;
