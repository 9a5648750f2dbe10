/**
 * The agenda of one data version in memory: every activity, and every occurrence of the
 * index (occurrence-index.ts) sorted by start, their JSON written once into one buffer,
 * comma-separated in that order. A request then costs a binary search, a filter over a few
 * dozen activities and a copy of the runs of that buffer it shows (one run for a window
 * without filters); no rule is expanded and no row is read. Windows outside the horizon
 * are expanded on the fly, bounded by MAX_RULE_STEPS per series.
 */
import { createHash } from 'node:crypto';
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { invalidParameter, ProblemError, type FieldError } from '../http/problem.ts';
import type { BodyWriter } from '../http/response-cache.ts';
import { loadNetwork } from '../network/repository.ts';
import { readAgendaState, type Horizon } from './occurrence-index.ts';
import { dayNumber, expandSeries, ExpansionLimitError, nextOccurrences, type ExpandedOccurrence } from './recurrence.ts';
import { findActivities, localTimestamp, type ActivityRecord } from './repository.ts';
import { toOccurrence } from './shapes.ts';
import { dayNumberOf, type DayWindow } from './window.ts';
import { formatIsoInZone, formatLocalDateTime, instantToLocalParts, localToIso, parseLocalDate } from '../../common/zoned-time.ts';

type Network = components['schemas']['Network'];

export interface AgendaActivity {
  record: ActivityRecord;
  /** Lower-case text `q` searches in: title, summary, description, organiser, place, locality. */
  searchText: string;
}

export interface IndexedOccurrence {
  activity: AgendaActivity;
  occurrence: ExpandedOccurrence;
  startMs: number;
  /** The local day it starts, as a day number (recurrence.ts dayNumber). */
  day: number;
  /** toOccurrence(...) as UTF-8 JSON, written once per data version (empty when not needed). */
  json: Buffer;
  /** Where `json` starts in AgendaModel.json, for the occurrences of the index; -1 for those expanded on the fly. */
  at: number;
}

export interface AgendaModel {
  version: number;
  network: Network;
  /** Local days the index holds completely, as day numbers; null when not built. */
  horizon: { from: number; to: number } | null;
  /** The same as 'YYYY-MM-DD' dates, as agenda_state has them. */
  horizonDates: Horizon | null;
  /** By id, in id order. */
  activities: Map<string, AgendaActivity>;
  /** Sorted by start, then title, then activity id. */
  occurrences: IndexedOccurrence[];
  /** The occurrences' JSON in that order, separated by commas; each occurrence's `json` is a view into it. */
  json: Buffer;
  /** SHA-1 of `json`: a page's ETag hashes this and the page's recipe instead of its bytes. */
  jsonDigest: string;
  /** Per activity: its indexed occurrences by occurrence key. */
  byKey: Map<string, Map<string, IndexedOccurrence>>;
  /** Every organisation id, also of those without activities: for the filter check. */
  organizationIds: Set<string>;
}

export interface AgendaFilter {
  category?: string[];
  organization?: string[];
  audience?: string[];
  village?: string;
  q?: string;
}

const byTitle = new Intl.Collator('nl');
const EMPTY = Buffer.alloc(0);
const COMMA = Buffer.from(',');
const COMMA_BYTE = 0x2c;
const compare = (a: IndexedOccurrence, b: IndexedOccurrence) =>
  a.startMs - b.startMs ||
  byTitle.compare(a.activity.record.fields.title, b.activity.record.fields.title) ||
  (a.activity.record.series.id < b.activity.record.series.id ? -1 : a.activity.record.series.id > b.activity.record.series.id ? 1 : 0) ||
  (a.occurrence.occurrenceKey < b.occurrence.occurrenceKey ? -1 : 1);

function entry(activity: AgendaActivity, occurrence: ExpandedOccurrence, zone: string, json = true): IndexedOccurrence {
  const startMs = Date.parse(occurrence.start);
  return {
    activity,
    occurrence,
    startMs,
    day: dayNumber(instantToLocalParts(startMs, zone)),
    json: json ? Buffer.from(JSON.stringify(toOccurrence(activity.record, occurrence))) : EMPTY,
    at: -1,
  };
}

