import { html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { addDays, todayKey } from '../../src/core/dates.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import { dataWidgetSuite } from './data-widget-suite.ts';
import { titles } from './helpers.ts';

dataWidgetSuite({
  tag: 'buurt-agenda',
  create: ({ lang } = {}) => (lang ? html`<buurt-agenda lang=${lang}></buurt-agenda>` : html`<buurt-agenda></buurt-agenda>`),
  data: '*/v1/activities',
  empty: () => HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500, from: todayKey(), to: addDays(todayKey(), 30) }),
  hasItems: (el) => titles(el as BuurtAgenda).length > 0,
  texts: {
    nl: { error: 'De agenda kan nu niet worden geladen.', empty: 'Geen activiteiten in deze periode.' },
    en: { error: 'The calendar cannot be loaded right now.', empty: 'No activities in this period.' },
  },
});
