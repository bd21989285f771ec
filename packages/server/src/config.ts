/** Server settings, read once from the environment; every default lives here. */
export interface ServerConfig {
  /** Where to listen. Tests and the demo use 127.0.0.1. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** `file:./data/markt.db` (default), `:memory:`, or a `libsql://` / `http(s)://` URL of a remote libSQL server. */
  dbUrl: string;
  dbAuthToken: string | undefined;
  /** `redis://…`: several server processes share live items and revocations through Redis (docs/deployment.md). */
  redisUrl: string | undefined;
  /** The address visitors' phones reach, used in QR codes and posters; defaults to http://host:port. */
  publicUrl: string | undefined;
  /** Send cookies with `Secure` (set when served over HTTPS, e.g. behind a TLS proxy). */
  secureCookies: boolean;
  /** Directory of the built kiosk pages (`@markt/kiosk`'s dist/app); pages are not served when absent. */
  assetsDir: string | undefined;
  /** Ceilings on contact requests (see LeadLimits): per phone per 10 min, per stand per minute, per kiosk per 10 min. */
  leadLimits: LeadLimitSettings;
  /** Log lines as JSON to stdout (never personal data). */
  log: (line: Record<string, unknown>) => void;
}

export interface LeadLimitSettings {
  phone: number;
  stand: number;
  kiosk: number;
}

const defaults = Object.freeze({
  host: '127.0.0.1',
  port: 8787,
  dbUrl: 'file:./data/markt.db',
  leadLimits: Object.freeze({ phone: 20, stand: 300, kiosk: 120 }),
});

/** Reads `MARKT_LEAD_LIMITS` such as `phone=20,stand=300,kiosk=120`; names left out keep their default. */
function parseLeadLimits(text: string | undefined): LeadLimitSettings {
  const limits: LeadLimitSettings = { ...defaults.leadLimits };
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [name, value] = part.split('=').map((s) => s.trim());
    const n = Number(value);
    if (!(name === 'phone' || name === 'stand' || name === 'kiosk') || !Number.isInteger(n) || n < 1) {
      throw new Error(`MARKT_LEAD_LIMITS: "${part}" is not valid; write e.g. phone=20,stand=300,kiosk=120 (whole numbers ≥ 1).`);
    }
    limits[name] = n;
  }
  return limits;
}

/**
 * Reads the configuration from environment variables (`HOST`, `PORT`, `MARKT_DB_URL`, `MARKT_DB_AUTH_TOKEN`, `MARKT_REDIS_URL`,
 * `MARKT_PUBLIC_URL`, `MARKT_SECURE_COOKIES`, `MARKT_ASSETS_DIR`, `MARKT_LEAD_LIMITS`), overridden by `overrides`.
 * @param env the environment (default `process.env`)
 * @param overrides values that win over the environment (tests pass `{ dbUrl: ':memory:', port: 0 }`)
 * @returns the complete configuration
 * @example const config = loadConfig(process.env, { port: 0 });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const port = Number(env.PORT ?? defaults.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  }
  return {
    host: env.HOST ?? defaults.host,
    port,
    dbUrl: env.MARKT_DB_URL ?? defaults.dbUrl,
    dbAuthToken: env.MARKT_DB_AUTH_TOKEN,
    redisUrl: env.MARKT_REDIS_URL || undefined,
    publicUrl: env.MARKT_PUBLIC_URL,
    secureCookies: env.MARKT_SECURE_COOKIES === '1' || env.MARKT_SECURE_COOKIES === 'true',
    assetsDir: env.MARKT_ASSETS_DIR,
    leadLimits: parseLeadLimits(env.MARKT_LEAD_LIMITS),
    log: (line) => console.log(JSON.stringify({ time: new Date().toISOString(), ...line })),
    ...overrides,
  };
}
