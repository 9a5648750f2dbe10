import type { components } from '../../contract/types.ts';

type Created = components['schemas']['VolunteerSignupCreated'];
/** What the event tells the page: the sign-up without its secret token. */
export type SignedUp = Readonly<Omit<Created, 'token'>>;

/**
 * Fired when a sign-up has been received (confirmed or on the waiting list), e.g. to
 * thank the resident elsewhere on the page or count sign-ups. It carries no secret token.
 */
export class BuurtSignedUpEvent extends Event {
  static readonly eventName = 'buurt-signed-up' as const;
  readonly signup: SignedUp;

  constructor(signup: SignedUp) {
    super(BuurtSignedUpEvent.eventName, { bubbles: true, composed: true });
    this.signup = signup;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-signed-up': BuurtSignedUpEvent;
  }
}
