import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  hasShareLink,
  stripSecrets,
} from '../../../src/app/features/share/share-link';
import {
  copiedMessage,
  loadedMessage,
  strippedMessage,
} from '../../../src/app/features/share/share-messages';
import { TEMPLATES } from '../../../src/app/features/templates/templates';
import {
  finding,
  serializeSpec,
  validateSpecText,
  type SessionSpec,
} from '../../../src/spec/index';

const BASE = 'https://studio.example.com/app/?mode=demo';
const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/reference/samples');
const samples = readdirSync(SAMPLES).map((file) => {
  const spec = validateSpecText(readFileSync(path.join(SAMPLES, file), 'utf8')).spec;
  if (!spec) throw new Error(`${file} does not parse`);
  return { file, spec };
});
const kyc = samples.find((s) => s.file.startsWith('02-'))!.spec;

const API_KEY = 'ca-live-9f8e7d6c5b4a';
const withCustomCa: SessionSpec = {
  ...kyc,
  requested_checks: [
    ...kyc.requested_checks,
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: API_KEY, client_ref: 'ref-1' },
    },
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: `${API_KEY}-2`, client_ref: 'ref-2' },
    },
  ],
};

/** The `#spec=` data, decompressed, as text: what anyone holding the link can read. */
const payloadOf = (url: string) =>
  inflateRawSync(Buffer.from(new URL(url).hash.replace(/^#spec=/, ''), 'base64url')).toString();

const hashFor = (bytes: Uint8Array) => `#spec=${Buffer.from(bytes).toString('base64url')}`;

describe('share link round trip', () => {
  for (const t of TEMPLATES)
    it(`template "${t.name}" comes back as the same spec, less its secrets`, async () => {
      const { url } = await encodeShareLink(t.spec, BASE);
      const r = await decodeShareLink(new URL(url).hash);
      expect(r).toMatchObject({ kind: 'ok', spec: stripSecrets(t.spec).spec });
    });

  for (const { file, spec } of samples)
    it(`sample ${file} comes back as the same spec, less its secrets`, async () => {
      const { url } = await encodeShareLink(spec, BASE);
      const r = await decodeShareLink(new URL(url).hash);
      expect(r.kind).toBe('ok');
      if (r.kind !== 'ok') return;
      expect(serializeSpec(r.spec)).toBe(serializeSpec(stripSecrets(spec).spec));
    });

  it('puts the data in the fragment, keeps the page and its query, replaces an old fragment', async () => {
    const { url } = await encodeShareLink(TEMPLATES[0]!.spec, `${BASE}#old`);
    const u = new URL(url);
    expect(`${u.origin}${u.pathname}${u.search}`).toBe(BASE);
    expect(u.hash).toMatch(/^#spec=[A-Za-z0-9_-]+$/);
    expect(u.searchParams.has('spec')).toBe(false);
  });

  it('is deterministic', async () => {
    const a = await encodeShareLink(kyc, BASE);
    const b = await encodeShareLink(structuredClone(kyc), BASE);
    expect(a.url).toBe(b.url);
  });

  it('passes the findings on', async () => {
    const { url } = await encodeShareLink({ ...kyc, client_session_token_ttl: 60 }, BASE);
    const r = await decodeShareLink(new URL(url).hash);
    expect(r.kind === 'ok' && r.findings.map((f) => f.code)).toContain('ttl.too_short');
  });
});

describe('secrets', () => {
  it('removes the webhook auth token and blanks every custom ComplyAdvantage api_key', () => {
    const { spec, stripped } = stripSecrets(withCustomCa);
    expect(stripped).toEqual([
      'notifications.auth_token',
      'requested_checks[4].config.api_key',
      'requested_checks[5].config.api_key',
    ]);
    expect(spec.notifications).toEqual({
      auth_type: 'BASIC',
      endpoint: 'https://example.com/yoti/idv/webhook',
      topics: kyc.notifications!.topics,
    });
    expect(spec.requested_checks[4]).toEqual({
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: '', client_ref: 'ref-1' },
    });
  });

  it('does not change its input, and returns a spec without secrets untouched', () => {
    const before = structuredClone(withCustomCa);
    stripSecrets(withCustomCa);
    expect(withCustomCa).toEqual(before);
    const clean = TEMPLATES[0]!.spec;
    expect(stripSecrets(clean)).toEqual({ spec: clean, stripped: [] });
  });

  it('never puts a token or key in the link, not even inside the compressed data', async () => {
    const { url, stripped } = await encodeShareLink(withCustomCa, BASE);
    expect(stripped).toHaveLength(3);
    const payload = payloadOf(url);
    for (const secret of ['webhook-user:s3cret', API_KEY, 's3cret']) {
      expect(url).not.toContain(secret);
      expect(payload).not.toContain(secret);
    }
    expect(payload).not.toContain('auth_token');
    const r = await decodeShareLink(new URL(url).hash);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(JSON.stringify(r.spec)).not.toContain(API_KEY);
    // The blanked key is reported, so the user knows to fill it in.
    expect(r.findings.filter((f) => f.code === 'ca.api_key_empty')).toHaveLength(2);
  });

  it('says what was removed', () => {
    expect(strippedMessage([])).toBeUndefined();
    expect(strippedMessage(['notifications.auth_token'])).toBe(
      'The auth token was removed from the link.',
    );
    expect(strippedMessage(['requested_checks[4].config.api_key'])).toBe(
      'The ComplyAdvantage API key was removed from the link.',
    );
    expect(
      strippedMessage([
        'notifications.auth_token',
        'requested_checks[4].config.api_key',
        'requested_checks[5].config.api_key',
      ]),
    ).toBe('Auth token and API keys were removed from the link.');
  });
});

describe('decodeShareLink on anything else', () => {
  it('finds nothing in an empty or unrelated fragment', async () => {
    for (const hash of ['', '#', '#section-2', '#specs=abc', '#a=1&b=2']) {
      expect(hasShareLink(hash)).toBe(false);
      expect(await decodeShareLink(hash)).toEqual({ kind: 'none' });
    }
    expect(hasShareLink('#spec=abc')).toBe(true);
  });

  const reasonFor = async (hash: string) => {
    const r = await decodeShareLink(hash);
    expect(r.kind).toBe('invalid');
    return r.kind === 'invalid' ? r.reason : '';
  };

  it('explains an empty link', async () => {
    expect(await reasonFor('#spec=')).toBe('The link has no spec in it.');
  });

  it('explains characters that base64url never has', async () => {
    expect(await reasonFor('#spec=abc$def')).toMatch(/characters a share link never has/);
    expect(await reasonFor('#spec=abcde')).toMatch(/characters a share link never has/);
  });

  it('explains a link cut off when copied', async () => {
    const { url } = await encodeShareLink(kyc, BASE);
    const hash = new URL(url).hash;
    expect(await reasonFor(hash.slice(0, Math.floor(hash.length / 2)))).toMatch(
      /incomplete or damaged/,
    );
  });

  it('explains data that is not compressed', async () => {
    expect(await reasonFor(hashFor(new TextEncoder().encode('{"hello": "world"}')))).toMatch(
      /incomplete or damaged/,
    );
  });

  it('explains compressed data that is not UTF-8 text', async () => {
    expect(await reasonFor(hashFor(deflateRawSync(Buffer.from([0xff, 0xfe, 0xc3]))))).toMatch(
      /incomplete or damaged/,
    );
  });

  it('explains compressed text that is not JSON, or not a spec', async () => {
    expect(await reasonFor(hashFor(deflateRawSync('not json')))).toMatch(
      /^The link does not hold a valid session spec: Invalid JSON at line 1, column 1/,
    );
    expect(await reasonFor(hashFor(deflateRawSync('[1, 2]')))).toMatch(
      /^The link does not hold a valid session spec: A session spec is a JSON object/,
    );
  });

  it('refuses to inflate more than 5 MB', async () => {
    const bomb = deflateRawSync(Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await reasonFor(hashFor(bomb))).toBe('The spec in the link is larger than 5 MB.');
  });
});

describe('notices', () => {
  it('says the link was copied, what was removed, and when it is long', () => {
    expect(copiedMessage([], 300)).toBe('Copied the share link.');
    expect(copiedMessage(['notifications.auth_token'], 300)).toBe(
      'Copied the share link. The auth token was removed from the link.',
    );
    expect(copiedMessage([], 9000)).toBe(
      'Copied the share link. It is 9,000 characters long; some apps cut long links.',
    );
  });
  it('says the spec was loaded, and how many errors it has', () => {
    expect(loadedMessage([finding('warning', 'w', [], 'W')])).toBe(
      'Loaded the spec from the share link',
    );
    expect(loadedMessage([finding('error', 'e', [], 'E')])).toBe(
      'Loaded the spec from the share link. It has 1 error to fix: see the findings.',
    );
  });
});

describe('size', () => {
  it('keeps links for every template well under 2,000 characters', async () => {
    for (const t of TEMPLATES) {
      const { url } = await encodeShareLink(t.spec, BASE);
      expect(url.length, t.name).toBeLessThan(2000);
    }
  });

  it('compresses: the data is much smaller than the JSON it carries', async () => {
    const { url } = await encodeShareLink(kyc, BASE);
    const data = new URL(url).hash.length - '#spec='.length;
    expect(data).toBeLessThan(serializeSpec(kyc).length / 2);
  });
});
