import type { Occurrence } from './types.ts';

/**
 * Fired when a resident presses "Vervoer nodig?" on an activity the village bus serves.
 * Cancel it (`preventDefault()`) to handle the request yourself, e.g. by opening a
 * `<buurt-ride-request>` on the same page; otherwise the agenda follows `ride-href`.
 */
export class BuurtRideRequestedEvent extends Event {
  static readonly eventName = 'buurt-ride-requested' as const;
  readonly occurrence: Readonly<Occurrence>;

  constructor(occurrence: Occurrence) {
    super(BuurtRideRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.occurrence = occurrence;
  }
}

/**
 * Fired when a resident presses "Help mee" on an activity that asks for volunteers.
 * Cancel it (`preventDefault()`) to handle it yourself, e.g. by showing a
 * `<buurt-volunteer-signup occurrence="…">` on the same page; otherwise the agenda follows
 * `volunteer-href`.
 */
export class BuurtHelpOfferedEvent extends Event {
  static readonly eventName = 'buurt-help-offered' as const;
  readonly occurrence: Readonly<Occurrence>;

  constructor(occurrence: Occurrence) {
    super(BuurtHelpOfferedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.occurrence = occurrence;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-ride-requested': BuurtRideRequestedEvent;
    'buurt-help-offered': BuurtHelpOfferedEvent;
  }
}
