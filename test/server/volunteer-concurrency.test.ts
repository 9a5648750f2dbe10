// Places are taken inside the sign-up's transaction: a burst of sign-ups for the last places
// confirms exactly the capacity and queues the rest in order, and a sign-up that fails
// half-way leaves nothing behind. Runs on PGlite, and on PostgreSQL under test/with-postgres.sh.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { post, signupBody, volunteerApp } from './volunteer-app.ts';

async function rows(sql: string, params: unknown[] = []) {
  const { db } = await volunteerApp();
  return (await db.query<any>(sql, params)).rows;
}

it('100 sign-ups at once for the last 3 places: 3 confirmed, 97 on the waiting list at places 1 to 97', async () => {
  // Tafels dekken asks 4 per eetcafé; the December one was moved to the 18th, its id keeps the original day.
  const shift = { opportunityId: 'tafels-dekken-eetcafe', occurrenceId: 'eetcafe-aan-tafel-20261225T1730' };
  const early = await post(signupBody({ ...shift, name: 'Vroege vogel' }));
  assert.equal(early.body.status, 'confirmed');

  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => post(signupBody({ ...shift, name: `Vrijwilliger ${i + 1}`, email: `v${i + 1}@example.org` }))));
  assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
  const confirmed = answers.filter((a) => a.body.status === 'confirmed');
  const waiting = answers.filter((a) => a.body.status === 'waitlisted');
  assert.equal(confirmed.length, 3);
  assert.equal(waiting.length, 97);
  assert.deepEqual(waiting.map((a) => a.body.waitlistPosition).sort((a, b) => a - b), Array.from({ length: 97 }, (_, i) => i + 1));

  // In the order they were stored: the confirmed first, then the waiting list 1, 2, 3...
  const stored = await rows(
    `select reference, status from volunteer_signups where opportunity_id = $1 and occurrence_key = '20261225T1730' order by id`,
    [shift.opportunityId],
  );
  const position = new Map(answers.map((a) => [a.body.reference, a.body.waitlistPosition]));
  assert.deepEqual(stored.map((r: any) => r.status), [...Array(4).fill('confirmed'), ...Array(97).fill('waitlisted')]);
  assert.deepEqual(stored.slice(4).map((r: any) => position.get(r.reference)), Array.from({ length: 97 }, (_, i) => i + 1));
  assert.equal(new Set(answers.map((a) => a.body.reference)).size, 100);

  // Each sign-up queued its confirmation and its notice.
  const [{ n }] = await rows(`select count(*)::int as n from outbox o join volunteer_signups s on s.id = o.signup_id where s.opportunity_id = $1`, [shift.opportunityId]);
  assert.equal(n, 1 + 100 * 2);
});

it('a sign-up whose last insert fails stores nothing: no sign-up and no message', async () => {
  // The organisation's address breaks the outbox's check, so the notice, written last, fails.
  const [{ email }] = await rows(`select email from organizations where id = 'wandelgroep-dijklopers'`);
  await rows(`update organizations set email = 'geen adres' where id = 'wandelgroep-dijklopers'`);
  try {
    const answer = await post(signupBody({ opportunityId: 'wandelbegeleider', occurrenceId: 'wandelen-langs-de-dijk-20261205T0930', email: 'wandelaar@example.org' }));
    assert.equal(answer.status, 500);
    assert.equal(answer.body.type, 'urn:buurtkit:problem:internal');
    assert.deepEqual(await rows(`select id from volunteer_signups where opportunity_id = 'wandelbegeleider'`), []);
    assert.deepEqual(await rows(`select id from outbox where recipient = 'wandelaar@example.org'`), []);
  } finally {
    await rows(`update organizations set email = $1 where id = 'wandelgroep-dijklopers'`, [email]);
  }
  // With the address mended the same sign-up goes through, confirmation first.
  const answer = await post(signupBody({ opportunityId: 'wandelbegeleider', occurrenceId: 'wandelen-langs-de-dijk-20261205T0930', email: 'wandelaar@example.org' }));
  assert.equal(answer.status, 201);
  const kinds = (await rows(`select o.kind from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 order by o.id`, [answer.body.reference])).map((r: any) => r.kind);
  assert.deepEqual(kinds, ['signup-confirmation', 'signup-notice']);
});
