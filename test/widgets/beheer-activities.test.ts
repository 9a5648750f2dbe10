import { expect, fixtureCleanup } from '@open-wc/testing';
import { http } from 'msw';
import { CONTACT_ACCOUNT, FEED_URL } from '../../src/mocks/beheer-activities-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { announced, beheer, go, openBeheer, quiet } from './beheer-helpers.ts';
import { setViewport } from '@web/test-runner-commands';

const cards = (el: HTMLElement) => $$(el, '.activity');
const titles = (el: HTMLElement) => cards(el).map((c) => text(c.querySelector('.name')));
const cardOf = (el: HTMLElement, title: string) => cards(el).find((c) => text(c.querySelector('.name')) === title)!;
const fact = (card: Element, label: string) => text([...card.querySelectorAll('.fact')].find((f) => text(f.querySelector('dt')) === label)?.querySelector('dd'));

function typeInto(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

describe('<buurt-beheer>: Activiteiten, the list', () => {
  // The page goes before the mocks do: a preview still waiting for its debounce is never sent.
  afterEach(() => fixtureCleanup());

  it('is accessible: the list and an imported activity', async () => {
    const el = await openBeheer('#activiteiten');
    await expect(el).to.be.accessible();
    await go(el, '#activiteiten/open-tuinmiddag');
    await expect(el).to.be.accessible();
  });

  it('lists every organisation’s activities for the coordinator, with schedule, next date and badges', async () => {
    const el = await openBeheer('#activiteiten');
    expect(text($(el, '.view-title'))).to.equal('Activiteiten');
    expect(titles(el)).to.deep.equal(['Gym voor senioren', 'Koffieochtend', 'Open tuinmiddag', 'Plantjesmarkt', 'Spreekuur sociaal wijkteam']);
    const koffie = cardOf(el, 'Koffieochtend');
    expect(fact(koffie, 'Organisatie')).to.equal('Dorpshuis De Linde');
    expect(fact(koffie, 'Wanneer')).to.equal('Elke dinsdag, 10.00 tot 11.30 uur');
    expect(fact(koffie, 'Volgende keer')).to.match(/, 10\.00 uur$/);
    expect(koffie.querySelector('.badge'), 'a hand-made, shown activity has no badge').to.equal(null);
    expect(text(cardOf(el, 'Open tuinmiddag').querySelector('.badges'))).to.equal('Geïmporteerd');
    expect(text(cardOf(el, 'Plantjesmarkt').querySelector('.badges'))).to.equal('Geïmporteerd Verborgen');
    expect(cardOf(el, 'Koffieochtend').querySelector('a')!.getAttribute('href')).to.equal('#activiteiten/koffieochtend');
    expect($(el, 'a.add-activity')!.getAttribute('href')).to.equal('#activiteiten/nieuw');
    expect(text($(el, 'a.add-activity'))).to.equal('Activiteit toevoegen');
  });

  it('speaks English when the page does', async () => {
    const el = await openBeheer('#activiteiten', 'en');
    expect(text($(el, '.view-title'))).to.equal('Activities');
    expect(text($(el, 'a.add-activity'))).to.equal('Add an activity');
    expect(text(cardOf(el, 'Open tuinmiddag').querySelector('.badges'))).to.equal('Imported');
    await go(el, '#activiteiten/koffieochtend');
    expect(text($(el, 'fieldset.when legend'))).to.equal('When');
    expect(text($(el, '#preview-title'))).to.equal('This is how it appears in the agenda:');
  });

  it('filters by organisation and searches on title', async () => {
    const el = await openBeheer('#activiteiten');
    const asked: URL[] = [];
    worker.events.on('request:start', ({ request }) => void (request.url.includes('/v1/beheer/activities?') && asked.push(new URL(request.url))));
    typeInto($<HTMLSelectElement>(el, '#f-activity-organization')!, 'moestuin-lindehoek');
    $<HTMLButtonElement>(el, '.activity-filter button[type=submit]')!.click();
    await waitUntil(() => titles(el).length === 2, 'the Moestuin’s two');
    expect(titles(el)).to.deep.equal(['Open tuinmiddag', 'Plantjesmarkt']);
    typeInto($<HTMLSelectElement>(el, '#f-activity-organization')!, '');
    typeInto($<HTMLInputElement>(el, '#f-activity-q')!, 'koffie');
    $<HTMLButtonElement>(el, '.activity-filter button[type=submit]')!.click();
    await waitUntil(() => titles(el).length === 1, 'the search');
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    expect(asked.at(-1)!.searchParams.get('q')).to.equal('koffie');
    typeInto($<HTMLInputElement>(el, '#f-activity-q')!, 'bestaat niet');
    $<HTMLButtonElement>(el, '.activity-filter button[type=submit]')!.click();
    await waitUntil(() => text($(el, '.content')).includes('Er zijn geen activiteiten die hierbij passen.'), 'the empty state');
  });

  it('shows 100 activities, then "Meer laden" brings the next ones; focus goes to the first new one', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      id: `activiteit-${String(i).padStart(3, '0')}`,
      title: `Activiteit ${String(i).padStart(3, '0')}`,
      organization: { id: 'dorpshuis-de-linde', name: 'Dorpshuis De Linde', kind: 'buurthuis' },
      schedule: 'Elke dinsdag, 10.00 tot 11.30 uur',
      source: 'manual',
      hidden: false,
      editable: true,
      updatedAt: '2026-12-01T09:00:00+01:00',
    }));
    const offsets: string[] = [];
    worker.use(
      http.get('*/v1/beheer/activities', ({ request }) => {
        const params = new URL(request.url).searchParams;
        const limit = Number(params.get('limit'));
        const offset = Number(params.get('offset') ?? 0);
        offsets.push(String(offset));
        const next = offset + limit < many.length ? { next: offset + limit } : {};
        return Response.json({ items: many.slice(offset, offset + limit), total: many.length, offset, limit, ...next });
      }),
    );
    const el = await openBeheer('#activiteiten');
    expect(cards(el)).to.have.length(100);
    expect(text($(el, '.count-line'))).to.equal('100 van de 130 activiteiten');
    const more = $<HTMLButtonElement>(el, 'button.load-more')!;
    expect(text(more)).to.equal('Meer laden');
    more.click();
    await waitUntil(() => cards(el).length === 130, 'the next 30');
    expect(offsets).to.deep.equal(['0', '100']);
    expect(titles(el)[100]).to.equal('Activiteit 100');
    expect(text($(el, '.count-line'))).to.equal('130 activiteiten');
    expect($(el, 'button.load-more'), 'nothing more to load').to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Activiteit 100', 'focus on the first new activity');
  });

  it('an organisation contact sees only their own organisation’s activities, and no organisation filter', async () => {
    beheer.signInAs(CONTACT_ACCOUNT);
    const el = await openBeheer('#activiteiten');
    expect(titles(el)).to.deep.equal(['Koffieochtend']);
    expect($(el, '#f-activity-organization')).to.equal(null);
    // Another organisation's activity is not theirs to open.
    await go(el, '#activiteiten/gym-voor-senioren');
    expect(text($(el, '.content'))).to.contain('Deze activiteit bestaat niet, of u mag haar niet zien.');
    // A new activity is theirs: the organisation is given, not chosen.
    await go(el, '#activiteiten/nieuw');
    expect($(el, '#f-act-organizationId')).to.equal(null);
    expect(text($(el, '.activity-form .facts'))).to.contain('Dorpshuis De Linde');
  });

  it('an imported activity is read-only, says where it comes from, and can be hidden and shown again', async () => {
    const el = await openBeheer('#activiteiten/open-tuinmiddag');
    expect(text($(el, '.view-title'))).to.equal('Open tuinmiddag');
    expect($(el, 'form.activity-form'), 'no form to change it').to.equal(null);
    expect($$(el, 'input, textarea, select')).to.have.length(0);
    expect(text($(el, '.imported-view'))).to.contain('Deze activiteit komt uit de eigen agenda van Moestuin Lindehoek.');
    expect(text($(el, '.imported-view'))).to.contain(FEED_URL);
    await waitUntil(() => $$(el, '.date').length === 10, 'its next dates');
    expect($(el, '.date button'), 'no exceptions to add here').to.equal(null);

    const bodies: unknown[] = [];
    worker.use(http.put('*/v1/beheer/activities/:id/visibility', async ({ request }) => void bodies.push(await request.clone().json())));
    const hide = $<HTMLButtonElement>(el, 'button.visibility')!;
    expect(text(hide)).to.equal('Verbergen in de agenda');
    hide.click();
    await waitUntil(() => text($(el, 'button.visibility')) === 'Weer tonen', 'hidden');
    expect(bodies).to.deep.equal([{ hidden: true }]);
    expect(text($(el, '.visibility-state'))).to.contain('Verborgen: deze activiteit staat niet in de agenda.');
    expect(announced(el)).to.equal('Verborgen in de agenda.');
    expect(beheer.activities.find('open-tuinmiddag')!.hidden).to.equal(true);

    await go(el, '#activiteiten');
    expect(text(cardOf(el, 'Open tuinmiddag').querySelector('.badges'))).to.equal('Geïmporteerd Verborgen');
    await go(el, '#activiteiten/open-tuinmiddag');
    $<HTMLButtonElement>(el, 'button.visibility')!.click();
    await waitUntil(() => text($(el, 'button.visibility')) === 'Verbergen in de agenda', 'shown again');
    expect(bodies.at(-1)).to.deep.equal({ hidden: false });
  });

  it('removes a hand-made activity only after a clear second question; a refusal shows the server’s words', async () => {
    const el = await openBeheer('#activiteiten/koffieochtend');
    $<HTMLButtonElement>(el, 'button.remove-ask')!.click();
    await el.updateComplete;
    expect(text($(el, '#remove-ask'))).to.contain('Weet u zeker dat u “Koffieochtend” wilt verwijderen?');
    expect(el.shadowRoot!.activeElement?.id).to.equal('remove-ask');
    $<HTMLButtonElement>(el, 'button.remove-yes')!.click();
    await waitUntil(() => $(el, '.outcome-message'), 'the refusal');
    expect(text($(el, '.outcome-message'))).to.contain('Er is vrijwilligerswerk bij deze activiteit.');
    expect(beheer.activities.find('koffieochtend')).to.exist;

    await go(el, '#activiteiten/gym-voor-senioren');
    $<HTMLButtonElement>(el, 'button.remove-ask')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.remove-no')!.click();
    await el.updateComplete;
    expect(beheer.activities.find('gym-voor-senioren'), 'not removed on "Nee"').to.exist;
    $<HTMLButtonElement>(el, 'button.remove-ask')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.remove-yes')!.click();
    await waitUntil(() => location.hash === '#activiteiten' && titles(el).length === 4, 'back at the list');
    await quiet(el);
    expect(titles(el)).to.not.include('Gym voor senioren');
    expect(announced(el)).to.equal('“Gym voor senioren” is verwijderd.');
  });

  it('fits a 320px screen, list and editor', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openBeheer('#activiteiten');
    expect(overflowing(el)).to.deep.equal([]);
    await go(el, '#activiteiten/koffieochtend');
    await waitUntil(() => $$(el, '.date').length === 10, 'the dates');
    expect(overflowing(el)).to.deep.equal([]);
  });
});

