/**
 * Registers `<buurt-social-map>`. Safe to load twice: the tag is defined only once.
 *
 *   <script type="module" src="https://…/buurtkit/social-map.js"></script>
 *   <buurt-social-map></buurt-social-map>
 */
import { define } from '../core/define.ts';
import { BuurtSocialMap } from './social-map.ts';

export { BuurtSocialMap };
export { BuurtServiceSelectedEvent } from './events.ts';

define('buurt-social-map', BuurtSocialMap);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-social-map': BuurtSocialMap;
  }
}
