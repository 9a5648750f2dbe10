// "Mensen" in /beheer (issue 9): a coordinator invites an organisation contact by a link
// that expires; the contact opens it, chooses a password and is logged in as the contact of
// that organisation. A link works once, for 7 days, until withdrawn. A coordinator blocks an
// account: its session ends at once and it cannot log in; nobody can block the last
// coordinator or themselves. The fixture's clock stands at 1 December 2026, 10.00 in
// Amsterdam.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { cookieOf, login, ORIGIN, PASSWORD } from './accounts-fixture.ts';
import { beheerFixture, sessionOf, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

const DAY = 24 * 60 * 60_000;
const EXPIRED = 'Deze uitnodiging is verlopen. Vraag de coördinator om een nieuwe.';
const WRONG_LOGIN = 'Het e-mailadres of het wachtwoord klopt niet.';
const NEW_PASSWORD = 'de zomermarkt begint om negen uur';

let people = 0;
/** A fresh address for each invitation, so tests do not meet each other's people. */
const someone = () => `henk.${++people}@dorpshuis.example`;

function invite(f: BeheerFixture, body: Record<string, unknown>, who: Session = f.anna) {
  return f.change(who, 'POST', '/v1/beheer/invitations', body);
}

async function inviteContact(f: BeheerFixture, email = someone(), organizationId = 'dorpshuis-de-linde') {
  const res = await invite(f, { email, name: 'Henk de Boer', role: 'organization-contact', organizationId });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const link = new URL(res.body.link);
  return { email, id: res.body.invitation.id as string, link: res.body.link as string, token: link.pathname.split('/').pop()!, body: res.body };
}

const pagePath = (token: string) => `/beheer/uitnodiging/${token}`;

async function openPage(f: BeheerFixture, token: string, address?: string) {
  const res = await f.request(pagePath(token), address ? { address } : {});
  return { status: res.status, html: await res.text(), headers: res.headers };
}

function accept(f: BeheerFixture, token: string, password = NEW_PASSWORD, { repeat = password, address }: { repeat?: string; address?: string } = {}) {
  return f.request(pagePath(token), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password, repeat }).toString(),
    ...(address ? { address } : {}),
  });
}

const me = async (f: BeheerFixture, cookie: string) => {
  const res = await f.request('/v1/beheer/me', { headers: { cookie } });
  return { status: res.status, body: res.status === 200 ? await res.json() : await res.json().catch(() => undefined) };
};

