/**
 * Registers `<buurt-volunteer-signup>`. Safe to load twice: the tag is defined only once.
 *
 *   <script type="module" src="https://…/buurtkit/volunteer-signup.js"></script>
 *   <buurt-volunteer-signup></buurt-volunteer-signup>
 */
import { define } from '../core/define.ts';
import { BuurtVolunteerSignup } from './volunteer-signup.ts';

export { BuurtVolunteerSignup };
export { BuurtSignedUpEvent } from './events.ts';

define('buurt-volunteer-signup', BuurtVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-volunteer-signup': BuurtVolunteerSignup;
  }
}
