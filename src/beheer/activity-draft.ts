/**
 * What the editor holds while a person types: the activity as form values (strings as
 * typed, the rule as its plain-Dutch choices), to and from the contract's shapes, and the
 * checks the server would make anyway, so the answer is at the field at once.
 */
import {
  checkModel,
  endTime,
  ordinalOf,
  parseRule,
  weekdayOf,
  writeRule,
  type Interval,
  type Ordinal,
  type RecurrenceModel,
  type Weekday,
} from '../../common/recurrence-form.ts';
import { todayIn } from '../../common/zoned-time.ts';
import type { ActivityException, ActivityInput, ActivityOptions, BeheerActivity } from './activities-api.ts';
import type { ActivitiesMessages } from './activities-messages.ts';

export type Repeat = 'once' | 'weekly' | 'monthly' | 'custom';

export interface Draft {
  title: string;
  summary: string;
  description: string;
  organizationId: string;
  placeId: string;
  categories: string[];
  audiences: string[];
  free: boolean;
  amount: string;
  costNote: string;
  wheelchair: boolean;
  hearingLoop: boolean;
  accessNote: string;
  registrationRequired: boolean;
  capacity: string;
  how: string;
  villageBus: boolean;
  firstDate: string;
  /** "De hele dag": midnight to midnight, as feeds send a day's event; the times are then left out. */
  allDay: boolean;
  startTime: string;
  endTime: string;
  repeat: Repeat;
  interval: Interval;
  days: Weekday[];
  ordinal: Ordinal;
  monthDay: Weekday;
  endKind: 'never' | 'until' | 'count';
  until: string;
  count: string;
  /** A rule from elsewhere, kept as it is while "Aangepaste herhaling" stays chosen. */
  customRule?: string;
  customSchedule?: string;
  exceptions: ActivityException[];
}

/** The fields a message can belong to: the suffix of each control's id (`f-act-<key>`). */
export type FieldKey =
  | 'title'
  | 'summary'
  | 'description'
  | 'organizationId'
  | 'placeId'
  | 'categories'
  | 'audiences'
  | 'amount'
  | 'costNote'
  | 'accessNote'
  | 'capacity'
  | 'how'
  | 'firstDate'
  | 'startTime'
  | 'endTime'
  | 'repeat'
  | 'days'
  | 'until'
  | 'count'
  | 'exceptions';

/** The order of the form, so the first message focused is the first field with one. */
export const FIELD_ORDER: FieldKey[] = [
  'title',
  'summary',
  'description',
  'organizationId',
  'placeId',
  'categories',
  'audiences',
  'amount',
  'costNote',
  'accessNote',
  'capacity',
  'how',
  'firstDate',
  'startTime',
  'endTime',
  'repeat',
  'days',
  'until',
  'count',
  'exceptions',
];

export const SCHEDULE_KEYS = new Set<keyof Draft>(['firstDate', 'allDay', 'startTime', 'endTime', 'repeat', 'interval', 'days', 'ordinal', 'monthDay', 'endKind', 'until', 'count', 'exceptions']);

/** The control of a field in the server's words (`cost.amount`, `exceptions[2].note`). */
export function fieldOf(name: string): FieldKey | undefined {
  const head = name.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  const direct: Record<string, FieldKey> = {
    title: 'title',
    summary: 'summary',
    description: 'description',
    organizationId: 'organizationId',
    placeId: 'placeId',
    categories: 'categories',
    audiences: 'audiences',
    startsAt: 'firstDate',
    durationMinutes: 'endTime',
    rrule: 'repeat',
    exceptions: 'exceptions',
  };
  const nested: Record<string, FieldKey> = {
    'cost.amount': 'amount',
    'cost.free': 'amount',
    'cost.note': 'costNote',
    'accessibility.note': 'accessNote',
    'registration.capacity': 'capacity',
    'registration.how': 'how',
  };
  return nested[name] ?? direct[head];
}


function amountText(amount: number | undefined, decimal: string): string {
  if (amount === undefined) return '';
  return (Number.isInteger(amount) ? String(amount) : amount.toFixed(2)).replace('.', decimal);
}