test('invite → the contact opens the link, sees their name and organisation, chooses a password and is logged in as the contact of that organisation', async () => {
  const f = await beheerFixture();
  const { email, id, token, link, body } = await inviteContact(f);
  assert.equal(new URL(link).origin, ORIGIN, 'the link is on the coordinator’s own server');
  assert.deepEqual(
    { ...body.invitation, createdAt: undefined, expiresAt: undefined },
    { id, email, name: 'Henk de Boer', role: 'organization-contact', organization: { id: 'dorpshuis-de-linde', name: body.invitation.organization.name, kind: body.invitation.organization.kind }, expired: false, createdAt: undefined, expiresAt: undefined },
  );
  assert.equal(new Date(body.invitation.expiresAt).getTime() - new Date(body.invitation.createdAt).getTime(), 7 * DAY, 'valid 7 days');
  // Only the token's SHA-256 is stored; the token itself is in no table but the outbox's e-mail.
  const [row] = await f.rows('select token_hash from invitations where id = $1', [id]);
  assert.equal(row.token_hash, createHash('sha256').update(token).digest('hex'));

  const page = await openPage(f, token);
  assert.equal(page.status, 200);
  assert.match(page.html, /<html lang="nl">/);
  assert.match(page.html, /<h1>Welkom, Henk de Boer<\/h1>/);
  const [org] = await f.rows(`select name from organizations where id = 'dorpshuis-de-linde'`);
  assert.ok(page.html.includes(`als contactpersoon van ${org.name}.`), 'the organisation by its name');
  assert.ok(page.html.includes(email));
  assert.match(page.html, /<label for="password">Nieuw wachtwoord<\/label>/);
  assert.match(page.html, /autocomplete="new-password"/);
  assert.match(page.html, /Deze uitnodiging werkt tot dinsdag 8 december 2026 om 10\.00 uur\./);
  assert.doesNotMatch(page.html, /<script/);
  assert.match(page.headers.get('content-security-policy')!, /default-src 'none'/);
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(page.headers.get('cache-control'), 'no-store');

  const res = await accept(f, token);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/beheer');
  const session = await me(f, cookieOf(res));
  assert.equal(session.status, 200);
  assert.equal(session.body.account.email, email);
  assert.equal(session.body.account.role, 'organization-contact');
  assert.equal(session.body.account.organizationId, 'dorpshuis-de-linde');
  // The contact can work in their own organisation's part of /beheer at once …
  assert.equal((await f.request('/v1/beheer/services', { headers: { cookie: cookieOf(res) } })).status, 200);
  // … and log in later with the password they chose.
  assert.equal((await login(f, email, NEW_PASSWORD)).status, 200);

  // The invitation is used and no longer listed; the audit log names ids only.
  const [used] = await f.rows('select accepted_at, account_id from invitations where id = $1', [id]);
  assert.ok(used.accepted_at && used.account_id === session.body.account.id);
  const list = await f.get(f.anna, '/v1/beheer/invitations');
  assert.ok(!list.body.items.some((i: { id: string }) => i.id === id));
  const audit = await f.rows(`select action, record_type, record_id from audit_log where record_type = 'invitation' and record_id = $1 order by id`, [id]);
  assert.deepEqual(audit.map((a) => a.action), ['invite', 'accept']);
  const all = JSON.stringify(await f.rows('select * from audit_log'));
  assert.ok(!all.includes(email) && !all.includes('Henk'), 'no address or name in the audit log');
});

test('the e-mail with the link is queued in the outbox with the invitation', async () => {
  const f = await beheerFixture();
  const { email, link } = await inviteContact(f);
  const rows = await f.rows(`select kind, recipient, subject, body from outbox where recipient = $1`, [email]);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].kind, 'account-invitation');
  assert.match(rows[0].subject, /^Uitnodiging voor het beheer van /);
  assert.ok(rows[0].body.includes(link), 'the link is in the e-mail');
  assert.match(rows[0].body, /^Beste Henk de Boer,/);
  assert.match(rows[0].body, /Anna Coördinator nodigt u uit/);
  assert.match(rows[0].body, /De link werkt tot dinsdag 8 december 2026 om 10\.00 uur, en maar één keer\./);
});

test('a link expires after 7 days: a minute before it opens, after it the person gets the plain "verlopen" page and no account is made', async () => {
  const f = await beheerFixture();
  const { token, email } = await inviteContact(f);
  f.advance(7 * DAY - 60_000);
  assert.equal((await openPage(f, token)).status, 200);
  f.advance(60_000);
  const page = await openPage(f, token);
  assert.equal(page.status, 410);
  assert.ok(page.html.includes(EXPIRED), page.html);
  assert.doesNotMatch(page.html, /<form|Error|at \w+ \(/);
  const res = await accept(f, token);
  assert.equal(res.status, 410);
  assert.ok((await res.text()).includes(EXPIRED));
  assert.equal((await f.rows('select 1 from accounts where lower(email) = lower($1)', [email])).length, 0);
  // Still listed for the coordinator, marked expired, until withdrawn (a week later: logged in again).
  const anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD);
  const listed = (await f.get(anna, '/v1/beheer/invitations')).body.items.find((i: { email: string }) => i.email === email);
  assert.equal(listed.expired, true);
});

test('a link works once: used again it says so plainly, and still only one account exists', async () => {
  const f = await beheerFixture();
  const { token, email } = await inviteContact(f);
  assert.equal((await accept(f, token)).status, 303);
  const again = await accept(f, token, 'een heel ander wachtwoord dan eerst');
  assert.equal(again.status, 410);
  assert.match(await again.text(), /Deze uitnodiging is al gebruikt\./);
  assert.equal(again.headers.get('set-cookie'), null);
  assert.match((await openPage(f, token)).html, /al gebruikt/);
  assert.equal((await f.rows('select 1 from accounts where lower(email) = lower($1)', [email])).length, 1);
  assert.equal((await login(f, email, 'een heel ander wachtwoord dan eerst')).status, 401, 'the second password did nothing');
});

