/**
 * On a narrow widget (a phone) the sign-up form asks one group of questions per step:
 * Uw gegevens; when and a message (both optional); privacy and consent; then the check
 * step. On a wide widget it stays one page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { volunteering } from '../../src/mocks/volunteer-mock.ts';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { tabTo } from './form-widget-suite.ts';
import { $, $$, text, waitUntil, worker } from './helpers.ts';
import { KOFFIE, openShift, typeInto, until } from './volunteer-signup-helpers.ts';

const active = (el: BuurtVolunteerSignup) => el.shadowRoot!.activeElement as HTMLElement | null;
const title = (el: BuurtVolunteerSignup) => text($(el, '#step-title'));

async function open(width = 320) {
  await setViewport({ width, height: 640 });
  const el = await fixture<BuurtVolunteerSignup>(
    html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`,
  );
  await until(el, '#f-name', 'the first question');
  return el;
}

/** Presses the step's primary button and waits until the step has changed (or errors show). */
async function next(el: BuurtVolunteerSignup) {
  const before = title(el);
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitUntil(() => title(el) !== before || $(el, '.error-summary') || $(el, '#check-title'), 'the next step');
  await el.updateComplete;
}

describe('<buurt-volunteer-signup> on a narrow widget: one group of questions per step', () => {
  beforeEach(() => volunteering.reset());

  it('can be done with the keyboard alone, step by step, each heading focused and saying the step', async () => {
    const el = await open();
    expect(title(el)).to.equal('Stap 1 van 3 Uw gegevens');
    expect($(el, '#f-consent'), 'consent is on a later step').to.equal(null);
    const keys = async (to: string, k: { type?: string; press?: string }) => {
      await tabTo(el, to);
      await sendKeys(k as { press: string });
      await el.updateComplete;
    };
    await keys('#f-name', { type: 'Jannie de Vries' });
    await keys('#f-phone', { type: '0345 123456' });
    await keys('button[type="submit"]', { press: 'Enter' });
    await waitUntil(() => title(el).startsWith('Stap 2 van 3'), 'step 2');
    await el.updateComplete;
    expect(active(el)?.id, 'the heading has focus').to.equal('step-title');
    expect(title(el)).to.contain('Meer over u');
    expect($(el, '#f-availability')).to.exist;
    expect($(el, '#f-message')).to.exist;
    await keys('#f-message', { type: 'Ik kan ook opruimen.' });
    await keys('button[type="submit"]', { press: 'Enter' });
    await waitUntil(() => title(el).startsWith('Stap 3 van 3'), 'step 3');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('step-title');
    expect(title(el)).to.contain('Wat we met uw gegevens doen');
    await keys('#f-consent', { press: 'Space' });
    await keys('button[type="submit"]', { press: 'Enter' });
    await until(el, '#check-title', 'the check step');
    expect(active(el)?.id).to.equal('check-title');
    const check = text($(el, '.check-list'));
    expect(check).to.contain('Jannie de Vries');
    expect(check).to.contain('Ik kan ook opruimen.');
    await keys('button.send', { press: 'Enter' });
    await until(el, '.confirmation', 'the confirmation');
    expect(volunteering.count).to.equal(1);
  });

  it('choosing a shift focuses the first step\'s heading, which says the step', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<BuurtVolunteerSignup>(html`<buurt-volunteer-signup opportunity=${KOFFIE}></buurt-volunteer-signup>`);
    await until(el, '.shift button', 'the shifts');
    $$<HTMLButtonElement>(el, '.shift button').find((b) => text(b).startsWith('Kies dit moment'))!.click();
    await until(el, '#f-name', 'the first question');
    await waitUntil(() => active(el)?.id === 'step-title', 'the heading focused');
    expect(title(el)).to.equal('Stap 1 van 3 Uw gegevens');
  });

  it('"Volgende" with an empty name stays on step 1, with the error summary focused', async () => {
    const el = await open();
    typeInto(el, 'f-phone', '0345 123456');
    await next(el);
    expect(title(el)).to.contain('Stap 1 van 3');
    const summary = $(el, '.error-summary')!;
    expect(summary).to.exist;
    expect(active(el)).to.equal(summary);
    expect(text(summary)).to.contain('Vul uw naam in.');
    expect(text(summary), 'only this step is checked').to.not.contain('vinkje');
    expect($(el, '#f-name')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('"Vorige" goes back keeping everything typed', async () => {
    const el = await open();
    typeInto(el, 'f-name', 'Jannie de Vries');
    typeInto(el, 'f-email', 'jannie@example.nl');
    await next(el);
    typeInto(el, 'f-message', 'Graag op dinsdag.');
    $<HTMLInputElement>(el, '#f-availability')!.click();
    await el.updateComplete;
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form button')].find((b) => text(b) === 'Vorige')!;
    expect(back, 'a "Vorige" button').to.exist;
    back.click();
    await waitUntil(() => title(el).startsWith('Stap 1 van 3'), 'back on step 1');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('step-title');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Jannie de Vries');
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('jannie@example.nl');
    await next(el);
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('Graag op dinsdag.');
    expect($<HTMLInputElement>(el, '#f-availability')!.checked).to.equal(true);
  });

  it("a server's refusal of the phone number after sending shows on step 1's field", async () => {
    worker.use(
      http.post('*/v1/volunteer-signups', () =>
        HttpResponse.json(
          {
            type: 'urn:buurtkit:problem:invalid-body',
            title: 'Niet alle velden zijn goed ingevuld.',
            status: 422,
            errors: [
              { name: 'phone', in: 'body', detail: 'Is geen geldig telefoonnummer.' },
              { name: 'availability[0].day', in: 'body', detail: 'Kies een dag van de week.' },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await open();
    typeInto(el, 'f-name', 'Jannie de Vries');
    typeInto(el, 'f-phone', '0345 123456');
    await next(el);
    await next(el);
    $<HTMLInputElement>(el, '#f-consent')!.click();
    await next(el);
    $<HTMLButtonElement>(el, 'button.send')!.click();
    await until(el, '.error-summary', 'the error summary');
    expect(title(el)).to.contain('Stap 1 van 3');
    expect(active(el)).to.equal($(el, '.error-summary'));
    const phone = $<HTMLInputElement>(el, '#f-phone')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.value).to.equal('0345 123456');
    expect(text($(el, '#f-phone-error'))).to.contain('Is geen geldig telefoonnummer.');
    // The summary's link to a question on another step goes to that step, and to the question.
    [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => text(a).includes('Kies een dag'))!.click();
    await waitUntil(() => active(el)?.id === 'f-availability', 'the availability question focused');
    expect(title(el)).to.contain('Stap 2 van 3');
  });

  it('"Wijzigen" at the check step goes to the step that holds the answer', async () => {
    const el = await open();
    typeInto(el, 'f-name', 'Jannie de Vries');
    typeInto(el, 'f-phone', '0345 123456');
    await next(el);
    await next(el);
    $<HTMLInputElement>(el, '#f-consent')!.click();
    await next(el);
    await until(el, '#check-title', 'the check step');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.change button')].find((b) => text(b).includes('wilt u nog iets kwijt'))!.click();
    await until(el, '#f-message', 'the message question');
    expect(title(el)).to.contain('Stap 2 van 3');
    expect(active(el)?.id).to.equal('f-message');
  });

  it('is accessible on every step', async () => {
    const el = await open();
    await expect(el).to.be.accessible();
    typeInto(el, 'f-name', 'Jannie de Vries');
    typeInto(el, 'f-phone', '0345 123456');
    await next(el);
    await expect(el).to.be.accessible();
    await next(el);
    await expect(el).to.be.accessible();
    await next(el);
    expect($(el, '.error-summary'), 'consent is asked').to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<BuurtVolunteerSignup>(
      html`<buurt-volunteer-signup lang="en" opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`,
    );
    await until(el, '#f-name', 'the first question');
    await waitUntil(() => title(el).startsWith('Step 1 of 3'), 'an English step');
    expect(text($(el, 'form button[type="submit"]'))).to.equal('Next');
  });

  it('going narrow while answering (a tablet turned) stays on the question being answered', async () => {
    const el = await open(800);
    typeInto(el, 'f-name', 'Jannie de Vries');
    $<HTMLTextAreaElement>(el, '#f-message')!.focus();
    typeInto(el, 'f-message', 'Graag op dinsdag.');
    await setViewport({ width: 320, height: 640 });
    await waitUntil(() => $(el, '#step-title'), 'steps on a narrow widget');
    await el.updateComplete;
    expect(title(el)).to.contain('Stap 2 van 3');
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('Graag op dinsdag.');
    $<HTMLButtonElement>(el, '.previous')!.click();
    await waitUntil(() => title(el).startsWith('Stap 1 van 3'), 'back on step 1');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Jannie de Vries');
  });

  it('on a wide widget is one page, as before', async () => {
    const el = await open(800);
    expect($(el, '#step-title')).to.equal(null);
    for (const id of ['f-name', 'f-phone', 'f-email', 'f-availability', 'f-message', 'f-consent']) expect($(el, `#${id}`), id).to.exist;
    expect(text($(el, 'form'))).to.not.contain('Stap 1');
  });
});
