import { describe, expect, it } from 'vitest';
import { isSecretPath, MASK, maskSpecSecrets, secretPathsOf } from '../../../src/spec/index';

const spec = {
  notifications: { endpoint: 'https://a', auth_token: 'user:hunter2' },
  requested_checks: [
    { type: 'LIVENESS', config: { liveness_type: 'STATIC' } },
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: 'ca-key', client_ref: 'r' },
    },
  ],
};

describe('secretPathsOf', () => {
  it('lists the auth token, then each api_key, at their paths', () => {
    expect(secretPathsOf(spec)).toEqual([
      ['notifications', 'auth_token'],
      ['requested_checks', 1, 'config', 'api_key'],
    ]);
  });

  it('finds nothing in specs without secrets or in values that are not specs', () => {
    expect(secretPathsOf({ notifications: { endpoint: 'https://a' } })).toEqual([]);
    for (const v of [null, 3, 'x', [], { requested_checks: 'no' }])
      expect(secretPathsOf(v)).toEqual([]);
  });
});

describe('maskSpecSecrets', () => {
  it('replaces every secret by the mask and leaves the input alone', () => {
    const before = JSON.stringify(spec);
    const masked = maskSpecSecrets(spec) as typeof spec;
    expect(masked.notifications.auth_token).toBe(MASK);
    expect(masked.requested_checks[1]).toEqual({
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: MASK, client_ref: 'r' },
    });
    expect(masked.requested_checks[0]).toBe(spec.requested_checks[0]);
    expect(JSON.stringify(masked)).not.toMatch(/hunter2|ca-key/);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('masks specs of older shapes too, and returns anything else as it is', () => {
    const old = { requested_checks: [{ type: 'OLD', config: { api_key: 'k', extra: 1 } }] };
    expect(maskSpecSecrets(old)).toEqual({
      requested_checks: [{ type: 'OLD', config: { api_key: MASK, extra: 1 } }],
    });
    expect(maskSpecSecrets('text')).toBe('text');
    expect(maskSpecSecrets(null)).toBe(null);
  });
});

describe('isSecretPath', () => {
  it('knows where secrets live', () => {
    expect(isSecretPath(['notifications', 'auth_token'])).toBe(true);
    expect(isSecretPath(['requested_checks', 0, 'config', 'api_key'])).toBe(true);
    expect(isSecretPath(['notifications', 'endpoint'])).toBe(false);
    expect(isSecretPath(['requested_checks', 0, 'config', 'client_ref'])).toBe(false);
    expect(isSecretPath(['sdk_config', 'api_key'])).toBe(false);
  });
});
