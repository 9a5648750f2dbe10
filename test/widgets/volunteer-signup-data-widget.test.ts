import { html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { dataWidgetSuite } from './data-widget-suite.ts';
import { titles } from './volunteer-signup-helpers.ts';

dataWidgetSuite({
  tag: 'buurt-volunteer-signup',
  create: ({ lang } = {}) =>
    lang ? html`<buurt-volunteer-signup lang=${lang}></buurt-volunteer-signup>` : html`<buurt-volunteer-signup></buurt-volunteer-signup>`,
  data: '*/v1/volunteer-opportunities',
  empty: () => HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500 }),
  hasItems: (el) => titles(el as BuurtVolunteerSignup).length > 0,
  texts: {
    nl: { error: 'Het vrijwilligerswerk kan nu niet worden geladen.', empty: 'Er is nu geen vrijwilligerswerk' },
    en: { error: 'The volunteer work cannot be loaded right now.', empty: 'There is no volunteer work' },
  },
});
