import { expect, html, fixture } from '@open-wc/testing';
import { http } from 'msw';
import { $, $$, chip, names, ready, socialMap, text, THURSDAY_10, type, worker } from './social-map-helpers.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { waitUntil } from './helpers.ts';

describe('buurt-social-map search', () => {
  it('is accessible with the whole map shown', async () => {
    const el = await socialMap();
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while the map loads, marked busy', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('*/v1/social-map', async () => { await gate; return undefined; }));
    const el = await fixture<BuurtSocialMap>(html`<buurt-social-map></buurt-social-map>`);
    expect($(el, '.content')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.skeleton'))).to.contain('De sociale kaart wordt geladen');
    release();
    await ready(el);
    expect(names(el).length).to.be.greaterThan(10);
  });

  it('finds the right help for an everyday question, best match first', async () => {
    const el = await socialMap();
    await type(el, 'ik kan mijn rekeningen niet betalen');
    const found = names(el);
    expect(found.slice(0, 2)).to.have.members(['Schuldhulpverlening', 'Schuldhulpmaatje']);
    expect(found).not.to.include('Reparatiecafé');
    expect(text($(el, '.count'))).to.match(/^\d+ resultaten?$/);
  });

  it('forgives a typo and finds a word through the synonym list', async () => {
    const el = await socialMap();
    await type(el, 'schuldhlup');
    expect(names(el)[0]).to.match(/^Schuldhulp/);
    await type(el, 'eenzaam');
    expect(names(el)).to.include('Maatje voor ouderen');
    expect(names(el)).to.include('Inloop met koffie');
    await type(el, 'hulp in de tuin');
    expect(names(el)[0]).to.equal('Tuinhulp voor ouderen');
  });

  it('answers on every keystroke', async () => {
    const el = await socialMap();
    const counts: number[] = [];
    await type(el, 'mantelz', () => counts.push(names(el).length));
    expect(counts).to.have.length(7);
    expect(new Set(counts).size, 'the list changes while typing').to.be.greaterThan(1);
    expect(names(el)[0]).to.equal('Steun voor mantelzorgers');
  });

  it('announces the number of results politely, once typing has paused', async () => {
    const el = await socialMap();
    const live = $$(el, '[role="status"]').find((n) => n.classList.contains('visually-hidden'))!;
    await type(el, 'tuin');
    expect(text(live), 'not on every keystroke').to.equal('');
    await waitUntil(() => text(live) !== '', 'an announcement', { timeout: 2000 });
    expect(text(live)).to.equal(text($(el, '.count')));
  });

  it('says nothing was found and offers topics to look in', async () => {
    const el = await socialMap();
    await type(el, 'zwemles');
    const status = $(el, '.status-message')!;
    expect(text(status)).to.contain('Niets gevonden voor “zwemles”');
    await expect(el).to.be.accessible();
    const suggestion = $$<HTMLButtonElement>(el, '.suggestion').find((b) => text(b) === 'Mantelzorg')!;
    suggestion.click();
    await el.updateComplete;
    expect(names(el)).to.include('Steun voor mantelzorgers');
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('');
    expect(chip(el, 'Mantelzorg').getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows the English texts with lang="en"', async () => {
    const el = await socialMap(html`<buurt-social-map lang="en" .now=${THURSDAY_10}></buurt-social-map>`);
    await expect(el).to.be.accessible();
    expect(text($(el, 'label[for="q"]'))).to.equal('What do you need help with?');
    expect(text($(el, '.count'))).to.match(/^\d+ results$/);
    expect(text($(el, '.root'))).to.contain('Volunteers (informal help)');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
  });
});
