import type { SocialMapService } from './types.ts';

/**
 * Fired when a volunteer chooses a service: opens "Meer over deze hulp" (`reason: 'details'`)
 * or puts it on the verwijskaart (`reason: 'referral-card'`). A host page can use it to
 * count which help is asked for (no personal data is in it) or to show its own detail page.
 */
export class BuurtServiceSelectedEvent extends Event {
  static readonly eventName = 'buurt-service-selected' as const;
  readonly service: Readonly<SocialMapService>;
  readonly reason: 'details' | 'referral-card';

  constructor(service: SocialMapService, reason: 'details' | 'referral-card') {
    super(BuurtServiceSelectedEvent.eventName, { bubbles: true, composed: true });
    this.service = service;
    this.reason = reason;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-service-selected': BuurtServiceSelectedEvent;
  }
}
