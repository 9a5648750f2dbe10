import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { addDays, todayKey } from '../../src/core/dates.ts';
import { makeOpportunities } from '../../src/mocks/volunteer-fixtures.ts';
import { $, $$, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, BUS, card, go, KOFFIE, openBeheer, quiet, tabUntil } from './beheer-helpers.ts';

type Signup = components['schemas']['BeheerSignup'];
const problem = (status: number, extra: object = {}) =>
  HttpResponse.json({ type: 'urn:buurtkit:problem:x', title: 'x', status, ...extra }, { status, headers: { 'content-type': 'application/problem+json' } });
/** Today's Koffieochtend: full, 3 of 3, one on the waiting list. */
const fullShift = () => makeOpportunities().find((o) => o.id === KOFFIE)!.shifts[0]!;
const press = (key: string) => sendKeys({ press: key });

/** Types a calendar day into a native date field with the keyboard, in the browser's own order of day, month and year. */
async function typeDate(day: string) {
  const [y, m, d] = day.split('-');
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date()).filter((p) => ['day', 'month', 'year'].includes(p.type));
  for (const part of order) await sendKeys({ type: part.type === 'year' ? y! : part.type === 'month' ? m! : d! });
}

describe('<buurt-beheer>: sign-ups', () => {
  it('keyboard only: opens an opportunity, goes back, opens a shift, confirms, moves one up and cancels one', async () => {
    const el = await openBeheer();
    const shift = fullShift();
    // The opportunity's own link, then back with the browser's back button.
    await tabUntil(el, (a) => a.matches(`[data-id="${KOFFIE}"] a.button.primary`), 'the link to all sign-ups of the Koffieochtend');
    await press('Enter');
    await waitUntil(() => text($(el, '.view-title')).startsWith('Aanmeldingen: Koffie schenken'), 'the sign-ups view');
    await quiet(el);
    expect(active(el), 'focus on the new view’s heading').to.equal($(el, '.view-title'));
    expect($$(el, '.signup').length).to.equal(beheer.list(KOFFIE).length);
    await expect(el).to.be.accessible();
    history.back();
    await waitUntil(() => $(el, '.opportunity'), 'back on the list');
    await waitUntil(() => active(el) === $(el, '.view-title'), 'focus on the list’s heading');

    // One shift: 3 of 3 with one on the waiting list.
    await tabUntil(el, (a) => a.matches(`[data-occurrence="${shift.occurrenceId}"] a`), 'the link to the full shift');
    await press('Enter');
    await waitUntil(() => $(el, '.subtitle'), 'the shift view');
    await quiet(el);
    expect(active(el)).to.equal($(el, '.view-title'));
    expect(text($(el, '.subtitle'))).to.contain('3 van 3 plekken bezet').and.contain('1 op de wachtlijst');
    expect($$(el, '.signup').length).to.equal(4);

    // Confirm the first one who has a place but is not yet confirmed.
    const toConfirm = $$(el, '.signup.to-confirm')[0]!;
    const name = text(toConfirm.querySelector('.name'));
    await tabUntil(el, (a) => a.matches('button.confirm') && card(el, name)!.contains(a), `Bevestigen for ${name}`);
    await press('Enter');
    await waitUntil(() => text(card(el, name)?.querySelector('.badge')) === 'Bevestigd door de organisatie', 'confirmed');
    await quiet(el);
    expect(text(card(el, name)!.querySelector('.outcome'))).to.equal(`${name} is bevestigd. Diegene krijgt daar bericht van.`);
    await waitUntil(() => announced(el).includes(`${name} is bevestigd`), 'announced');
    await waitUntil(() => active(el) === card(el, name)!.querySelector('.name'), 'focus on the card, its button gone');

    // Move the one on the waiting list up.
    const waiting = text($(el, '.signup.waitlisted .name'));
    expect(text(card(el, waiting)!.querySelector('.badge'))).to.equal('Op de wachtlijst, plaats 1');
    await tabUntil(el, (a) => a.matches('button.move-up'), 'Doorschuiven');
    await press('Enter');
    await waitUntil(() => card(el, waiting)?.closest('.placed'), 'moved up among those with a place');
    await quiet(el);
    expect(text(card(el, waiting)!.querySelector('.badge'))).to.equal('Heeft een plek, nog niet bevestigd');
    await waitUntil(() => active(el) === card(el, waiting)!.querySelector('.name'), 'focus follows the card');
    expect(text($(el, '.subtitle'))).to.contain('4 van 3 plekken bezet').and.contain('geen wachtlijst');

    // Cancel: asks first; "Nee" leaves it, "Ja" cancels.
    await tabUntil(el, (a) => a.matches('button.cancel') && card(el, waiting)!.contains(a), 'Afmelden');
    await press('Enter');
    await waitUntil(() => active(el)?.matches('.ask-text'), 'the question, focused');
    expect(text(active(el))).to.contain(`Weet u zeker dat u ${waiting} wilt afmelden?`);
    await expect(el).to.be.accessible();
    await tabUntil(el, (a) => a.matches('button.cancel-no'), 'Nee, niet afmelden');
    await press('Enter');
    await waitUntil(() => active(el)?.matches('button.cancel'), 'back on Afmelden');
    expect(beheer.find(card(el, waiting)!.dataset.reference!)!.status).to.equal('confirmed');
    await press('Enter');
    await tabUntil(el, (a) => a.matches('button.cancel-yes'), 'Ja, afmelden');
    await press('Enter');
    await waitUntil(() => card(el, waiting)?.closest('.cancelled'), 'among the cancelled');
    await quiet(el);
    expect(text(card(el, waiting)!.querySelector('.badge'))).to.equal('Afgemeld');
    expect(card(el, waiting)!.querySelector('button'), 'nothing more to do for a cancelled one').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keyboard only: records "VOG ontvangen" with its date, and removes it again', async () => {
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    const without = $$(el, '.signup').find((c) => c.querySelector('input[type="date"]'))!;
    const name = text(without.querySelector('.name'));
    const day = addDays(todayKey(), -10);
    await tabUntil(el, (a) => a.matches('input[type="date"]') && card(el, name)!.contains(a), 'the VOG date field');
    expect(text(el.shadowRoot!.querySelector(`label[for="${active(el)!.id}"]`))).to.contain('Datum op de VOG');
    await typeDate(day);
    expect((active(el) as HTMLInputElement).value).to.equal(day);
    await tabUntil(el, (a) => a.matches('button[type="submit"]') && card(el, name)!.contains(a), 'VOG ontvangen opslaan');
    await press('Enter');
    await waitUntil(() => card(el, name)?.querySelector('.vog-state.received'), 'the VOG recorded');
    await quiet(el);
    expect(beheer.find(card(el, name)!.dataset.reference!)!.vogReceivedOn).to.equal(day);
    expect(text(card(el, name)!.querySelector('.outcome'))).to.equal(`De VOG van ${name} is opgeslagen.`);
    await tabUntil(el, (a) => a.matches('button.clear-vog') && card(el, name)!.contains(a), 'VOG-datum weghalen');
    await press('Enter');
    await waitUntil(() => active(el)?.matches('input[type="date"]'), 'the date field again, focused');
    expect(beheer.find(card(el, name)!.dataset.reference!)!.vogReceivedOn).to.equal(undefined);
  });

  it('shows a 422 on the VOG date in the field itself, keeps the date, and focuses the field', async () => {
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    const input = $$<HTMLInputElement>(el, 'input[type="date"]')[0]!;
    const name = text(input.closest('.signup')!.querySelector('.name'));
    const tooOld = addDays(todayKey(), -6 * 365);
    input.value = tooOld;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (input.closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => card(el, name)?.querySelector('.field.has-error'), 'the error on the field');
    const field = card(el, name)!.querySelector('.field')!;
    const error = field.querySelector('.error')!;
    expect(text(error)).to.equal('Fout: De datum mag niet meer dan 5 jaar geleden zijn.');
    const after = field.querySelector('input')!;
    expect(after.getAttribute('aria-invalid')).to.equal('true');
    expect(after.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(after.value, 'what was typed is kept').to.equal(tooOld);
    await waitUntil(() => active(el) === after, 'focus on the field');
    await expect(el).to.be.accessible();
  });

  it('an empty VOG date is not sent: it says what to fill in', async () => {
    let sent = 0;
    worker.use(http.put('*/v1/beheer/volunteer-signups/:reference/vog', () => void sent++));
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    const form = $$(el, 'form.vog')[0]!;
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => form.querySelector('.error'), 'the error');
    expect(text(form.querySelector('.error'))).to.contain('Vul de datum op de VOG in.');
    expect(sent).to.equal(0);
  });

  it('sends every change with the session’s CSRF token', async () => {
    const tokens: (string | null)[] = [];
    worker.use(http.post('*/v1/beheer/volunteer-signups/:reference/confirm', ({ request }) => void tokens.push(request.headers.get('x-csrf-token'))));
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    $<HTMLButtonElement>(el, 'button.confirm')!.click();
    await waitUntil(() => $(el, '.outcome:not(.failed)') && !text($(el, '.outcome')).startsWith('Bezig'), 'the result');
    expect(tokens).to.deep.equal(['mock-csrf-token-0123456789']);
  });

  it('401 on loading: "Uw sessie is verlopen, log opnieuw in" with a link to /beheer', async () => {
    worker.use(http.get('*/v1/beheer/volunteer-opportunities/:id/signups', () => problem(401)));
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    const alert = $(el, '.content [role="alert"]')!;
    expect(text(alert)).to.contain('Uw sessie is verlopen, log opnieuw in.');
    expect(alert.querySelector('a')!.getAttribute('href')).to.equal('/beheer');
    expect(alert.querySelector('button'), 'no retry: it would fail again').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('401 on an action: says the session ended, keeps the typed VOG date on screen', async () => {
    worker.use(http.put('*/v1/beheer/volunteer-signups/:reference/vog', () => problem(401)));
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    const input = $$<HTMLInputElement>(el, 'input[type="date"]')[0]!;
    const day = addDays(todayKey(), -3);
    input.value = day;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (input.closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.root > .expired'), 'the session message');
    expect(text($(el, '.root > .expired'))).to.contain('Uw sessie is verlopen, log opnieuw in.');
    expect($<HTMLAnchorElement>(el, '.root > .expired a')!.getAttribute('href')).to.equal('/beheer');
    expect($$<HTMLInputElement>(el, 'input[type="date"]')[0]!.value).to.equal(day);
  });

  it('403: a plain message, no retry', async () => {
    worker.use(http.get('*/v1/beheer/volunteer-opportunities/:id/signups', () => problem(403)));
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    expect(text($(el, '.content [role="alert"]'))).to.contain('U hebt geen toegang tot deze gegevens.');
    expect($(el, '.content [role="alert"] button')).to.equal(null);
  });

  it('a 409 says the sign-up changed meanwhile and refreshes the list', async () => {
    let lists = 0;
    worker.use(
      http.post('*/v1/beheer/volunteer-signups/:reference/confirm', () => problem(409)),
      http.get('*/v1/beheer/volunteer-opportunities/:id/signups', () => void lists++),
    );
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    $<HTMLButtonElement>(el, 'button.confirm')!.click();
    await waitUntil(() => $(el, '.outcome.failed'), 'the failure');
    expect(text($(el, '.outcome.failed'))).to.contain('de aanmelding is intussen veranderd');
    await waitUntil(() => lists === 2, 'the list again');
  });

  it('renders names, messages and contact details from the API as text: XSS payloads stay inert', async () => {
    const payload = '<img src=x onerror="window.__beheerXss=1">';
    const script = '<script>window.__beheerXss=2</script>';
    const base = beheer.list(KOFFIE)[0]!;
    const hostile: Signup = { ...structuredClone(base), name: payload, message: `${script}\nregel twee`, email: 'x"><img src=x onerror=alert(1)>@example.org', phone: '06 1234 5678' };
    worker.use(http.get('*/v1/beheer/volunteer-opportunities/:id/signups', () => HttpResponse.json({ items: [hostile], total: 1, offset: 0, limit: 500 })));
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    const c = $(el, '.signup')!;
    expect(text(c.querySelector('.name'))).to.equal(payload);
    expect(c.querySelector('.message')!.textContent).to.equal(`${script}\nregel twee`);
    expect(el.shadowRoot!.querySelector('img, script'), 'no element made from the data').to.equal(null);
    expect((window as { __beheerXss?: number }).__beheerXss).to.equal(undefined);
    const tel = c.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:0612345678');
    const mail = c.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.getAttribute('href')).to.not.contain('"').and.not.contain('<');
  });

  it('a sign-up with phone and e-mail shows them as tel: and mailto: links, with availability and message', async () => {
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    const [first, second] = beheer.list(BUS);
    const one = card(el, first!.name)!;
    expect(one.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal(`tel:${first!.phone!.replace(/ /g, '')}`);
    expect(one.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')).to.equal(`mailto:${first!.email}`);
    expect(text(one)).to.contain('dinsdagochtend, donderdagmiddag');
    expect(text(one)).to.contain('VOG ontvangen, met datum');
    expect(card(el, second!.name)!.querySelector('.message')!.textContent).to.equal('Ik heb al eerder bij de Zonnebloem gereden.\nBel mij liefst na 18.00 uur.');
  });

  it('fits 320px without sideways scrolling, also with the question to cancel open', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openBeheer(`#vrijwilligerswerk/${BUS}`);
    $<HTMLButtonElement>(el, 'button.cancel')!.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const over = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > 320.5).map((n) => n.localName + '.' + n.className);
    expect(over).to.deep.equal([]);
  });

  it('speaks English with lang="en"', async () => {
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`, 'en');
    expect(text($(el, '.view-title'))).to.equal('Sign-ups: Koffie schenken bij de Koffieochtend');
    expect(text($(el, 'button.confirm'))).to.contain('Confirm');
    expect(text($(el, 'button.move-up'))).to.contain('Move up to a place');
    expect(text($(el, '.signup.waitlisted .badge'))).to.contain('On the waiting list');
    await expect(el).to.be.accessible();
  });

  it('an empty list says so, accessibly; an unknown opportunity says it does not exist', async () => {
    const el = await openBeheer('#vrijwilligerswerk/begeleider-gym');
    expect(text($(el, '.content'))).to.contain('Er zijn nog geen aanmeldingen.');
    await expect(el).to.be.accessible();
    await go(el, '#vrijwilligerswerk/bestaat-niet');
    expect(text($(el, '.content [role="alert"]'))).to.contain('Dit vrijwilligerswerk bestaat niet (meer).');
  });
});

describe('<buurt-beheer>: sign-ups, a failed load', () => {
  it('explains it in plain Dutch, accessibly, and "Opnieuw proberen" loads the list with focus on the heading', async () => {
    let calls = 0;
    worker.use(http.get('*/v1/beheer/volunteer-opportunities/:id/signups', () => (++calls === 1 ? HttpResponse.json({}, { status: 503 }) : undefined)));
    const el = await openBeheer(`#vrijwilligerswerk/${KOFFIE}`);
    expect(text($(el, '[role="alert"]'))).to.contain('Dit kan nu niet worden geladen. Controleer uw internetverbinding');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await waitUntil(() => $(el, '.signup'), 'the list after retrying');
    await waitUntil(() => active(el) === $(el, '.view-title'), 'focus on the heading');
    expect(calls).to.equal(2);
  });
});