test('a withdrawn link stops working at once; a used one cannot be withdrawn; an unknown one is 404', async () => {
  const f = await beheerFixture();
  const { id, token } = await inviteContact(f);
  assert.equal((await f.change(f.anna, 'DELETE', `/v1/beheer/invitations/${id}`)).status, 204);
  const page = await openPage(f, token);
  assert.equal(page.status, 410);
  assert.ok(page.html.includes(EXPIRED));
  assert.equal((await accept(f, token)).status, 410);
  assert.equal((await f.change(f.anna, 'DELETE', `/v1/beheer/invitations/${id}`)).status, 404);
  const audit = await f.rows(`select action from audit_log where record_type = 'invitation' and record_id = $1 order by id`, [id]);
  assert.deepEqual(audit.map((a) => a.action), ['invite', 'withdraw']);

  const used = await inviteContact(f);
  assert.equal((await accept(f, used.token)).status, 303);
  const refused = await f.change(f.anna, 'DELETE', `/v1/beheer/invitations/${used.id}`);
  assert.equal(refused.status, 409);
  assert.match(refused.body.detail, /al gebruikt/);
  assert.equal((await f.change(f.anna, 'DELETE', '/v1/beheer/invitations/00000000-0000-4000-8000-000000000000')).status, 404);
});

test('an unknown or malformed link gets the same plain page as an expired one, never a stack trace', async () => {
  const f = await beheerFixture();
  for (const token of ['A'.repeat(43), 'kort', '%3Cscript%3E', 'x'.repeat(300)]) {
    const page = await openPage(f, token, '203.0.113.200');
    assert.equal(page.status, 410, token);
    assert.ok(page.html.includes(EXPIRED), token);
    assert.doesNotMatch(page.html, /<script|Error/);
  }
});

test('a new invitation to the same address replaces the open one; an address with an account is refused, naming the field', async () => {
  const f = await beheerFixture();
  const email = someone();
  const first = await inviteContact(f, email);
  const second = await inviteContact(f, email.toUpperCase());
  assert.equal((await openPage(f, first.token)).status, 410, 'the old link is dead');
  assert.equal((await openPage(f, second.token)).status, 200);
  const open = (await f.get(f.anna, '/v1/beheer/invitations')).body.items.filter((i: { email: string }) => i.email.toLowerCase() === email);
  assert.deepEqual(open.map((i: { id: string }) => i.id), [second.id]);

  const taken = await invite(f, { email: 'PIET@dorpshuis.example', name: 'Piet', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' });
  assert.equal(taken.status, 422);
  assert.deepEqual(taken.body.errors.map((e: { name: string; in: string }) => [e.name, e.in]), [['email', 'body']]);
  assert.match(taken.body.errors[0].detail, /Er is al een account voor dit e-mailadres/);
});

test('a contact needs an organisation and a coordinator has none: refused naming organizationId, nothing stored', async () => {
  const f = await beheerFixture();
  const [{ n: before }] = await f.rows('select count(*)::int as n from invitations');
  const cases: Record<string, unknown>[] = [
    { email: someone(), name: 'Henk', role: 'organization-contact' },
    { email: someone(), name: 'Henk', role: 'coordinator', organizationId: 'dorpshuis-de-linde' },
    { email: someone(), name: 'Henk', role: 'organization-contact', organizationId: 'bestaat-niet' },
  ];
  for (const body of cases) {
    const res = await invite(f, body);
    assert.equal(res.status, 422, JSON.stringify(body));
    assert.deepEqual(res.body.errors.map((e: { name: string }) => e.name), ['organizationId']);
  }
  const driver = await invite(f, { email: someone(), name: 'Joop', role: 'driver' });
  assert.equal(driver.status, 422);
  assert.equal(driver.body.errors[0].name, 'role');
  const [{ n: after }] = await f.rows('select count(*)::int as n from invitations');
  assert.equal(after, before);
});

test('a weak or mistyped password keeps the invitation open and says what to do, naming the field', async () => {
  const f = await beheerFixture();
  const { token } = await inviteContact(f);
  const short = await accept(f, token, 'te kort');
  assert.equal(short.status, 422);
  const html = await short.text();
  assert.match(html, /class="error-summary" role="alert" tabindex="-1" autofocus/);
  assert.match(html, /<a href="#password">Kies een wachtwoord van minstens 12 tekens\.<\/a>/);
  assert.match(html, /<input aria-invalid="true" aria-describedby="password-hint password-error" id="password"/);
  assert.ok(!html.includes('te kort'), 'the password is not sent back');
  const mismatch = await accept(f, token, NEW_PASSWORD, { repeat: 'de zomermarkt begint om tien uur' });
  assert.equal(mismatch.status, 422);
  assert.match(await mismatch.text(), /<a href="#repeat">De twee wachtwoorden zijn niet gelijk/);
  assert.equal((await accept(f, token)).status, 303, 'still open');
});

test('100 people opening one link at once make one account and one session', async () => {
  const f = await beheerFixture();
  const { token, email } = await inviteContact(f);
  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => accept(f, token, NEW_PASSWORD, { address: `198.18.${Math.floor(i / 200)}.${(i % 200) + 1}` })));
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 303).length, 1, `one accepted: ${statuses.join(',')}`);
  assert.equal(statuses.filter((s) => s === 410).length, 99);
  const accounts = await f.rows('select id from accounts where lower(email) = lower($1)', [email]);
  assert.equal(accounts.length, 1);
  assert.equal((await f.rows('select 1 from sessions where account_id = $1', [accounts[0].id])).length, 1);
});