describe('a new activity', () => {
  it('starts on today’s date in the network’s zone, not in UTC', async () => {
    const { emptyDraft } = await import('../../src/beheer/activity-draft.ts');
    const options = { organizations: [], places: [], categories: [], audiences: [] };
    const utcToday = new Date().toISOString().slice(0, 10);
    // At any moment one of these two zones has another date than UTC (UTC+14 from 10.00 UTC, UTC−11 before 11.00 UTC).
    const dates = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((timeZone) => {
      const there = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      expect(emptyDraft({ ...options, timeZone }).firstDate, timeZone).to.equal(there);
      return there;
    });
    expect(dates.some((d) => d !== utcToday), 'one of them differs from the UTC date').to.equal(true);
  });
});

describe('the recurrence editor', () => {
  afterEach(() => fixtureCleanup());

  it('offers "vierde" and "laatste" for a date that is both, starting on "vierde", and says why it asks', async () => {
    const el = await openBeheer('#activiteiten/nieuw');
    await waitUntil(() => $(el, '#f-act-firstDate'), 'the editor');
    typeInto($<HTMLInputElement>(el, '#f-act-firstDate')!, '2027-01-28');
    $<HTMLInputElement>(el, '#f-act-repeat-monthly')!.click();
    await waitUntil(() => $(el, '#f-act-ordinal'), 'the monthly choices');
    const ordinal = $<HTMLSelectElement>(el, '#f-act-ordinal')!;
    expect(ordinal.value, 'the fourth Thursday, not silently the last').to.equal('4');
    expect([...ordinal.options].map((o) => o.textContent)).to.include('Iedere laatste');
    expect(text($(el, '.both-ordinals'))).to.contain('de vierde én de laatste donderdag');
    typeInto($<HTMLInputElement>(el, '#f-act-firstDate')!, '2027-01-21');
    await waitUntil(() => !$(el, '.both-ordinals'), 'no question for the third Thursday');
    expect($<HTMLSelectElement>(el, '#f-act-ordinal')!.value).to.equal('3');
  });
});
