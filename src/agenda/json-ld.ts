import type { Occurrence } from './types.ts';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  moved: 'https://schema.org/EventRescheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

/** schema.org Event objects for the occurrences shown. */
export function toJsonLd(items: readonly Occurrence[]) {
  return {
    '@context': 'https://schema.org',
    '@graph': items.map((o) => ({
      '@type': 'Event',
      '@id': `#${o.id}`,
      name: o.title,
      description: o.summary,
      startDate: o.start,
      endDate: o.end,
      ...(o.status === 'moved' && o.originalStart ? { previousStartDate: o.originalStart } : {}),
      eventStatus: STATUS[o.status],
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: o.place.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: o.place.address.street,
          postalCode: o.place.address.postalCode,
          addressLocality: o.place.address.locality,
          addressCountry: 'NL',
        },
      },
      organizer: { '@type': 'Organization', name: o.organizer.name },
      isAccessibleForFree: o.cost.free,
      offers: {
        '@type': 'Offer',
        price: o.cost.free ? 0 : (o.cost.amount ?? 0),
        priceCurrency: 'EUR',
      },
    })),
  };
}

/**
 * The JSON for the script element, with `<` escaped: JSON means the same, but a title
 * holding `</script>` or `<!--` cannot end the data block when the page is serialised.
 */
export const jsonLdText = (items: readonly Occurrence[]) => JSON.stringify(toJsonLd(items)).replaceAll('<', '\\u003c');

const SELECTOR = ':scope > script[type="application/ld+json"][data-buurt-agenda]';

/**
 * Keeps one `<script type="application/ld+json">` child of the element (light DOM, so
 * search engines reading the host page find it) in step with what is shown.
 * A JSON script is data, not code: a strict script-src does not block it.
 */
export function syncJsonLd(host: HTMLElement, items: readonly Occurrence[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(SELECTOR);
  if (!items?.length) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.buurtAgenda = '';
    host.append(script);
  }
  const text = jsonLdText(items);
  if (script.textContent !== text) script.textContent = text;
}
