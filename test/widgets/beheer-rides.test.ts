import { expect, fixture, html } from '@open-wc/testing';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { formatDay } from '../../src/core/dates.ts';
import { CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, DRIVERS, JAN, NEXT_RIDE_DAY, openBeheer, quiet, recordRequests, RIDE_DAY, rideCard, tabUntil } from './beheer-helpers.ts';

const blockTitles = (el: HTMLElement) => $$(el, '.block h4').map((h) => text(h));
const namesIn = (block: HTMLElement) => [...block.querySelectorAll('.ride .name')].map((n) => text(n));
const blockOf = (el: HTMLElement, title: string) => $$(el, '.block').find((b) => text(b.querySelector('h4')) === title)!;
const fact = (card: HTMLElement, label: string) =>
  text([...card.querySelectorAll('.fact')].find((f) => text(f.querySelector('dt')) === label)?.querySelector('dd'));

/** Types into a field as a person does: the value, then an input event. */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

describe('<buurt-beheer>: Vervoer, the day’s ride requests', () => {
  it('lists the day’s requests by time block, with everything the coordinator needs', async () => {
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    expect(text($(el, '.view-title'))).to.equal('Vervoer');
    expect(text($(el, '.day-title'))).to.equal(formatDay(RIDE_DAY, 'nl'));
    expect(blockTitles(el)).to.deep.equal(['09.00 tot 10.00 uur', '14.00 tot 15.00 uur', '17.00 tot 18.00 uur']);
    expect(namesIn(blockOf(el, '09.00 tot 10.00 uur'))).to.have.members(['Jannie de Vries', 'Henk Bosman', 'Gerrit van Dam']);
    // The run in the block: who already drives, and whom.
    expect(text(blockOf(el, '09.00 tot 10.00 uur').querySelector('.run'))).to.equal('Rit van Jan: Gerrit van Dam (09.30)');

    const henk = rideCard(el, 'Henk Bosman')!;
    expect(text(henk.querySelector('.badge'))).to.equal('Aangevraagd, nog beantwoorden');
    expect(text(henk.querySelector('.needs-place'))).to.contain('Rolstoelplek nodig');
    expect(fact(henk, 'Hulp nodig')).to.equal('rolstoel (blijft zitten), hulp bij de deur');
    expect(fact(henk, 'Opmerking')).to.contain('Oprit is steil');
    expect(fact(henk, 'Ophaaladres')).to.equal('Molenweg 3, 4153 AB Linde');
    expect(fact(henk, 'Tijd')).to.equal('Ophalen om 09.15 uur');
    expect(fact(henk, 'Terugrit')).to.equal('Ophalen om 10.45 uur');
    expect(henk.querySelector('a[href="tel:0612345678"]')).to.exist;

    const truus = rideCard(el, 'Truus Hendriks')!;
    expect(fact(truus, 'Aangevraagd door')).to.equal('Anneke Hendriks (familie), 06 98765432, anneke.hendriks@example.org');
    expect(fact(truus, 'Meereizigers')).to.equal('1');
    expect(fact(truus, 'Tijd')).to.equal('Moet er zijn om 14.00 uur');

    const piet = rideCard(el, 'Piet Jansen')!;
    expect(text(piet.querySelector('.badge'))).to.equal('Afgewezen');
    expect(fact(piet, 'Reden')).to.equal('Er is die avond geen chauffeur.');
    expect(piet.querySelector('button'), 'nothing to do with a declined request').to.equal(null);

    expect(text(rideCard(el, 'Gerrit van Dam')!.querySelector('.badge'))).to.equal('Bevestigd');
    expect(fact(rideCard(el, 'Gerrit van Dam')!, 'Chauffeur')).to.equal('Jan, ophalen om 09.30 uur');
    // The next days, each a link with its counts.
    const next = $$(el, '.next-days li').find((li) => li.textContent!.includes(formatDay(NEXT_RIDE_DAY, 'nl')))!;
    expect(text(next)).to.contain('2 aanvragen, 2 te beantwoorden');
    expect(next.querySelector('a')!.getAttribute('href')).to.equal(`#vervoer/${NEXT_RIDE_DAY}`);
    await expect(el).to.be.accessible();
  });

  it('says it is loading, accessibly', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('*/v1/beheer/ride-requests', async () => void (await gate)));
    history.replaceState(null, '', `${location.pathname}${location.search}#vervoer/${RIDE_DAY}`);
    const el = await fixture<BuurtBeheer>(html`<buurt-beheer></buurt-beheer>`);
    await waitUntil(() => $(el, '.content[aria-busy="true"] .skeleton'), 'the loading state');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => $(el, '.ride'), 'the requests');
  });

  it('a day without requests says so', async () => {
    worker.use(http.get('*/v1/beheer/ride-requests', () => HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500 })));
    const el = await openBeheer('#vervoer/2030-01-07');
    expect(text($(el, '.content'))).to.contain('Geen aanvragen op deze dag.');
    expect(text($(el, '.next-days'))).to.contain('Geen aanvragen in de twee weken hierna.');
    await expect(el).to.be.accessible();
  });

  it('an error has a retry; after it, focus is on the heading', async () => {
    let calls = 0;
    worker.use(http.get('*/v1/beheer/ride-requests', () => (++calls === 1 ? HttpResponse.json({}, { status: 500 }) : undefined)));
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    expect(text($(el, '[role="alert"]'))).to.contain('Dit kan nu niet worden geladen.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await waitUntil(() => $(el, '.ride'), 'the requests after retrying');
    await quiet(el);
    expect(active(el)).to.equal($(el, '.view-title'));
  });

  it('confirms a request with an eligible driver and times, keyboard only; the block’s driver comes first; the list shows it confirmed', async () => {
    const seen = recordRequests();
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const confirm = await tabUntil(el, (a) => a.matches('button.confirm') && !!a.closest('.ride') && text(a.closest('.ride')!.querySelector('.name')) === 'Jannie de Vries', 'Bevestigen for Jannie');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const card = rideCard(el, 'Jannie de Vries')!;
    const select = card.querySelector('select')!;
    await waitUntil(() => active(el) === select, 'focus on the choice of driver');
    void confirm;
    // Jan already drives this block (Gerrit): preselected, and the hint says so.
    expect(select.value).to.equal(JAN.id);
    expect(text(card.querySelector('.confirm-form'))).to.contain('In dit tijdvak rijdt al: Jan (Gerrit van Dam). Kies dezelfde chauffeur om samen te rijden.');
    // The ineligible drivers are there, with why, and cannot be chosen.
    const kees = [...select.options].find((o) => o.value === DRIVERS[2]!.id)!;
    expect(kees.disabled).to.equal(true);
    expect(text(kees)).to.equal('Kees – Rijbewijs verlopen');
    expect([...select.options].find((o) => o.value === DRIVERS[3]!.id)!.disabled).to.equal(true);
    expect(text(card.querySelector('.not-eligible'))).to.contain('Wim: Geen VOG van de laatste drie jaar');
    // A proposal: half an hour before the appointment; the asked return time.
    const pickUp = card.querySelector<HTMLInputElement>('input[name="pickUpTime"]')!;
    const back = card.querySelector<HTMLInputElement>('input[name="returnPickUpTime"]')!;
    expect(pickUp.value).to.equal('09:15');
    expect(back.value).to.equal('10:30');
    typeInto(pickUp, '09:10');
    typeInto(back, '10:35');
    await tabUntil(el, (a) => text(a) === 'Bevestigen en bericht sturen', 'the submit button');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => text(rideCard(el, 'Jannie de Vries')?.querySelector('.badge')) === 'Bevestigd', 'Jannie confirmed');
    await quiet(el);
    const done = rideCard(el, 'Jannie de Vries')!;
    expect(fact(done, 'Chauffeur')).to.equal('Jan, ophalen om 09.10 uur, terug om 10.35 uur');
    expect(text(done.querySelector('.outcome'))).to.equal('De rit van Jannie de Vries is bevestigd: Jan haalt op om 09.10 uur.');
    expect(announced(el)).to.equal('De rit van Jannie de Vries is bevestigd: Jan haalt op om 09.10 uur.');
    expect(text(blockOf(el, '09.00 tot 10.00 uur').querySelector('.run'))).to.equal('Rit van Jan: Jannie de Vries (09.10), Gerrit van Dam (09.30)');
    expect(active(el), 'focus on the passenger’s name').to.equal(done.querySelector('.name'));
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.url.pathname).to.match(/\/v1\/beheer\/ride-requests\/RV-DEMO-\w{4}\/confirm$/);
    expect(post.csrf).to.equal(CSRF_TOKEN);
    expect(beheer.rides.find(done.dataset.reference!)!.status).to.equal('confirmed');
    await expect(el).to.be.accessible();
  });

  it('an ineligible driver cannot be chosen; a refusal of the server is said at the driver field', async () => {
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const card = rideCard(el, 'Henk Bosman')!;
    card.querySelector<HTMLButtonElement>('button.confirm')!.click();
    const select = await waitUntil(() => card.querySelector('select'), 'the drivers').then(() => card.querySelector('select')!);
    expect(select.value, 'nobody drives this block for Henk yet, but Jan does: preselected').to.equal(JAN.id);
    // With the keyboard, the arrow keys pass every driver who may drive, and never one who may not.
    const reached = new Set<string>();
    select.focus();
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: i < 4 ? 'ArrowDown' : 'ArrowUp' });
      reached.add(select.value);
    }
    expect([...reached]).to.include.members([JAN.id, DRIVERS[1]!.id]);
    expect([...reached]).not.to.include.oneOf([DRIVERS[2]!.id, DRIVERS[3]!.id]);
    typeInto(select, DRIVERS[1]!.id);
    // The server may still say no (the VOG ran out today, say).
    worker.use(
      http.post('*/v1/beheer/ride-requests/:ref/confirm', () =>
        HttpResponse.json(
          { type: 'urn:buurtkit:problem:invalid-body', title: 'De gegevens kloppen niet', status: 422, errors: [{ name: 'driverId', in: 'body', detail: 'Ria mag op deze dag niet rijden: geen VOG van de laatste drie jaar.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    card.querySelector<HTMLButtonElement>('.confirm-form button[type="submit"]')!.click();
    await waitUntil(() => card.querySelector('.confirm-form .error'), 'the error at the field');
    await el.updateComplete;
    expect(text(card.querySelector('.confirm-form .error'))).to.equal('Fout: Ria mag op deze dag niet rijden: geen VOG van de laatste drie jaar.');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.contain(`f-driverId-${card.dataset.reference}-error`);
    expect(active(el)).to.equal(select);
    expect(text(card.querySelector('.badge'))).to.equal('Aangevraagd, nog beantwoorden');
    await expect(el).to.be.accessible();
  });

  it('without a driver or a pick-up time it says what is missing, at the field, and sends nothing', async () => {
    const seen = recordRequests();
    const el = await openBeheer(`#vervoer/${NEXT_RIDE_DAY}`);
    const card = rideCard(el, 'Marja Mulder')!;
    card.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => card.querySelector('select'), 'the drivers');
    expect(card.querySelector('select')!.value, 'no one drives this block yet').to.equal('');
    typeInto(card.querySelector('input[name="pickUpTime"]')!, '');
    card.querySelector<HTMLButtonElement>('.confirm-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(card.querySelectorAll('.confirm-form .error').length).to.equal(2);
    expect(text(card.querySelector('.confirm-form .error'))).to.equal('Fout: Kies een chauffeur.');
    expect(active(el)).to.equal(card.querySelector('select'));
    expect(seen.filter((r) => r.method === 'POST')).to.deep.equal([]);
  });

  it('declining asks a reason first; then the request is declined with it', async () => {
    const seen = recordRequests();
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    let card = rideCard(el, 'Truus Hendriks')!;
    card.querySelector<HTMLButtonElement>('button.decline')!.click();
    await el.updateComplete;
    const reason = card.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
    expect(active(el)).to.equal(reason);
    card.querySelector<HTMLButtonElement>('.decline-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(card.querySelector('.decline-form .error'))).to.equal('Fout: Schrijf waarom de rit niet kan.');
    expect(active(el)).to.equal(reason);
    expect(seen.filter((r) => r.method === 'POST')).to.deep.equal([]);
    await expect(el).to.be.accessible();

    typeInto(reason, 'De bus is die middag al vol.');
    typeInto(card.querySelector('textarea[name="alternatives"]')!, 'De regiotaxi rijdt wel: bel 0900 1234567.');
    card.querySelector<HTMLButtonElement>('.decline-form button[type="submit"]')!.click();
    await waitUntil(() => text(rideCard(el, 'Truus Hendriks')?.querySelector('.badge')) === 'Afgewezen', 'Truus declined');
    await quiet(el);
    card = rideCard(el, 'Truus Hendriks')!;
    expect(fact(card, 'Reden')).to.equal('De bus is die middag al vol.');
    expect(fact(card, 'Andere mogelijkheden')).to.equal('De regiotaxi rijdt wel: bel 0900 1234567.');
    expect(seen.find((r) => r.method === 'POST')!.csrf).to.equal(CSRF_TOKEN);
    expect(active(el)).to.equal(card.querySelector('.name'));
  });

  it('cancelling (after a phone call) asks first; "Nee" goes back, "Ja" cancels', async () => {
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const card = rideCard(el, 'Gerrit van Dam')!;
    card.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await el.updateComplete;
    expect(text(card.querySelector('.ask-text'))).to.contain('Doe dit alleen als u met de reiziger hebt gebeld.');
    expect(active(el)).to.equal(card.querySelector('.ask-text'));
    card.querySelector<HTMLButtonElement>('.cancel-no')!.click();
    await el.updateComplete;
    expect(active(el)).to.equal(card.querySelector('button.cancel'));
    card.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await el.updateComplete;
    card.querySelector<HTMLButtonElement>('.cancel-yes')!.click();
    await waitUntil(() => text(rideCard(el, 'Gerrit van Dam')?.querySelector('.badge')) === 'Geannuleerd', 'Gerrit cancelled');
    await quiet(el);
    expect(text(blockOf(el, '09.00 tot 10.00 uur'))).to.contain('Nog geen chauffeur in dit tijdvak.');
  });

  it('confirming before the drivers have come says they are loading, and then offers the block’s driver', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('*/v1/beheer/ride-drivers', async () => void (await gate)));
    const seen = recordRequests();
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const card = rideCard(el, 'Jannie de Vries')!;
    card.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    card.querySelector<HTMLButtonElement>('.confirm-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('De chauffeurs worden geladen…');
    expect(active(el)).to.equal(card.querySelector(`#f-driverId-${card.dataset.reference}`));
    expect(seen.filter((r) => r.method === 'POST')).to.deep.equal([]);
    release();
    await waitUntil(() => card.querySelector('.confirm-form select'), 'the drivers');
    await el.updateComplete;
    expect(card.querySelector<HTMLSelectElement>('.confirm-form select')!.value, 'Jan already drives this block').to.equal(JAN.id);
  });

  it('a conflict (409) is said in plain Dutch at the action, and the list comes fresh', async () => {
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const card = rideCard(el, 'Jannie de Vries')!;
    card.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => card.querySelector('.confirm-form select'), 'the drivers'); // as a person waits for the list
    beheer.rides.find(card.dataset.reference!)!.status = 'cancelled'; // cancelled by the passenger meanwhile
    card.querySelector<HTMLButtonElement>('.confirm-form button[type="submit"]')!.click();
    await waitUntil(() => text(rideCard(el, 'Jannie de Vries')?.querySelector('.badge')) === 'Geannuleerd', 'the fresh list');
    await quiet(el);
    expect(text(rideCard(el, 'Jannie de Vries')!.querySelector('.outcome.failed'))).to.equal('Een afgewezen of geannuleerde aanvraag kan niet worden bevestigd.');
  });

  it('goes to another day by the date field and by the next-day link; the back button returns', async () => {
    const asked: (string | null)[] = [];
    worker.use(http.get('*/v1/beheer/ride-requests', ({ request }) => void asked.push(new URL(request.url).searchParams.get('from'))));
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`);
    const day = $<HTMLInputElement>(el, '#f-ride-day')!;
    typeInto(day, NEXT_RIDE_DAY);
    $<HTMLButtonElement>(el, '.day-picker button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '.day-title')) === formatDay(NEXT_RIDE_DAY, 'nl') && $(el, '.ride'), 'the next day');
    expect(asked.at(-1)).to.equal(NEXT_RIDE_DAY);
    expect(namesIn(el.shadowRoot as unknown as HTMLElement)).to.have.members(['Wim Smits', 'Marja Mulder']);
    history.back();
    await waitUntil(() => text($(el, '.day-title')) === formatDay(RIDE_DAY, 'nl') && $(el, '.ride'), 'back on the first day');
  });

  it('fits 320px at 200% text size, and speaks English', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer(`#vervoer/${RIDE_DAY}`, 'en');
    rideCard(el, 'Truus Hendriks')!.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    expect(text($(el, '.view-title'))).to.equal('Transport');
    expect(text(rideCard(el, 'Henk Bosman')!.querySelector('.needs-place'))).to.equal('Needs a wheelchair place: stays seated in the wheelchair');
    expect(overflowing(el)).to.deep.equal([]);
    for (const b of $$(el, 'button, a.button, .chip')) expect(b.getBoundingClientRect().height, text(b)).to.be.at.least(44);
  });
});
