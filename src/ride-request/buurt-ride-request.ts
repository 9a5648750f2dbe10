/**
 * Registers `<buurt-ride-request>`. Safe to load twice: the tag is defined only once.
 *
 *   <script type="module" src="https://…/buurtkit/ride-request.js"></script>
 *   <buurt-ride-request></buurt-ride-request>
 */
import { define } from '../core/define.ts';
import { BuurtRideRequest } from './ride-request.ts';

export { BuurtRideRequest };
export { BuurtRideRequestSentEvent } from './events.ts';

define('buurt-ride-request', BuurtRideRequest);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-ride-request': BuurtRideRequest;
  }
}