/** Reads the agenda of the current data version: a handful of queries, no expansion. */
export async function loadAgenda(db: Queryable): Promise<AgendaModel> {
  const state = await readAgendaState(db);
  const network = await loadNetwork(db);
  const zone = network.timezone;
  const activities = new Map<string, AgendaActivity>();
  for (const record of await findActivities(db, {})) {
    const { fields } = record;
    const text = [fields.title, fields.summary, record.description, fields.organizer.name, fields.place.name, fields.place.address.locality].join(' ');
    activities.set(record.series.id, { record, searchText: text.toLowerCase() });
  }
  const rows = (
    await db.query<{ activity_id: string; occurrence_key: string; original_starts_at: string; starts_at: Date | string; ends_at: Date | string; status: ExpandedOccurrence['status']; note: string | null }>(
      'select activity_id, occurrence_key, original_starts_at, starts_at, ends_at, status, note from activity_occurrences',
    )
  ).rows;
  const occurrences: IndexedOccurrence[] = [];
  const byKey = new Map<string, Map<string, IndexedOccurrence>>();
  for (const row of rows) {
    const activity = activities.get(row.activity_id);
    if (!activity) continue;
    const startMs = new Date(row.starts_at).getTime();
    const original = localTimestamp(row.original_starts_at);
    const occurrence: ExpandedOccurrence = {
      seriesId: row.activity_id,
      occurrenceKey: row.occurrence_key,
      originalLocalStart: original,
      localStart: formatLocalDateTime(instantToLocalParts(startMs, zone)),
      start: formatIsoInZone(startMs, zone),
      end: formatIsoInZone(new Date(row.ends_at).getTime(), zone),
      status: row.status,
      ...(row.status === 'moved' ? { originalStart: localToIso(original, zone) } : {}),
      ...(row.note !== null ? { note: row.note } : {}),
    };
    const indexed = entry(activity, occurrence, zone);
    occurrences.push(indexed);
    if (!byKey.has(row.activity_id)) byKey.set(row.activity_id, new Map());
    byKey.get(row.activity_id)!.set(row.occurrence_key, indexed);
  }
  occurrences.sort(compare);
  const json = joinJson(occurrences);
  const horizon = state.horizon && { from: dayNumberOf(state.horizon.from), to: dayNumberOf(state.horizon.to) };
  const organizationIds = new Set((await db.query<{ id: string }>('select id from organizations')).rows.map((r) => r.id));
  return {
    version: state.version,
    network,
    horizon,
    horizonDates: state.horizon,
    activities,
    occurrences,
    json,
    jsonDigest: createHash('sha1').update(json).digest('base64url'),
    byKey,
    organizationIds,
  };
}

/** Writes the occurrences' JSON into one buffer, comma-separated, and points each occurrence's `json` into it. */
function joinJson(occurrences: IndexedOccurrence[]): Buffer {
  const joined = Buffer.allocUnsafe(Math.max(0, occurrences.reduce((n, o) => n + o.json.byteLength + 1, -1)));
  let at = 0;
  for (const o of occurrences) {
    if (at > 0) joined[at++] = COMMA_BYTE;
    o.json.copy(joined, at);
    o.json = joined.subarray(at, at + o.json.byteLength);
    o.at = at;
    at += o.json.byteLength;
  }
  return joined;
}

