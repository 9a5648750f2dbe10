// Password hashes: scrypt with a salt and cost per hash, raised costs picked up at login,
// and the rules for a new password.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from '../../server/accounts/password.ts';
import { cookieOf, doorFixture, login } from './accounts-fixture.ts';

test('a hash carries its own salt and cost, and verifies only the right password', async () => {
  const a = await hashPassword('een lange zin als wachtwoord');
  const b = await hashPassword('een lange zin als wachtwoord');
  assert.match(a, /^\$scrypt\$ln=15,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
  assert.notEqual(a, b, 'a new salt each time');
  assert.equal(await verifyPassword('een lange zin als wachtwoord', a), true);
  assert.equal(await verifyPassword('een lange zin als wachtwoorD', a), false);
  // The same text typed as a composed or decomposed "ö" is the same password.
  const accented = await hashPassword('coöperatie in het dorp');
  assert.equal(await verifyPassword('coo\u0308peratie in het dorp', accented), true);
});

test('a damaged or hostile stored hash never matches and never makes scrypt run wild', async () => {
  for (const stored of ['', 'plain', '$scrypt$ln=40,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA']) {
    assert.equal(await verifyPassword('wat dan ook', stored), false);
  }
});

test('a hash made at a lower cost is rehashed at the next login', async () => {
  const f = await doorFixture();
  const cheap = await hashPassword('een lange zin als wachtwoord', { ln: 12, r: 8, p: 1 });
  assert.equal(needsRehash(cheap), true);
  await f.db.query("update accounts set password_hash = $1 where email = 'Anna@Samenlinde.example'", [cheap]);
  const res = await login(f, 'anna@samenlinde.example', 'een lange zin als wachtwoord');
  assert.equal(res.status, 200);
  assert.ok(cookieOf(res));
  const { rows } = await f.db.query<{ password_hash: string }>("select password_hash from accounts where email = 'Anna@Samenlinde.example'");
  assert.match(rows[0]!.password_hash, /^\$scrypt\$ln=15,/);
  assert.equal(needsRehash(rows[0]!.password_hash), false);
});

test('a new password is refused when it is short, common, one character or the e-mail address', () => {
  assert.match(passwordProblem('kort')!, /minstens 12 tekens/);
  assert.match(passwordProblem('Wachtwoord123')!, /te makkelijk te raden/);
  assert.match(passwordProblem('aaaaaaaaaaaaaaaa')!, /te makkelijk te raden/);
  assert.match(passwordProblem('x'.repeat(201))!, /hoogstens 200 tekens/);
  assert.match(passwordProblem('marja@samenlinde.nl!', { email: 'marja@samenlinde.nl' })!, /e-mailadres of naam/);
  assert.equal(passwordProblem('de bus rijdt op dinsdag'), undefined);
  assert.equal(passwordProblem('twaalf tekens'), undefined);
});
