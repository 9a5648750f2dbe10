import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { $, $$, settled, text, titles, waitUntil, worker } from './helpers.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import { addDays, todayKey } from '../../src/core/dates.ts';

const problem = {
  type: 'https://buurtkit.example/problems/internal',
  title: 'Er ging iets mis op de server',
  status: 500,
};

// Accessibility in every state, the retry and both languages: agenda-data-widget.test.ts.
describe('buurt-agenda empty and error states', () => {
  it('says there is nothing in this period and widens the window to 90 days on request', async () => {
    const windows: string[] = [];
    worker.use(
      http.get('*/v1/activities', ({ request }) => {
        const to = new URL(request.url).searchParams.get('to')!;
        windows.push(to);
        return HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500, from: todayKey(), to });
      }),
    );
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    expect(text($(el, '.status-message'))).to.contain('Geen activiteiten in deze periode');
    expect(el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD for nothing').to.equal(null);
    const widen = $$<HTMLButtonElement>(el, '.status-message button').find((b) => text(b) === 'Toon de komende 90 dagen')!;
    expect(widen, 'a button to show 90 days').to.exist;
    worker.resetHandlers(); // the wider window has activities (the happy path)
    widen.click();
    await waitUntil(() => titles(el).length > 0, 'activities after widening');
    await el.updateComplete; // the whole list, not only its first cards
    expect(titles(el)).to.include('Creatieve middag'); // 45 days ahead
    expect(windows[0]).to.equal(addDays(todayKey(), 30));
  });

  it('offers to clear the filters when a search finds nothing', async () => {
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'zwemmen';
    $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
    await waitUntil(() => text($(el, '.status-message')).includes('Geen activiteiten'), 'empty state');
    const clear = $$<HTMLButtonElement>(el, '.status-message button').find((b) => text(b) === 'Filters wissen')!;
    clear.click();
    await waitUntil(() => titles(el).includes('Koffieochtend'), 'everything back after clearing');
    expect(new URL(location.href).searchParams.has('buurt-agenda-zoek')).to.equal(false);
  });

  it('explains an error in plain Dutch and loads again with "Opnieuw proberen"', async () => {
    let calls = 0;
    worker.use(
      http.get('*/v1/activities', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(problem, { status: 500, headers: { 'content-type': 'application/problem+json' } })
          : undefined; // fall through to the happy path
      }),
    );
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    const alert = $(el, '[role="alert"]')!;
    expect(text(alert)).to.contain(
      'De agenda kan nu niet worden geladen. Controleer uw internetverbinding of probeer het later opnieuw.',
    );
    expect(titles(el)).to.deep.equal([]);
    const retry = $<HTMLButtonElement>(el, '[role="alert"] button')!;
    expect(text(retry)).to.equal('Opnieuw proberen');
    retry.click();
    await waitUntil(() => titles(el).includes('Koffieochtend'), 'activities after retrying');
    expect(calls).to.equal(2);
    await el.updateComplete;
    expect(text(el.shadowRoot!.activeElement), 'focus moves to the first day').to.match(/^Vandaag/);
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('shows the error when the network fails altogether', async () => {
    worker.use(http.get('*/v1/activities', () => HttpResponse.error()));
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    expect(text($(el, '[role="alert"]'))).to.contain('De agenda kan nu niet worden geladen.');
  });

  it('retries the filters too with the one "Opnieuw proberen" when everything failed', async () => {
    let failing = true;
    const fail = () => (failing ? HttpResponse.error() : undefined);
    worker.use(http.get('*/v1/activities', fail), http.get('*/v1/network', fail));
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`).then(settled);
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'Opnieuw proberen'), 'a retry button');
    const retries = $$<HTMLButtonElement>(el, 'button').filter((b) => text(b) === 'Opnieuw proberen');
    expect(retries, 'one retry button, not two').to.have.length(1);
    failing = false;
    retries[0]!.click();
    await waitUntil(() => titles(el).includes('Koffieochtend'), 'activities back');
    await waitUntil(() => $$(el, '.chip').length > 0, 'filter chips back');
  });

  it('shows the chips and the activities together, so nothing on screen is pushed down', async () => {
    // The chips' vocabulary answers after the activities: the list must wait for it, or the
    // chips arrive above the list and push it (and the toolbar) down while people read.
    let answered = false;
    worker.use(
      http.get('*/v1/network', async () => {
        await delay(400);
        answered = true;
        return undefined; // then the happy path
      }),
    );
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`);
    await new Promise((resolve) => setTimeout(resolve, 250)); // the activities are in by now
    expect(answered).to.equal(false);
    expect($$(el, '.occurrence'), 'no activities before the chips').to.have.length(0);
    expect($(el, '.toolbar'), 'no toolbar before the chips').to.equal(null);
    await settled(el);
    expect($$(el, '.chip').length, 'chips').to.be.greaterThan(1);
    expect(titles(el).length, 'activities').to.be.greaterThan(0);
  });

  it('does not show the chips before the activities either', async () => {
    let answered = false;
    worker.use(
      http.get('*/v1/activities', async () => {
        await delay(400);
        answered = true;
        return undefined;
      }),
    );
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`);
    await new Promise((resolve) => setTimeout(resolve, 250)); // the chips are in by now
    expect(answered).to.equal(false);
    expect($$(el, '.chip'), 'no chips before the activities').to.have.length(0);
    await settled(el);
    expect($$(el, '.chip').length, 'chips').to.be.greaterThan(1);
    expect(titles(el).length, 'activities').to.be.greaterThan(0);
  });
});
