import { html } from '@open-wc/testing';
import { volunteering } from '../../src/mocks/volunteer-mock.ts';
import type { SignupRequest } from '../../src/volunteer-signup/types.ts';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { formWidgetSuite } from './form-widget-suite.ts';
import { $ } from './helpers.ts';
import { fill, KOFFIE, openShift, toCheck, until } from './volunteer-signup-helpers.ts';

const el$ = (el: HTMLElement) => el as BuurtVolunteerSignup;

formWidgetSuite({
  tag: 'buurt-volunteer-signup',
  create: ({ lang } = {}) =>
    lang
      ? html`<buurt-volunteer-signup lang=${lang} opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`
      : html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`,
  ready: (el) => until(el$(el), '#f-name', 'the first question'),
  fill: (el) => fill(el$(el)),
  toSend: (el) => toCheck(el$(el)),
  sendButton: 'button.send',
  submits: '*/v1/volunteer-signups',
  store: (body, key) => volunteering.signUp(body as SignupRequest, key),
  records: () => volunteering.count,
  reset: () => volunteering.reset(),
  isSent: (el) => !!$(el, '.confirmation'),
  keyboard: [
    { to: '#f-name', type: 'Jannie de Vries' },
    { to: '#f-phone', type: '0345 123456' },
    { to: '#f-consent', press: 'Space' },
    { to: 'button[type="submit"]', press: 'Enter' },
    { to: 'button.send', press: 'Enter' },
  ],
  serverErrors: [
    {
      name: 'phone',
      detail: 'Is geen geldig telefoonnummer (bijvoorbeeld 0345 123456 of 06 12345678).',
      input: 'f-phone',
      en: 'Enter a phone number like 0345 123456 or 06 12345678.',
    },
    { name: 'availability[0].day', detail: 'Kies een dag van de week.', input: 'f-availability', en: 'Choose days and parts of the day from the list.' },
  ],
  kept: { input: 'f-message', value: 'Ik kan ook helpen met opruimen.' },
  backToQuestions: async (el) => {
    $<HTMLButtonElement>(el, '.change button')!.click();
    await until(el$(el), '#f-name', 'the questions');
  },
  texts: {
    nl: { summary: 'Er is een probleem', offline: 'Het versturen is niet gelukt: er is geen verbinding', resend: 'Opnieuw versturen', limited: 'Er is vanaf uw adres in korte tijd veel verstuurd', label: 'Telefoonnummer' },
    en: { summary: 'There is a problem', offline: 'Sending did not work: there is no internet connection', resend: 'Send again', limited: 'A lot has been sent from your address in a short time', label: 'Phone number' },
  },
});
