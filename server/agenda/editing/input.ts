// The rules an activity from /beheer must meet beyond the contract's schema: text that is
// more than spaces, a cost that fits "gratis", ids that exist, and a recurrence rule the
// agenda's own expansion (recurrence.ts) can work with, its exceptions on dates it makes.
// Every fault is named by its field path, in plain Dutch, all in one 422.
import type { Queryable } from '../../db/database.ts';
import { ProblemError, type FieldError } from '../../http/problem.ts';
import { HORIZON_AHEAD_DAYS, HORIZON_PAST_DAYS } from '../occurrence-index.ts';
import { dayNumber, ExpansionLimitError, nextOccurrences, parseRule, ruleStarts, type ExceptionInput, type SeriesInput } from '../recurrence.ts';
import { addDays, daysInMonth, formatLocalDateTime, parseLocalDateTime, type LocalParts } from '../../../common/zoned-time.ts';
import type { ActivityInput, ScheduleInput } from './shapes.ts';

/** A start further ahead than this is almost certainly a typo (2072 for 2027). */
export const MAX_DAYS_AHEAD = 5 * 366;
const MAX_COUNT = 1000;
const MAX_INTERVAL = 1000;
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/**
 * Wall-clock time one rule may take to expand over the agenda's horizon. Some rules
 * ical.js takes seconds per date for (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO;BYSETPOS=1):
 * the step limit of recurrence.ts does not bound those, this does.
 */
export const EXPANSION_BUDGET_MS = 1000;
const TOO_COSTLY = 'Deze herhaling kost te veel rekenwerk. Kies een eenvoudiger herhaling.';

/** Collects field errors; `fail()` throws them as one problem. */
class Faults {
  readonly list: FieldError[] = [];
  add(name: string, detail: string): void {
    if (!this.list.some((e) => e.name === name)) this.list.push({ name, in: 'body', detail });
  }
  has(name: string): boolean {
    return this.list.some((e) => e.name === name || e.name.startsWith(`${name}.`) || e.name.startsWith(`${name}[`));
  }
  throwIfAny(): void {
    if (this.list.length) throw invalidBody(this.list);
  }
}

export function invalidBody(errors: FieldError[]): ProblemError {
  return new ProblemError('invalid-body', errors.map((e) => `${e.name}: ${e.detail}`).join(' '), errors);
}

