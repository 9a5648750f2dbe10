import { expect, fixture, html } from '@open-wc/testing';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { $, settled, text, waitUntil } from './helpers.ts';
import { THURSDAY_10, chip, type } from './social-map-helpers.ts';

const param = (name: string) => new URL(location.href).searchParams.get(name);
const search = (el: Element, q: string) => {
  $<HTMLInputElement>(el, 'input[type="search"]')!.value = q;
  $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
};
const openFilters = (el: Element) => ($<HTMLDetailsElement>(el, 'details.filters')!.open = true);

describe('filters in the page URL', () => {
  it('the sociale kaart keeps the search and the chosen topic, and a shared link opens with them', async () => {
    const first = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`).then(settled);
    await type(first, 'schuld');
    openFilters(first);
    chip(first, 'Geld').click();
    await waitUntil(() => param('buurt-kaart-zoek') === 'schuld', 'the search in the URL', { timeout: 3000 });
    expect(param('buurt-kaart-onderwerp')).to.equal('geldzorgen-en-schulden');

    // The link is opened again (a new element reads the URL).
    const again = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`).then(settled);
    expect($<HTMLInputElement>(again, 'input[type="search"]')!.value).to.equal('schuld');
    openFilters(again);
    expect(chip(again, 'Geld').getAttribute('aria-pressed')).to.equal('true');
  });

  it('two agendas on one page, each with an id, keep their own search', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><buurt-agenda id="jeugd"></buurt-agenda><buurt-agenda id="ouderen"></buurt-agenda></div>`,
    );
    const [youth, seniors] = $$page(page) as [BuurtAgenda, BuurtAgenda];
    await Promise.all([settled(youth), settled(seniors)]);
    search(youth, 'bingo');
    await waitUntil(() => param('buurt-jeugd-zoek') === 'bingo', 'the first agenda’s search in the URL');
    expect(param('buurt-ouderen-zoek')).to.equal(null);

    const reopened = await fixture<HTMLElement>(
      html`<div><buurt-agenda id="jeugd"></buurt-agenda><buurt-agenda id="ouderen"></buurt-agenda></div>`,
    );
    const [youth2, seniors2] = $$page(reopened) as [BuurtAgenda, BuurtAgenda];
    await Promise.all([settled(youth2), settled(seniors2)]);
    expect($<HTMLInputElement>(youth2, 'input[type="search"]')!.value).to.equal('bingo');
    expect($<HTMLInputElement>(seniors2, 'input[type="search"]')!.value, 'the other agenda is not searched').to.equal('');
  });

  it('an agenda and a sociale kaart on one page do not take over each other’s search', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><buurt-agenda></buurt-agenda><buurt-social-map .now=${THURSDAY_10}></buurt-social-map></div>`,
    );
    const agenda = page.querySelector('buurt-agenda')!;
    const map = page.querySelector('buurt-social-map')!;
    await Promise.all([settled(agenda), settled(map)]);
    search(agenda, 'bingo');
    await waitUntil(() => param('buurt-agenda-zoek') === 'bingo', 'the agenda’s search in the URL');
    const reopened = await fixture<HTMLElement>(
      html`<div><buurt-agenda></buurt-agenda><buurt-social-map .now=${THURSDAY_10}></buurt-social-map></div>`,
    );
    const map2 = reopened.querySelector('buurt-social-map')!;
    await settled(map2);
    expect($<HTMLInputElement>(map2, 'input[type="search"]')!.value).to.equal('');
    expect(text($(map2, '.count'))).to.not.equal('0 resultaten');
  });
});

function $$page(page: HTMLElement): BuurtAgenda[] {
  return [...page.querySelectorAll('buurt-agenda')];
}
