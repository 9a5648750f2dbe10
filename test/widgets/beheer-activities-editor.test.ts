import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';
import { CONTACT_ACCOUNT } from '../../src/mocks/beheer-activities-mock.ts';
import { addDays, todayKey } from '../../src/core/dates.ts';
import { $, $$, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, openBeheer, recordRequests, tabUntil } from './beheer-helpers.ts';

/** Types into a field as a person does: the value, then an input (or change) event. */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
const field = <E extends HTMLElement = HTMLInputElement>(el: BuurtBeheer, key: string) => $<E>(el, `#f-act-${key}`)!;
const click = (el: BuurtBeheer, selector: string) => $<HTMLButtonElement>(el, selector)!.click();
const dates = (el: BuurtBeheer) => $$(el, '.preview .date');
const previewed = (el: BuurtBeheer, words: string) =>
  waitUntil(() => text($(el, '.schedule-words')).includes(words) && $(el, '.preview')?.getAttribute('aria-busy') === 'false', `the preview "${words}"`);

/** The third Thursday of next month. */
function thirdThursdayNextMonth(): string {
  const t = todayKey();
  const first = `${t.slice(0, 5)}${String(Number(t.slice(5, 7)) + 1).padStart(2, '0')}-01`.replace(/^(\d{4})-13/, (_, y) => `${Number(y) + 1}-01`);
  const weekday = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(first, ((3 - weekday + 7) % 7) + 14);
}

/** The bodies of the requests to one path and method, read without using them up. */
function bodies(method: 'post' | 'put', path: string) {
  const seen: unknown[] = [];
  worker.use(http[method](path, async ({ request }) => void seen.push(await request.clone().json())));
  return seen;
}

