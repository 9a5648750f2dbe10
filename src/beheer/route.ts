/**
 * Where the coordinator is, in the page's hash, so the back button and a bookmark work:
 * `#vrijwilligerswerk`, `#vrijwilligerswerk/<id>`, `#vrijwilligerswerk/<id>/<occurrence>`,
 * `#berichten`, `#berichten/<state>`, `#privacy`. Anything else is the start view.
 */
import type { MessageState } from './api.ts';

export type Route =
  | { view: 'opportunities' }
  | { view: 'signups'; opportunity: string; occurrence?: string }
  | { view: 'messages'; state?: MessageState }
  | { view: 'privacy' };

const STATES: readonly MessageState[] = ['waiting', 'sent', 'failed'];

const decode = (part: string | undefined) => {
  try {
    return part ? decodeURIComponent(part).slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
};

export function parseRoute(hash: string): Route {
  const [view, a, b] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'vrijwilligerswerk' && decode(a)) return { view: 'signups', opportunity: decode(a)!, occurrence: decode(b) };
  if (view === 'berichten') return { view: 'messages', state: STATES.find((s) => s === a) };
  if (view === 'privacy') return { view: 'privacy' };
  return { view: 'opportunities' };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'signups':
      return `#vrijwilligerswerk/${encodeURIComponent(route.opportunity)}${route.occurrence ? `/${encodeURIComponent(route.occurrence)}` : ''}`;
    case 'messages':
      return `#berichten${route.state ? `/${route.state}` : ''}`;
    case 'privacy':
      return '#privacy';
    default:
      return '#vrijwilligerswerk';
  }
}
