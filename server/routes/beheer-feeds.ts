// The organisations' own calendars (iCalendar feeds) behind /v1/beheer (issue 9): list,
// add, fetch now, remove. Coordinators only; every change is in the audit log. HTTP only;
// fetching, reading and importing are in server/feeds/.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { components, operations } from '../../contract/types.ts';
import { FEED_DEFAULTS } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { ProblemError } from '../http/problem.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { FeedFetchError, feedUrl } from '../feeds/fetch.ts';
import { refreshFeed, removeFeed, type FeedSettings } from '../feeds/import.ts';
import { listFeeds } from '../feeds/shapes.ts';

type FeedRequest = components['schemas']['BeheerCalendarFeedRequest'];
type FeedPath = operations['beheerRemoveCalendarFeed']['parameters']['path'];

const RECORD_TYPE = 'calendar-feed';
const fieldProblem = (name: string, detail: string) => new ProblemError('invalid-body', `${name}: ${detail}`, [{ name, in: 'body', detail }]);

export function beheerFeedRoutes(db: Database, { now = () => new Date(), feeds = FEED_DEFAULTS, log }: { now?: () => Date; feeds?: FeedSettings; log?: Logger } = {}) {
  const coordinator = requireRole('coordinator');
  const accountId = (c: Context<SessionEnv>) => c.get('session')!.account.id;
  const idOf = {
    remove: parameterValidator<FeedPath>('beheerRemoveCalendarFeed'),
    refresh: parameterValidator<FeedPath>('beheerRefreshCalendarFeed'),
  };
  const audit = (id: string, action: string, account: string) => recordAuditRows(db, { accountId: account, action, recordType: RECORD_TYPE, recordIds: [id], at: now() });
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });
  const oneFeed = async (id: string) => {
    const [feed] = await listFeeds(db, id);
    if (!feed) throw new ProblemError('not-found', 'Deze agenda staat niet (meer) in de lijst.');
    return feed;
  };

  return new Hono<SessionEnv>()
    .get('/beheer/calendar-feeds', coordinator, async (c) => c.json({ items: await listFeeds(db) }))
    .post('/beheer/calendar-feeds', coordinator, async (c) => {
      const body = validatedBody<FeedRequest>(c);
      let url: string;
      try {
        url = feedUrl(body.url).href;
      } catch (error) {
        if (error instanceof FeedFetchError) throw fieldProblem('url', error.message);
        throw error;
      }
      if (url.length > 2000) throw fieldProblem('url', 'Dit adres is te lang.');
      const [org] = (await db.query<{ id: string }>('select id from organizations where id = $1', [body.organizationId])).rows;
      if (!org) throw fieldProblem('organizationId', 'Deze organisatie bestaat niet.');
      const id = randomUUID();
      const at = now();
      // The feed, its audit row and (with an Idempotency-Key) the stored answer are one
      // transaction; the first fetch runs after it, outside any transaction, since it waits
      // on the network. A retry with the same key gets the same feed back, not a 409, and
      // does not fetch it again.
      const added = await createdOnce(idempotency, 'beheerAddCalendarFeed', c, async (tx) => {
        const { rows } = await tx.query(
          `insert into calendar_feeds (id, organization_id, url, created_at, next_fetch_at) values ($1, $2, $3, $4, $4)
           on conflict (organization_id, url) do nothing returning id`,
          [id, org.id, url, at.toISOString()],
        );
        if (!rows.length) throw new ProblemError('conflict', 'Deze agenda is voor deze organisatie al toegevoegd.', [{ name: 'url', in: 'body', detail: 'Dit adres staat al in de lijst.' }]);
        await recordAuditRows(tx, { accountId: accountId(c), action: 'add', recordType: RECORD_TYPE, recordIds: [id], at });
        const [feed] = await listFeeds(tx, id);
        return { location: `/v1/beheer/calendar-feeds/${id}`, body: feed };
      });
      if (added.status !== 201) return added;
      const replayed = added.headers.get('idempotent-replayed') === 'true';
      const feedId = replayed ? ((await added.clone().json()) as { id: string }).id : id;
      if (!replayed) await refreshFeed(db, feedId, feeds, { now: at, log });
      // The feed as it is now, after its first fetch; removed since, a replay says what the first answer said then.
      const [feed] = await listFeeds(db, feedId);
      if (!feed) return added;
      c.header('Location', `/v1/beheer/calendar-feeds/${feedId}`);
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(feed, 201);
    })
    .delete('/beheer/calendar-feeds/:id', coordinator, async (c) => {
      const { id } = idOf.remove(c);
      const at = now();
      const removed = await db.transaction(async (tx) => {
        const done = await removeFeed(tx, id, at);
        if (done) await recordAuditRows(tx, { accountId: accountId(c), action: 'remove', recordType: RECORD_TYPE, recordIds: [id], at });
        return done;
      });
      if (!removed) throw new ProblemError('not-found', 'Deze agenda staat niet (meer) in de lijst.');
      return c.json({ keptActivities: removed.kept } satisfies components['schemas']['BeheerCalendarFeedRemoval']);
    })
    .post('/beheer/calendar-feeds/:id/refresh', coordinator, async (c) => {
      const { id } = idOf.refresh(c);
      await oneFeed(id);
      await refreshFeed(db, id, feeds, { now: now(), log });
      await audit(id, 'refresh', accountId(c));
      return c.json(await oneFeed(id));
    });
}
