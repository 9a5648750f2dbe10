// When the village bus runs: service hours per weekday, blocked days, the lead time in
// working days and the booking window, and the time blocks seats are held in
// (docs/decisions/0012-village-bus.md). Pure functions on the rules as loaded by rules.ts.
import { addDays, localToInstant, parseLocalDate } from '../../common/zoned-time.ts';

export interface ServiceWindow {
  /** 'HH:MM' */
  opens: string;
  closes: string;
}

export interface RideCalendar {
  zone: string;
  /** ISO weekday (1 = Monday) -> its windows, by opening time. */
  hours: Map<number, ServiceWindow[]>;
  /** 'YYYY-MM-DD' -> the reason the bus does not run. */
  blocked: Map<string, string>;
  leadWorkingDays: number;
  bookingDays: number;
  blockMinutes: number;
}

/** One time block of a day: its local start and end ('HH:MM') and its instants. */
export interface DayBlock {
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
}

/** ISO weekday of a 'YYYY-MM-DD' (1 = Monday … 7 = Sunday). */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A working day: Monday to Friday, and not a day the bus does not run. */
export const isWorkingDay = (cal: RideCalendar, date: string) => isoWeekday(date) <= 5 && !cal.blocked.has(date);

/** The first day that can be asked for today: `leadWorkingDays` working days after today. */
export function earliestDate(cal: RideCalendar, today: string): string {
  let date = today;
  // Bounded: 30 working days at most (the schema), and at most a few blocked days between.
  for (let counted = 0; counted < cal.leadWorkingDays; ) {
    date = addDays(date, 1);
    if (isWorkingDay(cal, date)) counted++;
  }
  return date;
}

/** The last day that can be asked for today. */
export const bookingUntil = (cal: RideCalendar, today: string) => addDays(today, cal.bookingDays);

/** The time blocks of a day's service hours, counted from each window's start (the last one may be shorter). */
export function blocksOf(cal: RideCalendar, date: string): DayBlock[] {
  const blocks: DayBlock[] = [];
  for (const w of cal.hours.get(isoWeekday(date)) ?? []) {
    const closes = minutesOf(w.closes);
    for (let m = minutesOf(w.opens); m < closes; m += cal.blockMinutes) {
      const start = timeOf(m);
      const end = timeOf(Math.min(m + cal.blockMinutes, closes));
      blocks.push({ start, end, startsAt: localToInstant(`${date}T${start}`, cal.zone), endsAt: localToInstant(`${date}T${end}`, cal.zone) });
    }
  }
  return blocks;
}

/** The block a time ('HH:MM') falls in on that day, or undefined outside the service hours. */
export function blockAt(cal: RideCalendar, date: string, time: string): DayBlock | undefined {
  const t = minutesOf(time);
  return blocksOf(cal, date).find((b) => minutesOf(b.start) <= t && t < minutesOf(b.end));
}

/** '9.00–17.00 uur' and the like (written as the messages write times), for an answer that says when the bus does run. */
export function hoursInWords(cal: RideCalendar, date: string): string {
  const clock = (time: string) => `${Number(time.slice(0, 2))}.${time.slice(3, 5)}`;
  return (cal.hours.get(isoWeekday(date)) ?? []).map((w) => `${clock(w.opens)}–${clock(w.closes)} uur`).join(' en ');
}
