/** Texts every widget uses, in the shape of each `<widget>/messages.ts` (docs/decisions/0003). */
import type { Localised } from './i18n.ts';

const nl = {
  retry: 'Opnieuw proberen',
  clearFilters: 'Filters wissen',
};

export type CoreMessages = typeof nl;

const en: CoreMessages = {
  retry: 'Try again',
  clearFilters: 'Clear filters',
};

export const coreMessages: Localised<CoreMessages> = { nl, en };