/**
 * A new activity: weekly on the weekday of its first date (today in the network's zone:
 * at 00.30 in Amsterdam it is already tomorrow there, not yet in UTC), an organisation
 * preselected when there is one to choose.
 */
export function emptyDraft(options: ActivityOptions, firstDate = todayIn(options.timeZone)): Draft {
  return {
    title: '',
    summary: '',
    description: '',
    organizationId: options.organizations.length === 1 ? options.organizations[0]!.id : '',
    placeId: '',
    categories: [],
    audiences: [],
    free: true,
    amount: '',
    costNote: '',
    wheelchair: false,
    hearingLoop: false,
    accessNote: '',
    registrationRequired: false,
    capacity: '',
    how: '',
    villageBus: false,
    firstDate,
    allDay: false,
    startTime: '',
    endTime: '',
    repeat: 'weekly',
    interval: 1,
    days: [weekdayOf(firstDate)],
    ordinal: ordinalOf(firstDate),
    monthDay: weekdayOf(firstDate),
    endKind: 'never',
    until: '',
    count: '',
    exceptions: [],
  };
}

export function draftOf(a: BeheerActivity, options: ActivityOptions, decimal: string): Draft {
  const firstDate = a.startsAt.slice(0, 10);
  const model = parseRule(a.rrule);
  const base = emptyDraft(options, firstDate);
  const end = model.kind === 'weekly' || model.kind === 'monthly' ? model.end : ({ kind: 'never' } as const);
  return {
    ...base,
    title: a.title,
    summary: a.summary,
    description: a.description,
    organizationId: a.organizationId,
    placeId: a.placeId,
    categories: [...a.categories],
    audiences: [...a.audiences],
    free: a.cost.free,
    amount: amountText(a.cost.amount, decimal),
    costNote: a.cost.note ?? '',
    wheelchair: a.accessibility.wheelchair,
    hearingLoop: a.accessibility.hearingLoop,
    accessNote: a.accessibility.note ?? '',
    registrationRequired: a.registration.required,
    capacity: a.registration.capacity === undefined ? '' : String(a.registration.capacity),
    how: a.registration.how ?? '',
    villageBus: a.villageBus,
    allDay: isAllDay(a.startsAt, a.durationMinutes),
    startTime: a.startsAt.slice(11, 16),
    endTime: endTime(a.startsAt.slice(11, 16), a.durationMinutes),
    repeat: model.kind,
    ...(model.kind === 'weekly' ? { interval: model.interval, days: [...model.days] } : {}),
    ...(model.kind === 'monthly' ? { ordinal: model.ordinal, monthDay: model.day } : {}),
    ...(model.kind === 'custom' ? { customRule: model.rrule, customSchedule: a.schedule } : {}),
    endKind: end.kind,
    until: end.kind === 'until' ? end.date : '',
    count: end.kind === 'count' ? String(end.count) : '',
    exceptions: a.exceptions.map((e) => ({ ...e })),
  };
}

