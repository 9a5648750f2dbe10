import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { addDays, dayKey, todayKey } from '../../src/core/dates.ts';
import { makeRideService } from '../../src/mocks/ride-fixtures.ts';
import { rides } from '../../src/mocks/ride-mock.ts';
import type { BuurtRideRequestSentEvent } from '../../src/ride-request/events.ts';
import type { BuurtRideRequest } from '../../src/ride-request/ride-request.ts';
import type { RideRequestBody } from '../../src/ride-request/types.ts';
import { tabTo } from './form-widget-suite.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { choose, eetcafeTomorrow, fill, koffie, toCheck, typeInto, until } from './ride-request-helpers.ts';

const open = async (t = html`<buurt-ride-request occurrence=${koffie().occurrenceId}></buurt-ride-request>`) => {
  const el = await fixture<BuurtRideRequest>(t);
  await until(el, '#f-forWhom', 'the first question');
  return el;
};
const active = (el: BuurtRideRequest) => el.shadowRoot!.activeElement;
const submit = async (el: BuurtRideRequest) => {
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
};

/** Records the bodies the widget POSTs (and lets the mocks answer). */
function recordBodies() {
  const bodies: RideRequestBody[] = [];
  worker.use(
    http.post('*/v1/ride-requests', async ({ request }) => {
      bodies.push((await request.clone().json()) as RideRequestBody);
      return undefined;
    }),
  );
  return bodies;
}

