/**
 * The network's own data in the coordinator's mocks: the calendar feeds
 * (`/v1/beheer/calendar-feeds`) and the services with their freshness
 * (`/v1/beheer/services`), in the contract's shapes. (Issue 9; filled in with those views.)
 */
import type { Tools } from './beheer-tools.ts';

export function createNetworkStore() {
  return {
    reset() {},
  };
}

export type NetworkStore = ReturnType<typeof createNetworkStore>;

export function networkHandlers(_store: NetworkStore, _tools: Tools) {
  return [];
}
