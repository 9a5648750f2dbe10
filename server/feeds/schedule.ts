// The periodic fetch: every feed whose next_fetch_at has come is fetched and imported, one
// at a time. A feed is claimed by moving its next_fetch_at on in a statement that skips
// rows another process has locked, so two server processes never fetch the same feed at
// once; the import itself also locks the feed's row (import.ts).
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { refreshFeed, type FeedSettings } from './import.ts';

/** How often to look for due feeds. */
const TICK_MS = 60_000;
/** A claimed feed whose fetch never finished (a process that died) is due again after this. */
const CLAIM_MS = 15 * 60_000;

/** Claims the feed most overdue, or none. */
async function claimDueFeed(db: Database, now: Date): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `update calendar_feeds set next_fetch_at = $2
      where id = (select id from calendar_feeds where next_fetch_at <= $1 order by next_fetch_at, id limit 1 for update skip locked)
      returning id`,
    [now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString()],
  );
  return rows[0]?.id;
}

/** Fetches the due feeds one by one (at most `max` per run); returns how many it fetched. */
export async function refreshDueFeeds(db: Database, settings: FeedSettings, { now = () => new Date(), log, max = 100, stopped = () => false }: { now?: () => Date; log?: Logger; max?: number; stopped?: () => boolean } = {}): Promise<number> {
  let done = 0;
  while (done < max && !stopped()) {
    const id = await claimDueFeed(db, now());
    if (!id) break;
    const state = await refreshFeed(db, id, settings, { now: now(), log });
    log?.info('fetched calendar feed', { feed: id, state });
    done++;
  }
  return done;
}

/** Starts the periodic fetch: at once, then every minute. `stop()` waits for a fetch in progress. */
export function startFeeds({ db, config, log }: { db: Database; config: { feeds: FeedSettings }; log: Logger }) {
  let stopping = false;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = refreshDueFeeds(db, config.feeds, { log, stopped: () => stopping }).catch((error: Error) => log.error('calendar feeds failed', { error: error.message }));
  };
  run();
  const timer = setInterval(() => void running.then(() => !stopping && run()), TICK_MS);
  timer.unref();
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running;
    },
  };
}
