import type { SocialMapService } from './types.ts';

/** `tel:` link of a Dutch number as written ("0345 123 456" -> "tel:0345123456"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A web address as people read it: without "https://", "www." and a trailing slash. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

export const addressLine = (s: SocialMapService) =>
  s.address ? `${s.address.street}, ${s.address.postalCode} ${s.address.locality}` : undefined;

/** Older than a year: the entry may be out of date. */
export function isOutdated(assuredDate: string, now: Date): boolean {
  const checked = new Date(`${assuredDate}T00:00:00Z`);
  checked.setUTCFullYear(checked.getUTCFullYear() + 1);
  return checked < now;
}
