import { z } from 'zod';

const healthSchema = z.object({
  status: z.literal('ok'),
  mode: z.string(),
  apiBaseUrl: z.string(),
});

/** The server's answer to GET /api/health. */
export type Health = z.infer<typeof healthSchema>;

/** Fetches and validates /api/health; rejects if the server is unreachable or answers oddly. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/api/health', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/health answered ${response.status}`);
  return healthSchema.parse(await response.json());
}