test('guessing links is throttled per address like failed logins; the right link from another address still opens', async () => {
  const f = await beheerFixture();
  const { token } = await inviteContact(f);
  const guesser = '203.0.113.66';
  for (let i = 0; i < 20; i++) assert.equal((await openPage(f, `${'B'.repeat(40)}${String(i).padStart(3, '0')}`, guesser)).status, 410);
  const held = await openPage(f, token, guesser);
  assert.equal(held.status, 429);
  assert.ok(Number(held.headers.get('retry-after')) > 0);
  assert.match(held.html, /Probeer het over 15 minuten opnieuw/);
  assert.equal((await accept(f, token, NEW_PASSWORD, { address: guesser })).status, 429, 'not accepted while throttled');
  assert.equal((await openPage(f, token, '203.0.113.67')).status, 200);
  // Opening a real link a few times costs nothing.
  for (let i = 0; i < 25; i++) assert.equal((await openPage(f, token, '203.0.113.68')).status, 200);
});

test('a blocked account’s session gets 401 at once and its login fails like a wrong password; let in again, it can log in', async () => {
  const f = await beheerFixture();
  const [piet] = await f.rows(`select id from accounts where email = 'piet@dorpshuis.example'`);
  assert.equal((await me(f, f.piet.cookie)).status, 200);
  const blocked = await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${piet.id}/disabled`, { disabled: true });
  assert.equal(blocked.status, 200);
  assert.equal(blocked.body.disabled, true);
  assert.equal((await me(f, f.piet.cookie)).status, 401, 'the running session ended');
  assert.equal((await f.get(f.piet, '/v1/beheer/services')).status, 401);
  const res = await login(f, 'piet@dorpshuis.example', 'koffie met appeltaart om tien uur');
  assert.equal(res.status, 401);
  assert.equal((await res.json()).detail, WRONG_LOGIN);
  assert.equal((await f.rows('select 1 from sessions where account_id = $1', [piet.id])).length, 0);

  const back = await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${piet.id}/disabled`, { disabled: false });
  assert.equal(back.status, 200);
  assert.equal(back.body.disabled, false);
  assert.equal((await login(f, 'piet@dorpshuis.example', 'koffie met appeltaart om tien uur')).status, 200);
  const audit = await f.rows(`select action from audit_log where record_type = 'account' and record_id = $1 and action in ('disable', 'enable') order by id`, [piet.id]);
  assert.deepEqual(audit.map((a) => a.action).slice(-2), ['disable', 'enable']);
});

