import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { CSRF_TOKEN, session } from '../../src/mocks/beheer-mock.ts';
import { organizations } from '../../src/mocks/fixtures.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, openBeheer, quiet, recordRequests, tabUntil } from './beheer-helpers.ts';

type Options = components['schemas']['BeheerActivityOptions'];

// The activity editor's mock answers `activity-options` on main; here the form's
// organisations come from the same fixtures, so this file stands on its own.
const options: Options = {
  organizations: organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
  places: [],
  categories: [],
  audiences: [],
  timeZone: 'Europe/Amsterdam',
};
beforeEach(() => worker.use(http.get('*/v1/beheer/activity-options', () => HttpResponse.json(options))));

const feedCard = (el: HTMLElement, id: string) => $(el, `.feed[data-id="${id}"]`);
const select = (el: HTMLElement) => $<HTMLSelectElement>(el, '#f-organizationId')!;
const urlField = (el: HTMLElement) => $<HTMLInputElement>(el, '#f-url')!;

async function fill(el: HTMLElement, organizationId: string, url: string) {
  await waitUntil(() => select(el).options.length > 1, 'the organisations in the form');
  const s = select(el);
  s.value = organizationId;
  s.dispatchEvent(new Event('change'));
  urlField(el).focus();
  urlField(el).value = '';
  await sendKeys({ type: url });
}

