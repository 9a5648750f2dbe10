// The audit log in /beheer (issue 9): who saw or changed which record when, newest first,
// for coordinators only, filtered by account, record type, record id and days in the
// network's zone, paged with `before` so rows written meanwhile do not shift the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordAuditRows } from '../../server/privacy/audit.ts';
import { beheerFixture, type BeheerFixture } from './beheer-signups-fixture.ts';

const LOG = '/v1/beheer/audit-log';

interface Entry { id: number; at: string; account: { id: string; name: string }; action: string; recordType: string; recordId: string; opportunity?: string }

const accountId = async (f: BeheerFixture, email: string) =>
  (await f.rows<{ id: string }>('select id from accounts where lower(email) = lower($1)', [email]))[0]!.id;

/** Rows of our own, two a day at 23.30 UTC: 00.30 the next day in Amsterdam (ding-6 is 2 December there). */
async function seedRows(f: BeheerFixture) {
  const anna = await accountId(f, 'anna@samenlinde.example');
  const piet = await accountId(f, 'piet@dorpshuis.example');
  await f.db.query(`delete from audit_log where record_type in ('test-thing', 'organization')`);
  for (let i = 0; i < 7; i++) {
    await recordAuditRows(f.db, { accountId: i % 2 ? piet : anna, action: 'update', recordType: 'test-thing', recordIds: [`ding-${i}`], at: new Date(Date.UTC(2026, 10, 28 + Math.floor(i / 2), 23, 30)) });
  }
  return { anna, piet };
}

test('a coordinator reads the log newest first, with account names, and pages on with before', async () => {
  const f = await beheerFixture();
  await seedRows(f);
  const page1 = await f.get(f.anna, `${LOG}?recordType=test-thing&limit=3`);
  assert.equal(page1.status, 200, JSON.stringify(page1.body));
  const items: Entry[] = page1.body.items;
  assert.deepEqual(items.map((e) => e.recordId), ['ding-6', 'ding-5', 'ding-4']);
  assert.deepEqual(items.map((e) => e.account.name), ['Anna Coördinator', 'Piet Dorpshuis', 'Anna Coördinator']);
  assert.equal(typeof page1.body.next, 'number');
  // A row written between the pages does not shift them.
  await recordAuditRows(f.db, { accountId: items[0]!.account.id, action: 'update', recordType: 'test-thing', recordIds: ['ding-nieuw'], at: new Date('2026-12-01T09:00:00Z') });
  const page2 = await f.get(f.anna, `${LOG}?recordType=test-thing&limit=3&before=${page1.body.next}`);
  assert.deepEqual(page2.body.items.map((e: Entry) => e.recordId), ['ding-3', 'ding-2', 'ding-1']);
  const page3 = await f.get(f.anna, `${LOG}?recordType=test-thing&limit=3&before=${page2.body.next}`);
  assert.deepEqual(page3.body.items.map((e: Entry) => e.recordId), ['ding-0']);
  assert.equal(page3.body.next, undefined, 'the last page says so');
  assert.ok(page1.body.accounts.some((a: { name: string }) => a.name === 'Piet Dorpshuis'), 'the accounts for the filter');
});

test('filters by account, record id and days in Amsterdam time', async () => {
  const f = await beheerFixture();
  const { piet } = await seedRows(f);
  const byPiet = await f.get(f.anna, `${LOG}?recordType=test-thing&account=${piet}`);
  assert.deepEqual(byPiet.body.items.map((e: Entry) => e.recordId), ['ding-5', 'ding-3', 'ding-1']);
  const one = await f.get(f.anna, `${LOG}?recordId=ding-4`);
  assert.deepEqual(one.body.items.map((e: Entry) => e.recordId), ['ding-4']);
  // ding-4 and ding-5 were written on 30 November 23.30 UTC: 1 December 00.30 in Amsterdam.
  const day = await f.get(f.anna, `${LOG}?recordType=test-thing&from=2026-12-01&to=2026-12-01`);
  assert.deepEqual(day.body.items.map((e: Entry) => e.recordId), ['ding-5', 'ding-4']);
  const until = await f.get(f.anna, `${LOG}?recordType=test-thing&to=2026-11-29`);
  assert.deepEqual(until.body.items.map((e: Entry) => e.recordId), ['ding-1', 'ding-0']);
});

test('a write in /beheer appears in the log; reading the log writes nothing to it', async () => {
  const f = await beheerFixture();
  await seedRows(f);
  const made = await f.change(f.anna, 'POST', '/v1/beheer/organizations', { name: 'Logboek Test Club', kind: 'volunteer', description: 'Een test.' });
  assert.equal(made.status, 201);
  const res = await f.get(f.anna, `${LOG}?recordType=organization`);
  assert.equal(res.body.items[0].recordId, made.body.id);
  assert.equal(res.body.items[0].action, 'create');
  const [{ n: before }] = await f.rows<{ n: number }>('select count(*)::int as n from audit_log');
  await f.get(f.anna, LOG);
  await f.get(f.anna, `${LOG}?limit=200`);
  const [{ n: after }] = await f.rows<{ n: number }>('select count(*)::int as n from audit_log');
  assert.equal(after, before);
  assert.ok(!JSON.stringify(res.body.items).includes('Logboek Test Club'), 'rows hold ids, not names of records');
});

test('an organisation contact gets 403 on the log; limits and filters out of range are named', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.piet, LOG);
  assert.equal(res.status, 403);
  assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
  const tooMany = await f.get(f.anna, `${LOG}?limit=201`);
  assert.equal(tooMany.status, 400);
  assert.deepEqual(tooMany.body.errors.map((e: { name: string }) => e.name), ['limit']);
  const badAccount = await f.get(f.anna, `${LOG}?account=anna`);
  assert.equal(badAccount.status, 400);
  assert.deepEqual(badAccount.body.errors.map((e: { name: string }) => e.name), ['account']);
  const noSession = await f.request(LOG);
  assert.equal(noSession.status, 401);
});
