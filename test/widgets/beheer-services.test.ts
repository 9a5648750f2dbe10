import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CSRF_TOKEN, session } from '../../src/mocks/beheer-mock.ts';
import { formatDate, todayKey } from '../../src/core/dates.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, go, openBeheer, recordRequests, tabUntil } from './beheer-helpers.ts';

const row = (el: HTMLElement, id: string) => $(el, `.service[data-id="${id}"]`);
const switchLinks = (el: HTMLElement) => $$(el, '.filter a').map((a) => [text(a), a.getAttribute('aria-current')]);

describe('<buurt-beheer>: Sociale kaart', () => {
  it('lists every service with its organisation, kind and check date; stale ones are marked plainly', async () => {
    const el = await openBeheer('#sociale-kaart');
    await expect(el).to.be.accessible();
    const all = beheer.network.services;
    const stale = all.filter((s) => s.stale);
    expect(stale.length).to.be.greaterThan(1);
    expect(text($(el, '.view-title'))).to.equal('Sociale kaart');
    expect($$(el, '.service')).to.have.length(all.length);
    expect(switchLinks(el)).to.deep.equal([
      ['Alle diensten', 'page'],
      [`Meer dan een jaar niet gecontroleerd (${stale.length})`, 'false'],
    ]);
    const old = row(el, stale[0]!.id)!;
    expect(text(old.querySelector('h3'))).to.equal(stale[0]!.name);
    expect(text(old.querySelector('.badge.stale'))).to.equal('Meer dan een jaar niet gecontroleerd');
    expect(text(old.querySelector('.checked'))).to.equal(`Gecontroleerd op ${formatDate(stale[0]!.assuredDate, 'nl')}`);
    expect(text(old)).to.contain(stale[0]!.organization.name);
    const current = all.find((s) => !s.stale && s.kind === 'informal')!;
    expect(row(el, current.id)!.querySelector('.badge.stale')).to.equal(null);
    expect(text(row(el, current.id))).to.contain('Informeel (vrijwilligers, buren)');
    const professional = all.find((s) => s.kind === 'professional')!;
    expect(text(row(el, professional.id))).to.contain('Professioneel');
  });

  it('#sociale-kaart/verouderd lists only the stale ones, oldest first; "Nog actueel" checks one today, says so and the count goes down', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#sociale-kaart/verouderd');
    await expect(el).to.be.accessible();
    const stale = beheer.network.services.filter((s) => s.stale).sort((a, b) => a.assuredDate.localeCompare(b.assuredDate));
    expect($$(el, '.service').map((r) => r.dataset['id'])).to.deep.equal(stale.map((s) => s.id));
    expect(switchLinks(el)[1]).to.deep.equal([`Meer dan een jaar niet gecontroleerd (${stale.length})`, 'page']);
    expect(seen.find((r) => r.url.pathname === '/v1/beheer/services')!.url.searchParams.get('stale')).to.equal('true');

    const first = stale[0]!;
    await tabUntil(el, (a) => a.matches('button.assure') && row(el, first.id)!.contains(a), `Nog actueel for ${first.name}`);
    expect(text(active(el))).to.equal(`Nog actueel – ${first.name}`);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => row(el, first.id)?.querySelector('.outcome'), 'the answer');
    await el.updateComplete;
    const done = row(el, first.id)!;
    expect(text(done.querySelector('.outcome'))).to.equal(`Genoteerd: "${first.name}" is vandaag gecontroleerd.`);
    expect(text(done.querySelector('.checked'))).to.equal(`Gecontroleerd op ${formatDate(todayKey(), 'nl')}`);
    expect(done.querySelector('.badge.stale'), 'no longer marked').to.equal(null);
    expect(switchLinks(el)[1]![0]).to.equal(`Meer dan een jaar niet gecontroleerd (${stale.length - 1})`);
    await waitUntil(() => announced(el) === `Genoteerd: "${first.name}" is vandaag gecontroleerd.`, 'announced');
    await waitUntil(() => active(el) === done.querySelector('.outcome'), 'focus on the answer');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.url.pathname).to.equal(`/v1/beheer/services/${first.id}/assured`);
    expect(post.csrf).to.equal(CSRF_TOKEN);
    await expect(el).to.be.accessible();

    // Back to all and to stale again: the checked one has left the stale list.
    await go(el, '#sociale-kaart');
    await go(el, '#sociale-kaart/verouderd');
    expect($$(el, '.service').map((r) => r.dataset['id'])).to.not.include(first.id);
  });

  it('when nothing is stale, says so', async () => {
    for (const s of beheer.network.services.filter((x) => x.stale)) beheer.network.assure(s.id);
    const el = await openBeheer('#sociale-kaart/verouderd');
    expect(text($(el, '.content'))).to.contain('Alle diensten zijn het afgelopen jaar gecontroleerd.');
    expect(switchLinks(el)[1]![0]).to.equal('Meer dan een jaar niet gecontroleerd (0)');
    await expect(el).to.be.accessible();
  });

  it('without a connection the service stays as it was and the person is told; another organisation’s service is refused plainly', async () => {
    const el = await openBeheer('#sociale-kaart/verouderd');
    const [a, b] = beheer.network.services.filter((s) => s.stale);
    worker.use(http.post('*/v1/beheer/services/:id/assured', () => HttpResponse.error()));
    row(el, a!.id)!.querySelector<HTMLButtonElement>('button.assure')!.click();
    await waitUntil(() => row(el, a!.id)?.querySelector('.outcome.failed'), 'the failure');
    expect(text(row(el, a!.id)!.querySelector('.outcome'))).to.equal('Dit is niet gelukt: er is geen verbinding. Probeer het zo nog eens.');
    expect(row(el, a!.id)!.querySelector('.badge.stale')).to.exist;
    worker.use(
      http.post('*/v1/beheer/services/:id/assured', () =>
        HttpResponse.json({ type: 'urn:buurtkit:problem:forbidden', title: 'Dit mag u niet doen', status: 403 }, { status: 403, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    row(el, b!.id)!.querySelector<HTMLButtonElement>('button.assure')!.click();
    await waitUntil(() => row(el, b!.id)?.querySelector('.outcome.failed'), 'the refusal');
    expect(text(row(el, b!.id)!.querySelector('.outcome'))).to.contain('andere organisatie');
    await expect(el).to.be.accessible();
  });

  it('an organisation contact sees only their own organisation’s services', async () => {
    const org = beheer.network.services[0]!.organization.id;
    beheer.signInAs({ ...session.account, role: 'organization-contact', organizationId: org });
    const el = await openBeheer('#sociale-kaart');
    const own = beheer.network.services.filter((s) => s.organization.id === org);
    expect($$(el, '.service').map((r) => r.dataset['id'])).to.have.members(own.map((s) => s.id));
  });

  it('fits a 320 px screen and 200% text, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer('#sociale-kaart/verouderd');
    expect(overflowing(el)).to.deep.equal([]);
    for (const target of [...$$(el, 'button.assure'), ...$$(el, '.filter a')]) {
      const r = target.getBoundingClientRect();
      expect(r.height, text(target)).to.be.at.least(44);
      expect(r.width, text(target)).to.be.at.least(44);
    }
  });

  it('in English, with the same facts', async () => {
    const el = await openBeheer('#sociale-kaart/verouderd', 'en');
    const stale = beheer.network.services.filter((x) => x.stale);
    expect(text($(el, '.view-title'))).to.equal('Social map');
    expect(switchLinks(el)[1]![0]).to.equal(`Not checked for over a year (${stale.length})`);
    expect(text($(el, 'button.assure'))).to.contain('Still current');
    expect(text($(el, '.checked'))).to.match(/^Checked on \d+ [A-Z][a-z]+ \d{4}$/);
  });

  it('a name full of markup is shown as text, never run', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    (beheer.network.services[0] as { name: string }).name = payload;
    const el = await openBeheer('#sociale-kaart');
    const first = $(el, `.service[data-id="${beheer.network.services[0]!.id}"]`)!;
    expect(text(first.querySelector('h3'))).to.equal(payload);
    expect(first.querySelector('img, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
