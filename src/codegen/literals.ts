/**
 * String and value literals per language. Every generator writes user values only through these,
 * so quotes, backslashes, control characters and non-Latin text survive in each language.
 */

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

type Escaper = (ch: string, code: number) => string | undefined;

function escapeWith(s: string, escape: Escaper): string {
  let out = '';
  for (const ch of s) out += escape(ch, ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}

const COMMON: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** JavaScript: single quotes, as the Node SDK's docs write them. */
export const jsString = (s: string): string =>
  `'${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === "'" ? "\\'" : c < 0x20 || c === 0x2028 || c === 0x2029 ? `\\u${hex(c, 4)}` : undefined))}'`;

/** Python 3: double quotes; the source is UTF-8, so non-Latin text stays readable. */
export const pyString = (s: string): string =>
  `"${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === '"' ? '\\"' : c < 0x20 || c === 0x7f ? `\\x${hex(c, 2)}` : undefined))}"`;

/** Go: an interpreted string literal; the source is UTF-8. */
export const goString = (s: string): string =>
  `"${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === '"' ? '\\"' : c < 0x20 || c === 0x7f ? `\\x${hex(c, 2)}` : undefined))}"`;

/** UTF-16 code units as `\uXXXX`, for sources whose encoding is not guaranteed to be UTF-8. */
const utf16 = (ch: string) =>
  [...Array(ch.length).keys()].map((i) => `\\u${hex(ch.charCodeAt(i), 4)}`).join('');

/**
 * Java: non-ASCII as `\uXXXX`; control characters as 3-digit octal escapes, because javac turns a
 * `\u000a` escape into a real line break before it reads the string.
 */
export const javaString = (s: string): string =>
  `"${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === '"' ? '\\"' : c < 0x20 || c === 0x7f ? `\\${c.toString(8).padStart(3, '0')}` : c > 0x7e ? utf16(ch) : undefined))}"`;

/** C#: a regular string literal, non-ASCII as `\uXXXX`. */
export const csString = (s: string): string =>
  `"${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === '"' ? '\\"' : c < 0x20 || c > 0x7e ? utf16(ch) : undefined))}"`;

/**
 * PHP: single quotes (only `\` and `'` are special) unless the text has control characters,
 * which need a double-quoted string, where `$` must be escaped too.
 */
export function phpString(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is tested
  if (!/[\u0000-\u001f\u007f]/.test(s)) return `'${s.replace(/[\\']/g, (m) => `\\${m}`)}'`;
  return `"${escapeWith(s, (ch, c) => COMMON[ch] ?? (ch === '"' || ch === '$' ? `\\${ch}` : c < 0x20 || c === 0x7f ? `\\x${hex(c, 2)}` : undefined))}"`;
}

/** Shell: single quotes, a quote written as `'\''`. */
export const shString = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** A JSON number as every language writes it (no exponent surprises for the values we meet). */
export const numberLiteral = (n: number): string => String(n);

/** `a.b[0]["c d"]`-style identifiers test, for object keys and accessors. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
