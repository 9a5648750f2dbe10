// Inviting someone or adding a calendar feed in /beheer when the answer got lost: the form
// sends the same body with the same Idempotency-Key again. The coordinator gets the first
// answer back (the same link, the same feed) instead of a second invitation that kills the
// first link and sends a second e-mail, or a 409 "al toegevoegd" for their own first try.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { ORIGIN } from './accounts-fixture.ts';
import { beheerFixture, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

let shared: Promise<BeheerFixture> | undefined;
const door = () => (shared ??= beheerFixture());

async function post(f: BeheerFixture, who: Session, path: string, body: unknown, key: string, to: { request: (url: string, init: RequestInit) => Response | Promise<Response> } = { request: (u, i) => f.request(u, i) }) {
  const res = await to.request(path, {
    method: 'POST',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

test('inviting twice with one Idempotency-Key makes one invitation and queues one e-mail; the replay gives the same, still working link', async () => {
  const f = await door();
  const body = { email: 'henk.retry@dorpshuis.example', name: 'Henk de Boer', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' };
  const first = await post(f, f.anna, '/v1/beheer/invitations', body, 'invite-retry-1');
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const again = await post(f, f.anna, '/v1/beheer/invitations', body, 'invite-retry-1');
  assert.equal(again.status, 201, JSON.stringify(again.body));
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(again.body, first.body, 'the same answer, the same link');
  assert.equal(again.headers.get('location'), `/v1/beheer/invitations/${first.body.invitation.id}`);

  const invitations = await f.rows(`select id, withdrawn_at from invitations where email = $1`, [body.email]);
  assert.deepEqual(invitations, [{ id: first.body.invitation.id, withdrawn_at: null }], 'one invitation, not withdrawn by a second');
  const mails = await f.rows(`select body from outbox where kind = 'account-invitation' and recipient = $1`, [body.email]);
  assert.equal(mails.length, 1, 'one e-mail, not two');
  assert.ok(mails[0].body.includes(first.body.link), 'the e-mail holds the link the coordinator sees');
  const audit = await f.rows(`select 1 from audit_log where record_type = 'invitation' and record_id = $1 and action = 'invite'`, [first.body.invitation.id]);
  assert.equal(audit.length, 1);
  const page = await f.request(new URL(first.body.link).pathname);
  assert.equal(page.status, 200, 'the link still opens');

  // The same key with another person is refused, naming the header, and invites nobody.
  const other = await post(f, f.anna, '/v1/beheer/invitations', { ...body, email: 'els.retry@dorpshuis.example' }, 'invite-retry-1');
  assert.equal(other.status, 422);
  assert.equal(other.body.errors[0].name, 'Idempotency-Key');
  assert.deepEqual(await f.rows(`select 1 from invitations where email = 'els.retry@dorpshuis.example'`), []);
});

test('an invitation that was refused leaves its key free: the corrected retry with that key invites', async () => {
  const f = await door();
  const bad = await post(f, f.anna, '/v1/beheer/invitations', { email: 'gerda.retry@dorpshuis.example', name: 'Gerda', role: 'organization-contact' }, 'invite-retry-2');
  assert.equal(bad.status, 422);
  assert.deepEqual(await f.rows(`select 1 from outbox where recipient = 'gerda.retry@dorpshuis.example'`), [], 'no e-mail for a refused invitation');
  const good = await post(f, f.anna, '/v1/beheer/invitations', { email: 'gerda.retry@dorpshuis.example', name: 'Gerda', role: 'coordinator' }, 'invite-retry-3');
  assert.equal(good.status, 201);
  assert.equal((await f.rows(`select 1 from outbox where recipient = 'gerda.retry@dorpshuis.example'`)).length, 1);
});

// --- calendar feeds, from a real HTTP server on 127.0.0.1 -------------------------------

let fetches = 0;
const ics = readFileSync(new URL('../fixtures/feeds/outlook-dorpshuis.ics', import.meta.url), 'utf8');
const feedServer = createServer((_req, res) => {
  fetches++;
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(ics);
});
let base = '';
before(async () => {
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
after(() => {
  feedServer.closeAllConnections();
  feedServer.close();
});

test('adding a calendar feed twice with one Idempotency-Key stores it once, fetches it once and answers the same feed, not "al toegevoegd"', async () => {
  const f = await door();
  const feeds = { intervalMinutes: 60, timeoutMs: 3000, maxBytes: 200_000, allowPrivateAddresses: true, allowedUrls: [] };
  const app = createApp({ db: f.db, config: { corsOrigins: ['*'], feeds }, log: createLogger('silent'), accountSessions: f.sessions, now: () => f.sessions.time() });
  const to = { request: (path: string, init: RequestInit) => app.request(new URL(path, ORIGIN).toString(), { ...init, headers: { ...(init.headers as Record<string, string>), origin: ORIGIN } }) };
  const body = { organizationId: 'dorpshuis-de-linde', url: `${base}/dorpshuis.ics` };
  const first = await post(f, f.anna, '/v1/beheer/calendar-feeds', body, 'feed-retry-1', to);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.equal(first.body.state, 'ok', 'fetched before the answer');
  assert.equal(fetches, 1);
  const again = await post(f, f.anna, '/v1/beheer/calendar-feeds', body, 'feed-retry-1', to);
  assert.equal(again.status, 201, JSON.stringify(again.body));
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  assert.equal(again.headers.get('location'), `/v1/beheer/calendar-feeds/${first.body.id}`);
  assert.equal(first.headers.get('location'), again.headers.get('location'));
  assert.equal(fetches, 1, 'the retry does not fetch the feed again');
  assert.deepEqual(await f.rows(`select id from calendar_feeds where url = $1`, [body.url]), [{ id: first.body.id }]);
  assert.equal((await f.rows(`select 1 from audit_log where record_type = 'calendar-feed' and record_id = $1 and action = 'add'`, [first.body.id])).length, 1);

  // A new submission (another key) of the same address is still "al toegevoegd".
  const twice = await post(f, f.anna, '/v1/beheer/calendar-feeds', body, 'feed-retry-2', to);
  assert.equal(twice.status, 409);
  assert.equal(twice.body.errors[0].name, 'url');
});
