// One small interface over the two databases we run on: embedded PGlite (a real
// Postgres compiled to WASM, a data folder on disk) and a PostgreSQL server. Both
// speak the same SQL, so migrations and queries are written once.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  /** Runs fn in one transaction: all of it is stored, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPGlite(options.dataDir);
}

// Dates without time zone ('timestamp') are local wall-clock times: both drivers hand
// them over as text, never as Dates interpreted in the server machine's own zone.
const TIMESTAMP_OID = 1114;
const asText = (value: string) => value;

async function openPGlite(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers: { [TIMESTAMP_OID]: asText } });
  return {
    kind: 'pglite',
    query: (sql, params) => pglite.query(sql, params),
    transaction: (fn) => pglite.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params) })),
    close: () => pglite.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === TIMESTAMP_OID ? asText : pg.types.getTypeParser(oid, format),
  };
  const run = (client: pg.Pool | pg.PoolClient) => async <T>(sql: string, params?: unknown[]) => {
    const result = await client.query({ text: sql, values: params, types });
    return { rows: result.rows as T[] };
  };
  await pool.query('select 1'); // fail early with a clear error when the server is unreachable
  return {
    kind: 'postgresql',
    query: run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: run(client) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