test('nobody can block the last coordinator, nor their own account; with two coordinators one can block the other', async () => {
  const f = await beheerFixture();
  const [anna] = await f.rows(`select id from accounts where lower(email) = 'anna@samenlinde.example'`);
  // Other coordinators made by earlier tests of this file are blocked first: Anna is the only one.
  await f.db.query(`update accounts set disabled = true where role = 'coordinator' and id <> $1`, [anna.id]);
  const last = await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${anna.id}/disabled`, { disabled: true });
  assert.equal(last.status, 422);
  assert.deepEqual(last.body.errors.map((e: { name: string }) => e.name), ['disabled']);
  assert.match(last.body.errors[0].detail, /laatste coördinator/);

  const email = someone();
  const inv = await invite(f, { email, name: 'Mies Coördinator', role: 'coordinator' });
  assert.equal(inv.status, 201);
  assert.equal(inv.body.invitation.organization, undefined);
  const accepted = await accept(f, new URL(inv.body.link).pathname.split('/').pop()!);
  assert.equal(accepted.status, 303);
  const own = await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${anna.id}/disabled`, { disabled: true });
  assert.equal(own.status, 422);
  assert.match(own.body.errors[0].detail, /eigen account/);

  const mies = await sessionOf(f, email, NEW_PASSWORD);
  const [miesRow] = await f.rows('select id from accounts where lower(email) = lower($1)', [email]);
  assert.equal((await f.change(mies, 'PUT', `/v1/beheer/accounts/${anna.id}/disabled`, { disabled: true })).status, 200);
  // Anna was blocked: her session is gone, so she cannot block Mies back.
  assert.equal((await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${miesRow.id}/disabled`, { disabled: true })).status, 401);
  assert.equal((await f.change(mies, 'PUT', `/v1/beheer/accounts/${anna.id}/disabled`, { disabled: false })).status, 200);
  assert.equal((await f.change(mies, 'PUT', '/v1/beheer/accounts/00000000-0000-4000-8000-000000000000/disabled', { disabled: true })).status, 404);
});

test('blocking a coordinator withdraws the invitations they sent: a link made just before the block makes no account', async () => {
  const f = await beheerFixture();
  // A second coordinator, Mies, who invites an address of her own before she is blocked.
  const email = someone();
  const inv = await invite(f, { email, name: 'Mies Coördinator', role: 'coordinator' });
  assert.equal((await accept(f, new URL(inv.body.link).pathname.split('/').pop()!)).status, 303);
  const mies = await sessionOf(f, email, NEW_PASSWORD);
  const [miesRow] = await f.rows('select id from accounts where lower(email) = lower($1)', [email]);
  const spare = await invite(f, { email: someone(), name: 'Mies Reserve', role: 'coordinator' }, mies);
  assert.equal(spare.status, 201);

  assert.equal((await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${miesRow.id}/disabled`, { disabled: true })).status, 200);
  const token = new URL(spare.body.link).pathname.split('/').pop()!;
  assert.equal((await openPage(f, token)).status, 410);
  assert.equal((await accept(f, token)).status, 410);
  assert.deepEqual(await f.rows('select 1 from accounts where name = $1', ['Mies Reserve']), []);
  const audit = await f.rows(`select account_id from audit_log where action = 'withdraw' and record_type = 'invitation' and record_id = $1`, [spare.body.invitation.id]);
  assert.equal(audit.length, 1, 'the withdrawal is in the log, by the coordinator who blocked');
});

test('the list of people shows every account with role, organisation, blocked and last seen; viewing it is audited', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.anna, '/v1/beheer/accounts');
  assert.equal(res.status, 200);
  const [{ n }] = await f.rows('select count(*)::int as n from accounts');
  assert.equal(res.body.items.length, n);
  const piet = res.body.items.find((a: { email: string }) => a.email === 'piet@dorpshuis.example');
  assert.equal(piet.role, 'organization-contact');
  assert.equal(piet.organization.id, 'dorpshuis-de-linde');
  assert.equal(piet.disabled, false);
  assert.equal(piet.lastSeenAt, '2026-12-01T09:00:00.000Z', 'logged in by the fixture');
  const names = res.body.items.map((a: { name: string }) => a.name);
  assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')));
  const [anna] = await f.rows(`select id from accounts where lower(email) = 'anna@samenlinde.example'`);
  const viewed = await f.rows(`select record_id from audit_log where account_id = $1 and action = 'view' and record_type = 'account'`, [anna.id]);
  assert.ok(viewed.some((v) => v.record_id === piet.id));
});

