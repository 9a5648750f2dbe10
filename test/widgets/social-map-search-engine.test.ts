/**
 * The sociale kaart's search engine is a chunk of its own (src/social-map/search.ts). Each
 * test file runs in a page of its own, so here the engine is not loaded yet when the first
 * sociale kaart starts: keep this file to that one case.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import { cacheKey } from '../../src/social-map/map-cache.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { $, names, ready, text, THURSDAY_10, worker } from './social-map-helpers.ts';

describe('buurt-social-map before its search engine has loaded', () => {
  it('a shared link with a question shows the answers to it, not everything first', async () => {
    // A stored map (shown at once) and a slow server: the question waits only for the engine.
    const map = await (await fetch('/v1/social-map')).json();
    // The copy an earlier visit stored.
    localStorage.setItem(cacheKey(location.origin), JSON.stringify({ map, fetchedAt: new Date().toISOString() }));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('*/v1/social-map', async () => { await gate; return undefined; }));
    const url = new URL(location.href);
    url.searchParams.set('buurt-kaart-zoek', 'taalmaatje');
    history.replaceState(null, '', url);

    const el = document.createElement('buurt-social-map') as BuurtSocialMap;
    el.now = THURSDAY_10;
    await fixture(html`<div></div>`).then((d) => d.append(el));
    // The first render, before the engine is there: waiting (busy), not every service.
    await new Promise(requestAnimationFrame);
    if (names(el).length) expect(names(el)[0]).to.equal('Taalmaatje');
    else expect($(el, '.content')!.getAttribute('aria-busy')).to.equal('true');
    await ready(el);
    expect(names(el)[0]).to.equal('Taalmaatje');
    const count = Number(/^(\d+) resultaten?$/.exec(text($(el, '.count')))?.[1]);
    expect(count).to.be.within(1, 5);
    release();
  });
});
