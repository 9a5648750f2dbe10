// The agenda: occurrences in a window, one activity, and iCalendar output. HTTP only:
// parse, ask the agenda model (server/agenda/), answer.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { parameterValidator } from '../http/validate.ts';
import type { ResponseCache } from '../http/response-cache.ts';
import { cachedResponse } from '../http/cached-response.ts';
import type { AgendaStore } from '../agenda/store.ts';
import { activitiesIn, checkFilter, findOccurrence, occurrencePageJson, upcoming, type AgendaFilter, type AgendaModel } from '../agenda/model.ts';
import { icsEvent, toOccurrence } from '../agenda/shapes.ts';
import { describeSchedule } from '../agenda/schedule-text.ts';
import { buildCalendar, buildOccurrenceCalendar } from '../agenda/ics.ts';
import { resolveWindow, type DayWindow } from '../agenda/window.ts';
import { parseOccurrenceKey } from '../agenda/occurrence-key.ts';
import { addDays, todayIn } from '../../common/zoned-time.ts';

type OccurrenceQuery = NonNullable<operations['listOccurrences']['parameters']['query']>;
type FeedQuery = NonNullable<operations['getAgendaFeed']['parameters']['query']>;
type ActivityParams = operations['getActivity']['parameters']['path'] & NonNullable<operations['getActivity']['parameters']['query']>;
type OccurrenceFileParams = operations['getOccurrenceCalendar']['parameters']['path'];

export interface AgendaRoutesOptions {
  /** The agenda of the current data version. */
  store: AgendaStore;
  /** Finished responses; keys carry the network and data version, so a change anywhere is seen at once. */
  cache: ResponseCache;
  now?: () => Date;
}

function calendarResponse(c: Context, body: string, filename: string) {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${filename}"`,
  });
}

/** The same question asked in another order gets the same cache entry; the data version is part of it. */
function cacheKey(model: AgendaModel, route: string, query: object, window: DayWindow) {
  const fields = Object.entries({ ...query, ...window }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${model.network.id} v${model.version} ${route} ${JSON.stringify(fields)}`;
}

function filterOf(query: OccurrenceQuery | FeedQuery): AgendaFilter {
  return { category: query.category, organization: query.organization, audience: query.audience, village: query.village, q: query.q };
}

export function agendaRoutes({ store, cache, now = () => new Date() }: AgendaRoutesOptions) {
  const readOccurrenceQuery = parameterValidator<OccurrenceQuery>('listOccurrences');
  const readFeedQuery = parameterValidator<FeedQuery>('getAgendaFeed');
  const readActivityParams = parameterValidator<ActivityParams>('getActivity');
  const readOccurrenceFileParams = parameterValidator<OccurrenceFileParams>('getOccurrenceCalendar');
  const today = (model: AgendaModel) => todayIn(model.network.timezone, now());

  return new Hono()
    .get('/activities', async (c) => {
      const query = readOccurrenceQuery(c);
      const model = await store.current();
      const window = resolveWindow(query, today(model));
      const filter = filterOf(query);
      checkFilter(model, filter);
      const { limit = 500, offset = 0 } = query;
      const cached = await cache.get(cacheKey(model, 'occurrences', query, window), () => ({
        ...occurrencePageJson(model, window, filter, { limit, offset }),
        contentType: 'application/json; charset=utf-8',
      }));
      return cachedResponse(c, cached);
    })
    .get('/activities.ics', async (c) => {
      const query = readFeedQuery(c);
      const model = await store.current();
      const day = today(model);
      const window = query.from || query.to ? resolveWindow(query, day) : { from: addDays(day, -31), to: addDays(day, 365) };
      const filter = filterOf(query);
      checkFilter(model, filter);
      const cached = await cache.get(cacheKey(model, 'feed', query, window), () => ({
        body: buildCalendar({
          name: `Agenda ${model.network.name}`,
          timeZone: model.network.timezone,
          events: activitiesIn(model, window, filter).map(icsEvent),
        }),
        contentType: 'text/calendar; charset=utf-8',
      }));
      return cachedResponse(c, cached, { 'content-disposition': 'inline; filename="agenda.ics"' });
    })
    .get('/activities/:id', async (c) => {
      const { id, count = 10 } = readActivityParams(c);
      const model = await store.current();
      const activity = model.activities.get(id);
      if (!activity) throw new ProblemError('not-found', `Er is geen activiteit met id ${id}.`);
      const { series } = activity.record;
      return c.json({
        id,
        ...activity.record.fields,
        description: activity.record.description,
        schedule: describeSchedule(series),
        ...(series.rrule ? { rrule: series.rrule } : {}),
        durationMinutes: series.durationMinutes,
        upcoming: upcoming(model, activity, today(model), count).map((o) => toOccurrence(activity.record, o.occurrence)),
      });
    })
    .get('/occurrences/:file', async (c) => {
      const file = c.req.param('file');
      if (!file.endsWith('.ics')) throw new ProblemError('not-found', `Er is niets op ${new URL(c.req.url).pathname}.`);
      const { occurrenceId: wanted } = readOccurrenceFileParams(c, { occurrenceId: file.slice(0, -'.ics'.length) });
      const [, seriesId, key] = /^(.*)-(\d{8}T\d{4})$/.exec(wanted)!;
      const problem = parseOccurrenceKey(key!);
      if (problem) throw invalidParameter('occurrenceId', problem, 'path');
      const model = await store.current();
      const activity = model.activities.get(seriesId!);
      const occurrence = activity && findOccurrence(model, activity, key!);
      if (!activity || !occurrence) throw new ProblemError('not-found', `Er is geen activiteit op dat moment (${wanted}).`);
      const { series: _series, ...event } = icsEvent(activity.record);
      return calendarResponse(c, buildOccurrenceCalendar({ timeZone: model.network.timezone, event, occurrence }), `${wanted}.ics`);
    });
}
