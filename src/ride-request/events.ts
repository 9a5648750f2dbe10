import type { components } from '../../contract/types.ts';

/** What the event tells the page: the request without its secret token. */
export type RideRequestSent = Readonly<components['schemas']['RideRequest']>;

/**
 * Fired when a ride request has been received (its places are held), e.g. to thank the
 * resident elsewhere on the page. It carries no secret token. (The agenda's
 * `buurt-ride-requested` is another event: a resident pressed "Vervoer nodig?".)
 */
export class BuurtRideRequestSentEvent extends Event {
  static readonly eventName = 'buurt-ride-request-sent' as const;
  readonly request: RideRequestSent;

  constructor(request: RideRequestSent) {
    super(BuurtRideRequestSentEvent.eventName, { bubbles: true, composed: true });
    this.request = request;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-ride-request-sent': BuurtRideRequestSentEvent;
  }
}
