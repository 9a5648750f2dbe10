// A write that lost a race on PostgreSQL (a serialisation failure, a deadlock, or an id
// taken at the same moment) may simply be run again: nothing of it was committed.

/** Postgres codes after which the same transaction may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 5;

/** Runs `write` (one whole transaction) again, up to ATTEMPTS times, when it lost a race. */
export async function retryRaces<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}
