/**
 * Data from the API is not trusted to hold safe links: a website that is not http(s) is
 * shown as text, not as something a resident can click; a title holding `</script>`
 * cannot break out of the agenda's JSON-LD.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { $$, socialMap, text, THURSDAY_10, worker } from './social-map-helpers.ts';
import { settled } from './helpers.ts';
import { socialMap as mapFixture } from '../../src/mocks/social-map-fixtures.ts';
import { makeOccurrences } from '../../src/mocks/fixtures.ts';
import { isSafeLink } from '../../src/core/safe-link.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';

const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x'];

describe('isSafeLink', () => {
  it('allows http(s), mailto and tel only', () => {
    for (const href of ['https://example.org/a?b=1', 'http://example.org', 'mailto:a@example.org', 'tel:0345000040']) {
      expect(isSafeLink(href), href).to.equal(true);
    }
    for (const href of [...hostile, 'ftp://example.org', 'file:///etc/passwd', '//example.org', 'example.org', '']) {
      expect(isSafeLink(href), href).to.equal(false);
    }
  });

  it('resolves a relative link against a base when given one', () => {
    expect(isSafeLink('/vervoer/', 'https://dorp.example/agenda')).to.equal(true);
    expect(isSafeLink('javascript:alert(1)', 'https://dorp.example/agenda')).to.equal(false);
  });
});

describe('links in the sociale kaart', () => {
  for (const website of hostile) {
    it(`a service whose website is ${JSON.stringify(website)} has no clickable link to it`, async () => {
      const [first, ...rest] = mapFixture.services;
      const map = { ...mapFixture, services: [{ ...first, contact: { ...first.contact, website } }, ...rest] };
      worker.use(http.get('*/v1/social-map', () => HttpResponse.json(map)));
      const el: BuurtSocialMap = await socialMap(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`);
      const card = $$(el, 'article.service').find((a) => a.dataset.id === first.id)!;
      expect(card, 'the service is shown').to.exist;
      const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(isSafeLink(href), href).to.equal(true);
      expect(text(card.querySelector('.contact')), 'shown as text').to.contain(website.replace(/\s+/g, ' ').trim());
      // And on the verwijskaart.
      card.querySelector<HTMLButtonElement>('.card-toggle')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.card-button')!.click();
      await el.updateComplete;
      const onCard = [...el.shadowRoot!.querySelectorAll('.referral-card a[href]')].map((a) => a.getAttribute('href')!);
      expect(onCard.length, 'the card still links phone or e-mail').to.be.greaterThan(0);
      for (const href of onCard) expect(isSafeLink(href), href).to.equal(true);
    });
  }

  it('a service with an https website still links it', async () => {
    const el = await socialMap();
    const websites = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.contact a[href^="https:"]')];
    expect(websites.length).to.be.greaterThan(0);
  });
});

describe('the agenda', () => {
  it('escapes < in its JSON-LD, so a title holding </script> stays inside the data block', async () => {
    const evil = '</script><img src=x onerror="window.__pwned=1">';
    const items = makeOccurrences().slice(0, 3).map((o, i) => (i === 0 ? { ...o, title: evil, summary: '<!-- x' } : o));
    worker.use(http.get('*/v1/activities', () => HttpResponse.json({ items, total: items.length, offset: 0, limit: 500, from: items[0].start.slice(0, 10), to: items[2].start.slice(0, 10) })));
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!)['@graph'][0].name).to.equal(evil);
    // Serialised and parsed again, as a page cache or server-side rendering would do it.
    const copy = document.createElement('div');
    copy.innerHTML = el.outerHTML;
    expect(copy.querySelectorAll('img').length).to.equal(0);
    expect(copy.querySelectorAll('script').length).to.equal(1);
  });

  it('a ride-href that is not a web address gives a button, not a javascript: link', async () => {
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda ride-href="javascript:alert(1)"></buurt-agenda>`).then(settled);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(href.startsWith('javascript:'), href).to.equal(false);
    const rideButtons = [...el.shadowRoot!.querySelectorAll('.actions button')].filter((b) => text(b).startsWith('Vervoer nodig?'));
    expect(rideButtons.length).to.be.greaterThan(0);
  });
});
