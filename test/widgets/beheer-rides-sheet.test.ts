import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { formatDay } from '../../src/core/dates.ts';
import { $, $$, overflowing, text, waitUntil } from './helpers.ts';
import { beheer, DRIVER_ACCOUNT, DRIVERS, go, JAN, openBeheer, recordRequests, RIDE_DAY } from './beheer-helpers.ts';

const stopTimes = (el: HTMLElement) => $$(el, '.stop-time time').map((t) => text(t));
const stopNames = (el: HTMLElement) => $$(el, '.stop-name strong').map((t) => text(t));

/** Jannie and Henk join Gerrit in Jan's 9 o'clock run. */
function combineRun() {
  const jannie = beheer.rides.all.find((r) => r.passenger.name === 'Jannie de Vries')!;
  const henk = beheer.rides.all.find((r) => r.passenger.name === 'Henk Bosman')!;
  beheer.rides.confirmWith(jannie, JAN, '09:15', '10:35');
  beheer.rides.confirmWith(henk, JAN, '09:00', '10:50');
}

describe('<buurt-beheer>: the driver’s day sheet', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('lists a driver’s pick-ups in time order, with addresses, phone numbers, mobility and companions', async () => {
    combineRun();
    const el = await openBeheer(`#ritlijst/${RIDE_DAY}/${JAN.id}`);
    expect(text($(el, '#sheet-title'))).to.equal('Ritlijst van Jan Verbeek');
    expect(text($(el, '.sheet-day'))).to.equal(`${formatDay(RIDE_DAY, 'nl')} · Linde op stap-bus`);
    expect(stopTimes(el)).to.deep.equal(['09.00', '09.15', '09.30', '10.35', '10.50']);
    expect(stopNames(el)).to.deep.equal(['Henk Bosman', 'Jannie de Vries', 'Gerrit van Dam', 'Jannie de Vries', 'Henk Bosman']);
    const [henk, jannie, gerrit] = $$(el, '.stop');
    expect(text(henk)).to.contain('Heen').and.contain('Ophalen: Molenweg 3, 4153 AB Linde').and.contain('rolstoel (blijft zitten) · hulp bij de deur');
    expect(text(henk)).to.contain('Opmerking: Oprit is steil');
    expect(henk!.querySelector('a[href="tel:0612345678"]')).to.exist;
    expect(text(jannie)).to.contain('moet er zijn om 09.45 uur').and.contain('rollator');
    expect(text(gerrit)).to.contain('1 meereiziger');
    expect(text($$(el, '.stop')[3])).to.contain('Terug').and.contain('Ophalen: Huisartsenpraktijk Linde');
    expect($(el, 'select#f-sheet-driver')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('prints: "Afdrukken" opens the print dialog; on paper no navigation, no buttons, large type', async () => {
    const el = await openBeheer(`#ritlijst/${RIDE_DAY}/${JAN.id}`);
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    const screenSize = parseFloat(getComputedStyle($(el, '.stop-name')!).fontSize);
    await emulateMedia({ media: 'print' });
    for (const selector of ['nav.views', '.ride-nav', '.day-picker', 'button.print', '.view-title']) {
      expect(getComputedStyle($(el, selector)!).display, selector).to.equal('none');
    }
    const printSize = parseFloat(getComputedStyle($(el, '.stop-name')!).fontSize);
    expect(printSize, 'at least 14pt').to.be.at.least(18.6);
    expect(getComputedStyle(el).minHeight, 'no empty second page').to.equal('0px');
    expect(getComputedStyle($(el, '.stop')!).breakInside).to.equal('avoid');
    expect(text($(el, '.stops'))).to.contain('Gerrit van Dam');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(el, 'button.print')!).display).not.to.equal('none');
    void screenSize;
  });

  it('a coordinator chooses the driver and the day; a day without rides says so', async () => {
    const el = await openBeheer('#ritlijst');
    expect(text($(el, '.content'))).to.contain('Kies een chauffeur en een dag.');
    await waitUntil(() => $$(el, '#f-sheet-driver option').length > 1, 'the drivers');
    const select = $<HTMLSelectElement>(el, '#f-sheet-driver')!;
    select.value = DRIVERS[1]!.id;
    $<HTMLInputElement>(el, '#f-sheet-day')!.value = RIDE_DAY;
    const moved = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    $<HTMLButtonElement>(el, '.sheet-picker button[type="submit"]')!.click();
    await moved;
    await waitUntil(() => $(el, '#sheet-title'), 'Ria’s sheet');
    expect(location.hash).to.equal(`#ritlijst/${RIDE_DAY}/${DRIVERS[1]!.id}`);
    expect(text($(el, '#sheet-title'))).to.equal('Ritlijst van Ria van den Berg');
    expect(text($(el, '.sheet'))).to.contain('Geen ritten op deze dag.');
    expect($(el, 'button.print')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a driver who signs in sees only their own sheet: no other page, no other request', async () => {
    beheer.signInAs(DRIVER_ACCOUNT);
    const seen = recordRequests();
    const el = await openBeheer('#vervoer');
    expect($$(el, 'nav.views a').map((a) => text(a))).to.deep.equal(['Mijn ritlijst']);
    expect(text($(el, '.view-title'))).to.equal('Mijn ritlijst');
    expect($(el, '#f-sheet-driver'), 'no choice of driver').to.equal(null);
    expect($(el, '.ride-nav')).to.equal(null);
    await go(el, `#ritlijst/${RIDE_DAY}`);
    expect(stopNames(el)).to.deep.equal(['Gerrit van Dam']);
    for (const hash of ['#berichten', '#privacy', '#vrijwilligerswerk', `#ritlijst/${RIDE_DAY}/${DRIVERS[1]!.id}`]) {
      await go(el, hash);
      expect(text($(el, '.view-title')), hash).to.equal('Mijn ritlijst');
    }
    const paths = seen.map((r) => r.url.pathname);
    expect(paths.filter((p) => !['/v1/beheer/me', '/v1/beheer/ride-sheet'].includes(p))).to.deep.equal([]);
    expect(seen.filter((r) => r.url.pathname === '/v1/beheer/ride-sheet').every((r) => !r.url.searchParams.has('driver'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fits 320px at 200% text size, and speaks English', async () => {
    combineRun();
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer(`#ritlijst/${RIDE_DAY}/${JAN.id}`, 'en');
    expect(text($(el, '#sheet-title'))).to.equal('Run sheet of Jan Verbeek');
    expect(text($(el, 'button.print'))).to.equal('Print');
    expect(overflowing(el)).to.deep.equal([]);
  });
});