test('contacts get 403 on every route of Mensen; without a session 401; a change needs the CSRF token and this site', async () => {
  const f = await beheerFixture();
  const { id } = await inviteContact(f);
  const [anna] = await f.rows(`select id from accounts where lower(email) = 'anna@samenlinde.example'`);
  const routes: [string, string, unknown?][] = [
    ['GET', '/v1/beheer/accounts'],
    ['PUT', `/v1/beheer/accounts/${anna.id}/disabled`, { disabled: true }],
    ['GET', '/v1/beheer/invitations'],
    ['POST', '/v1/beheer/invitations', { email: someone(), name: 'Henk', role: 'coordinator' }],
    ['DELETE', `/v1/beheer/invitations/${id}`],
  ];
  for (const [method, path, body] of routes) {
    const contact = method === 'GET' ? await f.get(f.piet, path) : await f.change(f.piet, method, path, body);
    assert.equal(contact.status, 403, `${method} ${path} as a contact`);
    const anonymous = await f.request(path, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
    assert.equal(anonymous.status, 401, `${method} ${path} without a session`);
    assert.match(anonymous.headers.get('content-type')!, /^application\/problem\+json/);
    if (method === 'GET') continue;
    assert.equal((await f.change(f.anna, method, path, body, { csrf: false })).status, 403, `${method} ${path} without the CSRF token`);
    const foreign = await f.request(path, {
      method,
      headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, origin: 'https://evil.example', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    assert.equal(foreign.status, 403, `${method} ${path} from another site`);
  }
  // Accepting from another site's form is refused too.
  const inv = await inviteContact(f);
  const forged = await f.request(pagePath(inv.token), {
    method: 'POST',
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password: NEW_PASSWORD, repeat: NEW_PASSWORD }).toString(),
  });
  assert.equal(forged.status, 403);
  assert.equal((await f.rows('select accepted_at from invitations where id = $1', [inv.id]))[0].accepted_at, null);
  assert.equal((await f.rows('select 1 from invitations where id = $1 and withdrawn_at is null', [id])).length, 1, 'nothing withdrawn');
  assert.equal((await f.rows('select disabled from accounts where id = $1', [anna.id]))[0].disabled, false, 'nobody blocked');
});

test('INVITATION_DAYS sets how long a new link works', async () => {
  const f = await beheerFixture();
  const app = createApp({ db: f.db, config: { corsOrigins: ['*'], invitationDays: 2 }, log: createLogger('silent'), accountSessions: f.sessions, now: () => f.sessions.time() });
  const res = await app.request(`${ORIGIN}/v1/beheer/invitations`, {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ email: someone(), name: 'Henk', role: 'coordinator' }),
  });
  assert.equal(res.status, 201);
  const { invitation } = await res.json();
  assert.equal(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime(), 2 * DAY);
});

function appWith(f: BeheerFixture, config: { invitationDays?: number; smtpUrl?: string }) {
  const app = createApp({ db: f.db, config: { corsOrigins: ['*'], ...config }, log: createLogger('silent'), accountSessions: f.sessions, now: () => f.sessions.time() });
  return (path: string, init: RequestInit = {}) =>
    app.request(`${ORIGIN}${path}`, { ...init, headers: { origin: ORIGIN, cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string>) } });
}