describe('<buurt-ride-request>', () => {
  beforeEach(() => rides.reset());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('arrives from "Vervoer nodig?" with the activity, its place, day and times filled in', async () => {
    const el = await open();
    await expect(el).to.be.accessible();
    const k = koffie();
    expect($<HTMLSelectElement>(el, '#f-activity')!.value).to.equal(k.occurrenceId);
    expect(text($(el, '.activity-facts'))).to.contain('10.00 tot 11.30 uur');
    expect(text($(el, '.activity-facts'))).to.contain('Dorpshuis De Linde');
    expect($<HTMLInputElement>(el, '#f-time')!.value).to.equal('10.00');
    expect($<HTMLInputElement>(el, '#f-timeKind')!.checked, '"Ik moet er zijn om…"').to.equal(true);
    expect($<HTMLInputElement>(el, '#f-returnTrip')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-returnTime')!.value).to.equal('11.30');
    // The places still free on that day, before choosing; 11.00 has the wheelchair place taken (fixture).
    const blocks = text($(el, '.blocks'));
    expect(blocks).to.contain('10.00–11.00 nog 7 plaatsen, rolstoelplaats vrij');
    expect(blocks).to.contain('11.00–12.00 nog 2 plaatsen, geen rolstoelplaats');
  });

  it('can be completed with the keyboard alone on a 320px phone, step by step, to the confirmation', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await open();
    await expect(el).to.be.accessible();
    const keys = [
      { to: 'button[type="submit"]', press: 'Enter' },
      { to: '#f-name', type: 'Riet van Dam' },
      { to: '#f-phone', type: '0345 654321' },
      { to: '#f-postalCode', type: '4151 AB' },
      { to: '#f-houseNumber', type: '12' },
      { to: '#f-street', type: 'Dorpsstraat' },
      { to: 'button[type="submit"]', press: 'Enter' },
      { to: '#f-rollator', press: 'Space' },
      { to: 'button[type="submit"]', press: 'Enter' },
      { to: 'button[type="submit"]', press: 'Enter' },
      { to: '#f-consent', press: 'Space' },
      { to: 'button[type="submit"]', press: 'Enter' },
      { to: 'button.send', press: 'Enter' },
    ];
    const seen: string[] = [];
    for (const step of keys) {
      await waitUntil(() => $(el, step.to), `${step.to} appears`);
      await el.updateComplete;
      if ($(el, '#step-title')) seen.push(text($(el, '#step-title')));
      await tabTo(el, step.to);
      if (step.type) await sendKeys({ type: step.type });
      if (step.press) await sendKeys({ press: step.press });
      await el.updateComplete;
    }
    await until(el, '.confirmation', 'the confirmation');
    expect(seen).to.include('Stap 1 van 5 Wie reist er?');
    expect(seen).to.include('Stap 5 van 5 Voor het versturen');
    expect(active(el)?.id).to.equal('done-title');
    expect(rides.count).to.equal(1);
    expect(rides.last!.passengerName).to.equal('Riet van Dam');
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('speaks to the person who asks: "Vul uw naam in." for oneself, the traveller’s name for someone else', async () => {
    const el = await open();
    await submit(el);
    expect(text($(el, '#f-name-error'))).to.equal('Vul uw naam in.');
    choose(el, 'f-forWhom', 'other');
    await el.updateComplete;
    await submit(el);
    expect(text($(el, '#f-name-error'))).to.equal('Vul de naam van de reiziger in.');
  });

  it('at 200% zoom asks one group of questions per step, as on a phone', async () => {
    await setViewport({ width: 640, height: 400, deviceScaleFactor: 2 } as { width: number; height: number });
    document.documentElement.style.fontSize = '200%';
    const el = await open();
    await waitUntil(() => $(el, '#step-title'), 'steps at 200%');
    expect(text($(el, '#step-title'))).to.equal('Stap 1 van 5 Wie reist er?');
    expect($(el, '#f-name'), 'the next step waits').to.equal(null);
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('for someone else asks both the passenger’s and the requester’s contact, and sends both', async () => {
    const bodies = recordBodies();
    const el = await open();
    choose(el, 'f-forWhom', 'other');
    await el.updateComplete;
    expect(text($(el, 'label[for="f-name"]'))).to.equal('Naam van de reiziger');
    expect($(el, '#f-requesterName'), 'the requester’s name is asked').to.exist;
    await expect(el).to.be.accessible();
    await fill(el);
    await submit(el);
    const summary = text($(el, '.error-summary'));
    expect(summary).to.contain('Vul uw naam in.');
    expect(summary).to.contain('Vul een telefoonnummer in.');
    choose(el, 'f-relation', 'volunteer');
    typeInto(el, 'f-requesterName', 'Kees Bakker');
    typeInto(el, 'f-requesterPhone', '06 12345678');
    await el.updateComplete;
    await toCheck(el);
    expect(text($(el, '.check-list'))).to.contain('Kees Bakker, vrijwilliger, 06 12345678');
    $<HTMLButtonElement>(el, 'button.send')!.click();
    await until(el, '.confirmation');
    expect(bodies[0]!.requester).to.deep.equal({ name: 'Kees Bakker', phone: '06 12345678', relation: 'volunteer' });
    expect(bodies[0]!.passenger.name).to.equal('Riet van Dam');
    expect(bodies[0]!.passenger.phone).to.equal('0345 654321');
  });

  it('when the bus has just become full, offers the free times to choose, keeps what was typed, and sends the chosen time', async () => {
    const bodies = recordBodies();
    const el = await open();
    await fill(el);
    typeInto(el, 'f-note', 'Bel lang aan.');
    await toCheck(el);
    // Another resident was quicker: the 10.00 block fills up before this one is sent.
    rides.fill(dayKey(koffie().start), '10:00');
    $<HTMLButtonElement>(el, 'button.send')!.click();
    await until(el, '.ride-problem', 'the full bus');
    const problem = $(el, '.ride-problem')!;
    expect(text(problem)).to.contain('Op die tijd is de bus net vol geraakt');
    expect(active(el), 'the explanation has focus').to.equal(problem);
    await expect(el).to.be.accessible();
    const choices = $$<HTMLButtonElement>(el, '.ride-problem button.alternative');
    expect(choices.length).to.be.greaterThan(0);
    // An activity is on its own day: only that day's times are offered, the next first.
    for (const c of choices) expect(text(c)).to.match(/^Kies .*, \d\d\.\d\d tot \d\d\.\d\d uur$/);
    expect(text(choices[0]!)).to.contain('11.00 tot 12.00 uur');
    expect(rides.count).to.equal(0);
    choices[0]!.click();
    await el.updateComplete;
    expect(text($(el, '.check-list'))).to.contain('Ik moet er zijn om 11.00 uur');
    expect(text($(el, '.check-list')), 'the stay at the activity is kept: back half an hour after the new time').to.contain('Terug om 12.30 uur');
    expect(text($(el, '.check-list'))).to.contain('Bel lang aan.');
    $<HTMLButtonElement>(el, 'button.send')!.click();
    await until(el, '.confirmation');
    expect(bodies.map((b) => b.trip.time)).to.deep.equal(['10:00', '11:00']);
    expect(bodies[1]!.passenger.mobility.note).to.equal('Bel lang aan.');
    expect(rides.count).to.equal(1);
  });

  it('explains days inside the lead time with the coordinator’s phone, not as an error', async () => {
    const el = await open(html`<buurt-ride-request occurrence=${eetcafeTomorrow().occurrenceId}></buurt-ride-request>`);
    const note = $(el, '.too-soon')!;
    expect(text(note)).to.contain('Deze activiteit is te snel');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('tel:0345123456');
    expect($(el, '[role="alert"]'), 'no error').to.equal(null);
    await expect(el).to.be.accessible();
    // Another destination: the days list says until when to phone, and which days the bus does not run.
    choose(el, 'f-destination', 'place');
    await el.updateComplete;
    const service = makeRideService();
    expect(text($(el, '.too-soon'))).to.contain('Vraag vervoer minstens 2 werkdagen van tevoren aan');
    expect(text($(el, '.blocked'))).to.contain('geen chauffeur beschikbaar');
    const days = $$<HTMLOptionElement>(el, '#f-date option').map((o) => o.value).filter(Boolean);
    expect(days[0]).to.equal(service.leadTime.earliestDate);
    expect(days).to.not.include(addDays(todayKey(), 12));
  });

  it('shows the server’s too-soon answer with its detail and the phone number', async () => {
    worker.use(
      http.post('*/v1/ride-requests', () =>
        HttpResponse.json(
          {
            type: 'urn:buurtkit:problem:too-soon',
            title: 'Deze rit is te snel.',
            status: 422,
            detail: 'Een rit vraagt u minstens 2 werkdagen van tevoren aan. Bel de coördinator.',
            phone: '0345 999 888',
            errors: [{ name: 'trip.date', in: 'body', detail: 'Deze dag is te snel.' }],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await open();
    await fill(el);
    await toCheck(el);
    $<HTMLButtonElement>(el, 'button.send')!.click();
    await until(el, '.ride-problem');
    const problem = $(el, '.ride-problem')!;
    expect(text(problem)).to.contain('Een rit vraagt u minstens 2 werkdagen van tevoren aan.');
    expect(problem.querySelector('a[href="tel:0345999888"]')).to.exist;
    expect($(el, 'button.send'), 'still on the check step, nothing lost').to.exist;
    await expect(el).to.be.accessible();
  });

  it('a wheelchair user who stays seated needs the wheelchair place: a time without one is refused before sending', async () => {
    const el = await open();
    await fill(el);
    choose(el, 'f-wheelchair', 'seated');
    typeInto(el, 'f-time', '11.15');
    typeInto(el, 'f-returnTime', '13.00');
    await el.updateComplete;
    await submit(el);
    expect(text($(el, '.error-summary'))).to.contain('Op deze tijd is de rolstoelplaats bezet.');
    expect($(el, '#f-time')!.getAttribute('aria-invalid')).to.equal('true');
    // The same time without the wheelchair is fine (seats are left).
    choose(el, 'f-wheelchair', 'transfers');
    await el.updateComplete;
    await submit(el);
    await until(el, 'button.send');
  });

  it('shows the cost before sending: a common place at € 0,30 per km both ways, an activity as not known beforehand', async () => {
    const el = await open();
    expect(text($(el, '.cost'))).to.contain('Het bedrag hoort u van de coördinator');
    choose(el, 'f-destination', 'place');
    await el.updateComplete;
    choose(el, 'f-place', 'ziekenhuis-tiel');
    await el.updateComplete;
    // 14.5 km each way, twice, at € 0,30: € 8,70.
    expect(text($(el, '.cost'))).to.match(/^€\s8,70 \(heen en terug\)$/);
    $<HTMLInputElement>(el, '#f-returnTrip')!.click();
    await el.updateComplete;
    expect(text($(el, '.cost'))).to.match(/^€\s4,35 \(enkele reis\)$/);
    expect(text($(el, '.privacy'))).to.contain('Alleen de coördinator van de dorpsbus en de chauffeur van uw rit.');
  });

  it('confirms with a reference and a personal link, and fires buurt-ride-request-sent without the token', async () => {
    const el = await open();
    await fill(el);
    await toCheck(el);
    await expect(el).to.be.accessible();
    setTimeout(() => $<HTMLButtonElement>(el, 'button.send')!.click());
    const event = (await oneEvent(el, 'buurt-ride-request-sent')) as BuurtRideRequestSentEvent;
    await until(el, '.confirmation');
    expect(event.composed && event.bubbles).to.equal(true);
    expect(event.request.reference).to.match(/^RV-/);
    expect(JSON.stringify(event.request)).to.not.contain('token');
    expect(text($(el, '.reference'))).to.equal(event.request.reference);
    const link = $<HTMLAnchorElement>(el, '.personal-link a')!.href;
    expect(new URL(link).hash).to.match(new RegExp(`^#buurt-rit=${event.request.reference}\\.[A-Za-z0-9_-]{20,}$`));
    await expect(el).to.be.accessible();
  });

  describe('the status page', () => {
    const base = () => ({
      reference: 'RV-7K3M-Q9PD',
      passengerName: 'Riet van Dam',
      destination: { name: 'Koffieochtend, Dorpshuis De Linde', address: 'Lindeplein 1, 4151 AB Linde', occurrenceId: koffie().occurrenceId },
      trip: { date: dayKey(koffie().start), timeKind: 'arrive-by' as const, time: '10:00', returnTime: '11:30' },
      cost: { text: '€ 0,30 per kilometer; het bedrag hoort u van de coördinator' },
      createdAt: new Date().toISOString(),
    });
    const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
    const openLink = async (patch: object) => {
      rides.add({ ...base(), status: 'requested', canCancel: true, ...patch }, TOKEN);
      history.replaceState(null, '', `${location.pathname}${location.search}#buurt-rit=RV-7K3M-Q9PD.${TOKEN}`);
      const el = await fixture<BuurtRideRequest>(html`<buurt-ride-request></buurt-ride-request>`);
      await until(el, '.status-page', 'the status page');
      return el;
    };

    it('aangevraagd: the places are held, and it can be cancelled after a confirmation question', async () => {
      const el = await openLink({});
      await expect(el).to.be.accessible();
      expect(text($(el, '.ride-status'))).to.contain('Aangevraagd. De coördinator heeft uw aanvraag nog niet bekeken.');
      $<HTMLButtonElement>(el, 'button.cancel')!.click();
      await el.updateComplete;
      expect(text($(el, '.confirm-cancel'))).to.contain('Weet u zeker dat u deze rit wilt annuleren?');
      expect(active(el)).to.equal($(el, '.confirm-cancel .danger'));
      await expect(el).to.be.accessible();
      let deletes = 0;
      worker.use(http.delete('*/v1/ride-requests/:reference', ({ request }) => (deletes++, request.headers.get('authorization') === `Bearer ${TOKEN}` ? undefined : HttpResponse.error())));
      $<HTMLButtonElement>(el, '.confirm-cancel .danger')!.click();
      await waitUntil(() => text($(el, '.ride-status')).includes('Geannuleerd'), 'cancelled');
      expect(deletes).to.equal(1);
      expect($(el, 'button.cancel'), 'nothing more to cancel').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"Nee, niet annuleren" keeps the ride', async () => {
      const el = await openLink({});
      $<HTMLButtonElement>(el, 'button.cancel')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.confirm-cancel .keep')!.click();
      await el.updateComplete;
      expect($(el, '.confirm-cancel')).to.equal(null);
      expect(text($(el, '.ride-status'))).to.contain('Aangevraagd');
    });

    it('bevestigd: the pick-up time and the driver’s first name', async () => {
      const day = dayKey(koffie().start);
      const el = await openLink({ status: 'confirmed', pickUpTime: koffie().start.replace('10:00', '09:35'), driverFirstName: 'Henk', returnPickUpTime: koffie().start.replace('10:00', '11:40') });
      await expect(el).to.be.accessible();
      expect(text($(el, '.ride-status'))).to.contain('Bevestigd. Uw rit is bevestigd.');
      expect(text($(el, '.pick-up'))).to.contain('09.35 uur');
      expect(text($(el, '.pick-up'))).to.contain(String(Number(day.slice(8))));
      expect(text($(el, '.driver'))).to.equal('Henk');
      expect($(el, 'button.cancel')).to.exist;
    });

    it('afgewezen: the reason and what is offered, and no cancel button', async () => {
      const el = await openLink({ status: 'declined', canCancel: false, declineReason: 'Er is die ochtend geen chauffeur.', alternatives: 'De Plusbus rijdt wel: 0345 111 000.' });
      await expect(el).to.be.accessible();
      expect(text($(el, '.ride-status'))).to.contain('Afgewezen');
      expect(text($(el, '.decline-reason'))).to.equal('Er is die ochtend geen chauffeur.');
      expect(text($(el, '.offered'))).to.equal('De Plusbus rijdt wel: 0345 111 000.');
      expect($(el, 'button.cancel')).to.equal(null);
    });

    it('geannuleerd, and a wrong link says it was not found', async () => {
      const el = await openLink({ status: 'cancelled', canCancel: false, cancelledAt: new Date().toISOString() });
      expect(text($(el, '.ride-status'))).to.contain('Geannuleerd. Deze rit is geannuleerd.');
      history.replaceState(null, '', `${location.pathname}${location.search}#buurt-rit=RV-7K3M-Q9PD.wrongwrongwrongwrongwrong`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await waitUntil(() => text($(el, '.content')).includes('Deze rit is niet gevonden'), 'not found');
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English with lang="en": the form, the days, the cost and the check step', async () => {
    const el = await open(html`<buurt-ride-request lang="en" occurrence=${koffie().occurrenceId}></buurt-ride-request>`);
    await expect(el).to.be.accessible();
    expect(text($(el, 'form'))).to.contain('Who is the ride for?');
    expect(text($(el, '.blocks'))).to.contain('10:00–11:00 7 places left, wheelchair place free');
    expect($<HTMLInputElement>(el, '#f-time')!.value).to.equal('10:00');
    expect(text($(el, '.cost'))).to.contain('The coordinator tells you the amount');
    await fill(el);
    await toCheck(el);
    expect(text($(el, '.check-list'))).to.contain('I need to be there at 10:00');
    expect(text($(el, '#check-title'))).to.equal('Check the request');
  });

  it('keeps the spam trap out of sight, out of the tab order and away from screen readers', async () => {
    const el = await open();
    const trap = $<HTMLInputElement>(el, '#f-homepage')!;
    expect(trap.closest('[hidden]')).to.exist;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getBoundingClientRect().width).to.equal(0);
  });
});
