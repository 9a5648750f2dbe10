import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CSRF_TOKEN, session } from '../../src/mocks/beheer-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, openBeheer, recordRequests, tabUntil } from './beheer-helpers.ts';

const person = (el: HTMLElement, id: string) => $(el, `.account[data-id="${id}"]`);
const invitationCard = (el: HTMLElement, id: string) => $(el, `.invitation[data-id="${id}"]`);
const PIET = () => beheer.accounts.people.find((p) => p.email === 'piet@dorpshuis.example')!;

async function type(el: HTMLElement, selector: string, value: string) {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.value = '';
  await sendKeys({ type: value });
}

describe('<buurt-beheer>: Mensen', () => {
  it('lists every account with role, organisation and last login; blocked ones are marked; the open invitations with their expiry', async () => {
    const el = await openBeheer('#mensen');
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Mensen');
    expect(text($(el, 'nav a[aria-current="page"]'))).to.equal('Mensen');
    expect($$(el, '.account')).to.have.length(beheer.accounts.people.length);
    const piet = person(el, PIET().id)!;
    expect(text(piet.querySelector('.name'))).to.equal('Piet van Dorpshuis');
    expect(text(piet)).to.contain('Contactpersoon');
    expect(text(piet)).to.contain(PIET().organization!.name);
    expect(text(piet)).to.contain('Laatst ingelogd');
    const never = beheer.accounts.people.find((p) => !p.lastSeenAt)!;
    expect(text(person(el, never.id))).to.contain('Nog nooit');
    const blocked = beheer.accounts.people.find((p) => p.disabled)!;
    expect(text(person(el, blocked.id)!.querySelector('.blocked-mark'))).to.equal('Geblokkeerd');
    expect(text(person(el, blocked.id)!.querySelector('button.unblock'))).to.contain('Weer toelaten');
    // Your own account has no "Blokkeren".
    const me = person(el, session.account.id)!;
    expect(text(me.querySelector('.name'))).to.contain('(u)');
    expect(me.querySelector('button')).to.equal(null);

    const [open, expired] = beheer.accounts.invitations;
    expect(text(invitationCard(el, open!.id)!.querySelector('.expiry'))).to.match(/^Werkt tot /);
    expect(text(invitationCard(el, expired!.id)!.querySelector('.expiry'))).to.match(/^Verlopen op /);
    expect(text(invitationCard(el, expired!.id)!.querySelector('.badge'))).to.equal('Verlopen');
  });

  it('"Blokkeren" asks first; "Ja, blokkeren" blocks, says so and the person is marked; "Weer toelaten" lets them in again', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#mensen');
    const id = PIET().id;
    await tabUntil(el, (a) => a.matches('button.block') && person(el, id)!.contains(a), 'Blokkeren for Piet');
    expect(text(active(el))).to.equal('Blokkeren – Piet van Dorpshuis');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === `ask-${id}`, 'focus on the question');
    expect(text(active(el))).to.equal('Piet van Dorpshuis blokkeren?');
    expect(PIET().disabled, 'nothing happened yet').to.equal(false);
    await expect(el).to.be.accessible();
    // "Nee" closes the question and puts focus back on the button.
    person(el, id)!.querySelector<HTMLButtonElement>('button.block-no')!.click();
    await waitUntil(() => active(el)?.matches('button.block'), 'focus back on Blokkeren');
    expect(person(el, id)!.querySelector('.block-ask')).to.equal(null);

    person(el, id)!.querySelector<HTMLButtonElement>('button.block')!.click();
    await waitUntil(() => person(el, id)?.querySelector('button.block-yes'), 'the question');
    person(el, id)!.querySelector<HTMLButtonElement>('button.block-yes')!.click();
    await waitUntil(() => person(el, id)?.querySelector('.outcome'), 'the answer');
    await el.updateComplete;
    expect(text(person(el, id)!.querySelector('.outcome'))).to.equal('Piet van Dorpshuis is geblokkeerd en kan niet meer inloggen.');
    expect(text(person(el, id)!.querySelector('.blocked-mark'))).to.equal('Geblokkeerd');
    expect(PIET().disabled).to.equal(true);
    await waitUntil(() => announced(el) === 'Piet van Dorpshuis is geblokkeerd en kan niet meer inloggen.', 'announced');
    await waitUntil(() => active(el) === person(el, id)!.querySelector('.outcome'), 'focus on the answer');
    const put = seen.find((r) => r.method === 'PUT')!;
    expect(put.url.pathname).to.equal(`/v1/beheer/accounts/${id}/disabled`);
    expect(put.csrf).to.equal(CSRF_TOKEN);

    person(el, id)!.querySelector<HTMLButtonElement>('button.unblock')!.click();
    await waitUntil(() => text(person(el, id)?.querySelector('.outcome')) === 'Piet van Dorpshuis kan weer inloggen.', 'let in again');
    expect(person(el, id)!.querySelector('.blocked-mark')).to.equal(null);
    expect(PIET().disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the last coordinator cannot be blocked: the reason is shown in the card', async () => {
    const el = await openBeheer('#mensen');
    worker.use(
      http.put('*/v1/beheer/accounts/:id/disabled', () =>
        HttpResponse.json(
          { type: 'urn:buurtkit:problem:invalid-body', title: 'De meegestuurde gegevens kloppen niet', status: 422, errors: [{ name: 'disabled', in: 'body', detail: 'Dit is de laatste coördinator die nog kan inloggen.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const id = PIET().id;
    person(el, id)!.querySelector<HTMLButtonElement>('button.block')!.click();
    await waitUntil(() => person(el, id)?.querySelector('button.block-yes'), 'the question');
    person(el, id)!.querySelector<HTMLButtonElement>('button.block-yes')!.click();
    await waitUntil(() => person(el, id)?.querySelector('.outcome.failed'), 'the refusal');
    expect(text(person(el, id)!.querySelector('.outcome'))).to.equal('Dit is de laatste coördinator die nog kan inloggen.');
  });

  it('invites a contact: errors first name the fields and keep the input; then the link is shown once and the invitation is listed', async () => {
    beheer.accounts.settings.delivery = 'smtp';
    const el = await openBeheer('#mensen');
    await type(el, '#f-inviteName', 'Henk de Boer');
    $<HTMLButtonElement>(el, 'button.send-invite')!.click();
    await waitUntil(() => $(el, '.invite .error-summary'), 'the error summary');
    await waitUntil(() => active(el) === $(el, '.invite .error-summary'), 'focus on the summary');
    expect($$(el, '.invite .error-summary a').map((a) => text(a))).to.deep.equal(['Vul het e-mailadres in.', 'Kies de organisatie van deze contactpersoon.']);
    expect(($(el, '#f-inviteName') as HTMLInputElement).value).to.equal('Henk de Boer');
    await expect(el).to.be.accessible();

    // The server refuses an address that has an account: on the field it names.
    await type(el, '#f-inviteEmail', 'piet@dorpshuis.example');
    const select = $(el, '#f-inviteOrganization') as HTMLSelectElement;
    select.value = 'dorpshuis-de-linde';
    select.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, 'button.send-invite')!.click();
    await waitUntil(() => text($(el, '.invite .error-summary')).includes('Er is al een account'), 'the server’s refusal');
    expect(text($(el, '#f-inviteEmail-error'))).to.contain('Er is al een account voor dit e-mailadres');

    const seen = recordRequests();
    await type(el, '#f-inviteEmail', 'henk@dorpshuis.example');
    $<HTMLButtonElement>(el, 'button.send-invite')!.click();
    await waitUntil(() => $(el, '#created-text'), 'the invitation');
    await el.updateComplete;
    expect(text($(el, '#created-text'))).to.match(/^De uitnodiging voor Henk de Boer is klaar\. Er gaat een e-mail naar henk@dorpshuis\.example\. De link werkt tot \d+ \w+ \d{4}, /);
    const link = ($(el, '#invitation-link') as HTMLInputElement).value;
    expect(link).to.match(/\/beheer\/uitnodiging\/[\w-]{43}$/);
    expect(text($(el, 'label[for="invitation-link"]'))).to.equal('Link van de uitnodiging');
    await waitUntil(() => active(el) === $(el, '#created-text'), 'focus on the answer');
    const made = beheer.accounts.invitations[0]!;
    expect(made.email).to.equal('henk@dorpshuis.example');
    expect(invitationCard(el, made.id), 'listed at once').to.exist;
    expect(($(el, '#f-inviteName') as HTMLInputElement).value, 'the form is empty again').to.equal('');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.csrf).to.equal(CSRF_TOKEN);
    await expect(el).to.be.accessible();
  });

  it('without a mail server it says no e-mail goes out and the coordinator passes the link on; the days are the server’s', async () => {
    beheer.accounts.settings.validDays = 3;
    const keys: (string | null)[] = [];
    const listen = ({ request }: { request: Request }) => void (request.method === 'POST' && keys.push(request.headers.get('idempotency-key')));
    worker.events.on('request:start', listen);
    try {
      const el = await openBeheer('#mensen');
      await waitUntil(() => text($(el, '.invite-intro')).includes('3 dagen'), 'the intro with the server’s days');
      expect(text($(el, '.invite-intro'))).to.equal(
        'Deze server verstuurt geen e-mail. Na het uitnodigen ziet u een link: die geeft u zelf aan de persoon, bijvoorbeeld per WhatsApp of in een eigen e-mail. Met de link kiest de persoon zelf een wachtwoord. De link werkt 3 dagen, en maar één keer.',
      );
      expect(el.shadowRoot!.textContent).not.to.contain('een week');
      await type(el, '#f-inviteName', 'Henk de Boer');
      await type(el, '#f-inviteEmail', 'henk@dorpshuis.example');
      const select = $(el, '#f-inviteOrganization') as HTMLSelectElement;
      select.value = 'dorpshuis-de-linde';
      select.dispatchEvent(new Event('change'));
      $<HTMLButtonElement>(el, 'button.send-invite')!.click();
      await waitUntil(() => $(el, '#created-text'), 'the invitation');
      await el.updateComplete;
      const said = text($(el, '#created-text'));
      expect(said).to.match(/^De uitnodiging voor Henk de Boer is klaar\. Deze server verstuurt geen e-mail, dus Henk de Boer krijgt niets vanzelf\. Geef de link hieronder zelf aan Henk de Boer\. De link werkt tot /);
      expect(said).not.to.contain('Er gaat een e-mail');
      expect(text($(el, '#invitation-link-hint'))).to.equal('U ziet deze link maar één keer. Kopieer de link en stuur hem zelf, bijvoorbeeld per WhatsApp of in een eigen e-mail.');
      expect(($(el, '#invitation-link') as HTMLInputElement).value).to.match(/\/beheer\/uitnodiging\//);
      expect($(el, 'button.copy')).to.exist;
      await waitUntil(() => announced(el) === said, 'announced');
      await expect(el).to.be.accessible();
      // Sent with an Idempotency-Key, so a retry after a lost answer gives this same link.
      expect(keys).to.have.length(1);
      expect(keys[0]).to.match(/^beheer-[\w-]{8,}$/);
    } finally {
      worker.events.removeListener('request:start', listen);
    }
  });

  it('the number of days follows the server, one day in the singular, in English too', async () => {
    beheer.accounts.settings.validDays = 1;
    beheer.accounts.settings.delivery = 'smtp';
    const nl = await openBeheer('#mensen');
    await waitUntil(() => text($(nl, '.invite-intro')).includes('1 dag,'), 'one day');
    expect(text($(nl, '.invite-intro'))).to.equal('De persoon krijgt een e-mail met een link. Daarmee kiest de persoon zelf een wachtwoord. De link werkt 1 dag, en maar één keer.');
    beheer.accounts.settings.validDays = 14;
    const en = await openBeheer('#mensen', 'en');
    await waitUntil(() => text($(en, '.invite-intro')).includes('14 days'), 'fourteen days');
    expect(text($(en, '.invite-intro'))).to.equal('The person gets an e-mail with a link, and chooses their own password with it. The link works for 14 days, and only once.');
  });

  it('the address of a blocked account: it says the account exists and is blocked, and "Weer toelaten" right there lets it in again', async () => {
    const gert = beheer.accounts.people.find((p) => p.disabled)!;
    const el = await openBeheer('#mensen');
    await waitUntil(() => person(el, gert.id), 'the list');
    await type(el, '#f-inviteName', 'Gert');
    await type(el, '#f-inviteEmail', gert.email.toUpperCase());
    const select = $(el, '#f-inviteOrganization') as HTMLSelectElement;
    select.value = 'dorpshuis-de-linde';
    select.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, 'button.send-invite')!.click();
    await waitUntil(() => $(el, '.blocked-match'), 'the blocked account');
    await waitUntil(() => active(el)?.id === 'blocked-match-title', 'focus on what is the matter');
    expect(text($(el, '#blocked-match-title'))).to.equal(`${gert.name} heeft al een account, maar het is geblokkeerd`);
    expect(text($(el, '.blocked-match'))).to.contain(`Dit e-mailadres hoort bij het account van ${gert.name} (Contactpersoon, ${gert.organization!.name}). Een nieuwe uitnodiging is niet nodig: laat het account weer toe.`);
    expect(text($(el, 'button.unblock-match'))).to.equal(`Weer toelaten – ${gert.name}`);
    expect(beheer.accounts.invitations.some((i) => i.email.toLowerCase() === gert.email), 'no invitation made').to.equal(false);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button.unblock-match')!.click();
    await waitUntil(() => text($(el, '.blocked-match .outcome')) === `${gert.name} kan weer inloggen.`, 'let in again');
    expect(gert.disabled).to.equal(false);
    await waitUntil(() => active(el) === $(el, '.blocked-match .outcome'), 'focus on the answer');
    expect($(el, 'button.unblock-match'), 'nothing left to do').to.equal(null);
    expect(person(el, gert.id)!.querySelector('.blocked-mark'), 'the card agrees').to.equal(null);
    expect(($(el, '#f-inviteEmail') as HTMLInputElement).value, 'the form is empty again').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a coordinator is invited without an organisation: the organisation field goes away', async () => {
    const el = await openBeheer('#mensen');
    expect($(el, '#f-inviteOrganization')).to.exist;
    const coordinator = $$(el, 'input[name="inviteRole"]').find((r) => (r as HTMLInputElement).value === 'coordinator') as HTMLInputElement;
    coordinator.click();
    await el.updateComplete;
    expect($(el, '#f-inviteOrganization')).to.equal(null);
    await type(el, '#f-inviteName', 'Mies Bakker');
    await type(el, '#f-inviteEmail', 'mies@samenlinde.example');
    $<HTMLButtonElement>(el, 'button.send-invite')!.click();
    await waitUntil(() => $(el, '#created-text'), 'the invitation');
    const made = beheer.accounts.invitations[0]!;
    expect([made.role, made.organization]).to.deep.equal(['coordinator', undefined]);
  });

  it('"Intrekken" asks first, then the invitation leaves the list and it is said above it', async () => {
    const el = await openBeheer('#mensen');
    const open = beheer.accounts.invitations[0]!;
    invitationCard(el, open.id)!.querySelector<HTMLButtonElement>('button.withdraw')!.click();
    await waitUntil(() => active(el)?.id === `ask-${open.id}`, 'the question');
    expect(text(active(el))).to.equal(`De uitnodiging voor ${open.name} intrekken?`);
    invitationCard(el, open.id)!.querySelector<HTMLButtonElement>('button.withdraw-yes')!.click();
    await waitUntil(() => !invitationCard(el, open.id), 'gone from the list');
    await el.updateComplete;
    expect(text($(el, '.notice-line'))).to.equal(`De uitnodiging voor ${open.name} is ingetrokken.`);
    await waitUntil(() => active(el) === $(el, '.notice-line'), 'focus on what happened');
    expect(beheer.accounts.invitations.some((i) => i.id === open.id)).to.equal(false);
  });

  it('without a connection nothing changes and the person is told, in the card', async () => {
    const el = await openBeheer('#mensen');
    worker.use(http.put('*/v1/beheer/accounts/:id/disabled', () => HttpResponse.error()));
    const id = PIET().id;
    person(el, id)!.querySelector<HTMLButtonElement>('button.block')!.click();
    await waitUntil(() => person(el, id)?.querySelector('button.block-yes'), 'the question');
    person(el, id)!.querySelector<HTMLButtonElement>('button.block-yes')!.click();
    await waitUntil(() => person(el, id)?.querySelector('.outcome.failed'), 'the failure');
    expect(text(person(el, id)!.querySelector('.outcome'))).to.equal('Dit is niet gelukt: er is geen verbinding. Probeer het zo nog eens.');
    expect(person(el, id)!.querySelector('.blocked-mark')).to.equal(null);
  });

  it('an organisation contact has no Mensen link and gets a plain notice at #mensen, without loading anything', async () => {
    beheer.signInAs({ ...session.account, role: 'organization-contact', organizationId: 'dorpshuis-de-linde' });
    const seen = recordRequests();
    const el = await openBeheer('#mensen');
    await expect(el).to.be.accessible();
    expect($$(el, 'nav a').map((a) => text(a))).to.not.include('Mensen');
    expect(text($(el, '.content'))).to.contain('U hebt geen toegang');
    expect(seen.some((r) => r.url.pathname.startsWith('/v1/beheer/accounts') || r.url.pathname.startsWith('/v1/beheer/invitations'))).to.equal(false);
  });

  it('fits a 320 px screen and 200% text, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer('#mensen');
    expect(overflowing(el)).to.deep.equal([]);
    for (const target of [...$$(el, '.account button'), ...$$(el, '.invitation button'), $(el, 'button.send-invite')!]) {
      const r = target.getBoundingClientRect();
      expect(r.height, text(target)).to.be.at.least(44);
      expect(r.width, text(target)).to.be.at.least(44);
    }
  });

  it('in English, with the same facts', async () => {
    const el = await openBeheer('#mensen', 'en');
    expect(text($(el, '.view-title'))).to.equal('People');
    expect(text(person(el, PIET().id)!.querySelector('button.block'))).to.contain('Block');
    expect(text($(el, 'button.send-invite'))).to.equal('Send the invitation');
  });

  it('a name full of markup is shown as text, never run', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    (PIET() as { name: string }).name = payload;
    const el = await openBeheer('#mensen');
    const card = person(el, PIET().id)!;
    expect(text(card.querySelector('.name'))).to.equal(payload);
    expect(card.querySelector('img, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
