// The sociale kaart behind /v1/beheer (issue 9): the services with their freshness, and
// "Nog actueel". HTTP only. (Filled in with the services view.)
import { Hono } from 'hono';
import type { Database } from '../db/database.ts';
import type { SessionEnv } from '../http/session.ts';

export function beheerServiceRoutes(_db: Database, _options: { now?: () => Date } = {}) {
  return new Hono<SessionEnv>();
}
