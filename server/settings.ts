import { RECEIVER_PATH, SANDBOX_PATH, publicOrigin, type Config } from './config';

/** Everything createApp needs to know about its surroundings; built once the port is known. */
export type AppSettings = {
  mode: Config['mode'];
  /** Base URL clients use to reach this API. */
  apiBaseUrl: string;
  /** Where Studio's client sends IDV calls: Yoti, or this app's own emulator over loopback. */
  idvApiUrl: string;
  /** Base of launch URLs (`{base}/web/index.html?…`), on an address the browser can open. */
  launchBase: string;
  /** Prefilled notification endpoint: this app's receiver at its public address. */
  notificationEndpoint: string;
  /** Origins that are this app (for the same-origin check and the sandbox's own receiver). */
  ownOrigins: string[];
  /** The port this app listens on; the sandbox may deliver to its receiver on loopback. */
  port: number;
  sandboxNotifyAllow: string[];
  launchRateLimit: number;
  upstreamTimeoutMs: number;
  readRetryDelaysMs?: number[];
};

/** Derives the runtime settings from the parsed config and the port actually listened on. */
export function appSettings(config: Config, port: number): AppSettings {
  const base = publicOrigin(config.publicUrl, port);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`);
  return {
    mode: config.mode,
    apiBaseUrl: `${base}/api`,
    idvApiUrl: config.yoti?.idvApiUrl ?? `http://127.0.0.1:${port}${SANDBOX_PATH}`,
    launchBase: config.yoti?.idvApiUrl ?? `${base}${SANDBOX_PATH}`,
    notificationEndpoint: `${base}${RECEIVER_PATH}`,
    ownOrigins: [...new Set([...loopback, base].map((url) => new URL(url).origin))],
    port,
    sandboxNotifyAllow: config.sandboxNotifyAllow,
    launchRateLimit: config.launchRateLimit,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
  };
}