describe('<buurt-beheer>: Activiteiten, the editor', () => {
  // The page goes before the mocks do: a preview still waiting for its debounce is never sent.
  afterEach(() => fixtureCleanup());

  it('is accessible: a new activity and an existing one with its dates', async () => {
    const el = await openBeheer('#activiteiten/nieuw');
    await expect(el).to.be.accessible();
    const existing = await openBeheer('#activiteiten/koffieochtend');
    await waitUntil(() => dates(existing).length === 10, 'the dates');
    await expect(existing).to.be.accessible();
  });

  it('a coordinator adds "iedere derde donderdag", sees the server’s dates, cancels one with a reason and saves', async () => {
    const el = await openBeheer('#activiteiten/nieuw');
    const first = thirdThursdayNextMonth();
    typeInto(field(el, 'title'), 'Soos voor ouderen');
    typeInto(field<HTMLTextAreaElement>(el, 'summary'), 'Een middag kaarten, sjoelen en bijpraten.');
    typeInto(field<HTMLSelectElement>(el, 'organizationId'), 'dorpshuis-de-linde');
    typeInto(field<HTMLSelectElement>(el, 'placeId'), 'dorpshuis-de-linde');
    field(el, 'categories').click();
    typeInto(field(el, 'firstDate'), first);
    typeInto(field(el, 'startTime'), '14:00');
    typeInto(field(el, 'endTime'), '16:00');
    $<HTMLInputElement>(el, '#f-act-repeat-monthly')!.click();
    await el.updateComplete;
    // The first date is a third Thursday: the month's choices follow it.
    expect(field<HTMLSelectElement>(el, 'ordinal').value).to.equal('3');
    expect(field<HTMLSelectElement>(el, 'monthDay').value).to.equal('TH');
    await previewed(el, 'Iedere derde donderdag van de maand, 14.00 tot 16.00 uur');
    expect(text($(el, '#preview-title'))).to.equal('Zo komt het in de agenda:');
    expect(dates(el)).to.have.length(10);
    for (const d of dates(el)) expect(text(d.querySelector('.when-text'))).to.match(/^donderdag \d+ \w+, 14\.00 uur$/);
    expect(dates(el)[0]!.dataset.original).to.equal(`${first}T14:00`);

    const second = dates(el)[1]!;
    const original = second.dataset.original!;
    (second.querySelector('button.cancel') as HTMLButtonElement).click();
    await el.updateComplete;
    const reason = second.querySelector('textarea')!;
    expect(active(el)).to.equal(reason);
    // Without a reason it says what is missing.
    (second.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(second.querySelector('.error'))).to.equal('Schrijf waarom het niet doorgaat.');
    typeInto(reason, 'Dorpshuis gesloten voor onderhoud');
    (second.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(second.querySelector('.badge'))).to.equal('Gaat niet door');
    expect(text(second)).to.contain('Reden: Dorpshuis gesloten voor onderhoud');
    await waitUntil(() => $(el, '.preview')?.getAttribute('aria-busy') === 'false', 'the preview with the exception');
    expect(text(dates(el).find((d) => d.dataset.original === original)!.querySelector('.badge'))).to.equal('Gaat niet door');

    const sent = bodies('post', '*/v1/beheer/activities');
    click(el, 'button.save');
    await waitUntil(() => location.hash === '#activiteiten/activiteit-1' && text($(el, '.outcome-message')) === 'Opgeslagen', 'the saved activity');
    expect(sent).to.deep.equal([
      {
        startsAt: `${first}T14:00`,
        durationMinutes: 120,
        rrule: 'FREQ=MONTHLY;BYDAY=3TH',
        exceptions: [{ originalStartsAt: original, kind: 'cancelled', note: 'Dorpshuis gesloten voor onderhoud' }],
        title: 'Soos voor ouderen',
        summary: 'Een middag kaarten, sjoelen en bijpraten.',
        description: '',
        organizationId: 'dorpshuis-de-linde',
        placeId: 'dorpshuis-de-linde',
        categories: ['ontmoeting'],
        audiences: [],
        cost: { free: true },
        accessibility: { wheelchair: false, hearingLoop: false },
        registration: { required: false },
        villageBus: false,
      },
    ]);
    expect(announced(el)).to.equal('Opgeslagen');
    expect(text($(el, '.view-title'))).to.equal('Soos voor ouderen');
    expect($<HTMLInputElement>(el, '#f-act-repeat-monthly')!.checked).to.equal(true);
  });

  it('asks the preview once the typing stops, and aborts the question it no longer needs', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    await previewed(el, 'Elke dinsdag');
    const seen = recordRequests();
    for (const end of ['11:45', '12:00', '12:15']) typeInto(field(el, 'endTime'), end);
    await previewed(el, 'Elke dinsdag, 10.00 tot 12.15 uur');
    expect(seen.filter((r) => r.url.pathname.endsWith('/schedule-preview'))).to.have.length(1);
  });

  it('lists the public holidays on the series’ dates, and skips them all in one go', async () => {
    const el = await openBeheer('#activiteiten/nieuw');
    const monday = addDays(todayKey(), (7 - ((new Date(`${todayKey()}T12:00:00Z`).getUTCDay() + 6) % 7)) % 7);
    typeInto(field(el, 'firstDate'), monday);
    typeInto(field(el, 'startTime'), '19:30');
    typeInto(field(el, 'endTime'), '21:00');
    await previewed(el, 'Elke maandag');
    const names = $$(el, '.holiday strong').map((s) => text(s));
    expect(names).to.include.members(['Tweede Paasdag', 'Tweede Pinksterdag']);
    click(el, 'button.skip-all-holidays');
    await el.updateComplete;
    expect($$(el, '.holiday .badge').map((b) => text(b))).to.deep.equal(names.map(() => 'wordt overgeslagen'));
    expect($(el, 'button.skip-all-holidays')).to.equal(null);
    await waitUntil(() => announced(el).includes('Tweede Paasdag wordt overgeslagen.'), 'the announcement');
  });

  it('undoes an existing exception, and moves a date with a new time and reason', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    await previewed(el, 'Elke dinsdag');
    const skipped = dates(el).find((d) => text(d.querySelector('.badge')) === 'Overgeslagen')!;
    (skipped.querySelector('button.undo') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(skipped.querySelector('.badge'))).to.equal('Gaat door');
    const first = dates(el)[0]!;
    (first.querySelector('button.move') as HTMLButtonElement).click();
    await el.updateComplete;
    const newDate = addDays(first.dataset.original!.slice(0, 10), 1);
    typeInto(first.querySelector<HTMLInputElement>('input[type=date]')!, newDate);
    typeInto(first.querySelector<HTMLInputElement>('input[type=time]')!, '13:30');
    typeInto(first.querySelector('textarea')!, 'De zaal is bezet');
    (first.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(first.querySelector('.badge'))).to.equal('Verplaatst');
    const sent = bodies('put', '*/v1/beheer/activities/:id');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect((sent[0] as { exceptions: unknown[] }).exceptions).to.deep.equal([
      { originalStartsAt: first.dataset.original, kind: 'moved', newStartsAt: `${newDate}T13:30`, note: 'De zaal is bezet' },
    ]);
  });

  it('takes a skipped date along when the start time changes, so it stays skipped', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    await previewed(el, 'Elke dinsdag, 10.00');
    const skippedDay = dates(el).find((d) => text(d.querySelector('.badge')) === 'Overgeslagen')!.dataset.original!.slice(0, 10);
    typeInto(field(el, 'startTime'), '10:30');
    await previewed(el, 'Elke dinsdag, 10.30');
    const same = dates(el).find((d) => d.dataset.original!.startsWith(skippedDay))!;
    expect(same.dataset.original).to.equal(`${skippedDay}T10:30`);
    expect(text(same.querySelector('.badge'))).to.equal('Overgeslagen');
    const sent = bodies('put', '*/v1/beheer/activities/:id');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect((sent[0] as { exceptions: unknown[] }).exceptions).to.deep.equal([{ originalStartsAt: `${skippedDay}T10:30`, kind: 'skipped' }]);
  });

  it('shows each refused field’s Dutch message next to it and in a summary on top that takes the focus and links to each field (422)', async () => {
    worker.use(
      http.put('*/v1/beheer/activities/:id', () =>
        HttpResponse.json(
          {
            type: 'urn:buurtkit:problem:invalid-body',
            title: 'De gegevens kloppen niet',
            status: 422,
            errors: [
              { name: 'exceptions[0].originalStartsAt', in: 'body', detail: 'Deze datum hoort niet bij de herhaling.' },
              { name: 'cost.amount', in: 'body', detail: 'Mag niet meer dan 9999,99 zijn.' },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await openBeheer('#activiteiten/gym-voor-senioren');
    typeInto(field(el, 'amount'), '9999');
    typeInto(field(el, 'title'), 'Gym voor senioren (nieuw)');
    click(el, 'button.save');
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'the focus on the summary');
    expect($$(el, '.error-summary a').map(text), 'in the order of the form').to.deep.equal([
      'Bedrag in euro: Mag niet meer dan 9999,99 zijn.',
      'Datums: Deze datum hoort niet bij de herhaling.',
    ]);
    $<HTMLAnchorElement>(el, '.error-summary a')!.click();
    expect(active(el), 'the link goes to its field').to.equal(field(el, 'amount'));
    expect(text($(el, '#f-act-amount-error'))).to.equal('Mag niet meer dan 9999,99 zijn.');
    expect(field(el, 'amount').getAttribute('aria-describedby')).to.contain('f-act-amount-error');
    expect(field(el, 'amount').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-act-exceptions'))).to.equal('Deze datum hoort niet bij de herhaling.');
    expect(field(el, 'title').value, 'what was typed is kept').to.equal('Gym voor senioren (nieuw)');
    expect(announced(el)).to.equal('Er zijn 2 dingen die nog niet kloppen. Kijk bij de velden.');
    await expect(el).to.be.accessible();
  });

  it('checks what it can before sending: a missing title and a missing end time', async () => {
    const el = await openBeheer('#activiteiten/nieuw');
    const seen = recordRequests();
    typeInto(field(el, 'startTime'), '14:00');
    click(el, 'button.save');
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'the focus on the summary');
    expect($$(el, '.error-summary a').map(text)).to.deep.equal(['Titel: Vul dit in.', 'Korte beschrijving: Vul dit in.', 'Organisatie: Maak een keuze.', 'Plaats: Maak een keuze.', 'Eindtijd: Vul de eindtijd in.']);
    $$<HTMLAnchorElement>(el, '.error-summary a').at(-1)!.click();
    expect(active(el)).to.equal(field(el, 'endTime'));
    expect(text($(el, '#f-act-title-error'))).to.equal('Vul dit in.');
    expect(text($(el, '#f-act-endTime-error'))).to.equal('Vul de eindtijd in.');
    expect(seen.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/v1/beheer/activities'))).to.have.length(0);
  });

  it('opens an evening that runs past midnight, says it ends the next day, and saves it unchanged', async () => {
    const a = beheer.activities.find('koffieochtend')!;
    a.startsAt = `${a.startsAt.slice(0, 10)}T22:00`;
    a.durationMinutes = 180;
    const el = await openBeheer('#activiteiten/koffieochtend');
    expect(field(el, 'startTime').value).to.equal('22:00');
    expect(field(el, 'endTime').value).to.equal('01:00');
    expect(text($(el, '#f-act-endTime-hint'))).to.equal('Tot 1.00 uur de volgende dag.');
    expect(field(el, 'endTime').getAttribute('aria-describedby')).to.contain('f-act-endTime-hint');
    const sent = bodies('put', '*/v1/beheer/activities/:id');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect(sent[0]).to.include({ startsAt: a.startsAt, durationMinutes: 180 });
  });

  it('opens an all-day activity from a feed as "De hele dag", saves it unchanged, and can give it times', async () => {
    const a = beheer.activities.find('koffieochtend')!;
    const day = a.startsAt.slice(0, 10);
    a.startsAt = `${day}T00:00`;
    a.durationMinutes = 1440;
    const el = await openBeheer('#activiteiten/koffieochtend');
    expect(field(el, 'allDay').checked).to.equal(true);
    expect(field(el, 'startTime')).to.equal(null);
    const sent = bodies('put', '*/v1/beheer/activities/:id');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect(sent[0]).to.include({ startsAt: `${day}T00:00`, durationMinutes: 1440 });
    // Unchecked, it gets times of its own.
    field(el, 'allDay').click();
    await el.updateComplete;
    typeInto(field(el, 'startTime'), '09:00');
    typeInto(field(el, 'endTime'), '12:00');
    click(el, 'button.save');
    await waitUntil(() => sent.length === 2, 'saved again');
    expect(sent[1]).to.include({ startsAt: `${day}T09:00`, durationMinutes: 180 });
  });

  it('says so plainly when someone else saved meanwhile (412), keeps what was typed, and opens again', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    beheer.activities.touch('koffieochtend');
    typeInto(field(el, 'title'), 'Koffieochtend met taart');
    click(el, 'button.save');
    await waitUntil(() => $(el, '.outcome-message'), 'the conflict');
    expect(text($(el, '.outcome-message'))).to.contain('Iemand anders heeft deze activiteit intussen gewijzigd.');
    expect(field(el, 'title').value).to.equal('Koffieochtend met taart');
    expect(active(el)).to.equal($(el, '.outcome-message'));
    expect(beheer.activities.find('koffieochtend')!.title).to.equal('Koffieochtend');
    click(el, 'button.reopen');
    await waitUntil(() => field(el, 'title')?.value === 'Koffieochtend', 'the newest version');
    // Saved now with the new ETag.
    typeInto(field(el, 'title'), 'Koffieochtend met taart');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect(beheer.activities.find('koffieochtend')!.title).to.equal('Koffieochtend met taart');
  });

  it('a retry of an add after no answer sends the same Idempotency-Key; the same activity added again later is a new add', async () => {
    const keys: string[] = [];
    let fail = true;
    worker.use(
      http.post('*/v1/beheer/activities', ({ request }) => {
        keys.push(request.headers.get('idempotency-key') ?? '');
        return fail ? HttpResponse.error() : undefined;
      }),
    );
    const fill = async (el: BuurtBeheer) => {
      typeInto(field(el, 'title'), 'Breiclub');
      typeInto(field<HTMLTextAreaElement>(el, 'summary'), 'Samen breien en haken bij de koffie.');
      typeInto(field<HTMLSelectElement>(el, 'organizationId'), 'dorpshuis-de-linde');
      typeInto(field<HTMLSelectElement>(el, 'placeId'), 'dorpshuis-de-linde');
      field(el, 'categories').click();
      typeInto(field(el, 'firstDate'), thirdThursdayNextMonth());
      typeInto(field(el, 'startTime'), '14:00');
      typeInto(field(el, 'endTime'), '16:00');
      await el.updateComplete;
    };
    const el = await openBeheer('#activiteiten/nieuw');
    await fill(el);
    click(el, 'button.save');
    await waitUntil(() => $(el, 'button.retry-save'), 'the failure with a retry');
    fail = false;
    click(el, 'button.retry-save');
    await waitUntil(() => location.hash !== '#activiteiten/nieuw' && text($(el, '.outcome-message')) === 'Opgeslagen', 'added, on its own page');
    const first = location.hash;
    expect(keys).to.have.length(2);
    expect(keys[1], 'the retry is the same submission').to.equal(keys[0]);
    location.hash = '#activiteiten/nieuw';
    await waitUntil(() => $(el, '#f-act-title') && !field(el, 'title').value, 'a new, empty form');
    await fill(el);
    click(el, 'button.save');
    // Its own page loaded too: no request of this test is still under way when the next begins.
    await waitUntil(
      () => keys.length === 3 && location.hash !== '#activiteiten/nieuw' && location.hash !== first && text($(el, '.outcome-message')) === 'Opgeslagen',
      'the second one added, on its own page',
    );
    expect(keys[2], 'a new add, not a replay of the first').to.not.equal(keys[0]);
  });

  it('a coordinator adds a missing place from the new activity’s form and comes back to it, with what was typed kept and the new place chosen', async () => {
    // The mocks keep places and activities apart: the options answer the new place once it is added.
    let options: any;
    let added: any;
    const keep = async ({ request, response }: { request: Request; response: Response }) => {
      // Only a real answer: a late request of the test before (its editor still loading) may fail.
      if (request.url.endsWith('/v1/beheer/activity-options') && response.ok && !options) options = await response.clone().json();
      if (request.method === 'POST' && request.url.endsWith('/v1/beheer/places')) added = await response.clone().json();
    };
    worker.events.on('response:mocked', keep);
    worker.use(http.get('*/v1/beheer/activity-options', () => (added ? HttpResponse.json({ ...options, places: [...options.places, added] }) : undefined)));
    try {
      const el = await openBeheer('#activiteiten/nieuw');
      typeInto(field(el, 'title'), 'Breiclub');
      typeInto(field(el, 'startTime'), '14:00');
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, '.add-place a')!;
      expect(text($(el, '.add-place'))).to.equal('Staat de plek er niet bij? Voeg een nieuwe plek toe');
      link.click();
      await waitUntil(() => $(el, '#f-place-name'), 'the place form');
      expect(text($(el, '.crumbs'))).to.equal('Terug naar de nieuwe activiteit');
      const place = (key: string) => $<HTMLInputElement>(el, `#f-place-${key}`)!;
      typeInto(place('name'), 'Het Handwerkhuis');
      typeInto(place('street'), 'Kerkstraat 3');
      typeInto(place('locality'), 'Linde');
      typeInto($<HTMLSelectElement>(el, '#f-place-village')!, 'linde');
      $<HTMLButtonElement>(el, 'button.save')!.click();
      await waitUntil(() => location.hash === '#activiteiten/nieuw' && $(el, '#f-act-title'), 'back at the new activity');
      await waitUntil(() => field<HTMLSelectElement>(el, 'placeId').value === added?.id, 'the new place chosen');
      expect(field(el, 'title').value, 'what was typed is kept').to.equal('Breiclub');
      expect(field(el, 'startTime').value).to.equal('14:00');
      expect(announced(el)).to.equal('De plek Het Handwerkhuis is toegevoegd en gekozen bij de nieuwe activiteit.');
      await waitUntil(() => active(el) === field(el, 'placeId'), 'the focus on the place');
      await expect(el).to.be.accessible();
    } finally {
      worker.events.removeListener('response:mocked', keep);
    }
  });

  it('an organisation contact is not offered to add a place (only the coordinator can)', async () => {
    beheer.signInAs(CONTACT_ACCOUNT);
    const el = await openBeheer('#activiteiten/nieuw');
    await waitUntil(() => $(el, '#f-act-placeId'), 'the form');
    expect($(el, '.add-place')).to.not.exist;
  });

  it('keeps what was typed when the network fails, and saves on retry', async () => {
    let fail = true;
    worker.use(http.put('*/v1/beheer/activities/:id', () => (fail ? HttpResponse.error() : undefined)));
    const el = await openBeheer('#activiteiten/koffieochtend');
    typeInto(field<HTMLTextAreaElement>(el, 'summary'), 'Koffie, thee en een praatje.');
    click(el, 'button.save');
    await waitUntil(() => $(el, '.outcome-message'), 'the failure');
    expect(text($(el, '.outcome-message'))).to.contain('Opslaan lukte niet: er is geen verbinding. Wat u typte, staat er nog.');
    expect(field<HTMLTextAreaElement>(el, 'summary').value).to.equal('Koffie, thee en een praatje.');
    fail = false;
    click(el, 'button.retry-save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved on retry');
    expect(beheer.activities.find('koffieochtend')!.summary).to.equal('Koffie, thee en een praatje.');
  });

  it('shows a rule it cannot offer as "Aangepaste herhaling" and saves it unchanged', async () => {
    const el = await openBeheer('#activiteiten/spreekuur-wijkteam');
    expect($<HTMLInputElement>(el, '#f-act-repeat-custom')!.checked).to.equal(true);
    expect(text($(el, '.custom-rule'))).to.contain('Elke maand op de 15e, 13.00 tot 15.00 uur');
    const sent = bodies('put', '*/v1/beheer/activities/:id');
    typeInto(field(el, 'title'), 'Spreekuur wijkteam');
    click(el, 'button.save');
    await waitUntil(() => text($(el, '.outcome-message')) === 'Opgeslagen', 'saved');
    expect((sent[0] as { rrule: string }).rrule).to.equal('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('the recurrence editor works with the keyboard only', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    await previewed(el, 'Elke dinsdag');
    // Tab reaches the chosen answer of "Hoe vaak?"; the arrows choose another.
    await tabUntil(el, (e) => e.getAttribute('name') === 'repeat', 'the repeat choices');
    expect((active(el) as HTMLInputElement).value).to.equal('weekly');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-act-repeat-monthly')!.checked).to.equal(true);
    expect(field(el, 'ordinal')).to.exist;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-act-repeat-weekly')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.getAttribute('name')).to.equal('interval');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(field(el, 'days'));
    await sendKeys({ press: 'Space' }); // maandag
    await previewed(el, 'Elke 2 weken op maandag en dinsdag');
    // On to the end: "Een aantal keer", then the number.
    await tabUntil(el, (e) => e.getAttribute('name') === 'endKind', 'the end choices');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(field(el, 'count'));
    await sendKeys({ type: '6' });
    await previewed(el, 'Elke 2 weken op maandag en dinsdag, 10.00 tot 11.30 uur, 6 keer');
    // Every control of the editor shows where the focus is.
    expect(getComputedStyle(active(el)!).outlineStyle).to.not.equal('none');
  });
});
