import type { Locale } from '../core/i18n.ts';

/**
 * An amount in euros as Intl writes it for nl-NL ("€ 1.234,50") and en-GB ("€1,234.50"),
 * without Intl: its first use on a page costs tens of milliseconds (see core/dates.ts).
 */
export function formatEuro(amount: number, locale: Locale): string {
  // Rounded on the decimal value (1.005 is € 1,01, as Intl writes it), not on its binary approximation.
  const [whole, cents] = (Math.round(Number(`${Math.abs(amount)}e2`)) / 100).toFixed(2).split('.') as [string, string];
  const sign = amount < 0 ? '-' : '';
  if (locale === 'en') return `${sign}€${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
  return `€\u00a0${sign}${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${cents}`;
}
