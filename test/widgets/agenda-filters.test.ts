import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, settled, text, titles, titlesUntil, waitUntil } from './helpers.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';

const agenda = (template = html`<buurt-agenda></buurt-agenda>`) =>
  fixture<BuurtAgenda>(template).then(settled);

/** Waits for the chips, which come from /v1/network and /v1/organizations. */
async function withChips(el: BuurtAgenda) {
  await waitUntil(() => $$(el, '.chip').length > 0, 'filter chips');
  return el;
}
const chip = (el: BuurtAgenda, name: string) =>
  $$<HTMLButtonElement>(el, '.chip').find((c) => text(c) === name)!;
const param = (name: string) => new URL(location.href).searchParams.get(name);

/** Where the focus is, looking inside the shadow root. */
function focused(el: BuurtAgenda): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('buurt-agenda filters', () => {
  it('is accessible with the filters shown', async () => {
    const el = await agenda().then(withChips);
    await expect(el).to.be.accessible();
  });

  it('narrows the list with a category chip and keeps the choice in the URL', async () => {
    const el = await agenda().then(withChips);
    const bewegen = chip(el, 'Bewegen');
    expect(bewegen.getAttribute('aria-pressed')).to.equal('false');
    bewegen.click();
    await titlesUntil(el, (t) => !t.includes('Koffieochtend'), 'only moving activities');
    expect(chip(el, 'Bewegen').getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)).to.include('Gym voor senioren');
    expect(param('buurt-agenda-categorie')).to.equal('bewegen');
    chip(el, 'Bewegen').click();
    await titlesUntil(el, (t) => t.includes('Koffieochtend'), 'everything again');
    expect(param('buurt-agenda-categorie')).to.equal(null);
  });

  it('on a phone folds the kinds of activity away, so the first activity is on the first screen', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await agenda().then(withChips);
    const fold = $<HTMLDetailsElement>(el, 'details.categories')!;
    expect(fold.open).to.equal(false);
    expect(text(fold.querySelector('summary'))).to.equal('Kies een soort activiteit');
    expect($(el, '.occurrence')!.getBoundingClientRect().top, 'the first activity').to.be.lessThan(innerHeight);
    fold.querySelector('summary')!.click();
    expect(chip(el, 'Bewegen').checkVisibility()).to.equal(true);
    // A shared link with a kind chosen opens with the fold open, showing the choice.
    const url = new URL(location.href);
    url.searchParams.set('buurt-agenda-categorie', 'bewegen');
    history.replaceState(null, '', url);
    const shared = await agenda().then(withChips);
    expect($<HTMLDetailsElement>(shared, 'details.categories')!.open).to.equal(true);
    expect(text($(shared, 'details.categories summary'))).to.equal('Kies een soort activiteit (1)');
  });

  it('narrows the list by organisation, chosen behind "Kies een organisatie"', async () => {
    const el = await agenda().then(withChips);
    const details = $<HTMLDetailsElement>(el, 'details.organizations')!;
    expect(details.open).to.equal(false);
    expect(chip(el, 'Sociaal wijkteam').checkVisibility(), 'folded away').to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal('Kies een organisatie');
    summary.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(chip(el, 'Sociaal wijkteam').checkVisibility()).to.equal(true);
    chip(el, 'Sociaal wijkteam').click();
    await titlesUntil(el, (t) => t.length > 0 && t.every((x) => x === 'Spreekuur sociaal wijkteam'), 'wijkteam only');
    expect(param('buurt-agenda-organisatie')).to.equal('sociaal-wijkteam');
    expect(text(summary)).to.equal('Kies een organisatie (1)');
  });

  it('searches with the search field and keeps the words in the URL', async () => {
    const el = await agenda();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'bingo' });
    await sendKeys({ press: 'Enter' });
    await titlesUntil(el, (t) => t.length === 1 && t[0] === 'Bingo', 'only the bingo');
    expect(param('buurt-agenda-zoek')).to.equal('bingo');
    expect(text($(el, '.count'))).to.equal('1 activiteit');
  });

  it('reads the filters back from the URL on load', async () => {
    const url = new URL(location.href);
    url.searchParams.set('buurt-agenda-categorie', 'eten');
    url.searchParams.set('buurt-agenda-zoek', 'eetcafé');
    history.replaceState(null, '', url);
    const el = await agenda().then(withChips);
    expect(new Set(titles(el))).to.deep.equal(new Set(['Eetcafé De Linde']));
    expect(chip(el, 'Samen eten').getAttribute('aria-pressed')).to.equal('true');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('eetcafé');
  });

  it('makes the subscribe and download links follow the filters', async () => {
    const el = await agenda(html`<buurt-agenda api="https://api.example.nl" village="linde"></buurt-agenda>`).then(
      withChips,
    );
    const subscribe = () => $<HTMLAnchorElement>(el, 'a.subscribe')!;
    const download = () => $<HTMLAnchorElement>(el, 'a.download')!;
    expect(subscribe().href).to.equal('webcal://api.example.nl/v1/activities.ics?village=linde');
    chip(el, 'Bewegen').click();
    chip(el, 'Samen eten').click();
    await el.updateComplete;
    expect(subscribe().href).to.equal(
      'webcal://api.example.nl/v1/activities.ics?category=bewegen%2Ceten&village=linde',
    );
    expect(download().href).to.equal('https://api.example.nl/v1/activities.ics?category=bewegen%2Ceten&village=linde');
    expect(text(subscribe())).to.equal('Abonneer op deze agenda');
  });

  it('reaches search, chips and the actions of an activity with the Tab key', async () => {
    const el = await agenda().then(withChips);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    expect(focused(el)?.id).to.equal('q');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Zoek');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el)), 'the fold of the kinds of activity').to.equal('Kies een soort activiteit');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('chip')).to.equal(true);
    expect(text(focused(el))).to.equal('Ontmoeting');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chip(el, 'Ontmoeting').getAttribute('aria-pressed')).to.equal('true');
    // On through the chips and the view switch to the first activity's calendar link.
    for (let i = 0; i < 30 && !focused(el)?.closest('.actions'); i++) await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.match(/^Zet in mijn agenda/);
    expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
  });

  it('keeps filtering when the host page forbids changing its URL', async () => {
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('not allowed in this frame', 'SecurityError');
    };
    try {
      const el = await agenda().then(withChips);
      chip(el, 'Bewegen').click();
      await titlesUntil(el, (t) => t.length > 0 && !t.includes('Koffieochtend'), 'only moving activities');
      expect(param('buurt-agenda-categorie')).to.equal(null);
    } finally {
      history.replaceState = original;
    }
  });

  it('hides the filters with no-filters', async () => {
    const el = await agenda(html`<buurt-agenda no-filters></buurt-agenda>`);
    expect($(el, '[part="filters"]')).to.equal(null);
    expect(titles(el)).to.include('Koffieochtend');
  });
});