/** Unknown ids in a filter are a bad request naming the parameter, not an empty page. */
export function checkFilter(model: AgendaModel, filter: AgendaFilter): void {
  const known = {
    category: new Set(model.network.categories.map((c) => c.id)),
    organization: model.organizationIds,
    audience: new Set(model.network.audiences.map((a) => a.id)),
    village: new Set(model.network.villages.map((v) => v.id)),
  };
  const labels = { category: 'Onbekende categorie', organization: 'Onbekende organisatie', audience: 'Onbekende doelgroep', village: 'Onbekend dorp' };
  const errors: FieldError[] = [];
  for (const name of ['category', 'organization', 'audience', 'village'] as const) {
    const value = filter[name];
    const unknown = (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((id) => !known[name].has(id));
    if (unknown.length) errors.push({ name, in: 'query', detail: `${labels[name]}: ${unknown.join(', ')}.` });
  }
  if (errors.length) throw new ProblemError('invalid-parameters', errors.map((e) => e.detail).join(' '), errors);
}

/** The activities the filter lets through. */
function matching(model: AgendaModel, filter: AgendaFilter): Set<AgendaActivity> {
  const q = filter.q?.toLowerCase();
  const result = new Set<AgendaActivity>();
  for (const a of model.activities.values()) {
    const { fields } = a.record;
    if (filter.category && !fields.categories.some((c) => filter.category!.includes(c.id))) continue;
    if (filter.organization && !filter.organization.includes(fields.organizer.id)) continue;
    if (filter.audience && !fields.audiences.some((x) => x.id === 'iedereen' || filter.audience!.includes(x.id))) continue;
    if (filter.village && fields.place.village !== filter.village) continue;
    if (q && !a.searchText.includes(q)) continue;
    result.add(a);
  }
  return result;
}

const covers = (model: AgendaModel, from: number, to: number) => !!model.horizon && model.horizon.from <= from && to <= model.horizon.to;

/** Expands outside the index, bounded per series; too far away is bad input naming `parameter`. */
function expandBounded<T>(parameter: string, where: FieldError['in'], run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ExpansionLimitError) throw invalidParameter(parameter, 'Zo ver vooruit of terug kan de agenda niet rekenen. Kies een datum dichter bij vandaag.', where);
    throw error;
  }
}

/** Every occurrence in the window of the activities the filter lets through, sorted by start. */
export function occurrencesIn(model: AgendaModel, window: DayWindow, filter: AgendaFilter): IndexedOccurrence[] {
  const from = dayNumberOf(window.from);
  const to = dayNumberOf(window.to);
  const wanted = matching(model, filter);
  if (!covers(model, from, to)) {
    const zone = model.network.timezone;
    return expandBounded('from', 'query', () =>
      [...wanted].flatMap((a) => expandSeries(a.record.series, window, zone).map((o) => entry(a, o, zone))).sort(compare),
    );
  }
  const list = model.occurrences;
  // First occurrence on or after the day before `from` (local days follow instants, give or take a clock change).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.day < from - 1) lo = mid + 1;
    else hi = mid;
  }
  const result: IndexedOccurrence[] = [];
  for (let i = lo; i < list.length && list[i]!.day <= to + 1; i++) {
    const o = list[i]!;
    if (o.day >= from && o.day <= to && wanted.has(o.activity)) result.push(o);
  }
  return result;
}

type OccurrencePage = components['schemas']['OccurrencePage'];

/**
 * A page of occurrences as UTF-8 JSON, and its ETag. Occurrences next to each other in the
 * model are next to each other in its buffer, so the page is a few runs of it (one for a
 * window without filters), written where the response cache wants them (it compresses
 * them from a reused buffer, so a page need not be allocated); the ETag hashes the
 * buffer's digest and those runs, which fix the bytes, rather than the bytes.
 */
