/**
 * Where the coordinator is, in the page's hash, so the back button and a bookmark work:
 * `#vrijwilligerswerk`, `#vrijwilligerswerk/<id>`, `#vrijwilligerswerk/<id>/<occurrence>`,
 * `#vervoer`, `#vervoer/<day>`, `#ritlijst`, `#ritlijst/<day>`, `#ritlijst/<day>/<driver>`,
 * `#verslag`, `#verslag/<month>/<month>`, `#berichten`, `#berichten/<state>`, `#privacy`,
 * `#activiteiten`, `#activiteiten/<id>` (`#activiteiten/nieuw` adds one), `#agendas` (the
 * organisations' calendar feeds), `#sociale-kaart`, `#sociale-kaart/verouderd`,
 * `#sociale-kaart/dienst/<id>` (one service in the editor; `#sociale-kaart/nieuw` adds one),
 * `#sociale-kaart/importeren` (an HSDS file),
 * `#organisaties`, `#organisaties/<id>` (`#organisaties/nieuw` adds one), `#plekken`,
 * `#plekken/<id>` (`#plekken/nieuw` adds one), `#logboek`, `#mensen`
 * (the accounts and invitations; `#accounts` too).
 * Anything else is the start view.
 */
import type { MessageState } from './api.ts';

export type Route =
  | { view: 'opportunities' }
  | { view: 'signups'; opportunity: string; occurrence?: string }
  | { view: 'messages'; state?: MessageState }
  | { view: 'privacy' }
  | { view: 'rides'; date?: string }
  | { view: 'sheet'; date?: string; driver?: string }
  | { view: 'report'; from?: string; to?: string }
  | { view: 'activities' }
  | { view: 'activity'; id: string }
  | { view: 'feeds' }
  | { view: 'services'; stale?: boolean }
  | { view: 'service'; id: string }
  | { view: 'hsds-import' }
  | { view: 'organisations' }
  | { view: 'organisation'; id: string }
  | { view: 'places' }
  /** `forActivity`: opened from a new activity's form, which it goes back to once the place is added. */
  | { view: 'place'; id: string; forActivity?: boolean }
  | { view: 'audit' }
  | { view: 'accounts' };

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const match = (re: RegExp, part: string | undefined) => (part && re.test(part) ? part : undefined);

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
  if (view === 'vervoer') return { view: 'rides', date: match(DAY, a) };
  if (view === 'ritlijst') return { view: 'sheet', date: match(DAY, a), driver: match(UUID, b) };
  if (view === 'activiteiten') return decode(a) ? { view: 'activity', id: decode(a)! } : { view: 'activities' };
  if (view === 'agendas') return { view: 'feeds' };
  if (view === 'sociale-kaart' && a === 'nieuw') return { view: 'service', id: 'nieuw' };
  if (view === 'sociale-kaart' && a === 'dienst' && decode(b)) return { view: 'service', id: decode(b)! };
  if (view === 'sociale-kaart' && a === 'importeren') return { view: 'hsds-import' };
  if (view === 'mensen' || view === 'accounts') return { view: 'accounts' };
  if (view === 'sociale-kaart') return { view: 'services', stale: a === 'verouderd' };
  if (view === 'organisaties') return decode(a) ? { view: 'organisation', id: decode(a)! } : { view: 'organisations' };
  if (view === 'plekken' && a === 'nieuw' && b === 'voor-activiteit') return { view: 'place', id: 'nieuw', forActivity: true };
  if (view === 'plekken') return decode(a) ? { view: 'place', id: decode(a)! } : { view: 'places' };
  if (view === 'logboek') return { view: 'audit' };
  if (view === 'verslag') return { view: 'report', from: match(MONTH, a), to: match(MONTH, b) };
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
    case 'rides':
      return `#vervoer${route.date ? `/${route.date}` : ''}`;
    case 'sheet':
      return `#ritlijst${route.date ? `/${route.date}${route.driver ? `/${route.driver}` : ''}` : ''}`;
    case 'report':
      return `#verslag${route.from && route.to ? `/${route.from}/${route.to}` : ''}`;
    case 'activities':
      return '#activiteiten';
    case 'activity':
      return `#activiteiten/${encodeURIComponent(route.id)}`;
    case 'feeds':
      return '#agendas';
    case 'services':
      return `#sociale-kaart${route.stale ? '/verouderd' : ''}`;
    case 'service':
      return route.id === 'nieuw' ? '#sociale-kaart/nieuw' : `#sociale-kaart/dienst/${encodeURIComponent(route.id)}`;
    case 'hsds-import':
      return '#sociale-kaart/importeren';
    case 'organisations':
      return '#organisaties';
    case 'organisation':
      return `#organisaties/${encodeURIComponent(route.id)}`;
    case 'places':
      return '#plekken';
    case 'place':
      return route.forActivity && route.id === 'nieuw' ? '#plekken/nieuw/voor-activiteit' : `#plekken/${encodeURIComponent(route.id)}`;
    case 'audit':
      return '#logboek';
    case 'accounts':
      return '#mensen';
    default:
      return '#vrijwilligerswerk';
  }
}
