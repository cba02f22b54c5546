/**
 * SDK parity: our core (src/spec) must accept everything the official Node SDK (yoti 4.13.2)
 * sends, without any error finding, and re-serialise it byte-for-byte (same values, same key
 * order, 2-space indentation).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeSpec, validateSpec } from '../../src/spec/index';
import { sdkSpecs } from './sdk-specs';

type Finding = ReturnType<typeof validateSpec>['findings'][number];

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = path.resolve(here, '../../../shared/reference/samples');

function describeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings
    .map((f) => `  [${f.severity}] ${f.code} at ${f.pathText || '(root)'}: ${f.message}`)
    .join('\n');
}

function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

function checkRoundTrip(value: unknown, expectedText: string): void {
  const { spec, findings } = validateSpec(value);
  const errors = errorsOf(findings);
  expect(errors, `validateSpec reported errors:\n${describeFindings(errors)}`).toEqual([]);
  expect(
    spec,
    `validateSpec returned no spec; findings:\n${describeFindings(findings)}`,
  ).toBeDefined();
  expect(serializeSpec(spec!)).toBe(expectedText);
}

describe('parity with the Node SDK builders', () => {
  for (const sdk of sdkSpecs) {
    it(sdk.name, () => {
      const json = sdk.build();
      // computed before validation so that a mutating validator cannot hide a difference
      const expected = JSON.stringify(json, null, 2);
      checkRoundTrip(json, expected);
    });
  }
});

describe('parity with the reference sample files', () => {
  const files = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('finds the four reference samples', () => {
    expect(files).toEqual([
      '01-minimal-id-document-check.json',
      '02-full-featured-kyc.json',
      '06-proof-of-address-and-document-comparison.json',
      '07-identity-profile-uk-dbs-standard.json',
    ]);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(SAMPLES_DIR, file), 'utf8');
      const value: unknown = JSON.parse(text);
      const { spec, findings } = validateSpec(value);
      const errors = errorsOf(findings);
      expect(errors, `validateSpec reported errors:\n${describeFindings(errors)}`).toEqual([]);
      expect(
        spec,
        `validateSpec returned no spec; findings:\n${describeFindings(findings)}`,
      ).toBeDefined();
      // equal modulo a trailing newline
      expect(serializeSpec(spec!).replace(/\n$/, '')).toBe(text.replace(/\n$/, ''));
    });
  }
});