export function modelOf(d: Draft): RecurrenceModel {
  const end = d.endKind === 'until' ? { kind: 'until' as const, date: d.until } : d.endKind === 'count' ? { kind: 'count' as const, count: Number(d.count) } : { kind: 'never' as const };
  switch (d.repeat) {
    case 'once':
      return { kind: 'once' };
    case 'weekly':
      return { kind: 'weekly', interval: d.interval, days: d.days, end };
    case 'monthly':
      return { kind: 'monthly', ordinal: d.ordinal, day: d.monthDay, end };
    case 'custom':
      return { kind: 'custom', rrule: d.customRule ?? '' };
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = 24 * 60;

/** Midnight to midnight: the whole day, as iCalendar feeds send an all-day event. */
export const isAllDay = (startsAt: string, durationMinutes: number) => startsAt.slice(11, 16) === '00:00' && durationMinutes === DAY;

/**
 * Minutes from the start to the end time. An end at or before the start on the clock is
 * the next day (22.00 to 1.00 is three hours), as the contract allows up to 24 hours and
 * imported feeds send such evenings; undefined while a time is not a time.
 */
export function durationOf(start: string, end: string): number | undefined {
  if (!TIME.test(start) || !TIME.test(end)) return undefined;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const d = minutes(end) - minutes(start);
  return d > 0 ? d : d + DAY;
}

/** True when the end time falls on the next day (shown as a hint under the end time). */
export const endsNextDay = (d: Draft) => !d.allDay && TIME.test(d.startTime) && TIME.test(d.endTime) && d.endTime <= d.startTime;

/** The schedule's problems, by field. */
export function scheduleErrors(d: Draft, m: ActivitiesMessages): Partial<Record<FieldKey, string>> {
  const errors: Partial<Record<FieldKey, string>> = {};
  if (!DATE.test(d.firstDate)) errors.firstDate = m.dateMissing;
  if (d.allDay) {
    // No times to check: the whole day.
  } else if (!TIME.test(d.startTime)) errors.startTime = m.timeMissing;
  else if (durationOf(d.startTime, d.endTime) === undefined) errors.endTime = m.endTimeMissing;
  const model = checkModel(modelOf(d), d.firstDate);
  if (model.days) errors.days = m.daysMissing;
  if (model.until) errors.until = model.until === 'invalid' ? m.untilInvalid : m.untilBeforeStart;
  if (model.count) errors.count = m.countInvalid;
  return errors;
}

/** The schedule as the preview and the save send it, or undefined while it is not complete. */
export function scheduleOf(d: Draft, m: ActivitiesMessages) {
  if (Object.keys(scheduleErrors(d, m)).length) return undefined;
  const [startsAt, durationMinutes] = d.allDay ? [`${d.firstDate}T00:00`, DAY] : [`${d.firstDate}T${d.startTime}`, durationOf(d.startTime, d.endTime)!];
  return { startsAt, durationMinutes, rrule: writeRule(modelOf(d)), exceptions: d.exceptions };
}

const parseAmount = (s: string) => (/^\d{1,4}([.,]\d{1,2})?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : NaN);

/** Everything the person must still fix, by field (empty: ready to send). */
export function draftErrors(d: Draft, m: ActivitiesMessages): Partial<Record<FieldKey, string>> {
  const errors: Partial<Record<FieldKey, string>> = {};
  if (!d.title.trim()) errors.title = m.required;
  if (!d.summary.trim()) errors.summary = m.required;
  if (!d.organizationId) errors.organizationId = m.chooseOne;
  if (!d.placeId) errors.placeId = m.chooseOne;
  if (!d.free && !d.amount.trim()) errors.amount = m.amountMissing;
  else if (!d.free && Number.isNaN(parseAmount(d.amount))) errors.amount = m.amountInvalid;
  if (d.registrationRequired && d.capacity.trim() && !/^[1-9]\d{0,4}$/.test(d.capacity.trim())) errors.capacity = m.capacityInvalid;
  return { ...errors, ...scheduleErrors(d, m) };
}

/** The body to send; only call when `draftErrors` is empty. */
export function inputOf(d: Draft, m: ActivitiesMessages): ActivityInput {
  const schedule = scheduleOf(d, m)!;
  const note = (s: string) => (s.trim() ? { note: s.trim() } : {});
  return {
    ...schedule,
    title: d.title.trim(),
    summary: d.summary.trim(),
    description: d.description.trim(),
    organizationId: d.organizationId,
    placeId: d.placeId,
    categories: d.categories,
    audiences: d.audiences,
    cost: { free: d.free, ...(d.free ? {} : { amount: parseAmount(d.amount) }), ...note(d.costNote) },
    accessibility: { wheelchair: d.wheelchair, hearingLoop: d.hearingLoop, ...note(d.accessNote) },
    registration: {
      required: d.registrationRequired,
      ...(d.registrationRequired && d.capacity.trim() ? { capacity: Number(d.capacity.trim()) } : {}),
      ...(d.registrationRequired && d.how.trim() ? { how: d.how.trim() } : {}),
    },
    villageBus: d.villageBus,
  };
}
