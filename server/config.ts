import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** Server configuration, parsed once at start-up from the environment. */
export type Config = {
  port: number;
  dataDir: string;
  publicUrl: string | undefined;
  /** Which upstream sessions are launched against; only the local sandbox exists so far. */
  mode: 'local-sandbox';
  /** Base URL that clients use to reach this API. */
  apiBaseUrl: string;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses environment variables into a Config, or lists every problem found. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    return { ok: false, problems };
  }
  const { PORT, DATA_DIR, PUBLIC_URL } = parsed.data;
  const origin = PUBLIC_URL ? PUBLIC_URL.replace(/\/+$/, '') : `http://localhost:${PORT}`;
  return {
    ok: true,
    config: {
      port: PORT,
      dataDir: DATA_DIR,
      publicUrl: PUBLIC_URL,
      mode: 'local-sandbox',
      apiBaseUrl: `${origin}/api`,
    },
  };
}

/** Like parseConfig, but prints the problems and exits 1 on failure. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  console.error('Invalid configuration:');
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
