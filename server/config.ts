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
    corsOrigins: (env.CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
    logLevel,
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

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 3_600_000) {
    throw new Error(`${name} must be a number of milliseconds from 1 to 3600000, got "${raw}"`);
  }
  return value;
}