describe('<buurt-beheer>: Agenda’s van organisaties', () => {
  it('shows each feed with its organisation, address and state in plain Dutch, with counts and warnings', async () => {
    const el = await openBeheer('#agendas');
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Agenda’s van organisaties'.replace('’', "'"));
    const [ok, broken] = beheer.network.feeds;
    const good = feedCard(el, ok!.id)!;
    expect(text(good.querySelector('h3'))).to.equal(ok!.organization.name);
    expect(text(good.querySelector('.feed-state'))).to.match(/^Opgehaald op \d+ \w+ \d{4}, \d\d\.\d\d uur$/);
    expect(text(good.querySelector('.url'))).to.equal(ok!.url);
    expect(text(good.querySelector('.events'))).to.equal('14');
    expect(text(good.querySelector('.duplicates'))).to.equal('2');
    expect(text(good.querySelector('.skipped'))).to.contain('1').and.contain('Geen begintijd: Zomerfeest');
    const bad = feedCard(el, broken!.id)!;
    expect(text(bad.querySelector('.feed-state'))).to.equal(`Fout: ${broken!.error}`);
    expect(text(bad.querySelector('.kept'))).to.contain('blijven in de agenda');
    expect(text(bad.querySelector('button.refresh'))).to.equal(`Nu ophalen – ${broken!.organization.name}`);
  });

  it('a feed whose last import kept activities for their sign-ups names each one, as a link to it, with what to do', async () => {
    const feed = beheer.network.feeds[0]!;
    feed.keptActivities = [{ id: 'kerstconcert-harmonie', title: 'Kerstconcert' }];
    const el = await openBeheer('#agendas');
    await expect(el).to.be.accessible();
    const notice = feedCard(el, feed.id)!.querySelector('.kept-for-signups')!;
    expect(text(notice.querySelector('.ask-text'))).to.equal('1 activiteit staat niet meer in de agenda van de organisatie, maar er zijn aanmeldingen: bekijk hem zelf.');
    const links = [...notice.querySelectorAll('a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([['Kerstconcert', '#activiteiten/kerstconcert-harmonie']]);
    expect(text(notice)).to.contain('zodat de vrijwilligers hun data houden').and.contain('Zeg de aanmeldingen af');
    expect(feedCard(el, beheer.network.feeds[1]!.id)!.querySelector('.kept-for-signups'), 'not on the other feed').to.equal(null);
  });

  it('the kept activities are said in English too', async () => {
    beheer.network.feeds[0]!.keptActivities = [{ id: 'kerstconcert-harmonie', title: 'Kerstconcert' }, { id: 'kerstmarkt-harmonie', title: 'Kerstmarkt' }];
    const el = await openBeheer('#agendas', 'en');
    await expect(el).to.be.accessible();
    const notice = $(el, '.kept-for-signups')!;
    expect(text(notice.querySelector('.ask-text'))).to.equal("2 activities are no longer in the organisation's calendar, but people have signed up: please check them yourself.");
    expect([...notice.querySelectorAll('a')].map((a) => text(a))).to.deep.equal(['Kerstconcert', 'Kerstmarkt']);
  });

  it('"Nu ophalen" fetches one feed and says how it went, with focus on the answer', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#agendas');
    const feed = beheer.network.feeds[0]!;
    await tabUntil(el, (a) => a.matches('button.refresh') && feedCard(el, feed.id)!.contains(a), 'Nu ophalen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => feedCard(el, feed.id)?.querySelector('.outcome'), 'the answer');
    await el.updateComplete;
    const said = `De agenda van ${feed.organization.name} is opgehaald: 14 activiteiten.`;
    expect(text(feedCard(el, feed.id)!.querySelector('.outcome'))).to.equal(said);
    await waitUntil(() => announced(el) === said, 'announced');
    await waitUntil(() => active(el) === feedCard(el, feed.id)!.querySelector('.outcome'), 'focus on the answer');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.url.pathname).to.equal(`/v1/beheer/calendar-feeds/${feed.id}/refresh`);
    expect(post.csrf).to.equal(CSRF_TOKEN);
  });

  it('"Verwijderen" asks first; "Nee" keeps it, "Ja" removes it and says so', async () => {
    const el = await openBeheer('#agendas');
    const feed = beheer.network.feeds[1]!;
    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await waitUntil(() => active(el)?.id === `remove-${feed.id}`, 'focus on the question');
    expect(text(feedCard(el, feed.id)!.querySelector('.remove-ask'))).to.contain(`De agenda van ${feed.organization.name} verwijderen?`).and.contain('de 6 activiteiten');
    await expect(el).to.be.accessible();
    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove-no')!.click();
    await waitUntil(() => !feedCard(el, feed.id)!.querySelector('.remove-ask'), 'the question gone');
    await waitUntil(() => active(el) === feedCard(el, feed.id)!.querySelector('button.remove'), 'focus back on Verwijderen');
    expect(beheer.network.feeds).to.have.length(2);

    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await waitUntil(() => feedCard(el, feed.id)!.querySelector('button.remove-yes'), 'the question');
    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove-yes')!.click();
    await waitUntil(() => !feedCard(el, feed.id), 'the card gone');
    const said = `De agenda van ${feed.organization.name} is verwijderd.`;
    expect(text($(el, '.outcome.removed'))).to.equal(said);
    await waitUntil(() => active(el) === $(el, '.outcome.removed'), 'focus on what happened');
    expect(beheer.network.feeds.map((f) => f.id)).to.not.include(feed.id);
    expect($(el, '.removed-kept'), 'nobody signed up: nothing kept').to.equal(null);
  });

  it('removing a feed with sign-ups: the card goes, and the activities that stay in the agenda are named, each a link, with focus on what happened', async () => {
    const feed = beheer.network.feeds[0]!;
    feed.keptActivities = [{ id: 'kerstconcert-harmonie', title: 'Kerstconcert' }];
    const el = await openBeheer('#agendas');
    await expect(el).to.be.accessible();
    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await waitUntil(() => feedCard(el, feed.id)!.querySelector('button.remove-yes'), 'the question');
    expect(text(feedCard(el, feed.id)!.querySelector('.remove-ask'))).to.contain('waarvoor vrijwilligers zich hebben aangemeld, blijven wel in de agenda');
    feedCard(el, feed.id)!.querySelector<HTMLButtonElement>('button.remove-yes')!.click();
    await waitUntil(() => !feedCard(el, feed.id), 'the card gone');
    expect(text($(el, '.outcome.removed'))).to.equal(`De agenda van ${feed.organization.name} is verwijderd.`);
    const kept = $(el, '.removed-kept')!;
    expect(text(kept.querySelector('.ask-text'))).to.equal('1 activiteit blijft wel in de agenda, omdat vrijwilligers zich hebben aangemeld:');
    expect([...kept.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([['Kerstconcert', '#activiteiten/kerstconcert-harmonie']]);
    expect(text(kept)).to.contain('bij Activiteiten').and.contain('Verbergen kan pas als niemand meer is aangemeld');
    await waitUntil(() => announced(el).includes('Kerstconcert'), 'announced with the activity');
    await waitUntil(() => active(el) === $(el, '.outcome.removed'), 'focus on what happened');
    await expect(el).to.be.accessible();
  });

  it('adds a feed: the organisation from the list, the address with a hint where to find it', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#agendas');
    expect(text($(el, '#f-url-hint'))).to.contain('Google Agenda').and.contain('Outlook').and.contain('Nextcloud');
    await fill(el, 'sociaal-wijkteam', 'webcal://agenda.example.org/wijkteam.ics');
    $<HTMLButtonElement>(el, 'button.add')!.click();
    await waitUntil(() => beheer.network.feeds.length === 3, 'added');
    await quiet(el);
    const added = beheer.network.feeds[2]!;
    expect(added.url).to.equal('https://agenda.example.org/wijkteam.ics');
    await waitUntil(() => feedCard(el, added.id), 'the new card');
    expect(text(feedCard(el, added.id)!.querySelector('.outcome'))).to.contain('is toegevoegd').and.contain('3 activiteiten');
    await waitUntil(() => active(el) === feedCard(el, added.id)!.querySelector('h3'), 'focus on the new feed');
    expect(urlField(el).value, 'the form empty again').to.equal('');
    const post = seen.find((r) => r.method === 'POST' && r.url.pathname === '/v1/beheer/calendar-feeds')!;
    expect(post.csrf).to.equal(CSRF_TOKEN);
    await expect(el).to.be.accessible();
  });

  it('an empty form, and an address the server refuses (409), show on the fields with an error summary', async () => {
    const el = await openBeheer('#agendas');
    await waitUntil(() => select(el).options.length > 1, 'the organisations');
    $<HTMLButtonElement>(el, 'button.add')!.click();
    await waitUntil(() => $(el, '.error-summary'), 'the summary');
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'focus on the summary');
    expect($$(el, '.error-summary a').map((a) => text(a))).to.deep.equal(['Kies de organisatie van deze agenda.', 'Vul het adres van de agenda in.']);
    expect(select(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    const existing = beheer.network.feeds[0]!;
    await fill(el, existing.organization.id, existing.url);
    $<HTMLButtonElement>(el, 'button.add')!.click();
    await waitUntil(() => text($(el, '#f-url-error')) === 'Deze agenda is al toegevoegd voor deze organisatie.', 'the 409 on the address');
    expect($$(el, '.error-summary a').map((a) => text(a))).to.deep.equal(['Deze agenda is al toegevoegd voor deze organisatie.']);
    expect(urlField(el).value, 'what was typed stays').to.equal(existing.url);
    expect(beheer.network.feeds).to.have.length(2);
  });

  it('a 422 naming the address lands on it; without a connection what was typed stays', async () => {
    const el = await openBeheer('#agendas');
    worker.use(
      http.post('*/v1/beheer/calendar-feeds', () =>
        HttpResponse.json(
          { type: 'urn:buurtkit:problem:invalid-body', title: 'x', status: 422, errors: [{ name: 'url', in: 'body', detail: 'Dit adres is niet openbaar bereikbaar.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    await fill(el, 'dorpshuis-de-linde', 'https://192.168.1.10/agenda.ics');
    $<HTMLButtonElement>(el, 'button.add')!.click();
    await waitUntil(() => text($(el, '#f-url-error')) === 'Dit adres is niet openbaar bereikbaar.', 'the 422 on the address');

    worker.use(http.post('*/v1/beheer/calendar-feeds', () => HttpResponse.error()));
    $<HTMLButtonElement>(el, 'button.add')!.click();
    await waitUntil(() => $(el, '.add-failure'), 'the failure');
    expect(text($(el, '.add-failure'))).to.contain('geen verbinding').and.contain('staat er nog');
    expect(urlField(el).value).to.equal('https://192.168.1.10/agenda.ics');
    expect(select(el).value).to.equal('dorpshuis-de-linde');
    await waitUntil(() => active(el) === $(el, '.add-failure'), 'focus on the failure');
  });

  it('an organisation contact does not see the view, nor a link to it', async () => {
    beheer.signInAs({ ...session.account, role: 'organization-contact', organizationId: 'dorpshuis-de-linde' });
    const seen = recordRequests();
    const el = await openBeheer('#agendas');
    expect($$(el, 'nav.views a').map((a) => a.getAttribute('href'))).to.not.include('#agendas');
    expect($(el, '.feed')).to.equal(null);
    expect(seen.some((r) => r.url.pathname.startsWith('/v1/beheer/calendar-feeds'))).to.equal(false);
  });

  it('fits a 320 px screen and 200% text, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    beheer.network.feeds[0]!.keptActivities = [{ id: 'kerstconcert-harmonie', title: 'Kerstconcert in de Sint-Martinuskerk' }, { id: 'kerstmarkt', title: 'Kerstmarkt' }];
    const el = await openBeheer('#agendas');
    await waitUntil(() => select(el).options.length > 1, 'the organisations');
    expect(overflowing(el)).to.deep.equal([]);
    const kept = $$(el, '.kept-for-signups a');
    expect(kept).to.have.length(2);
    for (const target of [...$$(el, '.feed button'), ...kept, select(el), urlField(el), $(el, 'button.add')!]) {
      expect(target.getBoundingClientRect().height, target.className || target.id).to.be.at.least(44);
    }
  });
});
