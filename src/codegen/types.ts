/** Shared types of the code exporters. */
import type { JsonPath } from '../spec/index';

/** The languages Studio exports a session spec to. */
export const LANG_IDS = ['node', 'java', 'php', 'python', 'csharp', 'go', 'curl'] as const;
export type Lang = (typeof LANG_IDS)[number];

/**
 * Something in the spec that a language's snippet cannot send as written.
 * `dropped`: left out, with a comment in the code. `raw`: sent, but as raw JSON around the SDK's
 * builders. `changed`: sent, but the SDK alters it (adds a default, re-formats, de-duplicates).
 */
export interface CoverageItem {
  path: string;
  label: string;
  reason: string;
  kind: 'dropped' | 'raw' | 'changed';
}

/** What `generateCode` returns. */
export interface GeneratedCode {
  code: string;
  dropped: CoverageItem[];
  filename: string;
}

/** A coverage item with its path as data, for the generators. */
export interface Gap extends CoverageItem {
  at: JsonPath;
}