test('the coordinator is told the truth about the e-mail: without SMTP_URL the answer and the list say "kept", with it "smtp"', async () => {
  const f = await beheerFixture();
  const kept = await inviteContact(f);
  assert.equal(kept.body.delivery, 'kept', 'no mail server: no e-mail goes out');
  const list = await f.get(f.anna, '/v1/beheer/invitations');
  assert.equal(list.body.delivery, 'kept');
  assert.equal(list.body.validDays, 7);

  const withMail = appWith(f, { smtpUrl: 'smtp://mail.example.nl:587' });
  const res = await withMail('/v1/beheer/invitations', { method: 'POST', body: JSON.stringify({ email: someone(), name: 'Henk', role: 'coordinator' }) });
  assert.equal(res.status, 201);
  assert.equal((await res.json()).delivery, 'smtp');
  assert.equal((await (await withMail('/v1/beheer/invitations')).json()).delivery, 'smtp');
});

test('INVITATION_DAYS is what the list and the "verlopen" page say, not "een week"', async () => {
  const f = await beheerFixture();
  const two = appWith(f, { invitationDays: 2 });
  assert.equal((await (await two('/v1/beheer/invitations')).json()).validDays, 2);
  const closed = await (await two('/beheer/uitnodiging/onbekend')).text();
  assert.match(closed, /Een uitnodiging werkt 2 dagen, en maar één keer\./);
  assert.doesNotMatch(closed, /week/);
  const en = await (await two('/beheer/uitnodiging/onbekend?lang=en')).text();
  assert.match(en, /An invitation works for 2 days, and only once\./);
  const one = appWith(f, { invitationDays: 1 });
  assert.match(await (await one('/beheer/uitnodiging/onbekend')).text(), /Een uitnodiging werkt 1 dag, en/);
  assert.match(await (await one('/beheer/uitnodiging/onbekend?lang=en')).text(), /works for 1 day, and/);
});

test('inviting the address of a blocked account says it exists and is blocked, and how to let it in again; nothing is sent', async () => {
  const f = await beheerFixture();
  const [piet] = await f.rows(`select id from accounts where email = 'piet@dorpshuis.example'`);
  assert.equal((await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${piet.id}/disabled`, { disabled: true })).status, 200);
  const res = await invite(f, { email: 'Piet@Dorpshuis.example', name: 'Piet', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' });
  assert.equal(res.status, 422);
  assert.deepEqual(res.body.errors.map((e: { name: string }) => e.name), ['email']);
  assert.match(res.body.errors[0].detail, /hoort bij het account van Piet Dorpshuis\. Dat account bestaat nog, maar is geblokkeerd\. Kies "Weer toelaten"/);
  assert.deepEqual(await f.rows(`select 1 from invitations where lower(email) = 'piet@dorpshuis.example'`), []);
  assert.deepEqual(await f.rows(`select 1 from outbox where lower(recipient) = 'piet@dorpshuis.example' and kind = 'account-invitation'`), []);
  // The way on: let the same account in again.
  assert.equal((await f.change(f.anna, 'PUT', `/v1/beheer/accounts/${piet.id}/disabled`, { disabled: false })).status, 200);
  assert.equal((await login(f, 'piet@dorpshuis.example', 'koffie met appeltaart om tien uur')).status, 200);
});

test('the English invitation page says every password problem in English', async () => {
  const f = await beheerFixture();
  const { token, email } = await inviteContact(f);
  const post = (password: string, repeat = password) =>
    f.request(`${pagePath(token)}?lang=en`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ password, repeat }).toString() });
  const cases: [string, RegExp][] = [
    ['te kort', /Choose a password of at least 12 characters\./],
    ['wachtwoord1234', /This password is too easy to guess\. Choose another/],
    [email, /The password is too much like your e-mail address or name\. Choose another\./],
    ['x'.repeat(201), /This holds a character that is not allowed, or is too long/],
  ];
  for (const [password, english] of cases) {
    const res = await post(password);
    assert.equal(res.status, 422, password);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, english);
    assert.doesNotMatch(html, /Kies|wachtwoord|lijkt|Typ /, `no Dutch for "${password.slice(0, 20)}"`);
  }
  const mismatch = await post(NEW_PASSWORD, 'de zomermarkt begint om tien uur');
  assert.match(await mismatch.text(), /The two passwords are not the same/);
  // The Dutch page stays Dutch.
  assert.match(await (await accept(f, token, 'te kort')).text(), /Kies een wachtwoord van minstens 12 tekens\./);
});
