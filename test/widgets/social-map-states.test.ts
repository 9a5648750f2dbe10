import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { $, names, ready, socialMap, text, THURSDAY_10, type, worker } from './social-map-helpers.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { cacheKey } from '../../src/social-map/map-cache.ts';
import { waitUntil } from './helpers.ts';

const stored = () => localStorage.getItem(cacheKey(location.origin));
/** The copy is written when the browser is idle, moments after the map shows. */
const copyStored = () => waitUntil(stored, 'the map is stored for offline use', { timeout: 3000 });

// Accessibility in every state, the retry and both languages: social-map-data-widget.test.ts.
describe('buurt-social-map loading, errors and working offline', () => {
  it('shows the error when the network fails altogether', async () => {
    worker.use(http.get('*/v1/social-map', () => HttpResponse.error()));
    const el = await socialMap();
    expect(text($(el, '[role="alert"]'))).to.contain('De sociale kaart kan nu niet worden geladen.');
  });

  it('keeps the map and its ETag after a good load', async () => {
    await socialMap();
    await copyStored();
    const copy = JSON.parse(stored()!);
    expect(copy.etag).to.match(/^".+"$/);
    expect(copy.map.services.length).to.be.greaterThan(10);
    expect(Date.now() - Date.parse(copy.fetchedAt)).to.be.lessThan(10_000);
  });

  it('asks with If-None-Match next time and uses its copy on 304', async () => {
    await socialMap();
    await copyStored();
    const { etag } = JSON.parse(stored()!);
    const seen: (string | null)[] = [];
    const statuses: number[] = [];
    worker.use(
      http.get('*/v1/social-map', ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        statuses.push(304);
        return new HttpResponse(null, { status: 304, headers: { etag } });
      }),
    );
    const el = await socialMap();
    await waitUntil(() => seen.length === 1, 'a conditional request');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(seen).to.deep.equal([etag]);
    expect(names(el).length).to.be.greaterThan(10);
    expect($(el, '[part="notice"]'), 'no "geen verbinding" after a 304').to.equal(null);
    await type(el, 'schuldhulp');
    expect(names(el)[0]).to.match(/^Schuldhulp/);
  });

  it('searches the stored map without a connection and says how old it is', async () => {
    await socialMap();
    await copyStored();
    worker.use(http.get('*/v1/social-map', () => HttpResponse.error()));
    const el = await socialMap();
    await waitUntil(() => $(el, '[part="notice"]'), 'a notice that the connection is gone');
    const notice = $(el, '[part="notice"]')!;
    expect(text(notice)).to.match(/^U ziet de kaart van \d+ \w+ \d{4}, \d{2}\.\d{2} uur\. Er is nu geen verbinding/);
    await expect(el).to.be.accessible();
    await type(el, 'eenzaam');
    expect(names(el)).to.include('Maatje voor ouderen');
    worker.resetHandlers();
    notice.querySelector('button')!.click();
    await waitUntil(() => !$(el, '[part="notice"]'), 'the notice goes once the server answers');
    expect(names(el)).to.include('Maatje voor ouderen');
  });

  it('shows the stored map at once while the server is slow', async () => {
    await socialMap();
    await copyStored();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('*/v1/social-map', async () => { await gate; return undefined; }));
    const el = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`);
    await el.updateComplete;
    expect($(el, '.skeleton')).to.equal(null);
    expect(names(el).length).to.be.greaterThan(10);
    release();
    await ready(el);
  });

  it('still works when the browser refuses storage', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await socialMap();
      expect(names(el).length).to.be.greaterThan(10);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
