// The network's activities behind /v1/beheer (issue 9): list, editor options, add, save,
// remove, hide, and the schedule preview. HTTP only; the rules and transactions are in
// server/agenda/editing/. (Filled in with the activity write routes.)
import { Hono } from 'hono';
import type { Database } from '../db/database.ts';
import type { SessionEnv } from '../http/session.ts';

export function beheerActivityRoutes(_db: Database, _options: { now?: () => Date } = {}) {
  return new Hono<SessionEnv>();
}
