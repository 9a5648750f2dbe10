// Configuration comes from environment variables only (see README, "Configuration").

export interface Config {
  /** Port the server listens on. */
  port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder of the embedded PGlite database. */
  dataDir: string;
  /** Origins allowed to call the API from a browser; ['*'] allows every origin. */
  corsOrigins: string[];
  /**
   * Origins allowed to write from a browser (sign up, cancel): the village's own sites.
   * Default none: only pages served by this server itself (same origin, as the demo).
   */
  corsWriteOrigins: string[];
  /**
   * How many reverse proxies in front of the server append the client's address to
   * X-Forwarded-For. 0 (default): the header is ignored and the socket's address counts,
   * since anyone can send the header. Set it only when the server is reachable through
   * those proxies alone.
   */
  trustProxy: number;
  /** Writes (POST, DELETE...) one client address may make per window; 0 switches it off. */
  writeRateLimit: { limit: number; windowMs: number };
  /** Log level: 'info' logs every request, 'warn' only problems. */
  logLevel: 'info' | 'warn' | 'silent';
  /** PostgreSQL: milliseconds to wait for a connection, the login included. */
  connectTimeoutMs: number;
  /** PostgreSQL: milliseconds one statement may take. */
  statementTimeoutMs: number;
  /** Mail: smtp:// or smtps:// URL of the mail server; when absent messages are kept, not sent. */
  smtpUrl?: string;
  /** Mail: the sender, "Name <address>" or an address; required with smtpUrl. */
  smtpFrom?: string;
  /**
   * Days sign-up data is kept after its shift ended or the volunteer stopped (the retention
   * job, server/privacy/retention.ts). The seeded privacy text promises three months: 90.
   */
  retentionDays: number;
  /**
   * Days a ride request (names, addresses, mobility) is kept after the ride's day, or after it
   * was cancelled or declined; the report's anonymous counts stay. The seeded privacy text
   * of the village bus promises 30.
   */
  rideRetentionDays: number;
  /**
   * Importing organisations' own calendars (server/feeds/): FEED_INTERVAL_MINUTES between
   * two fetches of a feed, FEED_TIMEOUT_MS for one whole fetch, FEED_MAX_BYTES per feed.
   * Feeds come only from public addresses unless FEED_ALLOW_PRIVATE_ADDRESSES is true, or
   * the feed's URL starts with one of FEED_ALLOWED_URLS (comma-separated; `npm start` sets
   * it to its own /voorbeelden/ for the demo's example feed).
   */
  feeds: { intervalMinutes: number; timeoutMs: number; maxBytes: number; allowPrivateAddresses: boolean; allowedUrls: string[] };
  /** Days an invitation link to /beheer stays valid (INVITATION_DAYS, default 7): used once, then dead. */
  invitationDays: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'silent') {
    throw new Error(`LOG_LEVEL must be info, warn or silent, got "${logLevel}"`);
  }
  return {
    port,
    connectTimeoutMs: milliseconds(env, 'DATABASE_CONNECT_TIMEOUT_MS', 10_000),
    statementTimeoutMs: milliseconds(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.BUURTKIT_DATA_DIR ?? '.buurtkit-data',
    corsOrigins: origins(env.CORS_ORIGINS ?? '*'),
    corsWriteOrigins: origins(env.CORS_WRITE_ORIGINS ?? ''),
    trustProxy: whole(env, 'TRUST_PROXY', 0, 0, 10),
    writeRateLimit: {
      limit: whole(env, 'WRITE_RATE_LIMIT', WRITE_DEFAULTS.writeRateLimit.limit, 0, 100_000),
      windowMs: whole(env, 'WRITE_RATE_WINDOW_SECONDS', WRITE_DEFAULTS.writeRateLimit.windowMs / 1000, 1, 86_400) * 1000,
    },
    logLevel,
    retentionDays: whole(env, 'RETENTION_DAYS', 90, 1, 3650),
    rideRetentionDays: whole(env, 'RIDE_RETENTION_DAYS', 30, 1, 3650),
    feeds: feedSettings(env),
    invitationDays: whole(env, 'INVITATION_DAYS', INVITATION_DAYS, 1, 90),
    ...smtp(env),
  };
}

/** SMTP_URL and SMTP_FROM, checked; errors never repeat the URL (it can hold a password). */
function smtp(env: NodeJS.ProcessEnv): Pick<Config, 'smtpUrl' | 'smtpFrom'> {
  const url = env.SMTP_URL || undefined;
  const from = env.SMTP_FROM?.trim() || undefined;
  if (!url) return from ? { smtpFrom: from } : {};
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
    throw new Error('SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.nl:587');
  }
  if (!from) throw new Error('SMTP_FROM must be set when SMTP_URL is, e.g. "Samen Linde <noreply@samenlinde.nl>"');
  if (!/^(?:[^\x00-\x1f<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(from)) {
    throw new Error(`SMTP_FROM must be an e-mail address or "Name <address>", got "${from}"`);
  }
  return { smtpUrl: url, smtpFrom: from };
}

/** The FEED_* settings, checked. */
function feedSettings(env: NodeJS.ProcessEnv): Config['feeds'] {
  const allow = (env.FEED_ALLOW_PRIVATE_ADDRESSES ?? '').trim().toLowerCase();
  if (!['', 'true', 'false', '1', '0'].includes(allow)) {
    throw new Error(`FEED_ALLOW_PRIVATE_ADDRESSES must be true or false, got "${env.FEED_ALLOW_PRIVATE_ADDRESSES}"`);
  }
  const allowedUrls = origins(env.FEED_ALLOWED_URLS ?? '').map((prefix) => {
    let url: URL | undefined;
    try {
      url = new URL(prefix);
    } catch {}
    // Written ending in '/', so that it is plain what it allows (never http://localhost.evil.example).
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !prefix.endsWith('/') || url.search || url.hash) {
      throw new Error(`FEED_ALLOWED_URLS must list http(s) addresses ending in "/", e.g. http://localhost:8080/voorbeelden/, got "${prefix}"`);
    }
    return url.href;
  });
  return {
    intervalMinutes: whole(env, 'FEED_INTERVAL_MINUTES', 60, 5, 10_080),
    timeoutMs: whole(env, 'FEED_TIMEOUT_MS', 10_000, 100, 120_000),
    maxBytes: whole(env, 'FEED_MAX_BYTES', 2 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    allowPrivateAddresses: allow === 'true' || allow === '1',
    allowedUrls,
  };
}

/** The feed settings when a caller (a test) gives none: as `readConfig` without variables. */
export const FEED_DEFAULTS: Config['feeds'] = { intervalMinutes: 60, timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, allowPrivateAddresses: false, allowedUrls: [] };

/** Days an invitation to /beheer is valid when INVITATION_DAYS is not set. */
export const INVITATION_DAYS = 7;

/** The write settings when a caller (a test) gives none: as `readConfig` without variables. */
export const WRITE_DEFAULTS: Pick<Config, 'corsWriteOrigins' | 'trustProxy' | 'writeRateLimit'> = {
  corsWriteOrigins: [],
  trustProxy: 0,
  // A village: ten sign-ups from one address in a row, then one more every minute.
  writeRateLimit: { limit: 10, windowMs: 10 * 60_000 },
};

const origins = (list: string) => list.split(',').map((o) => o.trim()).filter(Boolean);

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (name === 'TRUST_PROXY' && (raw === 'true' || raw === 'false')) return raw === 'true' ? 1 : 0;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 3_600_000) {
    throw new Error(`${name} must be a number of milliseconds from 1 to 3600000, got "${raw}"`);
  }
  return value;
}
