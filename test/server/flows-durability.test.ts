import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeSpec, type SessionSpecInput } from '../../src/spec/index';
import { exited, freePort, serverFixture } from '../helpers/server-process';

const servers = serverFixture('idv-flows-durable-');
afterAll(servers.cleanup);
const startServer = servers.start;

const specFor = (marker: string): SessionSpecInput => ({
  user_tracking_id: marker,
  requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 3 } }],
});

type Acknowledged = { flowId: string; number: number; bytes: string };

describe('saved flows durability', () => {
  it('keeps every version it acknowledged with 201 when SIGKILLed mid-burst', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    let server = await startServer(port);

    const acknowledged: Acknowledged[] = [];
    let sent = 0;
    let failed = 0;
    // Each worker owns one flow and saves version after version on top of its last 201.
    const worker = async (w: number) => {
      const first = specFor(`w${w}-1`);
      const created = await post('/api/flows', { name: `Durable ${w}`, spec: first });
      const { flow } = (await created.json()) as { flow: { id: string } };
      acknowledged.push({ flowId: flow.id, number: 1, bytes: serializeSpec(first) });
      for (let latest = 1; ;) {
        sent += 1;
        if (sent === 150) server.kill('SIGKILL');
        const spec = specFor(`w${w}-${randomUUID()}`);
        try {
          const response = await post(`/api/flows/${flow.id}/versions`, {
            base_version: latest,
            spec,
          });
          if (response.status !== 201) throw new Error(`status ${response.status}`);
          const { version } = (await response.json()) as { version: { number: number } };
          latest = version.number;
          acknowledged.push({ flowId: flow.id, number: latest, bytes: serializeSpec(spec) });
        } catch {
          failed += 1;
          return;
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(worker));
    if (server.killed) await exited(server);

    expect(server.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(100);
    expect(failed).toBe(4);

    server = await startServer(port);
    const damaged: string[] = [];
    for (const ack of acknowledged) {
      const response = await fetch(`${base}/api/flows/${ack.flowId}/versions/${ack.number}`);
      const body = (await response.json()) as { version?: { spec: unknown } };
      const bytes = body.version ? JSON.stringify(body.version.spec, null, 2) : '(missing)';
      if (response.status !== 200 || bytes !== ack.bytes)
        damaged.push(`${ack.flowId} v${ack.number}`);
    }
    expect(damaged).toEqual([]);
    // Nothing beyond what was acknowledged, except perhaps the one save in flight per flow.
    for (const flowId of new Set(acknowledged.map((a) => a.flowId))) {
      const detail = (await (await fetch(`${base}/api/flows/${flowId}`)).json()) as {
        flow: { latest_version: number; version_count: number };
      };
      const last = Math.max(
        ...acknowledged.filter((a) => a.flowId === flowId).map((a) => a.number),
      );
      expect(detail.flow.latest_version - last).toBeGreaterThanOrEqual(0);
      expect(detail.flow.latest_version - last).toBeLessThanOrEqual(1);
      expect(detail.flow.version_count).toBe(detail.flow.latest_version);
    }
    server.kill('SIGTERM');
  }, 60_000);
});
