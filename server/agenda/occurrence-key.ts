// The key of one occurrence, its original local start as 'YYYYMMDDTHHMM' (in Occurrence.id).

/** Years an occurrence key may name: what any agenda can hold, and what expansion can reach quickly. */
export const KEY_YEARS = { min: 1900, max: 2199 } as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Why `key` names no real moment, in plain Dutch; undefined when it does. */
export function parseOccurrenceKey(key: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})$/.exec(key);
  if (!m) return 'Geef het moment als JJJJMMDDTUUMM, bijvoorbeeld 20261217T1000.';
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (year < KEY_YEARS.min || year > KEY_YEARS.max) return `Het jaar ${year} ligt buiten de agenda (${KEY_YEARS.min} tot en met ${KEY_YEARS.max}).`;
  if (month < 1 || month > 12) return `Maand ${month} bestaat niet: de datum in ${key} klopt niet.`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) return `${day} ${MONTHS[month - 1]} ${year} bestaat niet: de datum in ${key} klopt niet.`;
  if (hour > 23 || minute > 59) return `${m[4]}:${m[5]} is geen bestaande tijd.`;
  return undefined;
}
