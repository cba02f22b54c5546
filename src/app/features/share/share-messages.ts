/** What the share button and the link loader tell the user. */
import { hasErrors, type Finding } from '@/spec/index';

/** Longer links than this get cut off by some chat apps and mail clients. */
export const LONG_LINK_CHARS = 8000;

/** The notice after copying a link: "Auth token and API keys were removed from the link." */
export function strippedMessage(stripped: readonly string[]): string | undefined {
  const token = stripped.includes('notifications.auth_token');
  const keys = stripped.filter((p) => p.endsWith('.api_key')).length;
  const key = keys > 1 ? 'API keys' : 'API key';
  if (token && keys > 0) return `Auth token and ${key} were removed from the link.`;
  if (token) return 'The auth token was removed from the link.';
  if (keys > 0)
    return `The ComplyAdvantage ${key} ${keys > 1 ? 'were' : 'was'} removed from the link.`;
  return undefined;
}

/** The notice after the link was copied. */
export function copiedMessage(stripped: readonly string[], urlLength: number): string {
  const parts = ['Copied the share link.'];
  const removed = strippedMessage(stripped);
  if (removed) parts.push(removed);
  if (urlLength > LONG_LINK_CHARS)
    parts.push(
      `It is ${urlLength.toLocaleString('en')} characters long; some apps cut long links.`,
    );
  return parts.join(' ');
}

/** The notice after a spec was loaded from a link. */
export function loadedMessage(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (!hasErrors(findings)) return 'Loaded the spec from the share link';
  return `Loaded the spec from the share link. It has ${errors} ${errors === 1 ? 'error' : 'errors'} to fix: see the findings.`;
}
