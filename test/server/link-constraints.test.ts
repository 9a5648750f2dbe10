// The database refuses a link that would run code when clicked, in every link column,
// whoever writes it (a seed, an import, a future coordinator's form).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp } from './test-app.ts';

const bad = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'https://voorbeeld.nl/ met spatie', 'www.voorbeeld.nl'];

for (const [table, id] of [
  ['network', "(select id from network limit 1)"],
  ['organizations', "(select id from organizations limit 1)"],
  ['services', "(select id from services limit 1)"],
] as const) {
  test(`${table}.website refuses links that are not http(s)`, async () => {
    const { db } = await testApp();
    for (const website of bad) {
      await assert.rejects(
        db.transaction((tx) => tx.query(`update ${table} set website = $1 where id = ${id}`, [website])),
        /check constraint|violates/i,
        `${table}: ${website}`,
      );
    }
    await db.transaction((tx) => tx.query(`update ${table} set website = $1 where id = ${id}`, ['https://www.voorbeeld.nl/pad?x=1']));
  });
}
