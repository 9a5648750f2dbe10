// One small interface over the two databases we run on: embedded PGlite (a real
// Postgres compiled to WASM, a data folder on disk) and a PostgreSQL server. Both
// speak the same SQL, so migrations and queries are written once.
import type { PGlite } from '@electric-sql/pglite';
import { accessSync, constants, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type pg from 'pg';
import { FolderLockedError, LOCK_FILE, lockFolder } from './lock.ts';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  /** Runs fn in one transaction: all of it is stored, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Only where this object is the data's one writer (PGlite: the folder lock): a count that
   * moves on after every transaction and every statement other than a `select` made
   * through it, so a cache can tell without a query that nothing changed. Absent on
   * PostgreSQL, where other processes write too.
   */
  readonly changes?: () => number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
  /**
   * PGlite in memory: start from this dumped data folder (`dumpDataDir`) instead of running
   * initdb, which takes seconds; tests reuse one dump of an empty database.
   */
  image?: Blob;
  /** PostgreSQL: how long to wait for a connection, including the login. */
  connectTimeoutMs?: number;
  /** PostgreSQL: how long one statement may take. */
  statementTimeoutMs?: number;
}

/**
 * The database cannot be opened for a reason a person can fix. `nl` and `en` say what is
 * wrong and what to do, in one sentence or two each.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
    options?: ErrorOptions,
  ) {
    super(en, options);
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres({ ...options, url: options.url }) : openPGlite(options.dataDir, options.image);
}

// Dates without time zone ('timestamp') are local wall-clock times: both drivers hand
// them over as text, never as Dates interpreted in the server machine's own zone.
const TIMESTAMP_OID = 1114;
const asText = (value: string) => value;

async function openPGlite(dataDir?: string, image?: Blob): Promise<Database> {
  const parsers = { [TIMESTAMP_OID]: asText };
  if (!dataDir) return wrapPGlite(await (await loadPGlite()).create({ parsers, ...(image ? { loadDataDir: image } : {}) }), () => {});
  const dir = resolve(dataDir);
  const lock = lockDataFolder(dir);
  try {
    refuseIfNotADatabase(dir);
    const PGlite = await loadPGlite();
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({ dataDir: dir, parsers });
    } catch (error) {
      throw new DatabaseOpenError(
        `De database in de map ${dir} is beschadigd of onvolledig en gaat niet open (${firstLine(error)}). Zet een back-up van de map terug, of zet de map opzij en start met een lege database.`,
        `The database in the folder ${dir} is damaged or incomplete and does not open (${firstLine(error)}). Restore a backup of the folder, or move it aside and start with an empty database.`,
        { cause: error },
      );
    }
    return wrapPGlite(pglite, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

// The drivers are loaded when needed, after the checks: a server that cannot start says so
// at once, without first loading a whole PostgreSQL compiled to WebAssembly.
const loadPGlite = async () => (await import('@electric-sql/pglite')).PGlite;

function wrapPGlite(pglite: PGlite, release: () => void): Database {
  // PGlite runs statements one at a time in call order, so a read that starts after this
  // count was taken sees every write counted in it.
  let changes = 0;
  return {
    kind: 'pglite',
    async query(sql, params) {
      try {
        return await pglite.query(sql, params);
      } finally {
        if (!/^\s*select\b/i.test(sql)) changes++;
      }
    },
    async transaction(fn) {
      try {
        return await pglite.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params) }));
      } finally {
        changes++;
      }
    },
    changes: () => changes,
    async close() {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

const mayNotWrite = (dir: string, error: unknown) =>
  new DatabaseOpenError(
    `Buurtkit mag niet schrijven in de map ${dir} (${firstLine(error)}). Geef de gebruiker van de server schrijfrechten op de map, of kies met BUURTKIT_DATA_DIR een andere map.`,
    `Buurtkit may not write to the folder ${dir} (${firstLine(error)}). Give the server's user write access to the folder, or choose another folder with BUURTKIT_DATA_DIR.`,
    { cause: error },
  );

const isPermissionError = (error: unknown) =>
  ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');

/** Creates the folder when absent and locks it, or says in plain words why not. */
function lockDataFolder(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (isPermissionError(error)) throw mayNotWrite(dir, error);
    throw new DatabaseOpenError(
      `De map ${dir} kan niet worden gemaakt (${firstLine(error)}); staat er een bestand met die naam? Kies met BUURTKIT_DATA_DIR een map.`,
      `The folder ${dir} cannot be created (${firstLine(error)}); is there a file by that name? Choose a folder with BUURTKIT_DATA_DIR.`,
      { cause: error },
    );
  }
  try {
    return lockFolder(dir);
  } catch (error) {
    if (error instanceof FolderLockedError) {
      const { pid, hostname, since } = error.owner;
      throw new DatabaseOpenError(
        `De map ${dir} is in gebruik door proces ${pid} op ${hostname} (sinds ${since}): er draait al een Buurtkit-server op deze gegevens. Stop dat proces eerst, of kies met BUURTKIT_DATA_DIR een andere map.`,
        `The folder ${dir} is in use by process ${pid} on ${hostname} (since ${since}): a Buurtkit server already runs on this data. Stop that process first, or choose another folder with BUURTKIT_DATA_DIR.`,
      );
    }
    if (isPermissionError(error)) throw mayNotWrite(dir, error);
    throw error;
  }
}