export function occurrencePageJson(
  model: AgendaModel,
  window: DayWindow,
  filter: AgendaFilter,
  page: { limit: number; offset: number },
): { body: Uint8Array<ArrayBuffer> | BodyWriter; etag?: string } {
  const all = occurrencesIn(model, window, filter);
  const items = all.slice(page.offset, page.offset + page.limit);
  const rest: Omit<OccurrencePage, 'from' | 'to' | 'items'> = {
    total: all.length,
    offset: page.offset,
    limit: page.limit,
    ...(page.offset + items.length < all.length ? { next: page.offset + items.length } : {}),
  };
  const head = Buffer.from(`{"from":${JSON.stringify(window.from)},"to":${JSON.stringify(window.to)},"items":[`);
  const tail = Buffer.from(`],${JSON.stringify(rest).slice(1)}`);
  if (!items.every((o) => o.at >= 0)) {
    // Expanded on the fly, outside the horizon: item by item, hashed by the cache.
    const parts: Buffer[] = [head];
    items.forEach((o, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(o.json.byteLength ? o.json : Buffer.from(JSON.stringify(toOccurrence(o.activity.record, o.occurrence))));
    });
    parts.push(tail);
    return { body: asBytes(Buffer.concat(parts)) };
  }
  // Byte ranges [start, end) of model.json, a pair per run of items adjacent in it.
  const runs: number[] = [];
  for (const o of items) {
    const end = o.at + o.json.byteLength;
    if (runs.length && runs[runs.length - 1] === o.at - 1) runs[runs.length - 1] = end; // over the comma between
    else runs.push(o.at, end);
  }
  let byteLength = head.byteLength + tail.byteLength + Math.max(0, runs.length / 2 - 1);
  for (let i = 0; i < runs.length; i += 2) byteLength += runs[i + 1]! - runs[i]!;
  // The cached page keeps only the buffer, not the whole model of its data version.
  const json = model.json;
  const writeTo = (target: Uint8Array) => {
    let at = head.copy(target, 0);
    for (let i = 0; i < runs.length; i += 2) {
      if (i > 0) target[at++] = COMMA_BYTE;
      at += json.copy(target, at, runs[i], runs[i + 1]);
    }
    tail.copy(target, at);
  };
  const recipe = createHash('sha1').update(model.jsonDigest).update(head).update(runs.join(',')).update(tail).digest('base64url');
  return { body: { byteLength, writeTo }, etag: `W/"${recipe}"` };
}

const asBytes = (b: Buffer) => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);

/** The activities with at least one occurrence in the window, in id order: the feed's series. */
export function activitiesIn(model: AgendaModel, window: DayWindow, filter: AgendaFilter): ActivityRecord[] {
  const found = new Set(occurrencesIn(model, window, filter).map((o) => o.activity));
  return [...model.activities.values()].filter((a) => found.has(a)).map((a) => a.record);
}

/** The first `count` occurrences of an activity from local day `today` on. */
export function upcoming(model: AgendaModel, activity: AgendaActivity, today: string, count: number): IndexedOccurrence[] {
  const day = dayNumberOf(today);
  const indexed = [...(model.byKey.get(activity.record.series.id)?.values() ?? [])].filter((o) => o.day >= day).sort(compare);
  // The index ends at the horizon: a long series may need more than it holds.
  if (indexed.length >= count || !model.horizon || day < model.horizon.from) return indexed.slice(0, count);
  try {
    const zone = model.network.timezone;
    return nextOccurrences(activity.record.series, today, count, zone).map((o) => entry(activity, o, zone, false));
  } catch (error) {
    if (error instanceof ExpansionLimitError) return indexed.slice(0, count);
    throw error;
  }
}

/** One occurrence by its key ('YYYYMMDDTHHMM', already checked to be a real moment), or undefined. */
export function findOccurrence(model: AgendaModel, activity: AgendaActivity, key: string): ExpandedOccurrence | undefined {
  const indexed = model.byKey.get(activity.record.series.id)?.get(key);
  if (indexed) return indexed.occurrence;
  const { series } = activity.record;
  const originalDate = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
  // A moved occurrence can land on another day: look from its original day to its new one.
  const moved = series.exceptions.find((e) => e.originalStartsAt.startsWith(originalDate) && e.newStartsAt);
  const days = [originalDate, moved?.newStartsAt?.slice(0, 10) ?? originalDate].sort((a, b) => dayNumberOf(a) - dayNumberOf(b));
  // Inside the horizon the index is complete: what it lacks does not exist.
  if (covers(model, dayNumberOf(days[0]!), dayNumberOf(days[1]!))) return undefined;
  parseLocalDate(originalDate);
  return expandBounded('occurrenceId', 'path', () =>
    expandSeries(series, { from: days[0]!, to: days[1]! }, model.network.timezone).find((o) => o.occurrenceKey === key),
  );
}

export type { Horizon };
