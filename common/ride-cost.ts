/**
 * What a ride on the village bus costs, from the service's cost rule: the widget shows it
 * before sending, the server stores it with the request (docs/decisions/0012-village-bus.md).
 */
import type { components } from '../contract/types.ts';

export type RideCostRule = components['schemas']['RideCostRule'];

export interface RideCostInput {
  /** One way, when known (a common place's or activity's distance); unknown for "any address". */
  distanceKm?: number;
  /** 1 for one way, 2 with a return trip. */
  trips: 1 | 2;
}

/**
 * The cost in euro cents, both ways together; `undefined` when it cannot be known
 * beforehand (per kilometre to a place of unknown distance). Whole cents, rounded half up.
 */
export function rideCostCents(rule: RideCostRule, { distanceKm, trips }: RideCostInput): number | undefined {
  switch (rule.kind) {
    case 'free':
      return 0;
    case 'fixed':
      return (rule.amountCents ?? 0) * trips;
    case 'per-km':
      if (distanceKm === undefined || !Number.isFinite(distanceKm) || distanceKm < 0) return undefined;
      // tenths of a kilometre (as stored) times cents, kept in integers until the one rounding
      return Math.round((Math.round(distanceKm * 10) * trips * (rule.amountCents ?? 0)) / 10);
  }
}
