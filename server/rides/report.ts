// The funders' report (docs/decisions/0012-village-bus.md): trips, people carried,
// wheelchair trips and kilometres per month, read from the anonymous ride_stats alone, so
// it holds no personal data and outlives the requests the retention job deletes.
import type { components } from '../../contract/types.ts';
import { todayIn } from '../../common/zoned-time.ts';
import type { Queryable } from '../db/database.ts';
import { invalidParameter } from '../http/problem.ts';

export type BeheerRideReport = components['schemas']['BeheerRideReport'];
type Row = components['schemas']['BeheerRideReportRow'];

export const MAX_REPORT_MONTHS = 60;

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export async function rideReport(db: Queryable, query: { from?: string; to?: string }, zone: string, now: Date): Promise<BeheerRideReport> {
  const to = query.to ?? todayIn(zone, now).slice(0, 7);
  const from = query.from ?? monthOf(monthIndex(to) - 12);
  if (from > to) throw invalidParameter('from', 'De eerste maand ligt na de laatste maand (to).');
  if (monthIndex(to) - monthIndex(from) > MAX_REPORT_MONTHS) throw invalidParameter('to', `Vraag ten hoogste ${MAX_REPORT_MONTHS} maanden na de eerste maand op.`);
  const { rows } = await db.query<{ month: string; rides: number; passengers: number; wheelchair_rides: number; kilometres: number }>(
    `select to_char(month, 'YYYY-MM') as month, sum(trips)::int as rides, sum(passengers * trips)::int as passengers,
            sum(case when wheelchair then trips else 0 end)::int as wheelchair_rides, sum(kilometres)::float8 as kilometres
       from ride_stats where month between $1::date and $2::date group by month`,
    [`${from}-01`, `${to}-01`],
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const months: Row[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) {
    const r = byMonth.get(monthOf(i));
    months.push({ month: monthOf(i), rides: r?.rides ?? 0, passengers: r?.passengers ?? 0, wheelchairRides: r?.wheelchair_rides ?? 0, kilometres: round(r?.kilometres ?? 0) });
  }
  const sum = (key: 'rides' | 'passengers' | 'wheelchairRides' | 'kilometres') => months.reduce((n, m) => n + m[key], 0);
  return { from, to, months, totals: { rides: sum('rides'), passengers: sum('passengers'), wheelchairRides: sum('wheelchairRides'), kilometres: round(sum('kilometres')) } };
}

const round = (km: number) => Math.round(km * 10) / 10;

/** As Dutch spreadsheets read it: semicolons, a decimal comma, a header row, CRLF line ends. */
export function reportCsv(report: BeheerRideReport): string {
  const km = (n: number) => String(n).replace('.', ',');
  const line = (label: string, r: Row) => [label, r.rides, r.passengers, r.wheelchairRides, km(r.kilometres)].join(';');
  return [
    'Maand;Ritten;Passagiers;Rolstoelritten;Kilometers',
    ...report.months.map((m) => line(m.month!, m)),
    line('Totaal', report.totals),
  ].join('\r\n') + '\r\n';
}

/**
 * Which of JSON and CSV the Accept header prefers (RFC 9110 §12.5.1: the most specific range
 * decides each type's weight; a tie goes to JSON), or undefined when it accepts neither.
 */
export function preferredFormat(accept: string | undefined): 'json' | 'csv' | undefined {
  if (!accept?.trim()) return 'json';
  const ranges = accept.split(',').slice(0, 50).map((part) => {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    return { range: range.trim(), q: Number.isFinite(weight) ? weight : 0 };
  });
  const weight = (type: string) => {
    const [main] = type.split('/');
    const match = ranges.find((r) => r.range === type) ?? ranges.find((r) => r.range === `${main}/*`) ?? ranges.find((r) => r.range === '*/*');
    return match ? match.q : 0;
  };
  const json = weight('application/json');
  const csv = weight('text/csv');
  if (json <= 0 && csv <= 0) return undefined;
  return csv > json ? 'csv' : 'json';
}