const minuteOf = (p: LocalParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 60_000;

/** An optional text: trimmed, and left out when nothing is left. */
function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Trims the texts; a required text of only spaces is an error. */
function requiredText(faults: Faults, name: string, value: string, allowEmpty = false): string {
  const trimmed = value.trim();
  if (!trimmed && !allowEmpty) faults.add(name, 'Vul dit in (alleen spaties is niet genoeg).');
  return trimmed;
}

/**
 * Checks a schedule (start, rule, exceptions) the way the agenda will expand it, and gives
 * it back with its notes trimmed. `today` is the network's local day.
 */
export function checkSchedule(schedule: ScheduleInput, timeZone: string, today: string, faults = new Faults(), carried = new Map<number, string>()): ScheduleInput {
  let start: LocalParts | undefined;
  try {
    start = parseLocalDateTime(schedule.startsAt);
  } catch {
    faults.add('startsAt', 'Deze datum bestaat niet.');
  }
  if (start && schedule.startsAt.slice(0, 10) > addDays(today, MAX_DAYS_AHEAD)) {
    faults.add('startsAt', 'Deze datum ligt meer dan vijf jaar vooruit. Kijk het jaartal na.');
  }
  const rrule = schedule.rrule === null ? null : schedule.rrule.replace(/^RRULE:/, '');
  if (start && rrule !== null) checkRule(faults, rrule, start, timeZone);

  const exceptions: ExceptionInput[] = schedule.exceptions.map((e) => ({
    originalStartsAt: e.originalStartsAt,
    kind: e.kind,
    ...(e.newStartsAt !== undefined ? { newStartsAt: e.newStartsAt } : {}),
    ...(optionalText(e.note) !== undefined ? { note: optionalText(e.note) } : {}),
  }));
  const seen = new Set<string>();
  exceptions.forEach((e, i) => {
    const at = `exceptions[${i}]`;
    try {
      parseLocalDateTime(e.originalStartsAt);
    } catch {
      faults.add(`${at}.originalStartsAt`, 'Deze datum bestaat niet.');
    }
    if (seen.has(e.originalStartsAt)) faults.add(`${at}.originalStartsAt`, 'Voor deze datum is al een uitzondering.');
    seen.add(e.originalStartsAt);
    if (e.kind === 'moved' && e.newStartsAt === undefined) faults.add(`${at}.newStartsAt`, 'Geef de nieuwe datum en tijd van deze verplaatste keer.');
    if (e.kind !== 'moved' && e.newStartsAt !== undefined) faults.add(`${at}.newStartsAt`, 'Alleen een verplaatste keer heeft een nieuwe datum.');
    if (e.newStartsAt !== undefined) {
      try {
        parseLocalDateTime(e.newStartsAt);
        if (e.newStartsAt.slice(0, 10) > addDays(today, MAX_DAYS_AHEAD)) faults.add(`${at}.newStartsAt`, 'Deze datum ligt meer dan vijf jaar vooruit. Kijk het jaartal na.');
      } catch {
        faults.add(`${at}.newStartsAt`, 'Deze datum bestaat niet.');
      }
    }
  });
  const result: ScheduleInput = { startsAt: schedule.startsAt, durationMinutes: schedule.durationMinutes, rrule, exceptions };
  if (start && !faults.has('rrule') && !faults.has('exceptions')) checkExceptionDates(faults, result, timeZone, today, carried);
  return result;
}

function checkRule(faults: Faults, rrule: string, start: LocalParts, timeZone: string): void {
  const parts = new Map(
    rrule.split(';').map((part) => {
      const [key = '', value = ''] = part.split('=');
      return [key, value] as const;
    }),
  );
  let recur;
  try {
    recur = parseRule(rrule, timeZone);
  } catch {
    return faults.add('rrule', 'Deze herhaling kunnen we niet lezen.');
  }
  if (!FREQUENCIES.has(recur.freq)) return faults.add('rrule', 'Een activiteit herhaalt per dag, week, maand of jaar (FREQ=DAILY, WEEKLY, MONTHLY of YEARLY).');
  // ical.js reads INTERVAL=0 or -1 as 1: say so rather than store a rule that means something else.
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !(/^[0-9]{1,4}$/.test(interval) && Number(interval) >= 1 && Number(interval) <= MAX_INTERVAL)) {
    return faults.add('rrule', `Het aantal weken, maanden of jaren ertussen (INTERVAL) is een heel getal van 1 tot en met ${MAX_INTERVAL}.`);
  }
  // A day no month of the rule has (30 February): ical.js then searches for seconds per
  // date, or gives a wrong one, instead of none.
  const months = (recur.parts.BYMONTH ?? []).map(Number);
  const longest = months.length ? Math.max(...months.map((m) => daysInMonth(2024, m))) : 31;
  if ((recur.parts.BYMONTHDAY ?? []).some((d) => Math.abs(Number(d)) > longest)) {
    return faults.add('rrule', 'Deze dag van de maand bestaat niet in de gekozen maand.');
  }
  if (recur.count !== null && recur.count !== undefined && (recur.count < 1 || recur.count > MAX_COUNT)) {
    return faults.add('rrule', `Het aantal keren (COUNT) is 1 tot en met ${MAX_COUNT}.`);
  }
  if (recur.until && minuteOf({ year: recur.until.year, month: recur.until.month, day: recur.until.day, hour: recur.until.hour, minute: recur.until.minute }) < minuteOf(start)) {
    return faults.add('rrule', 'De einddatum (tot en met) ligt vóór de eerste keer.');
  }
}

const dutchMoment = (local: string) => `${Number(local.slice(8, 10))}-${Number(local.slice(5, 7))}-${local.slice(0, 4)} om ${Number(local.slice(11, 13))}.${local.slice(14, 16)} uur`;

