/**
 * Registers `<buurt-agenda>`. Safe to load twice: the tag is defined only once.
 *
 *   <script type="module" src="https://…/buurtkit/agenda.js"></script>
 *   <buurt-agenda></buurt-agenda>
 */
import { define } from '../core/define.ts';
import { BuurtAgenda } from './agenda.ts';

export { BuurtAgenda };
export { BuurtHelpOfferedEvent, BuurtRideRequestedEvent } from './events.ts';

define('buurt-agenda', BuurtAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-agenda': BuurtAgenda;
  }
}
