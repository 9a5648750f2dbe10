/**
 * The checks every data widget (one that loads from the API and shows it) must pass, run
 * by each widget's `<widget>-data-widget.test.ts` with a small description of itself:
 * accessible in every state (loading, data, empty, error), no jump of the page when the
 * data arrives, an error with a working retry, 320px wide, 200% zoom, Dutch and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { $, overflowing, settled, text, waitUntil, worker } from './helpers.ts';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Texts {
  /** The start of the error message. */
  error: string;
  /** The start of the empty-state message. */
  empty: string;
}

export interface DataWidget {
  tag: string;
  /** The widget as a webmaster writes it, optionally with a `lang` attribute. */
  create(opts?: { lang?: string }): TemplateResult;
  /** The request that brings the widget's data, as an MSW path (`*\/v1/…`). */
  data: string;
  /** The API's answer when there is nothing to show. */
  empty(): Response;
  /** Whether the widget shows data (items), as a person sees them. */
  hasItems(el: Widget): boolean;
  texts: { nl: Texts; en: Texts };
}

const problem = { type: 'https://buurtkit.example/problems/internal', title: 'Er ging iets mis op de server', status: 500 };
const fail = () => HttpResponse.json(problem, { status: 500, headers: { 'content-type': 'application/problem+json' } });
const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(n);
  });

/** Holds the data request until `release()`; then the happy path answers. */
function gateData(w: DataWidget) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  worker.use(
    http.get(w.data, async () => {
      await gate;
      return undefined;
    }),
  );
  return release;
}

/** Sums the layout shifts the browser measures (the Layout Instability API, as Lighthouse's CLS) while `during` runs. */
async function layoutShift(during: () => Promise<void>): Promise<number> {
  type Shift = PerformanceEntry & { value: number };
  let total = 0;
  const start = performance.now();
  const add = (entries: PerformanceEntryList) => {
    // Every shift counts: no person touches the page here, and the browser would mark shifts
    // right after setViewport as "recent input" and leave them out.
    for (const e of entries as Shift[]) if (e.startTime >= start) total += e.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  await during();
  await frames(3);
  add(observer.takeRecords()); // entries not yet handed to the callback
  observer.disconnect();
  return total;
}

/** Elements of the widget that stick out past the right edge of the viewport. */
export function dataWidgetSuite(w: DataWidget) {
  const open = (opts?: { lang?: string }) => fixture<Widget>(w.create(opts));

  describe(`${w.tag}: the checks every data widget passes`, () => {
    it('says it is loading, accessibly, while the data is on its way', async () => {
      const release = gateData(w);
      const el = await open();
      await el.updateComplete;
      expect($(el, '.skeleton'), 'a loading placeholder').to.exist;
      expect($(el, '.content')?.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]'), 'announced as a status').to.exist;
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(w.hasItems(el)).to.equal(true);
    });

    it('is accessible with its data', async () => {
      const el = await open().then(settled);
      expect(w.hasItems(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says so, accessibly, when there is nothing to show', async () => {
      worker.use(http.get(w.data, () => w.empty()));
      const el = await open().then(settled);
      expect(w.hasItems(el)).to.equal(false);
      expect(text($(el, '.content'))).to.contain(w.texts.nl.empty);
      await expect(el).to.be.accessible();
    });

    it('explains an error accessibly, and "Opnieuw proberen" loads the data', async () => {
      let calls = 0;
      worker.use(http.get(w.data, () => (++calls === 1 ? fail() : undefined)));
      const el = await open().then(settled);
      expect(text($(el, '[role="alert"]'))).to.contain(w.texts.nl.error);
      expect(w.hasItems(el)).to.equal(false);
      await expect(el).to.be.accessible();
      const retry = $<HTMLButtonElement>(el, '[role="alert"] button')!;
      expect(text(retry)).to.equal('Opnieuw proberen');
      retry.focus();
      retry.click();
      await waitUntil(() => w.hasItems(el), 'the data after retrying', { timeout: 3000 });
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(calls, 'one request more').to.equal(2);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus stays in the widget, not lost with the button').to.not.equal(null);
    });

    it('does not make the page jump while it loads (phone, 412 by 823)', async () => {
      await setViewport({ width: 412, height: 823 });
      const release = gateData(w);
      let el!: Widget;
      let before = 0;
      // From the first paint on, as a visitor sees it: a heading and an intro above the
      // widget, text below it, everything the widget fetches arriving while it shows.
      const shift = await layoutShift(async () => {
        window.scrollTo(0, 0);
        const page = await fixture<HTMLElement>(
          html`<div><h1>Agenda van het dorpshuis</h1><p>Alles wat er te doen is in het dorp.</p>${w.create()}<p>Meer nieuws uit het dorp</p></div>`,
        );
        el = page.querySelector<Widget>(w.tag)!;
        await el.updateComplete;
        await frames(3);
        before = el.getBoundingClientRect().height;
        release();
        await settled(el);
      });
      const after = el.getBoundingClientRect().height;
      // Lighthouse counts a cumulative layout shift under 0.1 as good; we aim for 0.05.
      expect(shift, `layout shift ${shift.toFixed(3)} (height ${Math.round(before)}px → ${Math.round(after)}px)`).to.be.below(0.05);
    });

    it('fits a 320px wide screen without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await open().then(settled);
      await frames();
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('reflows at 200% zoom: a 1280px window zoomed in, with the text twice as large too', async () => {
      // Browser zoom at 200% gives a 1280px window a 640 CSS px layout at device scale 2.
      await setViewport({ width: 640, height: 400, deviceScaleFactor: 2 } as { width: number; height: number });
      document.documentElement.style.fontSize = '200%';
      const el = await open().then(settled);
      await frames();
      const size = parseFloat(getComputedStyle($(el, '.root')!).fontSize);
      expect(size, 'the text follows the larger size').to.be.at.least(32);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
    });

    it('speaks Dutch by default', async () => {
      worker.use(http.get(w.data, fail));
      const el = await open().then(settled);
      expect($(el, '.root')!.lang).to.equal('nl');
      expect(text($(el, '[role="alert"]'))).to.contain(w.texts.nl.error);
    });

    it('speaks English with lang="en"', async () => {
      worker.use(http.get(w.data, () => w.empty()));
      const el = await open({ lang: 'en' }).then(settled);
      expect($(el, '.root')!.lang).to.equal('en');
      expect(text($(el, '.content'))).to.contain(w.texts.en.empty);
    });

    it('follows the language of the page around it, also when the page changes it', async () => {
      worker.use(http.get(w.data, fail));
      const page = await fixture<HTMLElement>(html`<div lang="en-GB">${w.create()}</div>`);
      const el = await settled(page.querySelector<Widget>(w.tag)!);
      expect(text($(el, '[role="alert"]'))).to.contain(w.texts.en.error);
      page.lang = 'nl';
      await waitUntil(() => text($(el, '[role="alert"]')).includes(w.texts.nl.error), 'Dutch after the page switched');
      expect($(el, '.root')!.lang).to.equal('nl');
    });
  });
}
