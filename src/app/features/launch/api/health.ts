/**
 * GET /api/health, fetched once per page and shared by the header, the launch panel and the
 * notification endpoint button. A failed fetch is not cached, so the next caller retries.
 */
import { useEffect, useState } from 'react';
import { healthSchema, type Health } from './schemas';

export type { Health };

let pending: Promise<Health> | undefined;

/** The server's health answer; rejects if the server is unreachable or answers oddly. */
export function loadHealth(): Promise<Health> {
  pending ??= fetch('/api/health', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`GET /api/health answered ${response.status}`);
      return healthSchema.parse(await response.json());
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

export type HealthState = { kind: 'loading' } | { kind: 'ok'; health: Health } | { kind: 'error' };

/** The health answer as component state. */
export function useHealth(): HealthState {
  const [state, setState] = useState<HealthState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadHealth().then(
      (health) => live && setState({ kind: 'ok', health }),
      () => live && setState({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

const MODE_LABELS: Record<string, string> = { 'local-sandbox': 'Local sandbox', yoti: 'Yoti' };

/** "Local sandbox", "Yoti sandbox" or "Yoti", and the IDV API the server talks to. */
export function describeMode(health: Health): { label: string; api: string } {
  const api = health.idvApiUrl ?? health.apiBaseUrl;
  const label =
    health.mode === 'yoti' && /\/sandbox\//.test(api)
      ? 'Yoti sandbox'
      : (MODE_LABELS[health.mode] ?? health.mode);
  return { label, api };
}
