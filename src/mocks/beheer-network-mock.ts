/**
 * The network's own data in the coordinator's mocks: the calendar feeds
 * (`/v1/beheer/calendar-feeds`) and the services with their freshness
 * (`/v1/beheer/services`), in the contract's shapes, with the contract's main rules:
 * feeds for coordinators only, only http(s) (webcal taken as https), the same address twice
 * for one organisation 409; a contact sees and checks only their own organisation's
 * services; stale = checked more than 12 months ago, oldest first.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { isStale } from '../../common/freshness.ts';
import { addDays, todayKey } from '../core/dates.ts';
import { organizations } from './fixtures.ts';
import { socialMapServices } from './social-map-fixtures.ts';
import type { Tools } from './beheer-tools.ts';

type S = components['schemas'];
type Feed = S['BeheerCalendarFeed'];
type Service = S['BeheerService'];

const orgRef = (id: string): S['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id)!;
  return { id: o.id, name: o.name, kind: o.kind };
};

/** Days before today each fixture service was last checked: three of them over a year ago. */
const CHECKED_DAYS_AGO: Record<number, number> = { 1: 400, 3: 500, 6: 380 };

function makeServices(): Service[] {
  const today = todayKey();
  return socialMapServices.map((s, i) => {
    const assuredDate = CHECKED_DAYS_AGO[i] ? addDays(today, -CHECKED_DAYS_AGO[i]) : s.assuredDate;
    return { id: s.id, name: s.name, organization: s.organization, kind: s.kind, status: 'active', assuredDate, stale: isStale(assuredDate, today) };
  });
}

function makeFeeds(): Feed[] {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
  return [
    {
      id: '3c9f6a1e-2b7d-4e8a-9f10-6d5c4b3a2e01',
      organization: orgRef('dorpshuis-de-linde'),
      url: 'https://calendar.google.com/calendar/ical/dorpshuis.linde%40example.org/public/basic.ics',
      state: 'ok',
      lastFetchedAt: hoursAgo(2),
      lastSuccessAt: hoursAgo(2),
      eventCount: 14,
      duplicateCount: 2,
      skippedCount: 1,
      warnings: ['Geen begintijd: Zomerfeest'],
      createdAt: hoursAgo(24 * 30),
    },
    {
      id: '8e2d4c6b-1a3f-4b5e-8c7d-9f0a1b2c3d04',
      organization: orgRef('sociaal-wijkteam'),
      url: 'https://outlook.office365.com/owa/calendar/wijkteam@example.org/reachcalendar.ics',
      state: 'error',
      lastFetchedAt: hoursAgo(1),
      lastSuccessAt: hoursAgo(50),
      eventCount: 6,
      duplicateCount: 0,
      skippedCount: 0,
      error: 'De agenda kon niet worden opgehaald: de server antwoordde niet binnen 10 seconden.',
      createdAt: hoursAgo(24 * 60),
    },
  ];
}

export function createNetworkStore() {
  let feeds = makeFeeds();
  let services = makeServices();
  let made = 0;
  return {
    get feeds(): readonly Feed[] {
      return feeds;
    },
    get services(): readonly Service[] {
      return services;
    },
    addFeed(organizationId: string, url: string): Feed {
      const feed: Feed = {
        id: `5a1b2c3d-4e5f-4a6b-8c7d-${String(++made).padStart(12, '0')}`,
        organization: orgRef(organizationId),
        url,
        state: 'ok',
        lastFetchedAt: new Date().toISOString(),
        lastSuccessAt: new Date().toISOString(),
        eventCount: 3,
        duplicateCount: 0,
        skippedCount: 0,
        createdAt: new Date().toISOString(),
      };
      feeds.push(feed);
      return feed;
    },
    /** The activities that stay for their volunteers (here: those the feed's last import kept), or undefined when there is no such feed. */
    removeFeed(id: string): S['BeheerCalendarFeedRemoval'] | undefined {
      const feed = feeds.find((f) => f.id === id);
      feeds = feeds.filter((f) => f.id !== id);
      return feed && { keptActivities: feed.keptActivities ?? [] };
    },
    refreshFeed(id: string): Feed | undefined {
      const feed = feeds.find((f) => f.id === id);
      if (feed) feed.lastFetchedAt = new Date().toISOString();
      return feed;
    },
    assure(id: string): Service | undefined {
      const service = services.find((s) => s.id === id);
      if (service) Object.assign(service, { assuredDate: todayKey(), stale: false });
      return service;
    },
    /** A service saved or added in the editor (beheer-service-editor-mock.ts), as the list shows it. */
    upsert(service: Service): void {
      const at = services.findIndex((s) => s.id === service.id);
      if (at >= 0) services[at] = service;
      else services.push(service);
    },
    reset() {
      feeds = makeFeeds();
      services = makeServices();
      made = 0;
    },
  };
}

export type NetworkStore = ReturnType<typeof createNetworkStore>;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
const byOrganization = (a: Feed, b: Feed) => a.organization.name.localeCompare(b.organization.name, 'nl');

