import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';
import { auditLogMessages, describeAction } from '../../src/beheer/audit-log-messages.ts';
import { $, $$, overflowing, text, waitUntil } from './helpers.ts';
import { active, announced, beheer, go, openBeheer, quiet, recordRequests, tabUntil } from './beheer-helpers.ts';

/** Types into a field as a person does: the value, then an input (or change) event. */
function typeInto(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
const field = <E extends HTMLElement = HTMLInputElement>(el: BuurtBeheer, key: string) => $<E>(el, `#f-place-${key}`)!;
const names = (el: BuurtBeheer) => $$(el, '.place .name').map((n) => text(n));
const card = (el: BuurtBeheer, id: string) => $(el, `.place[data-id="${id}"]`);
const CONTACT = { id: '2b8e5d1c-7a4f-4c3e-9b2d-1e0f9a8b7c65', email: 'piet@dorpshuis.example', name: 'Piet Dorpshuis', role: 'organization-contact' as const, organizationId: 'dorpshuis-de-linde' };

describe('<buurt-beheer>: Plekken', () => {
  afterEach(() => fixtureCleanup());

  it('lists every place with its address, village and activities, reached from the menu', async () => {
    const el = await openBeheer('#organisaties');
    await expect(el).to.be.accessible();
    const link = $$<HTMLAnchorElement>(el, 'nav.views a').find((a) => text(a) === 'Plekken')!;
    expect(link, 'Plekken in the menu').to.not.equal(undefined);
    link.click();
    await waitUntil(() => names(el).length, 'the list');
    await quiet(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Plekken');
    expect(link.getAttribute('aria-current')).to.equal('page');
    expect(names(el)).to.deep.equal([...beheer.places.places].map((p) => p.name).sort((a, b) => a.localeCompare(b, 'nl')));
    expect(text(card(el, 'dorpshuis-de-linde'))).to.contain('AdresLindeplein 1, 4151 AB Linde').and.contain('DorpLinde').and.contain('Activiteiten4');
    const kas = card(el, 'moestuin-lindehoek-plek-de-kas')!;
    expect(text(kas.querySelector('.badge'))).to.equal('Uit een agenda');
    expect(text(kas)).to.contain('AdresNog niet ingevuld').and.contain('DorpLindehoek');
  });

  it('adds a place with the keyboard: errors named at the fields first, then it is saved and in the list', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#plekken');
    await waitUntil(() => $(el, 'a.add-place'), 'the add link');
    expect(text($(el, 'a.add-place'))).to.equal('Nieuwe plek');
    await tabUntil(el, (e) => e.matches('a.add-place'), 'Nieuwe plek');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#f-place-name'), 'the form');
    await quiet(el);
    expect(location.hash).to.equal('#plekken/nieuw');
    expect(text($(el, '.view-title'))).to.equal('Nieuwe plek');
    await expect(el).to.be.accessible();

    typeInto(field(el, 'postalCode'), '41 AB');
    await tabUntil(el, (e) => e.matches('button.save'), 'Opslaan');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'focus on the summary');
    expect($$(el, '.error-summary a').map((a) => text(a))).to.deep.equal([
      'Naam van de plek: Vul de naam van de plek in.',
      'Straat en huisnummer: Vul de straat en het huisnummer in.',
      'Postcode: Is geen geldige postcode (bijvoorbeeld 4151 AB).',
      'Plaats: Vul de plaats in.',
      'Dorp of buurtschap: Kies het dorp of de buurtschap.',
    ]);
    await expect(el).to.be.accessible();
    expect(field(el, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-place-postalCode-error'))).to.equal('Is geen geldige postcode (bijvoorbeeld 4151 AB).');
    expect(field(el, 'postalCode').value, 'what was typed stays').to.equal('41 AB');
    expect(seen.filter((r) => r.method === 'POST')).to.have.length(0);
    // A link in the summary takes the focus to its field.
    $<HTMLAnchorElement>(el, '.error-summary a[href="#f-place-street"]')!.click();
    expect(active(el) === field(el, 'street'), 'focus on the street field').to.equal(true);

    typeInto(field(el, 'name'), 'Gymzaal De Waard');
    typeInto(field(el, 'street'), 'Schoolstraat 2');
    typeInto(field(el, 'postalCode'), '4151 gh');
    typeInto(field(el, 'locality'), 'Linde');
    typeInto(field<HTMLSelectElement>(el, 'village'), 'linde');
    await el.updateComplete;
    expect(text($(el, '.error-summary')), 'fixed fields leave the summary').to.equal('');
    field(el, 'locality').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.hash === '#plekken/gymzaal-de-waard', 'the new place at its own address');
    await waitUntil(() => text($(el, '.view-title')) === 'Gymzaal De Waard' && $(el, '.outcome-message'), 'the saved place');
    expect(text($(el, '.outcome-message'))).to.equal('De plek is toegevoegd. U kunt haar nu kiezen bij een activiteit.');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.url.pathname).to.equal('/v1/beheer/places');
    expect(post.csrf).to.be.a('string').and.not.equal('');
    expect(field(el, 'postalCode').value).to.equal('4151 GH');

    await go(el, '#plekken');
    await waitUntil(() => names(el).includes('Gymzaal De Waard'), 'the new place in the list');
    expect(text(card(el, 'gymzaal-de-waard'))).to.contain('Schoolstraat 2, 4151 GH Linde');
  });

  it('a refused field from the server is named at the field; a save over a newer change says so and keeps what was typed', async () => {
    const el = await openBeheer('#plekken/sporthal-linde');
    await waitUntil(() => $(el, '#f-place-street'), 'the form');
    expect(text($(el, '.used-by'))).to.equal('Er zijn 2 activiteiten op deze plek. Een nieuw adres staat meteen bij al die activiteiten in de agenda.');
    const village = field<HTMLSelectElement>(el, 'village');
    const gone = document.createElement('option');
    gone.value = 'atlantis';
    village.append(gone); // a village removed since the page loaded
    typeInto(village, 'atlantis');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => $(el, '.error-summary'), 'the server’s refusal');
    expect(text($(el, '#f-place-village-error'))).to.equal('Er is geen dorp of buurtschap met id atlantis.');

    typeInto(village, 'linde');
    typeInto(field(el, 'street'), 'Sportlaan 6');
    beheer.places.touch('sporthal-linde');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => $(el, '.outcome-message[role="alert"]'), 'the conflict');
    expect(text($(el, '.outcome-message'))).to.contain('Iemand anders heeft deze plek intussen gewijzigd');
    expect($(el, 'button.reopen')).to.not.equal(null);
    expect(field(el, 'street').value).to.equal('Sportlaan 6');
    await waitUntil(() => active(el) === $(el, '.outcome-message'), 'focus on the message');
  });

  it('a place from a calendar feed says so, and is saved as the network’s own', async () => {
    const el = await openBeheer('#plekken/moestuin-lindehoek-plek-de-kas');
    await waitUntil(() => $(el, '#f-place-street'), 'the form');
    expect(text($(el, '.from-feed-note'))).to.contain('Vul het adres aan');
    typeInto(field(el, 'street'), 'Hoekweg 14');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => text($(el, '.outcome-message')) === 'De plek is opgeslagen.', 'saved');
    await waitUntil(() => announced(el) === 'De plek is opgeslagen.', 'announced');
    expect($(el, '.from-feed-note')).to.equal(null);
    expect(beheer.places.places.find((p) => p.id === 'moestuin-lindehoek-plek-de-kas')!.fromFeed).to.equal(false);
  });

  it('an organisation contact reads the places, cannot add or change one, and is told whom to ask', async () => {
    beheer.signInAs(CONTACT);
    const el = await openBeheer('#plekken');
    await waitUntil(() => names(el).length, 'the list');
    await expect(el).to.be.accessible();
    expect($(el, 'a.add-place')).to.equal(null);
    expect(text($(el, '.meta'))).to.contain('Vraag het de coördinator');
    expect($(el, '.place .name a'), 'no links into an editor').to.equal(null);
    await go(el, '#plekken/dorpshuis-de-linde');
    await waitUntil(() => $(el, '.read-only'), 'the place');
    expect($(el, 'form')).to.equal(null);
    expect(text($(el, '.read-only'))).to.equal('Alleen de coördinator kan plekken toevoegen of wijzigen.');
  });

  it('the Logboek reads place entries as sentences, in Dutch and English', () => {
    expect(describeAction(auditLogMessages('nl'), 'create', 'place')).to.equal('voegde de plek toe');
    expect(describeAction(auditLogMessages('nl'), 'update', 'place')).to.equal('wijzigde de plek');
    expect(describeAction(auditLogMessages('en'), 'create', 'place')).to.equal('added the place');
    expect(describeAction(auditLogMessages('en'), 'update', 'place')).to.equal('changed the place');
    expect(auditLogMessages('nl').types['place']).to.equal('Plekken');
  });

  it('in English, with the same facts', async () => {
    const el = await openBeheer('#plekken', 'en');
    await waitUntil(() => names(el).length, 'the list');
    expect(text($(el, '.view-title'))).to.equal('Places');
    expect(text($(el, 'a.add-place'))).to.equal('New place');
    expect(text(card(el, 'dorpshuis-de-linde'))).to.contain('AddressLindeplein 1, 4151 AB Linde');
  });

  it('fits a 320 px screen and 200% text, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await openBeheer('#plekken');
      await waitUntil(() => names(el).length, 'the list');
      expect(overflowing(el)).to.deep.equal([]);
      for (const target of [$(el, 'a.add-place')!, ...$$(el, '.place .name a')]) {
        expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(44);
      }
      await go(el, '#plekken/dorpshuis-de-linde');
      await waitUntil(() => $(el, '#f-place-name'), 'the form');
      expect(overflowing(el)).to.deep.equal([]);
      for (const target of [...$$(el, '.place-form input'), field(el, 'village'), $(el, 'button.save')!]) {
        expect(target.getBoundingClientRect().height, target.id || target.className).to.be.at.least(44);
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
