import { html } from 'lit';
import { HttpResponse } from 'msw';
import { $$ } from './helpers.ts';
import { dataWidgetSuite } from './data-widget-suite.ts';
import './beheer-helpers.ts';

// The start view (Vrijwilligerswerk) passes the checks every data widget passes.
dataWidgetSuite({
  tag: 'buurt-beheer',
  create: (opts) => (opts?.lang ? html`<buurt-beheer lang=${opts.lang}></buurt-beheer>` : html`<buurt-beheer></buurt-beheer>`),
  data: '*/v1/beheer/volunteer-opportunities',
  empty: () => HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500 }),
  hasItems: (el) => $$(el, '.opportunity').length > 0,
  texts: {
    nl: { error: 'Dit kan nu niet worden geladen', empty: 'Er is nog geen vrijwilligerswerk om te beheren' },
    en: { error: 'This cannot be loaded now', empty: 'There is no volunteer work to manage yet' },
  },
});
