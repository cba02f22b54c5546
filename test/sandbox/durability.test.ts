import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { notifyingSpec } from '../server/helpers';
import { exited, freePort, serverFixture } from '../helpers/server-process';

const servers = serverFixture('idv-durable-', { LAUNCH_RATE_LIMIT: '0' });
afterAll(servers.cleanup);
const startServer = servers.start;

describe('durability', () => {
  it('keeps every notification it acknowledged with 200 when SIGKILLed mid-burst', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let server = await startServer(port);
    const launched = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        spec: notifyingSpec(`${base}/api/notifications/yoti`, {
          auth_type: 'BEARER',
          auth_token: 'durable',
        }),
      }),
    });
    const { session_id: sessionId } = (await launched.json()) as { session_id: string };

    const total = 500;
    const acknowledged: string[] = [];
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        next += 1;
        const marker = randomUUID();
        if (next === 200) server.kill('SIGKILL');
        try {
          const response = await fetch(`${base}/api/notifications/yoti`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer durable' },
            body: JSON.stringify({
              session_id: sessionId,
              topic: 'check_completion',
              check_id: marker,
            }),
          });
          if (response.status === 200) acknowledged.push(marker);
        } catch {
          failed += 1;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    if (server.killed) await exited(server);

    expect(server.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(100);
    expect(failed).toBeGreaterThan(0);

    server = await startServer(port);
    const listed = await fetch(`${base}/api/notifications?session_id=${sessionId}&limit=1000`);
    const { notifications } = (await listed.json()) as {
      notifications: { body: string; verdict: string }[];
    };
    const stored = new Set(
      notifications.map((n) => (JSON.parse(n.body) as { check_id: string }).check_id),
    );
    const lost = acknowledged.filter((marker) => !stored.has(marker));

    expect(lost).toEqual([]);
    expect(notifications.every((n) => n.verdict === 'accepted')).toBe(true);
    server.kill('SIGTERM');
  }, 60_000);
});
