/** Flow names: trimmed, 1..100 characters, unique without regard to case. */
import { z } from 'zod';

export const NAME_MAX = 100;

/** A flow name as the API and the file format accept it (trimmed first). */
export const flowNameSchema = z
  .string()
  .trim()
  .min(1, 'a flow needs a name')
  .max(NAME_MAX, `a flow name has at most ${NAME_MAX} characters`);

/** The key two names clash on: Unicode-normalised and lower-cased. */
export const nameKey = (name: string): string => name.trim().normalize('NFC').toLowerCase();

/**
 * `name` when free, else `name (2)`, `name (3)`…; the suffix replaces the end of an over-long name
 * so the result stays within the limit.
 */
export function uniqueName(name: string, taken: (key: string) => boolean): string {
  const base = name.trim();
  if (!taken(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken(nameKey(candidate))) return candidate;
  }
}