/** Every exception on a date the rule makes: one pass over the rule, from the earliest. */
function checkExceptionDates(faults: Faults, schedule: ScheduleInput, timeZone: string, today: string, carried = new Map<number, string>()): void {
  const series: SeriesInput = { id: 'nieuw', ...schedule, exceptions: [] };
  const deadline = performance.now() + EXPANSION_BUDGET_MS;
  const overBudget = () => performance.now() > deadline;
  try {
    if (ruleStarts(series, schedule.startsAt.slice(0, 10), timeZone).next().done) {
      return faults.add('rrule', 'Met deze herhaling is er geen enkele datum.');
    }
    // A dry run over the agenda's horizon, as materialiseOccurrences will expand it, on the clock.
    const horizonEnd = dayNumber(parseLocalDateTime(`${addDays(today, HORIZON_AHEAD_DAYS)}T00:00`));
    for (const p of ruleStarts(series, addDays(today, -HORIZON_PAST_DAYS), timeZone)) {
      if (dayNumber(p) > horizonEnd) break;
      if (overBudget()) return faults.add('rrule', TOO_COSTLY);
    }
    // The agenda shows an activity's next dates (and the editor 50): they must come quickly too.
    nextOccurrences(series, today, 50, timeZone);
    const wanted = schedule.exceptions
      .map((e, index) => ({ index, minute: minuteOf(parseLocalDateTime(e.originalStartsAt)), local: e.originalStartsAt }))
      .sort((a, b) => a.minute - b.minute);
    if (!wanted.length) return;
    const found = new Set<string>();
    const last = wanted.at(-1)!.minute;
    for (const p of ruleStarts(series, wanted[0]!.local.slice(0, 10), timeZone)) {
      if (minuteOf(p) > last) break;
      if (overBudget()) return faults.add('rrule', TOO_COSTLY);
      found.add(formatLocalDateTime(p));
    }
    for (const w of wanted) {
      if (found.has(w.local)) continue;
      const before = carried.get(w.index);
      faults.add(
        `exceptions[${w.index}].originalStartsAt`,
        before === undefined
          ? 'Op deze datum en tijd is er geen keer van deze activiteit.'
          : `Deze uitzondering was voor de keer van ${dutchMoment(before)}. Met de nieuwe begindatum of begintijd is daar geen keer meer voor. Haal de uitzondering weg, of maak haar opnieuw bij de juiste datum.`,
      );
    }
  } catch (error) {
    if (!(error instanceof ExpansionLimitError)) throw error;
    faults.add('rrule', 'Deze herhaling geeft te weinig data om uit te rekenen. Kies een eenvoudiger herhaling.');
  }
}

/** Ids that the body names and that must exist, checked in one query each. */
async function checkReferences(db: Queryable, faults: Faults, input: ActivityInput): Promise<void> {
  const existing = async (table: string, ids: string[]) => new Set((await db.query<{ id: string }>(`select id from ${table} where id = any($1)`, [ids])).rows.map((r) => r.id));
  // One after the other: in a transaction they share one connection.
  const organizations = await existing('organizations', [input.organizationId]);
  const places = await existing('places', [input.placeId]);
  const categories = await existing('activity_categories', input.categories);
  const audiences = await existing('audiences', input.audiences);
  if (!organizations.has(input.organizationId)) faults.add('organizationId', 'Deze organisatie bestaat niet.');
  if (!places.has(input.placeId)) faults.add('placeId', 'Deze plek bestaat niet.');
  input.categories.forEach((id, i) => categories.has(id) || faults.add(`categories[${i}]`, 'Deze soort activiteit bestaat niet.'));
  input.audiences.forEach((id, i) => audiences.has(id) || faults.add(`audiences[${i}]`, 'Deze doelgroep bestaat niet.'));
}

/**
 * The activity as it will be stored: texts trimmed, empty optional texts left out. Throws
 * one 422 naming every field at fault.
 */
export async function normaliseActivity(db: Queryable, body: ActivityInput, timeZone: string, today: string, carried = new Map<number, string>()): Promise<ActivityInput> {
  const faults = new Faults();
  const schedule = checkSchedule(body, timeZone, today, faults, carried);
  const note = (v: string | undefined) => (optionalText(v) !== undefined ? { note: optionalText(v)! } : {});
  if (body.cost.free && body.cost.amount !== undefined) faults.add('cost.amount', 'Een gratis activiteit heeft geen prijs. Laat het bedrag leeg.');
  if (!body.cost.free && body.cost.amount === undefined) faults.add('cost.amount', 'Geef de prijs in euro’s, of kies “gratis”.');
  const input: ActivityInput = {
    ...schedule,
    title: requiredText(faults, 'title', body.title),
    summary: requiredText(faults, 'summary', body.summary),
    description: requiredText(faults, 'description', body.description, true),
    organizationId: body.organizationId,
    placeId: body.placeId,
    categories: body.categories,
    audiences: body.audiences,
    cost: { free: body.cost.free, ...(body.cost.amount !== undefined ? { amount: body.cost.amount } : {}), ...note(body.cost.note) },
    accessibility: { wheelchair: body.accessibility.wheelchair, hearingLoop: body.accessibility.hearingLoop, ...note(body.accessibility.note) },
    registration: {
      required: body.registration.required,
      ...(body.registration.capacity !== undefined ? { capacity: body.registration.capacity } : {}),
      ...(optionalText(body.registration.how) !== undefined ? { how: optionalText(body.registration.how)! } : {}),
    },
    villageBus: body.villageBus,
  };
  await checkReferences(db, faults, input);
  faults.throwIfAny();
  return input;
}

export { Faults };
