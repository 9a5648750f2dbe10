import { html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { dataWidgetSuite } from './data-widget-suite.ts';
import { $ } from './helpers.ts';
import './ride-request-helpers.ts';

dataWidgetSuite({
  tag: 'buurt-ride-request',
  create: ({ lang } = {}) => (lang ? html`<buurt-ride-request lang=${lang}></buurt-ride-request>` : html`<buurt-ride-request></buurt-ride-request>`),
  data: '*/v1/rides/availability',
  empty: () => HttpResponse.json({ from: '2026-12-01', to: '2027-01-26', days: [] }),
  hasItems: (el) => !!$(el, 'form.ride-form'),
  texts: {
    nl: { error: 'De gegevens van de dorpsbus kunnen nu niet worden geladen.', empty: 'De dorpsbus rijdt de komende weken niet.' },
    en: { error: 'The village bus cannot be loaded right now.', empty: 'The village bus does not run in the coming weeks.' },
  },
});
