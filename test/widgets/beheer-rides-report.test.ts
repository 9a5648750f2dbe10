import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { reportRow } from '../../src/mocks/beheer-rides-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, openBeheer, recordRequests } from './beheer-helpers.ts';

const rows = (el: HTMLElement) => $$(el, '.report tbody tr').map((tr) => [...tr.children].map((c) => text(c)));

describe('<buurt-beheer>: the funders’ report', () => {
  it('shows rides, passengers, wheelchair rides and kilometres per month, with totals', async () => {
    const el = await openBeheer('#verslag/2026-01/2026-03');
    expect(text($(el, '.view-title'))).to.equal('Verslag');
    expect(text($(el, 'caption'))).to.equal('Ritten van januari 2026 tot en met maart 2026');
    const months = ['2026-01', '2026-02', '2026-03'].map(reportRow);
    expect(rows(el)).to.deep.equal(
      months.map((m, i) => [['januari', 'februari', 'maart'][i] + ' 2026', String(m.rides), String(m.passengers), String(m.wheelchairRides), String(m.kilometres).replace('.', ',')]),
    );
    const sum = (k: 'rides' | 'passengers' | 'wheelchairRides' | 'kilometres') => months.reduce((t, m) => t + m[k], 0);
    expect([...$(el, 'tfoot tr')!.children].map((c) => text(c))).to.deep.equal(['Totaal', String(sum('rides')), String(sum('passengers')), String(sum('wheelchairRides')), String(sum('kilometres')).replace('.', ',')]);
    await expect(el).to.be.accessible();
  });

  it('"Download CSV" fetches the CSV (Accept: text/csv) and hands it over as a file', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#verslag/2026-01/2026-03');
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      $<HTMLButtonElement>(el, 'button.download-csv')!.click();
      await waitUntil(() => clicked.length === 1, 'the download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const [a] = clicked;
    expect(a!.download).to.equal('ritten-2026-01-2026-03.csv');
    expect(a!.href).to.match(/^blob:/);
    const csv = await (await fetch(a!.href)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('maand;ritten;passagiers;rolstoelritten;kilometers');
    expect(lines).to.have.length(5);
    expect(lines[4]).to.match(/^totaal;/);
    const asked = seen.find((r) => r.accept === 'text/csv')!;
    expect(asked.url.pathname).to.equal('/v1/beheer/ride-report');
    expect(Object.fromEntries(asked.url.searchParams)).to.deep.equal({ from: '2026-01', to: '2026-03' });
  });

  it('a failed download says so plainly, next to the button', async () => {
    const el = await openBeheer('#verslag/2026-01/2026-03');
    worker.use(http.get('*/v1/beheer/ride-report', ({ request }) => (request.headers.get('accept') === 'text/csv' ? HttpResponse.json({}, { status: 500 }) : undefined)));
    $<HTMLButtonElement>(el, 'button.download-csv')!.click();
    await waitUntil(() => $(el, '.outcome.failed'), 'the failure');
    await el.updateComplete;
    expect(text($(el, '.outcome.failed'))).to.equal('Dit is niet gelukt door een storing. Probeer het over een paar minuten opnieuw.');
    expect(active(el)).to.equal($(el, '.outcome.failed'));
  });

  it('another range of months; a range the wrong way round is said at the field', async () => {
    const el = await openBeheer('#verslag');
    expect(rows(el)).to.have.length(12);
    const from = $<HTMLInputElement>(el, '#f-report-from')!;
    const to = $<HTMLInputElement>(el, '#f-report-to')!;
    const set = (i: HTMLInputElement, v: string) => {
      i.value = v;
      i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set(from, '2026-06');
    set(to, '2026-02');
    $<HTMLButtonElement>(el, '.report-range button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.report-range .error'))).to.equal('Fout: Deze maand moet na de eerste maand liggen.');
    expect(active(el)).to.equal(to);
    await expect(el).to.be.accessible();
    set(to, '2026-07');
    $<HTMLButtonElement>(el, '.report-range button[type="submit"]')!.click();
    await waitUntil(() => rows(el).length === 2, 'two months');
    expect(location.hash).to.equal('#verslag/2026-06/2026-07');
  });

  it('fits 320px at 200% text size (the table scrolls by itself), and speaks English', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer('#verslag/2026-01/2026-03', 'en');
    expect(text($(el, '.view-title'))).to.equal('Report');
    const wrap = $(el, '.table-wrap')!;
    expect(overflowing(el).filter((o) => !/^(table|caption|thead|tbody|tfoot|tr|th|td)\b/.test(o))).to.deep.equal([]);
    expect(wrap.getAttribute('tabindex'), 'a scrolling region can be reached by keyboard').to.equal('0');
  });
});
