import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config';
import { appSettings } from '../../server/settings';

describe('parseConfig', () => {
  it('uses the local sandbox and defaults for an empty environment', () => {
    const result = parseConfig({});

    expect(result).toEqual({
      ok: true,
      config: {
        port: 8080,
        dataDir: './data',
        publicUrl: undefined,
        mode: 'local-sandbox',
        apiBaseUrl: 'http://localhost:8080/api',
        yoti: undefined,
        sandboxNotifyAllow: [],
        launchRateLimit: 30,
        upstreamTimeoutMs: 15000,
      },
    });
  });

  it('switches to yoti mode with an SDK id and key, defaulting to the production API', () => {
    const result = parseConfig({
      YOTI_CLIENT_SDK_ID: 'sdk-1',
      YOTI_KEY_FILE_PATH: '/keys/app.pem',
    });

    expect(result.ok && result.config.mode).toBe('yoti');
    expect(result.ok && result.config.yoti).toEqual({
      sdkId: 'sdk-1',
      keyFilePath: '/keys/app.pem',
      idvApiUrl: 'https://api.yoti.com/idverify/v1',
    });
  });

  it("takes YOTI_IDV_API_URL without its trailing slash (Yoti's sandbox)", () => {
    const result = parseConfig({
      YOTI_CLIENT_SDK_ID: 'sdk-1',
      YOTI_KEY_FILE_PATH: '/keys/app.pem',
      YOTI_IDV_API_URL: 'https://api.yoti.com/sandbox/idverify/v1/',
    });

    expect(result.ok && result.config.yoti?.idvApiUrl).toBe(
      'https://api.yoti.com/sandbox/idverify/v1',
    );
  });

  it('refuses half a set of credentials, naming the missing variable', () => {
    const result = parseConfig({ YOTI_CLIENT_SDK_ID: 'sdk-1' });

    expect(result).toEqual({
      ok: false,
      problems: [
        'YOTI_KEY_FILE_PATH: set both YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH to use Yoti, or neither for the local sandbox',
      ],
    });
  });

  it('refuses YOTI_IDV_API_URL without credentials instead of silently using the sandbox', () => {
    const result = parseConfig({ YOTI_IDV_API_URL: 'https://api.yoti.com/sandbox/idverify/v1' });

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^YOTI_IDV_API_URL: set YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH too/),
    ]);
  });

  it('parses SANDBOX_NOTIFY_ALLOW as lower-case hosts and LAUNCH_RATE_LIMIT as a number', () => {
    const result = parseConfig({
      SANDBOX_NOTIFY_ALLOW: ' Hooks.Example.com, 127.0.0.1:9000 ,',
      LAUNCH_RATE_LIMIT: '0',
    });

    expect(result.ok && result.config.sandboxNotifyAllow).toEqual([
      'hooks.example.com',
      '127.0.0.1:9000',
    ]);
    expect(result.ok && result.config.launchRateLimit).toBe(0);
  });

  it('lists every problem by variable name', () => {
    const result = parseConfig({
      PORT: 'eighty',
      PUBLIC_URL: 'not a url',
      SANDBOX_NOTIFY_ALLOW: 'http://evil.example/',
      LAUNCH_RATE_LIMIT: '-1',
    });

    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'PORT',
      'PUBLIC_URL',
      'SANDBOX_NOTIFY_ALLOW.0',
      'LAUNCH_RATE_LIMIT',
    ]);
  });
});

describe('appSettings', () => {
  it('points the client at its own emulator once the port is known (PORT=0)', () => {
    const parsed = parseConfig({ PORT: '0' });
    if (!parsed.ok) throw new Error('config');

    const settings = appSettings(parsed.config, 43210);

    expect(settings).toMatchObject({
      mode: 'local-sandbox',
      apiBaseUrl: 'http://localhost:43210/api',
      idvApiUrl: 'http://127.0.0.1:43210/sandbox/idverify/v1',
      launchBase: 'http://localhost:43210/sandbox/idverify/v1',
      notificationEndpoint: 'http://localhost:43210/api/notifications/yoti',
    });
    expect(settings.ownOrigins).toEqual([
      'http://localhost:43210',
      'http://127.0.0.1:43210',
      'http://[::1]:43210',
    ]);
  });

  it('uses PUBLIC_URL for the notification endpoint and launch URLs, and trusts its origin', () => {
    const parsed = parseConfig({ PORT: '8080', PUBLIC_URL: 'https://studio.example.com/' });
    if (!parsed.ok) throw new Error('config');

    const settings = appSettings(parsed.config, 8080);

    expect(settings.notificationEndpoint).toBe('https://studio.example.com/api/notifications/yoti');
    expect(settings.launchBase).toBe('https://studio.example.com/sandbox/idverify/v1');
    expect(settings.ownOrigins).toContain('https://studio.example.com');
  });

  it('sends calls and launch URLs to Yoti in yoti mode', () => {
    const parsed = parseConfig({ YOTI_CLIENT_SDK_ID: 'sdk', YOTI_KEY_FILE_PATH: '/k.pem' });
    if (!parsed.ok) throw new Error('config');

    const settings = appSettings(parsed.config, 8080);

    expect(settings.idvApiUrl).toBe('https://api.yoti.com/idverify/v1');
    expect(settings.launchBase).toBe('https://api.yoti.com/idverify/v1');
  });
});
