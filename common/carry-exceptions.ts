// A series' exceptions (cancelled, moved, skipped) are keyed on the original local start of
// the occurrence they change (originalStartsAt, like iCalendar's RECURRENCE-ID). When the
// series gets a new start time (10.00 becomes 10.30), keys on the old time match no date
// any more. Decision: carry each exception on the old time of day along by the same clock
// shift, as part of the same change (the editor as the person types, the server in the
// save's transaction), because the coordinator means "the same meeting, at the new time".
// Only the time of day is carried: a series that starts some weeks later keeps its
// exceptions on their own dates. One that then lands on no date of the new rule (a monthly
// rule whose weekday changed too) is not dropped: the server names it, with its old date,
// in the 422, so the coordinator decides.
import { formatLocalDateTime, parseLocalDateTime } from './zoned-time.ts';

const clock = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

/**
 * The exceptions with their keys moved from `oldStartsAt`'s time of day to `newStartsAt`'s,
 * and, by index, the key each carried one had before. Keys on another time are left alone
 * (they were made for the new time already, or belong to another rule).
 */
export function carryExceptions<E extends { originalStartsAt: string }>(oldStartsAt: string, newStartsAt: string, exceptions: readonly E[]): { exceptions: E[]; carried: Map<number, string> } {
  const carried = new Map<number, string>();
  const time = /T([01]\d|2[0-3]):[0-5]\d$/;
  if (!time.test(oldStartsAt) || !time.test(newStartsAt)) return { exceptions: [...exceptions], carried };
  const delta = clock(newStartsAt) - clock(oldStartsAt);
  const oldTime = oldStartsAt.slice(11, 16);
  const moved = exceptions.map((e, i) => {
    if (!delta || e.originalStartsAt.slice(11, 16) !== oldTime) return e;
    try {
      const p = parseLocalDateTime(e.originalStartsAt);
      const shifted = formatLocalDateTime({ ...p, hour: Math.floor(clock(newStartsAt) / 60), minute: clock(newStartsAt) % 60 });
      carried.set(i, e.originalStartsAt);
      return { ...e, originalStartsAt: shifted };
    } catch {
      return e;
    }
  });
  return { exceptions: moved, carried };
}
