/** Validation: structure (the zod schema), then rules; from a value or from JSON text. */
import { finding, hasErrors, type Finding } from './findings';
import { findingsFromZod } from './issues';
import { parseJsonText, toPointer, type ParsedJsonText } from './json-text';
import { runRules } from './rules/index';
import { sessionSpecSchema, type SessionSpec } from './schema';

export interface ValidationResult {
  /** The parsed spec when the structure is right (it may still have rule errors). */
  spec: SessionSpec | undefined;
  findings: Finding[];
  /** True when there is no error (warnings allowed). */
  valid: boolean;
}

const bySeverity = (a: Finding, b: Finding) =>
  a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1;

/** Validates a parsed JSON value as a session spec. Never throws. */
export function validateSpec(value: unknown): ValidationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    const f = finding(
      'error',
      'schema.not_an_object',
      [],
      `A session spec is a JSON object ({ ... }), but this is ${found}.`,
    );
    return { spec: undefined, findings: [f], valid: false };
  }
  const parsed = sessionSpecSchema.safeParse(value);
  if (!parsed.success) {
    const findings = findingsFromZod(parsed.error, value, sessionSpecSchema);
    return { spec: undefined, findings, valid: false };
  }
  const findings = runRules(parsed.data).sort(bySeverity);
  return { spec: parsed.data, findings, valid: !hasErrors(findings) };
}

export interface TextValidationResult extends ValidationResult {
  /** The parsed JSON value, when the text is JSON. */
  value?: unknown;
}

/** Attaches line and column, from the nearest range the text has for the finding's path. */
function locate(f: Finding, json: ParsedJsonText): Finding {
  for (let n = f.path.length; n >= 0; n--) {
    const r = json.ranges.get(toPointer(f.path.slice(0, n)));
    if (!r) continue;
    const exact = n === f.path.length;
    const offset =
      exact && f.code === 'schema.unknown_key' && r.key ? r.key.offset : r.value.offset;
    return { ...f, ...json.lineColumn(offset) };
  }
  return f;
}

/** Validates JSON text: syntax errors with line and column, duplicate keys, then `validateSpec`. */
export function validateSpecText(text: string): TextValidationResult {
  const json = parseJsonText(text);
  if (!json.ok) {
    const { message, line, column } = json.error;
    const f = finding(
      'error',
      'json.syntax',
      [],
      `Invalid JSON at line ${line}, column ${column}: ${message}.`,
    );
    return { spec: undefined, findings: [{ ...f, line, column }], valid: false };
  }
  const dupes = json.duplicateKeys.map(({ pointer, key }) => {
    const path = pointer
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const f = finding(
      'error',
      'json.duplicate_key',
      path,
      `The key "${path[path.length - 1]}" appears twice in the same object; only the last one would count. Remove one.`,
    );
    return { ...f, ...json.lineColumn(key.offset) };
  });
  const result = validateSpec(json.value);
  const located = result.findings.map((f) => locate(f, json));
  const findings = [...dupes, ...located].sort(
    (a, b) =>
      bySeverity(a, b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { ...result, findings, valid: !hasErrors(findings), value: json.value };
}
