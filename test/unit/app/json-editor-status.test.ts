import { describe, expect, it } from 'vitest';
import { statusLine } from '@/app/features/json-editor/status';
import { validateSpecText, type Finding } from '@/spec/index';

const finding = (severity: Finding['severity']): Finding => ({
  code: 'x',
  severity,
  path: [],
  pathText: '$',
  message: 'm',
});

describe('statusLine', () => {
  it('counts errors and warnings of valid JSON', () => {
    expect(statusLine([], 'synced')).toBe('Valid JSON — 0 errors, 0 warnings');
    expect(statusLine([finding('error'), finding('warning'), finding('warning')], 'typed')).toBe(
      'Valid JSON — 1 error, 2 warnings',
    );
  });

  it('gives the first syntax error and says the form keeps the last valid spec', () => {
    const { findings } = validateSpecText('{\n  "a": 1,\n}');
    expect(statusLine(findings, 'typed-invalid')).toBe(
      "Invalid JSON: line 3, column 1: Expected a key (no trailing commas in JSON) but found '}' — the form keeps the last valid spec",
    );
  });

  it('says the form keeps the last valid spec when JSON parses but does not fit the schema', () => {
    expect(statusLine([finding('error')], 'typed-invalid')).toBe(
      'Valid JSON — 1 error, 0 warnings — the form keeps the last valid spec',
    );
  });
});