export function networkHandlers(store: NetworkStore, { problem, csrfRefused, any, account }: Tools) {
  const notCoordinator = () => (account().role === 'coordinator' ? undefined : problem(403, 'forbidden', 'Dit mag u niet doen', 'Met uw account kunt u dit niet zien of doen.'));
  const fieldProblem = (name: string, detail: string, status = 422) =>
    problem(status, status === 409 ? 'conflict' : 'invalid-body', status === 409 ? 'Dit kan nu niet' : 'De meegestuurde gegevens kloppen niet', detail, [{ name, in: 'body', detail }]);
  const mine = (s: Service) => account().role === 'coordinator' || s.organization.id === account().organizationId;

  return [
    http.get(any('/v1/beheer/calendar-feeds'), () => notCoordinator() ?? HttpResponse.json<S['BeheerCalendarFeedList']>({ items: [...store.feeds].sort(byOrganization) })),

    http.post(any('/v1/beheer/calendar-feeds'), async ({ request }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const body = (await request.json().catch(() => ({}))) as Partial<S['BeheerCalendarFeedRequest']>;
      if (!body.organizationId || !organizations.some((o) => o.id === body.organizationId)) return fieldProblem('organizationId', 'Kies de organisatie van deze agenda.');
      const url = (body.url ?? '').trim().replace(/^webcal:\/\//i, 'https://');
      if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(url)) return fieldProblem('url', 'Vul het internetadres van de agenda in, beginnend met https://.');
      if (store.feeds.some((f) => f.organization.id === body.organizationId && f.url === url)) {
        return fieldProblem('url', 'Deze agenda is al toegevoegd voor deze organisatie.', 409);
      }
      return HttpResponse.json(store.addFeed(body.organizationId, url), { status: 201 });
    }),

    http.delete(any('/v1/beheer/calendar-feeds/{id}'), ({ request, params }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const removed = store.removeFeed(String(params['id']));
      return removed ? HttpResponse.json(removed) : problem(404, 'not-found', 'Niet gevonden', 'Deze agenda is er niet (meer).');
    }),

    http.post(any('/v1/beheer/calendar-feeds/{id}/refresh'), ({ request, params }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const feed = store.refreshFeed(String(params['id']));
      return feed ? HttpResponse.json(feed) : problem(404, 'not-found', 'Niet gevonden', 'Deze agenda is er niet (meer).');
    }),

    http.get(any('/v1/beheer/services'), ({ request }) => {
      if (account().role === 'driver') return notCoordinator();
      const q = new URL(request.url).searchParams;
      const limit = Number(q.get('limit') ?? 100);
      const offset = Number(q.get('offset') ?? 0);
      const own = store.services.filter(mine);
      const stale = own.filter((s) => s.stale);
      const items = q.get('stale') === 'true' ? [...stale].sort((a, b) => a.assuredDate.localeCompare(b.assuredDate) || byName(a, b)) : [...own].sort(byName);
      const page = items.slice(offset, offset + limit);
      return HttpResponse.json<S['BeheerServicePage']>({
        items: page,
        total: items.length,
        offset,
        limit,
        staleCount: stale.length,
        ...(offset + page.length < items.length ? { next: offset + page.length } : {}),
      });
    }),

    http.post(any('/v1/beheer/services/{id}/assured'), ({ request, params }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const service = store.services.find((s) => s.id === params['id']);
      if (!service) return problem(404, 'not-found', 'Niet gevonden', 'Deze dienst is er niet (meer).');
      if (!mine(service)) return problem(403, 'forbidden', 'Dit mag u niet doen', 'U kunt alleen de diensten van uw eigen organisatie als actueel markeren.');
      return HttpResponse.json(store.assure(service.id)!);
    }),

    // HSDS import (coordinators only): a service of the file whose buurtkit_id the map has is
    // unchanged, any other is new; the happy path has no problems. Tests add theirs.
    http.post(any('/v1/beheer/hsds-import'), async ({ request }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      if (account().role !== 'coordinator') return problem(403, 'forbidden', 'Dit mag u niet doen', 'Alleen de coördinator kan een sociale kaart importeren.');
      const body = (await request.json()) as { contents?: { buurtkit_id?: string; organization?: { buurtkit_id?: string } }[] };
      const contents = body.contents ?? [];
      const known = (id?: string) => store.services.some((s) => s.id === id);
      const unchanged = contents.filter((s) => known(s.buurtkit_id)).length;
      const orgs = new Set(contents.filter((s) => !known(s.buurtkit_id)).map((s) => s.organization?.buurtkit_id));
      return HttpResponse.json<S['HsdsImportResult']>({
        dryRun: new URL(request.url).searchParams.get('dryRun') === 'true',
        stored: new URL(request.url).searchParams.get('dryRun') !== 'true',
        services: { added: contents.length - unchanged, updated: 0, unchanged, skipped: 0 },
        organizations: { added: orgs.size, updated: 0, unchanged: 0, skipped: 0 },
        locations: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
        categoriesAdded: 0,
        problems: [],
        warnings: [],
        skipped: [],
      });
    }),
  ];
}
