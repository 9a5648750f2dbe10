// The agenda: occurrences in a window, one activity, and iCalendar output.
import { Hono, type Context } from 'hono';
import type { components, operations } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { parameterValidator } from '../http/validate.ts';
import { ResponseCache, type CachedResponse } from '../http/response-cache.ts';
import { findActivities, unknownIds, type ActivityFilter, type ActivityRecord } from '../agenda/repository.ts';
import { expandSeries, nextOccurrences, type ExpandedOccurrence } from '../agenda/recurrence.ts';
import { describeSchedule } from '../agenda/schedule-text.ts';
import { buildCalendar, buildOccurrenceCalendar, type IcsEvent } from '../agenda/ics.ts';
import { addDays, todayIn } from '../../common/zoned-time.ts';
import { loadNetwork } from './network.ts';

type Occurrence = components['schemas']['Occurrence'];
type OccurrenceQuery = NonNullable<operations['listOccurrences']['parameters']['query']>;
type FeedQuery = NonNullable<operations['getAgendaFeed']['parameters']['query']>;
type ActivityParams = operations['getActivity']['parameters']['path'] & NonNullable<operations['getActivity']['parameters']['query']>;
type OccurrenceFileParams = operations['getOccurrenceCalendar']['parameters']['path'];

export const DEFAULT_WINDOW_DAYS = 30;
export const MAX_WINDOW_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The window asked for, with the contract's defaults and limits. */
export function resolveWindow(query: { from?: string; to?: string }, timeZone: string, defaultFrom = todayIn(timeZone)) {
  const from = query.from ?? (query.to ? addDays(query.to, -DEFAULT_WINDOW_DAYS) : defaultFrom);
  const to = query.to ?? addDays(from, DEFAULT_WINDOW_DAYS);
  // A date can match the format and still not exist (2026-02-30).
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (Number.isNaN(dayNumber(value)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      throw invalidParameter(name, `${value} is geen bestaande datum.`);
    }
  }
  if (dayNumber(to) < dayNumber(from)) throw invalidParameter('to', 'De einddatum ligt vóór de begindatum (from).');
  if (dayNumber(to) - dayNumber(from) > MAX_WINDOW_DAYS) {
    throw invalidParameter('to', `Vraag hoogstens ${MAX_WINDOW_DAYS} dagen tegelijk op.`);
  }
  return { from, to };
}

/** Checks that every id in the filter exists, naming the parameter when one does not. */
async function checkFilter(db: Queryable, query: OccurrenceQuery | FeedQuery): Promise<ActivityFilter> {
  const checks = [
    ['category', 'activity_categories', query.category, 'Onbekende categorie'],
    ['organization', 'organizations', query.organization, 'Onbekende organisatie'],
    ['audience', 'audiences', query.audience, 'Onbekende doelgroep'],
    ['village', 'villages', query.village ? [query.village] : undefined, 'Onbekend dorp'],
  ] as const;
  const errors = [];
  for (const [name, table, ids, label] of checks) {
    const unknown = ids ? await unknownIds(db, table, [...ids]) : [];
    if (unknown.length) errors.push({ name, in: 'query' as const, detail: `${label}: ${unknown.join(', ')}.` });
  }
  if (errors.length) throw new ProblemError('invalid-parameters', errors.map((e) => e.detail).join(' '), errors);
  return {
    categories: query.category,
    organizations: query.organization,
    audiences: query.audience,
    village: query.village,
    q: query.q,
  };
}

export function occurrenceId(o: ExpandedOccurrence): string {
  return `${o.seriesId}-${o.occurrenceKey}`;
}

function toOccurrence(activity: ActivityRecord, o: ExpandedOccurrence): Occurrence {
  const { registration } = activity.fields;
  const taken = activity.placesTaken.get(o.originalLocalStart) ?? 0;
  return {
    id: occurrenceId(o),
    activityId: activity.series.id,
    start: o.start,
    end: o.end,
    status: o.status,
    ...(o.originalStart ? { originalStart: o.originalStart } : {}),
    ...(o.note ? { note: o.note } : {}),
    ...activity.fields,
    registration: activity.capacity ? { ...registration, placesLeft: Math.max(0, activity.capacity - taken) } : registration,
    icsUrl: `/v1/occurrences/${occurrenceId(o)}.ics`,
  };
}

function icsEvent(activity: ActivityRecord): IcsEvent {
  const { fields } = activity;
  const address = fields.place.address;
  return {
    uid: `${activity.series.id}@buurtkit`,
    series: activity.series,
    title: fields.title,
    description: `${fields.summary}\n\n${activity.description}\n\nOrganisatie: ${fields.organizer.name}`,
    location: `${fields.place.name}, ${address.street}, ${address.postalCode} ${address.locality}`,
    organizerName: fields.organizer.name,
    categories: fields.categories.map((c) => c.name),
  };
}

function calendarResponse(c: Context, body: string, filename: string) {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${filename}"`,
  });
}

function cachedResponse(c: Context, cached: CachedResponse, headers: Record<string, string> = {}) {
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  return c.body(gzip ? cached.gzipped : cached.body, 200, {
    'content-type': cached.contentType,
    etag: cached.etag,
    vary: 'Accept-Encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    ...headers,
  });
}

