// An invitation as it really travels: the coordinator invites over HTTP, the outbox worker
// sends the e-mail through a real SMTP conversation, and the person follows the link in
// that e-mail, over real HTTP, to a page that works without JavaScript, chooses a password
// and arrives in /beheer logged in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createLogger } from '../../server/log.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';
import { PASSWORD } from './accounts-fixture.ts';
import { beheerFixture } from './beheer-signups-fixture.ts';
import { startSmtp } from './messages-fixture.ts';

const FROM = 'Samen Linde <noreply@samenlinde.example>';

test('the invitation e-mail arrives over SMTP with the link; following it over HTTP makes the account and logs the contact in', async () => {
  const f = await beheerFixture();
  const server = serve({ fetch: f.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sink = await startSmtp();
  try {
    // The coordinator logs in and invites, as the page in /beheer does.
    const login = await fetch(`${base}/v1/beheer/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'anna@samenlinde.example', password: PASSWORD }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(cookie, /^buurtkit-beheer=/, 'plain http on the loopback: the cookie without __Host-');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const invited = await fetch(`${base}/v1/beheer/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email: 'truus@zonnebloem.example', name: 'Truus <Hendriks>', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' }),
    });
    assert.equal(invited.status, 201);
    const { link } = (await invited.json()) as { link: string };
    assert.ok(link.startsWith(`${base}/beheer/uitnodiging/`), link);

    const worker = new OutboxWorker({ db: f.db, transport: smtpTransport(sink.url, FROM), log: createLogger('silent') });
    for (let i = 0; i < 20 && !sink.received.some((r) => r.envelopeTo.includes('truus@zonnebloem.example')); i++) await worker.tick();
    await worker.stop();
    const mails = sink.received.filter((r) => r.envelopeTo.includes('truus@zonnebloem.example'));
    assert.equal(mails.length, 1, 'one e-mail to the person invited');
    const { mail } = mails[0]!;
    assert.match(mail.subject ?? '', /^Uitnodiging voor het beheer van /);
    assert.match(mail.text ?? '', /^Beste Truus <Hendriks>,/);
    const inText = (mail.text ?? '').match(/https?:\/\/\S+/)?.[0];
    assert.equal(inText, link, 'the link in the e-mail is the one the coordinator was given');
    assert.ok(mail.html && mail.html.includes('Truus &lt;Hendriks&gt;') && !mail.html.includes('<Hendriks>'), 'the name is text in the HTML part');

    // The person follows the link from the e-mail: no cookie, no script.
    const page = await fetch(inText!);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<h1>Welkom, Truus &#60;Hendriks&#62;<\/h1>/);
    assert.doesNotMatch(html, /<script/);
    const action = html.match(/<form method="post" action="([^"]+)"/)![1]!;
    const accepted = await fetch(new URL(action, base), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ username: 'truus@zonnebloem.example', password: 'elke dinsdag koffie in de linde', repeat: 'elke dinsdag koffie in de linde' }),
    });
    assert.equal(accepted.status, 303);
    assert.equal(accepted.headers.get('location'), '/beheer');
    const session = accepted.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(accepted.headers.get('set-cookie')!, /HttpOnly/i);
    const door = await fetch(`${base}/beheer`, { headers: { cookie: session } });
    assert.match(await door.text(), /Ingelogd als <strong>Truus &#60;Hendriks&#62;<\/strong> \(truus@zonnebloem.example\), contactpersoon van een organisatie\./);

    // The link is spent.
    const again = await fetch(inText!);
    assert.equal(again.status, 410);
    assert.match(await again.text(), /Deze uitnodiging is al gebruikt\./);
  } finally {
    await sink.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
