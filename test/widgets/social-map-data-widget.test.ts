import { html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { socialMap } from '../../src/mocks/social-map-fixtures.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import { dataWidgetSuite } from './data-widget-suite.ts';
import { names, THURSDAY_10 } from './social-map-helpers.ts';

dataWidgetSuite({
  tag: 'buurt-social-map',
  create: ({ lang } = {}) =>
    lang
      ? html`<buurt-social-map lang=${lang} .now=${THURSDAY_10}></buurt-social-map>`
      : html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`,
  data: '*/v1/social-map',
  empty: () => HttpResponse.json({ ...socialMap, services: [] }),
  hasItems: (el) => names(el as BuurtSocialMap).length > 0,
  texts: {
    nl: { error: 'De sociale kaart kan nu niet worden geladen.', empty: 'Niets gevonden.' },
    en: { error: 'The social map cannot be loaded right now.', empty: 'Nothing found.' },
  },
});
