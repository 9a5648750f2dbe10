// Starts server/main.ts as its own process, the way `npm start` ends up running it, and
// collects what it says: the JSON log lines on stdout and anything on stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  child: ChildProcess;
  /** The JSON log lines written so far. */
  lines: Record<string, any>[];
  /** Everything written to stderr so far. */
  stderr(): string;
  /** The server's base URL, once it listens; rejects when it exits first. */
  listening: Promise<string>;
  /** Exit code (or signal) and the milliseconds from spawn to exit. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export interface StartOptions {
  /**
   * Let file permissions bind even when the tests run as root: the server runs without the
   * capabilities that override them (setpriv, util-linux). Becoming another user instead
   * would fail wherever that user may not read the checkout (a mktemp clone is 0700).
   */
  obeyFilePermissions?: boolean;
}

export function startServer(env: Record<string, string>, options: StartOptions = {}): ServerProcess {
  const started = performance.now();
  const node = [process.execPath, '--import', 'tsx', 'server/main.ts'];
  const caps = '-dac_override,-dac_read_search';
  const command =
    options.obeyFilePermissions && process.getuid?.() === 0
      ? ['setpriv', `--bounding-set=${caps}`, `--inh-caps=${caps}`, '--', ...node]
      : node;
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, any>[] = [];
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, ms: performance.now() - started })),
  );
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, any>;
      try {
        entry = JSON.parse(line);
      } catch {
        entry = { text: line };
      }
      lines.push(entry);
      if (entry.msg === 'listening') resolve(entry.url);
    });
    void exited.then(({ code }) => reject(new Error(`server exited early with ${code}: ${stderr}`)));
  });
  listening.catch(() => {}); // tests that expect an early exit never await it
  return { child, lines, stderr: () => stderr, listening, exited };
}

/** Resolves to what `promise` gives, or to 'timeout' after ms. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms))),
  ]);
}

/** Stops a server the way a service manager does, and waits until it is gone. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  if ((await within(server.exited, 15_000)) === 'timeout') {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}
