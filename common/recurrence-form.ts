/**
 * The recurrence editor's model and the RRULE it stands for (RFC 5545, without `RRULE:`),
 * both ways. The editor offers a plain-Dutch subset: once; every (2, 3, 4) week(s) on some
 * weekdays; the first / second / third / fourth / last weekday of the month; ending never,
 * on a date (written `UNTIL=<date>T235959`, floating local time, as the seed does) or after
 * a number of times. Any other rule is `custom` and is kept exactly as it came.
 *
 * A rule counts as the editor's own only when writing its model gives back the very same
 * text: so opening a rule and saving it never changes it, whatever its spelling.
 * Pure: no DOM, no text for people (the editor words it).
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ORDINALS = [1, 2, 3, 4, -1] as const;
export type Ordinal = (typeof ORDINALS)[number];
export const INTERVALS = [1, 2, 3, 4] as const;
export type Interval = (typeof INTERVALS)[number];
/** The most "… keer" the editor writes (the server bounds expansion anyway). */
export const MAX_COUNT = 999;

export type RecurrenceEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };

export type RecurrenceModel =
  | { kind: 'once' }
  | { kind: 'weekly'; interval: Interval; days: Weekday[]; end: RecurrenceEnd }
  | { kind: 'monthly'; ordinal: Ordinal; day: Weekday; end: RecurrenceEnd }
  | { kind: 'custom'; rrule: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function writeEnd(end: RecurrenceEnd): string {
  if (end.kind === 'until') return `;UNTIL=${end.date.replace(/-/g, '')}T235959`;
  if (end.kind === 'count') return `;COUNT=${end.count}`;
  return '';
}

/** The rule of a model, or null for a one-off. Weekdays are written Monday first. */
export function writeRule(model: RecurrenceModel): string | null {
  switch (model.kind) {
    case 'once':
      return null;
    case 'custom':
      return model.rrule;
    case 'weekly': {
      const days = WEEKDAYS.filter((d) => model.days.includes(d)).join(',');
      return `FREQ=WEEKLY${model.interval > 1 ? `;INTERVAL=${model.interval}` : ''};BYDAY=${days}${writeEnd(model.end)}`;
    }
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${model.ordinal}${model.day}${writeEnd(model.end)}`;
  }
}

function readEnd(parts: Map<string, string>): RecurrenceEnd | undefined {
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until !== undefined && count !== undefined) return undefined;
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})T235959$/.exec(until);
    return m ? { kind: 'until', date: `${m[1]}-${m[2]}-${m[3]}` } : undefined;
  }
  if (count !== undefined) {
    const n = /^[1-9]\d{0,2}$/.test(count) ? Number(count) : NaN;
    return Number.isInteger(n) ? { kind: 'count', count: n } : undefined;
  }
  return { kind: 'never' };
}

const isWeekday = (s: string): s is Weekday => (WEEKDAYS as readonly string[]).includes(s);

/** The model of what the editor can show, before the round-trip check. */
function readModel(rrule: string): RecurrenceModel | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || parts.has(key)) return undefined;
    parts.set(key, value);
  }
  const allowed = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((k) => !allowed.has(k))) return undefined;
  const end = readEnd(parts);
  const byday = parts.get('BYDAY');
  if (!end || !byday) return undefined;
  if (parts.get('FREQ') === 'WEEKLY') {
    const interval = Number(parts.get('INTERVAL') ?? '1');
    const days = byday.split(',');
    if (!(INTERVALS as readonly number[]).includes(interval) || !days.every(isWeekday)) return undefined;
    return { kind: 'weekly', interval: interval as Interval, days, end };
  }
  if (parts.get('FREQ') === 'MONTHLY' && !parts.has('INTERVAL')) {
    const m = /^(-1|[1-4])([A-Z]{2})$/.exec(byday);
    if (!m || !isWeekday(m[2]!)) return undefined;
    return { kind: 'monthly', ordinal: Number(m[1]) as Ordinal, day: m[2], end };
  }
  return undefined;
}

/** The editor's model of a stored rule (null: a one-off); `custom` when the editor cannot show it as it is. */
export function parseRule(rrule: string | null | undefined): RecurrenceModel {
  if (rrule === null || rrule === undefined || rrule === '') return { kind: 'once' };
  const model = readModel(rrule);
  return model && writeRule(model) === rrule ? model : { kind: 'custom', rrule };
}

/** What keeps a model from being saved, by its part (`days`, `until`, `count`), as codes the editor words. */
export function checkModel(model: RecurrenceModel, firstDate: string): { days?: 'missing'; until?: 'invalid' | 'before-start'; count?: 'invalid' } {
  const problems: ReturnType<typeof checkModel> = {};
  if (model.kind === 'weekly' && model.days.length === 0) problems.days = 'missing';
  if (model.kind === 'weekly' || model.kind === 'monthly') {
    const end = model.end;
    if (end.kind === 'until') {
      if (!validDate(end.date)) problems.until = 'invalid';
      else if (validDate(firstDate) && end.date < firstDate) problems.until = 'before-start';
    }
    if (end.kind === 'count' && !(Number.isInteger(end.count) && end.count >= 1 && end.count <= MAX_COUNT)) problems.count = 'invalid';
  }
  return problems;
}

function validDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The weekday of a `YYYY-MM-DD` date, as the rule writes it. */
export function weekdayOf(date: string): Weekday {
  const m = DATE.exec(date);
  if (!m) return 'MO';
  return WEEKDAYS[(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() + 6) % 7]!;
}

/**
 * Which of the month's weekdays a date is: 1–4, and -1 when it is the last one too. From
 * day 22 both can be right (the 28th of January 2027 is its fourth Thursday and its last),
 * and they differ in a month with five: the editor offers both, the fourth first. The
 * fifth (day 29 on) is only "the last".
 */
export function ordinalsOf(date: string): Ordinal[] {
  const m = DATE.exec(date);
  if (!m) return [1];
  const day = Number(m[3]);
  const length = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  const nth = Math.ceil(day / 7);
  const last = day + 7 > length;
  if (nth > 4) return [-1];
  return last ? [nth as Ordinal, -1] : [nth as Ordinal];
}

/** The first of ordinalsOf: what a first date suggests before anyone chooses. */
export function ordinalOf(date: string): Ordinal {
  return ordinalsOf(date)[0]!;
}

/** Minutes from a start to an end time (`HH:MM`); undefined when the end is not after the start. */
export function minutesBetween(start: string, end: string): number | undefined {
  const toMinutes = (t: string) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(t) ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3)) : NaN);
  const d = toMinutes(end) - toMinutes(start);
  return Number.isFinite(d) && d > 0 ? d : undefined;
}

/** The end time (`HH:MM`) of a start and a duration, on the same day's clock. */
export function endTime(start: string, durationMinutes: number): string {
  const total = (Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + durationMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
