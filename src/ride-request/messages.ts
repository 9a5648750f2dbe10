/**
 * The ride widget's first texts (docs/decisions/0003): what shows before the form's chunk
 * is there (loading, a failure, no bus). The form's Dutch texts travel with the form
 * (flow-messages.ts): the widget's first chunk stays small (bench/bundles.ts). English, all
 * of it in one table, loads only on English pages.
 */
import type { Localised } from '../core/i18n.ts';
import { coreMessages } from '../core/messages.ts';
import type { FlowMessages } from './flow-messages.ts';

const nl = {
  ...coreMessages.nl,
  loading: 'De gegevens van de dorpsbus worden geladen…',
  error: 'De gegevens van de dorpsbus kunnen nu niet worden geladen. Controleer uw internetverbinding of probeer het later opnieuw.',
  empty: 'De dorpsbus rijdt de komende weken niet. Bel de coördinator als u vervoer nodig hebt:',
  statusError: 'Deze rit kan nu niet worden geladen. Controleer uw internetverbinding of probeer het later opnieuw.',
};

export type ShellMessages = typeof nl;
/** Every text of the widget: the first ones and the form's. */
export type RideMessages = ShellMessages & FlowMessages;

export const rideMessages: Localised<ShellMessages> = { nl, en: (): Promise<RideMessages> => import('./messages.en.ts').then((t) => t.en) };