/**
 * An empty folder is a first start. A folder with files but without PG_VERSION is not a
 * database (or a damaged one): PGlite would quietly create a new database in it, and
 * the seed would hide that every row is gone. Refuse it instead.
 */
function refuseIfNotADatabase(dir: string) {
  const entries = readdirSync(dir).filter((name) => !name.startsWith(LOCK_FILE) && name !== 'lost+found');
  if (entries.length === 0) return;
  if (!entries.includes('PG_VERSION')) {
    throw new DatabaseOpenError(
      `De map ${dir} bevat bestanden, maar geen database (PG_VERSION ontbreekt): het is geen Buurtkit-map, of hij is beschadigd. Zet een back-up terug, of kies met BUURTKIT_DATA_DIR een lege of nieuwe map.`,
      `The folder ${dir} holds files but no database (PG_VERSION is missing): it is not a Buurtkit folder, or it is damaged. Restore a backup, or choose an empty or new folder with BUURTKIT_DATA_DIR.`,
    );
  }
  // Root may write anything; anyone else finds out here rather than deep inside PGlite.
  try {
    accessSync(resolve(dir, 'global', 'pg_control'), constants.R_OK | constants.W_OK);
  } catch (error) {
    if (isPermissionError(error)) throw mayNotWrite(dir, error);
  }
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!.trim();

async function openPostgres({ url, connectTimeoutMs = 10_000, statementTimeoutMs = 30_000 }: DatabaseOptions & { url: string }): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: connectTimeoutMs,
    // The server cancels a slow statement; the client stops waiting a little later, for a
    // server that does not answer at all.
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 1000,
  });
  // A connection that breaks while idle (PostgreSQL restarted) must not end the process;
  // the pool makes a new one for the next query.
  pool.on('error', () => {});
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === TIMESTAMP_OID ? asText : pg.types.getTypeParser(oid, format),
  };
  const run = (client: pg.Pool | pg.PoolClient) => async <T>(sql: string, params?: unknown[]) => {
    const result = await client.query({ text: sql, values: params, types });
    return { rows: result.rows as T[] };
  };
  await checkConnection(pool, url, connectTimeoutMs, statementTimeoutMs);
  return {
    kind: 'postgresql',
    query: run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: run(client) });
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        // A connection whose rollback fails as well is broken: release(error) discards it.
        await client.query('rollback').then(() => client.release(), (broken: Error) => client.release(broken));
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/** Fails early, in plain words, when the server is unreachable, refuses us or never answers. */
async function checkConnection(pool: pg.Pool, url: string, connectTimeoutMs: number, statementTimeoutMs: number) {
  const where = describeServer(url);
  const fail = async (nl: string, en: string, error: unknown) => {
    await pool.end().catch(() => {});
    return new DatabaseOpenError(nl, en, { cause: error });
  };
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    if (/timeout/i.test(firstLine(error))) {
      throw await fail(
        `PostgreSQL op ${where} antwoordt niet binnen ${connectTimeoutMs / 1000} s (DATABASE_CONNECT_TIMEOUT_MS). Kijk of de server draait en of DATABASE_URL naar de goede server wijst.`,
        `PostgreSQL at ${where} does not answer within ${connectTimeoutMs / 1000} s (DATABASE_CONNECT_TIMEOUT_MS). Check that the server runs and that DATABASE_URL points at the right server.`,
        error,
      );
    }
    throw await fail(
      `PostgreSQL op ${where} is niet bereikbaar (${firstLine(error)}). Kijk of de server draait en of DATABASE_URL klopt.`,
      `PostgreSQL at ${where} cannot be reached (${firstLine(error)}). Check that the server runs and that DATABASE_URL is right.`,
      error,
    );
  }
  try {
    await client.query('select 1');
    client.release();
  } catch (error) {
    client.release(error as Error);
    const timeout = firstLine(error) === 'Query read timeout';
    throw await fail(
      timeout
        ? `PostgreSQL op ${where} laat ons binnen, maar antwoordt niet binnen ${statementTimeoutMs / 1000} s op een vraag (DATABASE_STATEMENT_TIMEOUT_MS). Kijk of de server overbelast is of vastzit.`
        : `PostgreSQL op ${where} laat ons binnen, maar geeft een fout (${firstLine(error)}).`,
      timeout
        ? `PostgreSQL at ${where} lets us in, but does not answer a query within ${statementTimeoutMs / 1000} s (DATABASE_STATEMENT_TIMEOUT_MS). Check whether the server is overloaded or stuck.`
        : `PostgreSQL at ${where} lets us in, but answers with an error (${firstLine(error)}).`,
      error,
    );
  }
}

/** host:port/database of a connection string, without the password. */
function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
