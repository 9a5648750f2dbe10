import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { volunteering } from '../../src/mocks/volunteer-mock.ts';
import type { BuurtSignedUpEvent } from '../../src/volunteer-signup/events.ts';
import { readPersonalLink } from '../../src/volunteer-signup/personal-link.ts';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { tabTo } from './form-widget-suite.ts';
import { $, $$, settled, text, waitUntil, worker } from './helpers.ts';
import { fill, fullShift, KOFFIE, openShift, titles, toCheck, until } from './volunteer-signup-helpers.ts';

const open = (t = html`<buurt-volunteer-signup></buurt-volunteer-signup>`) => fixture<BuurtVolunteerSignup>(t).then(settled);
const active = (el: BuurtVolunteerSignup) => el.shadowRoot!.activeElement;

async function sendFilled(el: BuurtVolunteerSignup) {
  await fill(el);
  await toCheck(el);
  $<HTMLButtonElement>(el, 'button.send')!.click();
  await until(el, '.confirmation', 'the confirmation');
}

describe('<buurt-volunteer-signup>', () => {
  beforeEach(() => volunteering.reset());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('the list', () => {
    it('shows each role with what is asked and the places left', async () => {
      const el = await open();
      await expect(el).to.be.accessible();
      expect(titles(el)).to.include('Chauffeur van de dorpsbus');
      const bus = $(el, '[data-id="chauffeur-dorpsbus"]')!;
      expect(text(bus)).to.contain('Een VOG');
      expect(text(bus)).to.contain('Rijbewijs B');
      expect(text(bus)).to.contain('Minimaal 21 jaar');
      expect(text(bus)).to.contain('Doorlopend');
      expect(text($(el, '[data-id="koffie-schenken-koffieochtend"]'))).to.contain('Nog 5 plekken');
      expect(text($(el, '[data-id="tafels-dekken-eetcafe"]'))).to.contain('Vol: u kunt op de wachtlijst');
      expect(text($(el, '.count'))).to.equal('6 manieren om mee te helpen');
      const closed = text($(el, '[data-id="begeleider-gym"]'));
      expect(closed).to.contain('Aanmelden voor dit werk is gesloten');
      expect(closed, 'a closed role offers no waiting list').to.not.contain('wachtlijst');
    });

    it('filters by organisation, kind of work and part of the day, and "Filters wissen" shows all again', async () => {
      const el = await open();
      const select = (id: string, value: string) => {
        const s = $<HTMLSelectElement>(el, `#${id}`)!;
        s.value = value;
        s.dispatchEvent(new Event('change'));
      };
      // The kinds come from the network's volunteerKinds, only those that have work.
      const kinds = $$<HTMLOptionElement>(el, '#filter-kind option').map((o) => o.textContent!.trim());
      expect(kinds).to.deep.equal(['Alle', 'Koffie en gastvrijheid', 'Vervoer', 'Maatje en bezoek', 'Tuin en buiten', 'Sport en bewegen']);
      select('filter-kind', 'koffie-en-gastvrijheid');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Koffie schenken bij de Koffieochtend', 'Tafels dekken en afruimen bij het Eetcafé']);
      $$<HTMLButtonElement>(el, '.chip').find((b) => text(b) === 'middag')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Tafels dekken en afruimen bij het Eetcafé']);
      select('filter-kind', '');
      select('filter-organization', 'sociaal-wijkteam');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Maatje voor een dorpsgenoot']);
      $$<HTMLButtonElement>(el, '.chip').find((b) => text(b).includes('middag'))!.click();
      $$<HTMLButtonElement>(el, '.chip').find((b) => text(b).includes('avond'))!.click();
      select('filter-organization', 'moestuin-lindehoek');
      await el.updateComplete;
      expect(text($(el, '.content'))).to.contain('Er is nu geen vrijwilligerswerk dat hierbij past.');
      await expect(el).to.be.accessible();
      $$<HTMLButtonElement>(el, '.status button').find((b) => text(b) === 'Filters wissen')!.click();
      await el.updateComplete;
      expect(titles(el).length).to.equal(6);
    });

    it('is scoped to one organisation with organization="…"', async () => {
      const el = await open(html`<buurt-volunteer-signup organization="dorpshuis-de-linde"></buurt-volunteer-signup>`);
      expect(titles(el)).to.have.length(3);
      expect($(el, '#filter-organization'), 'no organisation choice for one organisation').to.equal(null);
    });
  });

  describe('one role', () => {
    it('opens from the list, shows its shifts with places left, and goes back to where you were', async () => {
      const el = await open();
      $<HTMLButtonElement>(el, `[data-id="${KOFFIE}"] .title button`)!.click();
      await until(el, '.shifts', 'the shifts');
      await el.updateComplete;
      expect(active(el)?.localName, 'focus on the heading of the role').to.equal('h3');
      const shifts = $$(el, '.shift');
      expect(shifts).to.have.length(3);
      expect(text(shifts[1])).to.contain('2 van 3 plekken vrij');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.back')!.click();
      await until(el, '.opportunity', 'the list');
      await el.updateComplete;
      expect(text(active(el))).to.equal('Koffie schenken bij de Koffieochtend');
    });

    it('shows the places left anew after signing up and going back to the list', async () => {
      const el = await open();
      expect(text($(el, `[data-id="${KOFFIE}"] .places`))).to.equal('Nog 5 plekken');
      $<HTMLButtonElement>(el, `[data-id="${KOFFIE}"] .title button`)!.click();
      await until(el, `[data-occurrence="${openShift().occurrenceId}"] button`);
      $<HTMLButtonElement>(el, `[data-occurrence="${openShift().occurrenceId}"] button`)!.click();
      await until(el, '#f-name');
      await sendFilled(el);
      $<HTMLButtonElement>(el, '.confirmation button')!.click();
      await waitUntil(() => text($(el, `[data-id="${KOFFIE}"] .places`)) === 'Nog 4 plekken', 'one place fewer');
    });

    it('offers the waiting list on a full shift, and the confirmation says the place in the queue', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity=${KOFFIE}></buurt-volunteer-signup>`);
      const full = $(el, `[data-occurrence="${fullShift().occurrenceId}"]`)!;
      expect(text(full)).to.contain('Vol, 1 op de wachtlijst');
      const button = full.querySelector('button')!;
      expect(text(button)).to.contain('Zet mij op de wachtlijst');
      button.click();
      await until(el, '#f-name');
      expect(text($(el, '.notice'))).to.contain('U komt op de wachtlijst');
      await sendFilled(el);
      expect(text($(el, '.confirmation h3'))).to.equal('U staat op de wachtlijst');
      expect(text($(el, '.confirmation'))).to.contain('U bent nummer 2 op de wachtlijst.');
    });

    it('says when every shift is full', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity="tafels-dekken-eetcafe"></buurt-volunteer-signup>`);
      expect(text($(el, '.notice'))).to.contain('Dit moment is vol');
      expect($$(el, '.shift button').every((b) => text(b).startsWith('Zet mij op de wachtlijst'))).to.equal(true);
    });

    it('says when sign-ups are closed, with no way to sign up', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity="begeleider-gym"></buurt-volunteer-signup>`);
      expect(text($(el, '.closed'))).to.contain('Aanmelden voor dit werk is gesloten');
      expect($(el, 'form')).to.equal(null);
      expect($$(el, 'button.primary')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says so when the role does not exist', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity="bestaat-niet"></buurt-volunteer-signup>`);
      expect(text($(el, '.content'))).to.contain('Dit vrijwilligerswerk bestaat niet (meer).');
    });

    it('signs up for an ongoing role without a shift', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity="maatje-thuis"></buurt-volunteer-signup>`);
      expect($(el, '.shifts')).to.equal(null);
      $<HTMLButtonElement>(el, '.detail button.primary')!.click();
      await until(el, '#f-name');
      await sendFilled(el);
      expect(text($(el, '.confirmation h3'))).to.equal('U bent aangemeld. Dank u wel!');
    });
  });

  describe('sending', () => {
    it('asks for a phone number or an e-mail address, and checks the phone number before sending', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`);
      await until(el, '#f-name');
      expect($<HTMLInputElement>(el, '#f-phone')!.autocomplete).to.equal('tel');
      expect($<HTMLInputElement>(el, '#f-email')!.autocomplete).to.equal('email');
      expect($<HTMLInputElement>(el, '#f-name')!.autocomplete).to.equal('name');
      await fill(el);
      const phone = $<HTMLInputElement>(el, '#f-phone')!;
      phone.value = '';
      phone.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.error-summary'))).to.contain('Vul een telefoonnummer of een e-mailadres in.');
      phone.value = '12';
      phone.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.error-summary'))).to.contain('Vul een telefoonnummer in zoals 0345 123456');
    });

    it('a badly typed e-mail address gets an error that says how to write it, not the field\'s label', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`);
      await until(el, '#f-name');
      await fill(el);
      const email = $<HTMLInputElement>(el, '#f-email')!;
      email.value = 'jannie@';
      email.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      const error = text($(el, `#${email.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('error'))}`));
      expect(error).to.contain('naam@voorbeeld.nl');
      expect(text($(el, '.error-summary'))).to.contain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    });

    it('sends what was typed, shows it at the check step, and fires buurt-signed-up without the token', async () => {
      const bodies: unknown[] = [];
      worker.use(http.post('*/v1/volunteer-signups', async ({ request }) => void bodies.push(await request.clone().json())));
      const el = await open(html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`);
      await until(el, '#f-name');
      await fill(el);
      $<HTMLInputElement>(el, '.availability input')!.click(); // maandag ochtend
      await toCheck(el);
      expect(text($(el, '.check-list'))).to.contain('maandag ochtend');
      expect(text($(el, '.check-list'))).to.contain('Jannie de Vries');
      const fired = oneEvent(el, 'buurt-signed-up') as Promise<BuurtSignedUpEvent>;
      $<HTMLButtonElement>(el, 'button.send')!.click();
      const event = await fired;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.signup.status).to.equal('confirmed');
      expect(event.signup).to.not.have.property('token');
      expect(bodies[0]).to.deep.equal({
        opportunityId: KOFFIE,
        occurrenceId: openShift().occurrenceId,
        name: 'Jannie de Vries',
        phone: '0345 123456',
        availability: [{ day: 'mon', part: 'morning' }],
        consent: { privacyVersion: 'vrijwilligers-2026-11' },
      });
      await until(el, '.confirmation');
      expect(text($(el, '.reference'))).to.match(/^VW-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    });

    it('sends once when "Versturen" is pressed again while sending', async () => {
      let requests = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      worker.use(
        http.post('*/v1/volunteer-signups', async () => {
          requests++;
          await gate;
          return undefined;
        }),
      );
      const el = await open(html`<buurt-volunteer-signup opportunity="maatje-thuis"></buurt-volunteer-signup>`);
      $<HTMLButtonElement>(el, '.detail button.primary')!.click();
      await until(el, '#f-name');
      await fill(el);
      await toCheck(el);
      $<HTMLButtonElement>(el, 'button.send')!.click();
      await el.updateComplete;
      expect(text($(el, '.sending'))).to.equal('Bezig met versturen…');
      $<HTMLButtonElement>(el, 'button.send')!.click();
      await new Promise((r) => setTimeout(r, 100));
      release();
      await until(el, '.confirmation');
      expect(requests).to.equal(1);
    });

    it('can be found and signed up for with the keyboard alone, starting from the list', async () => {
      const el = await open();
      await tabTo(el, `[data-id="${KOFFIE}"] .title button`);
      await sendKeys({ press: 'Enter' });
      await until(el, `[data-occurrence="${openShift().occurrenceId}"] button`);
      await tabTo(el, `[data-occurrence="${openShift().occurrenceId}"] button`);
      await sendKeys({ press: 'Enter' });
      await until(el, '#f-name');
      expect(active(el)?.id, 'focus on the first question').to.equal('f-name');
      await sendKeys({ type: 'Jannie de Vries' });
      await tabTo(el, '#f-email');
      await sendKeys({ type: 'jannie@voorbeeld.nl' });
      await tabTo(el, '#f-consent');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' }); // Enter in a form submits it
      await until(el, 'button.send');
      expect(active(el)?.id, 'focus on "Controleer uw gegevens"').to.equal('check-title');
      await tabTo(el, 'button.send');
      await sendKeys({ press: 'Enter' });
      await until(el, '.confirmation');
      expect(volunteering.count).to.equal(1);
    });
  });

  describe('the personal link', () => {
    it('is built on the host page URL with the reference and token in the # fragment', async () => {
      const el = await open(html`<buurt-volunteer-signup opportunity="maatje-thuis"></buurt-volunteer-signup>`);
      $<HTMLButtonElement>(el, '.detail button.primary')!.click();
      await until(el, '#f-name');
      await sendFilled(el);
      const link = new URL($<HTMLAnchorElement>(el, '.personal-link a')!.href);
      expect(link.origin + link.pathname + link.search).to.equal(location.origin + location.pathname + location.search);
      const parsed = readPersonalLink(link.hash)!;
      expect(parsed.reference).to.equal(text($(el, '.reference')));
      expect(parsed.token).to.match(/^[A-Za-z0-9_-]{20,}$/);
      expect(link.search, 'the token is not in the query, which servers log').to.not.contain(parsed.token);
    });

    it('opens the sign-up with the Bearer token, and cancels it after "Weet u het zeker?"', async () => {
      const created = volunteering.signUp(
        { opportunityId: KOFFIE, occurrenceId: openShift().occurrenceId, name: 'Jannie de Vries', phone: '0345 123456', consent: { privacyVersion: 'vrijwilligers-2026-11' } },
        'test-key-0001',
      ) as { reference: string; token: string };
      const auth: string[] = [];
      worker.use(
        http.all('*/v1/volunteer-signups/:reference', ({ request }) => void auth.push(`${request.method} ${request.headers.get('authorization')}`)),
      );
      history.replaceState(null, '', `#buurt-aanmelding=${created.reference}.${created.token}`);
      const el = await open();
      expect(text($(el, '.manage'))).to.contain(created.reference);
      expect(text($(el, '.manage'))).to.contain('Aangemeld');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.cancel')!.click();
      await until(el, '.confirm-cancel');
      expect(text(active(el))).to.equal('Ja, annuleren');
      (active(el) as HTMLButtonElement).click();
      await waitUntil(() => text($(el, '.manage h3')) === 'Uw aanmelding is geannuleerd.', 'cancelled');
      expect(text($(el, '.signup-status'))).to.contain('Geannuleerd');
      expect(auth).to.deep.equal([`GET Bearer ${created.token}`, `DELETE Bearer ${created.token}`]);
      await expect(el).to.be.accessible();
    });

    it('says so when the link is wrong', async () => {
      history.replaceState(null, '', '#buurt-aanmelding=VW-AAAA-BBBB.verkeerdtokenverkeerdtoken');
      const el = await open();
      expect(text($(el, '.content'))).to.contain('Deze aanmelding is niet gevonden.');
    });

    it('keeps the sign-up and says so when cancelling fails', async () => {
      const created = volunteering.signUp(
        { opportunityId: 'maatje-thuis', name: 'Piet', email: 'piet@voorbeeld.nl', consent: { privacyVersion: 'vrijwilligers-2026-11' } },
        'test-key-0002',
      ) as { reference: string; token: string };
      worker.use(http.delete('*/v1/volunteer-signups/:reference', () => HttpResponse.error()));
      history.replaceState(null, '', `#buurt-aanmelding=${created.reference}.${created.token}`);
      const el = await open();
      $<HTMLButtonElement>(el, '.cancel')!.click();
      await until(el, '.confirm-cancel .danger');
      $<HTMLButtonElement>(el, '.confirm-cancel .danger')!.click();
      await until(el, '.send-problem');
      expect(text($(el, '.send-problem'))).to.contain('Annuleren is niet gelukt');
      expect(text($(el, '.signup-status'))).to.contain('Aangemeld');
    });
  });
});

describe('<buurt-volunteer-signup occurrence="…"> (from the agenda\'s "Help mee")', () => {
  beforeEach(() => volunteering.reset());

  it('opens the form for that shift when one role asks for help at it', async () => {
    const el = await fixture<BuurtVolunteerSignup>(html`<buurt-volunteer-signup occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`);
    await until(el, '#f-name', 'the form');
    expect(text($(el, '.detail h3'))).to.equal('Koffie schenken bij de Koffieochtend');
    expect(text($(el, '.chosen'))).to.contain('10.00 tot 11.30 uur');
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(el, '.opportunity');
    expect(titles(el), 'back: the roles at that shift, and it stays there').to.deep.equal(['Koffie schenken bij de Koffieochtend']);
  });
});