/** The same question asked in another order or spelling gets the same cache entry. */
function cacheKey(route: string, query: object, window: { from: string; to: string }) {
  return `${route} ${JSON.stringify(Object.entries({ ...query, ...window }).sort(([a], [b]) => a.localeCompare(b)))}`;
}

async function occurrencePageFor(db: Queryable, filter: ActivityFilter, window: { from: string; to: string }, query: OccurrenceQuery, zone: string) {
  const activities = await findActivities(db, filter);
  const all = activities
    .flatMap((a) => expandSeries(a.series, window, zone).map((o) => ({ o, a })))
    .sort((x, y) => Date.parse(x.o.start) - Date.parse(y.o.start) || x.a.fields.title.localeCompare(y.a.fields.title, 'nl'));
  const { limit = 500, offset = 0 } = query;
  const items = all.slice(offset, offset + limit).map(({ a, o }) => toOccurrence(a, o));
  return {
    ...window,
    items,
    total: all.length,
    offset,
    limit,
    ...(offset + items.length < all.length ? { next: offset + items.length } : {}),
  };
}

/** `cache` holds finished agenda responses; whoever changes activities calls cache.clear(). */
export function agendaRoutes(db: Queryable, cache = new ResponseCache()) {
  const readOccurrenceQuery = parameterValidator<OccurrenceQuery>('listOccurrences');
  const readFeedQuery = parameterValidator<FeedQuery>('getAgendaFeed');
  const readActivityParams = parameterValidator<ActivityParams>('getActivity');
  const readOccurrenceFileParams = parameterValidator<OccurrenceFileParams>('getOccurrenceCalendar');
  let timeZone: string | undefined;
  const networkZone = async () => (timeZone ??= (await loadNetwork(db)).timezone);

  return new Hono()
    .get('/activities', async (c) => {
      const query = readOccurrenceQuery(c);
      const zone = await networkZone();
      const window = resolveWindow(query, zone);
      const filter = await checkFilter(db, query);
      const cached = await cache.get(cacheKey('occurrences', query, window), async () => ({
        body: JSON.stringify(await occurrencePageFor(db, filter, window, query, zone)),
        contentType: 'application/json; charset=utf-8',
      }));
      return cachedResponse(c, cached);
    })
    .get('/activities.ics', async (c) => {
      const query = readFeedQuery(c);
      const zone = await networkZone();
      const today = todayIn(zone);
      const window = query.from || query.to ? resolveWindow(query, zone) : { from: addDays(today, -31), to: addDays(today, 365) };
      const filter = await checkFilter(db, query);
      const cached = await cache.get(cacheKey('feed', query, window), async () => {
        const activities = (await findActivities(db, filter)).filter((a) => expandSeries(a.series, window, zone).length > 0);
        const network = await loadNetwork(db);
        return {
          body: buildCalendar({ name: `Agenda ${network.name}`, timeZone: zone, events: activities.map(icsEvent) }),
          contentType: 'text/calendar; charset=utf-8',
        };
      });
      return cachedResponse(c, cached, { 'content-disposition': 'inline; filename="agenda.ics"' });
    })
    .get('/activities/:id', async (c) => {
      const { id, count = 10 } = readActivityParams(c);
      const zone = await networkZone();
      const [activity] = await findActivities(db, { ids: [id] });
      if (!activity) throw new ProblemError('not-found', `Er is geen activiteit met id ${id}.`);
      const upcoming = nextOccurrences(activity.series, todayIn(zone), count, zone).map((o) => toOccurrence(activity, o));
      return c.json({
        id,
        ...activity.fields,
        description: activity.description,
        schedule: describeSchedule(activity.series),
        ...(activity.series.rrule ? { rrule: activity.series.rrule } : {}),
        durationMinutes: activity.series.durationMinutes,
        upcoming,
      });
    })
    .get('/occurrences/:file', async (c) => {
      const file = c.req.param('file');
      if (!file.endsWith('.ics')) throw new ProblemError('not-found', `Er is niets op ${new URL(c.req.url).pathname}.`);
      const { occurrenceId: wanted } = readOccurrenceFileParams(c, { occurrenceId: file.slice(0, -'.ics'.length) });
      const [, seriesId, key] = /^(.*)-(\d{8}T\d{4})$/.exec(wanted)!;
      const zone = await networkZone();
      const [activity] = await findActivities(db, { ids: [seriesId] });
      const originalDate = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
      // A moved occurrence can land on another day: look from its original day to its new one.
      const moved = activity?.series.exceptions.find((e) => e.originalStartsAt.startsWith(originalDate) && e.newStartsAt);
      const days = [originalDate, moved?.newStartsAt?.slice(0, 10) ?? originalDate].sort();
      const occurrence = activity && expandSeries(activity.series, { from: days[0], to: days[1] }, zone).find((o) => o.occurrenceKey === key);
      if (!activity || !occurrence) throw new ProblemError('not-found', `Er is geen activiteit op dat moment (${wanted}).`);
      const { series: _series, ...event } = icsEvent(activity);
      return calendarResponse(c, buildOccurrenceCalendar({ timeZone: zone, event, occurrence }), `${wanted}.ics`);
    });
}
