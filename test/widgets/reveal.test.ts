// Long lists come a piece at a time (src/core/reveal.ts). Whatever happens meanwhile, the
// list a person ends up with is whole.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { $, $$, names, ready, text, THURSDAY_10, worker } from './social-map-helpers.ts';
import { waitUntil } from './helpers.ts';

/** The demo map with every service nine times over (another id and name each time). */
async function bigMap() {
  const map = await (await fetch('/v1/social-map')).json();
  const services = Array.from({ length: 9 }, (_, i) =>
    map.services.map((s: { id: string; name: string }) => ({ ...s, id: `${s.id}-${i}`, name: `${s.name} ${i + 1}` })),
  ).flat();
  return { ...map, services };
}

describe('lists shown a piece at a time', () => {
  it('a sociale kaart moved elsewhere in the page while its cards come shows them all', async () => {
    const el = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`);
    // The first cards are there, the rest still to come.
    await waitUntil(() => names(el).length > 0, 'the first cards');
    const first = names(el).length;
    // A page (a tab component, a CMS) moves it: out of the page and back.
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    el.remove();
    elsewhere.append(el);
    await el.updateComplete;
    const total = Number(/^(\d+) resultaten$/.exec(text($(el, '.count')))![1]);
    expect(first, 'moved before the list was complete').to.be.lessThan(total);
    expect(names(el).length).to.equal(total);
    elsewhere.remove();
  });

  it('the whole list of every service ("Toon alle") comes in a few pieces, not one per card', async () => {
    const map = await bigMap();
    worker.use(http.get('*/v1/social-map', () => HttpResponse.json(map)));
    const el = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`).then(ready);
    expect(names(el).length, 'the first page').to.equal(20);
    let updates = 0;
    const original = (el as any).updated.bind(el);
    (el as any).updated = (changed: Map<string, unknown>) => {
      updates++;
      original(changed);
    };
    $<HTMLButtonElement>(el, '.show-all')!.click();
    await el.updateComplete;
    expect(names(el).length).to.equal(map.services.length);
    expect($$(el, '.services > li').length).to.equal(map.services.length);
    expect(updates, 'renders to show the rest').to.be.at.most(14);
  });

  it('"Toon alle" takes keyboard focus to the first card it added, not back to the top of the page', async () => {
    const map = await bigMap();
    worker.use(http.get('*/v1/social-map', () => HttpResponse.json(map)));
    const el = await fixture<BuurtSocialMap>(html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`).then(ready);
    const button = $<HTMLButtonElement>(el, '.show-all')!;
    button.focus();
    button.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('li') === $$(el, '.services > li')[20], 'focus on the 21st card', { timeout: 5000 });
    expect(text(el.shadowRoot!.activeElement!)).to.equal(names(el)[20]);
  });
});
