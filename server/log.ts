// Structured logs, one JSON object per line. Never log personal data: requests are
// logged by method, path (no query string: it can hold search text) and status only.
export type LogLevel = 'info' | 'warn' | 'silent';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(l + '\n')): Logger {
  const emit = (lvl: string, msg: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }));
  return {
    info: (msg, fields) => level === 'info' && emit('info', msg, fields),
    warn: (msg, fields) => level !== 'silent' && emit('warn', msg, fields),
    error: (msg, fields) => level !== 'silent' && emit('error', msg, fields),
  };
}
