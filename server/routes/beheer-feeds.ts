// The organisations' own calendars (iCalendar feeds) behind /v1/beheer (issue 9): list,
// add, fetch now, remove. HTTP only; fetching, reading and importing are in server/feeds/.
// (Filled in with the feed import.)
import { Hono } from 'hono';
import type { Database } from '../db/database.ts';
import type { SessionEnv } from '../http/session.ts';

export function beheerFeedRoutes(_db: Database, _options: { now?: () => Date } = {}) {
  return new Hono<SessionEnv>();
}
