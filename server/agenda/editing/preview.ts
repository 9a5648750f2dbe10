// The next dates of a schedule before it is saved, from the agenda's own expansion in the
// network's zone. Skipped dates stay in the list (status `skipped`) so the editor can
// offer to undo them. Stores nothing.
import type { Queryable } from '../../db/database.ts';
import { ExpansionLimitError, nextOccurrences } from '../recurrence.ts';
import { describeSchedule } from '../schedule-text.ts';
import { todayIn } from '../../../common/zoned-time.ts';
import { checkSchedule, Faults } from './input.ts';
import { networkZone } from './read.ts';
import type { SchedulePreview, SchedulePreviewRequest } from './shapes.ts';

const LAST_YEAR = 2199; // the contract's dates end there

export async function previewSchedule(db: Queryable, body: SchedulePreviewRequest, now: Date): Promise<SchedulePreview> {
  const zone = await networkZone(db);
  const today = todayIn(zone, now);
  const faults = new Faults();
  const schedule = checkSchedule(body, zone, today, faults);
  faults.throwIfAny();
  const skipped = new Map(schedule.exceptions.filter((e) => e.kind === 'skipped').map((e) => [e.originalStartsAt, e]));
  // Expanded without the skips, so the skipped dates are there to be marked.
  const series = { id: 'voorbeeld', ...schedule, exceptions: schedule.exceptions.filter((e) => e.kind !== 'skipped') };
  let occurrences;
  try {
    occurrences = nextOccurrences(series, body.from ?? today, body.count ?? 10, zone);
  } catch (error) {
    if (!(error instanceof ExpansionLimitError)) throw error;
    faults.add('rrule', 'Deze herhaling geeft te weinig data om uit te rekenen. Kies een eenvoudiger herhaling.');
    faults.throwIfAny();
    throw error;
  }
  return {
    schedule: describeSchedule(series, 'nl', zone),
    occurrences: occurrences
      .filter((o) => Number(o.localStart.slice(0, 4)) <= LAST_YEAR)
      .map((o) => {
        const skip = skipped.get(o.originalLocalStart);
        const note = skip ? skip.note : o.note;
        return {
          originalStartsAt: o.originalLocalStart,
          startsAt: o.localStart,
          start: o.start,
          end: o.end,
          status: skip ? 'skipped' : o.status,
          ...(note !== undefined ? { note } : {}),
        };
      }),
  };
}
