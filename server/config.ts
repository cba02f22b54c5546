import { z } from 'zod';

export const DEFAULT_IDV_API_URL = 'https://api.yoti.com/idverify/v1';
/** Where the built-in emulator is mounted on this app. */
export const SANDBOX_PATH = '/sandbox/idverify/v1';
/** Where Yoti (or the sandbox) delivers notifications. */
export const RECEIVER_PATH = '/api/notifications/yoti';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  YOTI_CLIENT_SDK_ID: optionalText,
  YOTI_KEY_FILE_PATH: optionalText,
  YOTI_IDV_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_NOTIFY_ALLOW: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, {
          message: 'expected a comma-separated list of host or host:port names',
        }),
      ),
    ),
  LAUNCH_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
});

/** Yoti credentials: the application's SDK id and the path of its PEM private key. */
export type YotiCredentialsConfig = { sdkId: string; keyFilePath: string };

/** Server configuration, parsed once at start-up from the environment. */
export type Config = {
  port: number;
  dataDir: string;
  publicUrl: string | undefined;
  /** `yoti` when an SDK id and key are configured, else the built-in emulator. */
  mode: 'local-sandbox' | 'yoti';
  /** Base URL that clients use to reach this API. */
  apiBaseUrl: string;
  /** Set in `yoti` mode; in local-sandbox mode the emulator's URL is known once listening. */
  yoti: (YotiCredentialsConfig & { idvApiUrl: string }) | undefined;
  /** Extra hosts (host or host:port) the sandbox may deliver notifications to. */
  sandboxNotifyAllow: string[];
  /** Session launches allowed per minute (token bucket); 0 switches the limit off. */
  launchRateLimit: number;
  /** How long one upstream call may take. */
  upstreamTimeoutMs: number;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses environment variables into a Config, or lists every problem found. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  const sdkId = env.YOTI_CLIENT_SDK_ID?.trim();
  const keyFile = env.YOTI_KEY_FILE_PATH?.trim();
  if (Boolean(sdkId) !== Boolean(keyFile))
    problems.push(
      `${sdkId ? 'YOTI_KEY_FILE_PATH' : 'YOTI_CLIENT_SDK_ID'}: set both YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH to use Yoti, or neither for the local sandbox`,
    );
  else if (!sdkId && env.YOTI_IDV_API_URL)
    problems.push(
      'YOTI_IDV_API_URL: set YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH too; without them the app uses its local sandbox',
    );
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const { PORT, DATA_DIR, PUBLIC_URL, YOTI_CLIENT_SDK_ID, YOTI_KEY_FILE_PATH } = parsed.data;
  const yoti =
    YOTI_CLIENT_SDK_ID && YOTI_KEY_FILE_PATH
      ? {
          sdkId: YOTI_CLIENT_SDK_ID,
          keyFilePath: YOTI_KEY_FILE_PATH,
          idvApiUrl: (parsed.data.YOTI_IDV_API_URL ?? DEFAULT_IDV_API_URL).replace(/\/+$/, ''),
        }
      : undefined;
  return {
    ok: true,
    config: {
      port: PORT,
      dataDir: DATA_DIR,
      publicUrl: PUBLIC_URL,
      mode: yoti ? 'yoti' : 'local-sandbox',
      apiBaseUrl: `${publicOrigin(PUBLIC_URL, PORT)}/api`,
      yoti,
      sandboxNotifyAllow: parsed.data.SANDBOX_NOTIFY_ALLOW,
      launchRateLimit: parsed.data.LAUNCH_RATE_LIMIT,
      upstreamTimeoutMs: parsed.data.UPSTREAM_TIMEOUT_MS,
    },
  };
}

/** The address people and Yoti use to reach the app: PUBLIC_URL, else localhost. */
export function publicOrigin(publicUrl: string | undefined, port: number): string {
  return publicUrl ? publicUrl.replace(/\/+$/, '') : `http://localhost:${port}`;
}

/** Like parseConfig, but prints the problems and exits 1 on failure. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  console.error('Invalid configuration:');
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
