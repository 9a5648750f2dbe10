import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CONTACT_ACCOUNT } from '../../src/mocks/beheer-activities-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, go, openBeheer, quiet, tabUntil } from './beheer-helpers.ts';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';

const SERVICE = 'spreekuur-sociaal-wijkteam';
const control = (el: BuurtBeheer, id: string) => $(el, `#f-svc-${id}`) as HTMLInputElement;
const row = (el: BuurtBeheer, id: string) => $(el, `.service[data-id="${id}"]`);

/** Types into a field as a person does: focus, select all, type. */
async function typeInto(el: BuurtBeheer, id: string, value: string) {
  const input = control(el, id);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await el.updateComplete;
}

/** A time field as the activity editor's tests fill one: the value, then the events a browser sends. */
function setTime(el: BuurtBeheer, id: string, value: string) {
  const input = control(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  return el.updateComplete;
}

async function openEditor(id = SERVICE) {
  const el = await openBeheer(`#sociale-kaart/dienst/${id}`);
  await waitUntil(() => $(el, '.service-form'), 'the form');
  await el.updateComplete;
  return el;
}

describe('<buurt-beheer>: editing a service of the sociale kaart', () => {
  it('opens a service with its fields filled in, in fieldsets with labels', async () => {
    const el = await openEditor();
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Spreekuur sociaal wijkteam');
    expect(control(el, 'name').value).to.equal('Spreekuur sociaal wijkteam');
    expect(control(el, 'phone').value).to.equal('0345 000 020');
    expect($$(el, '.service-form > fieldset > legend').map(text)).to.deep.equal(['Over de dienst', 'Voor wie en hoe', 'Contact', 'Waar', 'Openingstijden', 'Contactpersonen']);
    expect($$(el, '.period')).to.have.length(2);
    expect(control(el, 'openingHours-0-opens').value).to.equal('13:00');
    expect(text($(el, 'label[for="f-svc-openingHours-0-opens"]'))).to.equal('Van');
  });

  it('from the list, "Bewerken" opens the editor; a saved change shows in the list', async () => {
    const el = await openBeheer('#sociale-kaart');
    const edit = row(el, SERVICE)!.querySelector<HTMLAnchorElement>('a.edit')!;
    expect(text(edit)).to.equal('Bewerken – Spreekuur sociaal wijkteam');
    await go(el, edit.getAttribute('href')!);
    await waitUntil(() => $(el, '.service-form'), 'the form');
    await typeInto(el, 'name', 'Inloopspreekuur wijkteam');
    ($(el, 'button.save') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.notice.saved'), 'saved');
    expect(text($(el, '.notice.saved'))).to.contain('Opgeslagen');
    await waitUntil(() => announced(el).startsWith('Opgeslagen'), 'announced');
    await waitUntil(() => active(el) === $(el, '.outcome-message'), 'focus on the answer');
    await go(el, ($(el, '.crumbs a') as HTMLAnchorElement).getAttribute('href')!);
    await waitUntil(() => row(el, SERVICE), 'the list');
    expect(text(row(el, SERVICE)!.querySelector('h3'))).to.equal('Inloopspreekuur wijkteam');
    expect(text(row(el, SERVICE)!.querySelector('.checked'))).to.contain('Gecontroleerd op');
  });

  it('a refused field is named at the field and in the summary on top; focus goes to the summary, its link to the field', async () => {
    const el = await openEditor();
    // The server refuses a time the form cannot know about (an overlap).
    worker.use(
      http.put('*/v1/beheer/services/:id', () =>
        HttpResponse.json(
          { type: 'urn:buurtkit:problem:invalid-body', title: 'De meegestuurde gegevens kloppen niet', status: 422, errors: [{ name: 'openingHours[1].opens', in: 'body', detail: 'Deze tijden overlappen met een andere tijd op dezelfde dag (tijd 1).' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    await typeInto(el, 'description', 'Voor vragen over zorg en geld.');
    ($(el, 'button.save') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.error-summary'), 'the summary');
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'focus on the summary');
    const link = $(el, '.error-summary a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Tijd 2, Van: Deze tijden overlappen met een andere tijd op dezelfde dag (tijd 1).');
    const field = control(el, 'openingHours-1-opens');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-svc-openingHours-1-opens-error'))).to.contain('overlappen');
    expect(field.getAttribute('aria-describedby')).to.contain('f-svc-openingHours-1-opens-error');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el) === field, 'the link leads to the field');
    expect(control(el, 'description').value, 'what was typed is kept').to.equal('Voor vragen over zorg en geld.');
    expect(location.hash).to.equal(`#sociale-kaart/dienst/${SERVICE}`);
  });

  it('checks what it can before sending: an end time before the start time, a service nobody can reach', async () => {
    const el = await openEditor();
    await setTime(el, 'openingHours-0-closes', '12:00');
    await typeInto(el, 'phone', '');
    await typeInto(el, 'email', '');
    await typeInto(el, 'website', '');
    ($(el, 'button.save') as HTMLButtonElement).click();
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'focus on the summary');
    expect($$(el, '.error-summary a').map(text)).to.deep.equal([
      'Telefoonnummer: Vul een telefoonnummer, een e-mailadres of een website in, zodat inwoners de dienst kunnen bereiken.',
      'Tijd 1, Tot: De eindtijd moet na de begintijd liggen.',
    ]);
    expect(announced(el)).to.equal('Er zijn 2 dingen die nog niet kloppen. Kijk bij de velden.');
  });

  it('keeps what was typed when there is no connection, and saves on retry', async () => {
    let fail = true;
    worker.use(http.put('*/v1/beheer/services/:id', () => (fail ? HttpResponse.error() : undefined)));
    const el = await openEditor();
    await typeInto(el, 'fees', 'Gratis, koffie € 0,50');
    ($(el, 'button.save') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.outcome-message'), 'the message');
    expect(text($(el, '.outcome-message'))).to.contain('er is geen verbinding. Wat u typte staat er nog.');
    expect(control(el, 'fees').value).to.equal('Gratis, koffie € 0,50');
    fail = false;
    ($(el, 'button.retry-save') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.notice.saved'), 'saved');
    expect(control(el, 'fees').value).to.equal('Gratis, koffie € 0,50');
  });

  it('says so when someone else saved meanwhile (412), keeps what was typed, and opens again', async () => {
    const el = await openEditor();
    const editor = beheer.serviceEditor;
    editor.put({ ...editor.get(SERVICE)!, name: 'Door een ander gewijzigd' });
    await typeInto(el, 'name', 'Mijn versie');
    ($(el, 'button.save') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'button.reopen'), 'reopen');
    expect(text($(el, '.outcome-message'))).to.contain('Iemand anders heeft deze dienst intussen gewijzigd');
    expect(control(el, 'name').value).to.equal('Mijn versie');
    ($(el, 'button.reopen') as HTMLButtonElement).click();
    await waitUntil(() => control(el, 'name')?.value === 'Door een ander gewijzigd', 'the newest version');
  });

  it('leaving with unsaved changes keeps them for the return, until thrown away', async () => {
    const el = await openEditor();
    await typeInto(el, 'name', 'Half af');
    await go(el, '#activiteiten');
    await go(el, `#sociale-kaart/dienst/${SERVICE}`);
    await waitUntil(() => $(el, '.service-form'), 'the form');
    expect(control(el, 'name').value).to.equal('Half af');
    expect(text($(el, '.notice.kept'))).to.contain('Uw wijzigingen staan er nog');
    ($(el, 'button.discard') as HTMLButtonElement).click();
    await waitUntil(() => control(el, 'name')?.value === 'Spreekuur sociaal wijkteam', 'the saved version');
    expect($(el, '.notice.kept')).to.equal(null);
  });

  it('adds a new service with the keyboard only: its id from the name, then it opens at its own address', async () => {
    const el = await openBeheer('#sociale-kaart');
    await tabUntil(el, (a) => a.matches('a.add-service'), 'Nieuwe dienst');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.service-form') && location.hash === '#sociale-kaart/nieuw', 'the empty form');
    await quiet(el);
    expect(text($(el, '.view-title'))).to.equal('Nieuwe dienst');
    await tabUntil(el, (a) => a.id === 'f-svc-name', 'the name');
    await sendKeys({ type: 'Repair Café' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Samen kapotte spullen repareren.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Neem uw kapotte lamp of fiets mee.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the first kind of help: informal
    await tabUntil(el, (a) => a.id === 'f-svc-organizationId', 'the organisation');
    await sendKeys({ press: 'ArrowDown' });
    for (const [id, value] of [['eligibility', 'Voor alle inwoners.'], ['applicationProcess', 'Loop binnen.'], ['fees', 'Gratis'], ['email', 'repair@dorpshuis.example']]) {
      await tabUntil(el, (a) => a.id === `f-svc-${id}`, id);
      await sendKeys({ type: value! });
    }
    await tabUntil(el, (a) => a.matches('button.add-period'), 'Tijd toevoegen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'f-svc-openingHours-0-weekday', 'the new period');
    await sendKeys({ press: 'Tab' });
    // A time field takes digits per part (and AM/PM where the browser's language has them).
    await sendKeys({ type: '1000AM' });
    await tabUntil(el, (a) => a.id === 'f-svc-openingHours-0-closes', 'Tot');
    await sendKeys({ type: '1200PM' });
    await el.updateComplete;
    expect(control(el, 'openingHours-0-closes').value).to.equal('12:00');
    await tabUntil(el, (a) => a.matches('button.save'), 'Opslaan');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.hash === '#sociale-kaart/dienst/repair-cafe', 'its own address');
    await waitUntil(() => $(el, '.notice.saved'), 'saved');
    expect(text($(el, '.view-title'))).to.equal('Repair Café');
    expect(beheer.network.services.some((s) => s.id === 'repair-cafe' && s.name === 'Repair Café')).to.equal(true);
  });

  it('an organisation contact sees only their own organisation and may not open another’s service', async () => {
    beheer.signInAs({ ...CONTACT_ACCOUNT, organizationId: 'sociaal-wijkteam-linde' });
    const own = await openEditor();
    expect(control(own, 'organizationId'), 'no choice of organisation').to.equal(null);
    expect(text($(own, '.service-form dl.facts'))).to.contain('Organisatie');
    const el = await openBeheer('#sociale-kaart/dienst/schuldhulpverlening');
    await waitUntil(() => $(el, '.content')?.getAttribute('aria-busy') === 'false', 'the answer');
    expect($(el, '.service-form')).to.equal(null);
  });

  it('fits a 320px wide screen: nothing sticks out', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await openEditor();
      await expect(el).to.be.accessible();
      expect(overflowing(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
