import type { ReactiveControllerHost } from 'lit';
import type { Task } from '@lit/task';
import type { Locale } from '../core/i18n.ts';
import type { FocusController } from '../core/focus.ts';
import type { BeheerOpportunity } from './api.ts';
import type { BeheerMessages } from './messages.ts';

/** What a view needs of the `<buurt-beheer>` element it lives in. */
export interface BeheerHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly texts: BeheerMessages;
  readonly language: Locale;
  readonly base: string;
  readonly focuser: FocusController;
  /** The opportunities with their counts, shared by the list and the sign-ups view (their titles). */
  readonly opportunities: Task<readonly [string], BeheerOpportunity[]>;
  /** The session's CSRF token, for a change; rejects when there is no session. */
  csrfToken(): Promise<string>;
  /** Puts a result into the live region. */
  announce(text: string): void;
  /** A change was refused with 401: the session has ended. */
  expire(): void;
  moment(): Date;
  /** Where to log in again. */
  readonly loginHref: string;
}
