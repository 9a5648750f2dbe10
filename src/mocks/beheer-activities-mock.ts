/**
 * The activities in the coordinator's mocks (`/v1/beheer/activities`, `activity-options`,
 * `schedule-preview`), in the contract's shapes. (Issue 9; filled in with the editor.)
 */
import type { Tools } from './beheer-tools.ts';

export function createActivityStore() {
  return {
    reset() {},
  };
}

export type ActivityStore = ReturnType<typeof createActivityStore>;

export function activityHandlers(_store: ActivityStore, _tools: Tools) {
  return [];
}
