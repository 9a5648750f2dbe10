/** Texts every widget uses, spread into each `<widget>/messages.ts` (docs/decisions/0003). */

const nl = {
  retry: 'Opnieuw proberen',
  clearFilters: 'Filters wissen',
};

export type CoreMessages = typeof nl;

const en: CoreMessages = {
  retry: 'Try again',
  clearFilters: 'Clear filters',
};

export const coreMessages: Readonly<Record<'nl' | 'en', CoreMessages>> = { nl, en };
