// The window of local days a request asks for, with the contract's defaults and limits.
import { invalidParameter } from '../http/problem.ts';
import { addDays } from '../../common/zoned-time.ts';

export const DEFAULT_WINDOW_DAYS = 30;
export const MAX_WINDOW_DAYS = 366;

export interface DayWindow {
  /** First local day, 'YYYY-MM-DD', inclusive. */
  from: string;
  /** Last local day, 'YYYY-MM-DD', inclusive. */
  to: string;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, or NaN when that date does not exist (2026-02-30). */
export function dayNumberOf(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date ? ms / 86_400_000 : NaN;
}

/** The window asked for; `today` is the network's local date. Dates compare as numbers, never as text. */
export function resolveWindow(query: { from?: string; to?: string }, today: string): DayWindow {
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && Number.isNaN(dayNumberOf(value))) throw invalidParameter(name, `${value} is geen bestaande datum.`);
  }
  const from = query.from ?? (query.to ? shift(query.to, -DEFAULT_WINDOW_DAYS, 'to') : today);
  const to = query.to ?? shift(from, DEFAULT_WINDOW_DAYS, 'from');
  if (dayNumberOf(to) < dayNumberOf(from)) throw invalidParameter('to', 'De einddatum ligt vóór de begindatum (from).');
  if (dayNumberOf(to) - dayNumberOf(from) > MAX_WINDOW_DAYS) {
    throw invalidParameter('to', `Vraag hoogstens ${MAX_WINDOW_DAYS} dagen tegelijk op.`);
  }
  return { from, to };
}

/** A default end or start, which must stay a four-digit year (a window from 9999-12-15 cannot end 30 days later). */
function shift(date: string, days: number, name: 'from' | 'to'): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1 || year > 9999) throw invalidParameter(name, 'Kies een datum waar nog een hele periode omheen past.');
  return addDays(date, days);
}
