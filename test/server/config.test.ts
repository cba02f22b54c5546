import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config';

describe('parseConfig', () => {
  it('uses defaults for an empty environment', () => {
    const result = parseConfig({});

    expect(result).toEqual({
      ok: true,
      config: {
        port: 8080,
        dataDir: './data',
        publicUrl: undefined,
        mode: 'local-sandbox',
        apiBaseUrl: 'http://localhost:8080/api',
      },
    });
  });

  it('derives the API base URL from PUBLIC_URL', () => {
    const result = parseConfig({ PORT: '9000', PUBLIC_URL: 'https://studio.example.com/' });

    expect(result.ok && result.config.apiBaseUrl).toBe('https://studio.example.com/api');
  });

  it('lists every problem by variable name', () => {
    const result = parseConfig({ PORT: 'eighty', PUBLIC_URL: 'not a url' });

    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^PORT: /);
    expect(problems[1]).toMatch(/^PUBLIC_URL: /);
  });
});
