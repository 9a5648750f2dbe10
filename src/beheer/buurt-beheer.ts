/**
 * Registers `<buurt-beheer>`, the coordinator's pages: the signed-in page of `/beheer`
 * loads it from `/buurtkit/beheer.js`. Its own bundle, outside the widgets' budgets.
 */
import { define } from '../core/define.ts';
import { BuurtBeheer } from './beheer.ts';

export { BuurtBeheer };

define('buurt-beheer', BuurtBeheer);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-beheer': BuurtBeheer;
  }
}
