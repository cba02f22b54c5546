/**
 * The Node and curl snippets really run: against a local server that verifies the signature with
 * the public key of a key pair made here, and records the body the snippet sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageFor, generateCode } from '../../src/codegen/index';
import { serializeSpec } from '../../src/spec/index';
import { startHarness } from './harness';
import { extras, parity, samples, type NamedSpec } from './specs';

let h: Awaited<ReturnType<typeof startHarness>>;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Samples, the parity specs that cover every check, task, filter and option kind, and the extras. */
const KINDS =
  /^(combo|check WATCHLIST_ADVANCED_CA: Yoti account, search|check WATCHLIST_ADVANCED_CA: custom account with|check LIVENESS: ZOOM|check WATCHLIST_SCREENING: withCategory|task ID_DOCUMENT_TEXT_DATA_EXTRACTION: NEVER|documents: document restrictions|documents: orthogonal filter, blacklisted|sdk_config: every key|sdk_config: raw|notifications: bearer|notifications: endpoint only|advanced identity profile|top-level: session_deadline)/;
const NODE_SPECS: NamedSpec[] = [
  ...samples(),
  ...parity().filter((s) => KINDS.test(s.name)),
  ...extras(),
].filter((s) => !coverageFor(s.spec, 'node').some((g) => g.kind === 'changed'));

const URL_SHAPE = (id: string) =>
  new RegExp(`^/sessions\\?sdkId=${id}&nonce=[0-9a-f-]{36}&timestamp=\\d{13}$`);

describe.concurrent('the Node snippet', { timeout: 60_000 }, () => {
  it('runs for at least 20 specs, including the four samples', () => {
    expect(NODE_SPECS.length).toBeGreaterThanOrEqual(20);
    expect(NODE_SPECS.filter((s) => /^0\d-/.test(s.name))).toHaveLength(4);
  });

  it.each(NODE_SPECS.map((s, i) => [s.name, s, i] as const))(
    "%s: sends our serializer's JSON, signed",
    async (_name, { spec }, i) => {
      const id = `node-${i}`;
      const r = await h.run('node', `${id}.js`, generateCode(spec, 'node').code, id);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('Session ID: sess-123\nClient session token: tok-456\n');
      const got = r.request;
      expect(got?.signatureValid).toBe(true);
      expect(got?.url).toMatch(URL_SHAPE(id));
      expect(JSON.stringify(JSON.parse(got?.body.toString('utf8') ?? ''), null, 2)).toBe(
        serializeSpec(spec),
      );
    },
  );
});

describe.concurrent('the curl script', { timeout: 60_000 }, () => {
  it.each([...samples(), ...extras()].map((s, i) => [s.name, s, i] as const))(
    '%s: gets a 201 with a signature that verifies',
    async (_name, { spec }, i) => {
      const id = `curl-${i}`;
      const r = await h.run('bash', `${id}.sh`, generateCode(spec, 'curl').code, id);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('Session ID: sess-123\nClient session token: tok-456\n');
      const got = r.request;
      expect(got?.signatureValid).toBe(true);
      expect(got?.url).toMatch(URL_SHAPE(id));
      expect(got?.headers['content-type']).toBe('application/json');
      expect(got?.body.toString('utf8')).toBe(`${serializeSpec(spec)}\n`);
    },
  );

  it("fails with the server's answer when the signature is refused", async () => {
    const code = generateCode(samples()[0]!.spec, 'curl')
      .code.replace('"POST&%s&"', '"PUT&%s&"')
      .replace("'POST&%s&'", "'PUT&%s&'");
    const r = await h.run('bash', 'refused.sh', code, 'refused');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Yoti answered HTTP 401');
  });
});
