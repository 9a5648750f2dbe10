// The agenda's records in the contract's shapes: occurrences and iCalendar events.
import type { components } from '../../contract/types.ts';
import type { ExpandedOccurrence } from './recurrence.ts';
import type { ActivityRecord } from './repository.ts';
import type { IcsEvent } from './ics.ts';

export type Occurrence = components['schemas']['Occurrence'];

export function occurrenceId(o: Pick<ExpandedOccurrence, 'seriesId' | 'occurrenceKey'>): string {
  return `${o.seriesId}-${o.occurrenceKey}`;
}

export function toOccurrence(activity: ActivityRecord, o: ExpandedOccurrence): Occurrence {
  const { registration } = activity.fields;
  const taken = activity.placesTaken.get(o.originalLocalStart) ?? 0;
  return {
    id: occurrenceId(o),
    activityId: activity.series.id,
    start: o.start,
    end: o.end,
    status: o.status,
    ...(o.originalStart ? { originalStart: o.originalStart } : {}),
    ...(o.note ? { note: o.note } : {}),
    ...activity.fields,
    registration: activity.capacity ? { ...registration, placesLeft: Math.max(0, activity.capacity - taken) } : registration,
    icsUrl: `/v1/occurrences/${occurrenceId(o)}.ics`,
  };
}

export function icsEvent(activity: ActivityRecord): IcsEvent {
  const { fields } = activity;
  const address = fields.place.address;
  return {
    uid: `${activity.series.id}@buurtkit`,
    series: activity.series,
    title: fields.title,
    description: `${fields.summary}\n\n${activity.description}\n\nOrganisatie: ${fields.organizer.name}`,
    location: `${fields.place.name}, ${address.street}, ${address.postalCode} ${address.locality}`,
    organizerName: fields.organizer.name,
    categories: fields.categories.map((c) => c.name),
  };
}
