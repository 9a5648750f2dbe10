import { html } from '@open-wc/testing';
import { rides } from '../../src/mocks/ride-mock.ts';
import type { RideRequestBody } from '../../src/ride-request/types.ts';
import type { BuurtRideRequest } from '../../src/ride-request/ride-request.ts';
import { formWidgetSuite } from './form-widget-suite.ts';
import { $ } from './helpers.ts';
import { fill, koffie, toCheck, until } from './ride-request-helpers.ts';

const el$ = (el: HTMLElement) => el as BuurtRideRequest;

formWidgetSuite({
  tag: 'buurt-ride-request',
  create: ({ lang } = {}) =>
    lang
      ? html`<buurt-ride-request lang=${lang} occurrence=${koffie().occurrenceId}></buurt-ride-request>`
      : html`<buurt-ride-request occurrence=${koffie().occurrenceId}></buurt-ride-request>`,
  ready: (el) => until(el$(el), '#f-forWhom', 'the first question'),
  fill: (el) => fill(el$(el)),
  toSend: (el) => toCheck(el$(el)),
  sendButton: 'button.send',
  submits: '*/v1/ride-requests',
  store: (body, key) => rides.create(body as RideRequestBody, key),
  records: () => rides.count,
  reset: () => rides.reset(),
  isSent: (el) => !!$(el, '.confirmation'),
  keyboard: [
    { to: '#f-name', type: 'Riet van Dam' },
    { to: '#f-phone', type: '0345 654321' },
    { to: '#f-postalCode', type: '4151 AB' },
    { to: '#f-houseNumber', type: '12' },
    { to: '#f-street', type: 'Dorpsstraat' },
    { to: '#f-consent', press: 'Space' },
    { to: 'button[type="submit"]', press: 'Enter' },
    { to: 'button.send', press: 'Enter' },
  ],
  serverErrors: [
    {
      name: 'passenger.phone',
      detail: 'Is geen geldig telefoonnummer (bijvoorbeeld 0345 123456 of 06 12345678).',
      input: 'f-phone',
      en: 'Enter a phone number like 0345 123456 or 06 12345678.',
    },
    {
      name: 'passenger.address.postalCode',
      detail: 'Op dit adres haalt de bus niet op: het ligt buiten het gebied.',
      input: 'f-postalCode',
      en: 'Enter a postcode like 4151 AB, within the area the bus serves.',
    },
    {
      name: 'trip.returnTime',
      detail: 'De terugrit moet later zijn dan de heenrit.',
      input: 'f-returnTime',
      en: 'The ride back must be later than the ride there, within the hours the bus runs.',
    },
  ],
  kept: { input: 'f-note', value: 'Bel lang aan, ik hoor slecht.' },
  backToQuestions: async (el) => {
    $<HTMLButtonElement>(el, '.change button')!.click();
    await until(el$(el), '#f-name', 'the questions');
  },
  texts: {
    nl: { summary: 'Er is een probleem', offline: 'Het versturen is niet gelukt: er is geen verbinding', resend: 'Opnieuw versturen', limited: 'Er is vanaf uw adres in korte tijd veel verstuurd', label: 'Telefoonnummer' },
    en: { summary: 'There is a problem', offline: 'Sending did not work: there is no internet connection', resend: 'Send again', limited: 'A lot has been sent from your address in a short time', label: 'Phone number' },
  },
});
