// Writing activities from /beheer. Each change is one transaction: the activity (and its
// exceptions, replaced as a whole), the occurrence index rewritten for it
// (materialiseOccurrences, which bumps the agenda's version so every process sees the
// change at once) and the audit row. Any error rolls all of it back.
import type { Account } from '../../accounts/shapes.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { insertWithFreeId } from '../../db/free-id.ts';
import { retryRaces } from '../../db/retry.ts';
import { ProblemError } from '../../http/problem.ts';
import { canSeeOrganization } from '../../http/session.ts';
import { recordAuditRows } from '../../privacy/audit.ts';
import { carrySignups, comingSignups, signupsWithoutShift } from '../coming-signups.ts';
import { materialiseOccurrences } from '../occurrence-index.ts';
import { ExpansionLimitError } from '../recurrence.ts';
import { carryExceptions } from '../../../common/carry-exceptions.ts';
import { slugOf } from '../../../common/slug.ts';
import { todayIn } from '../../../common/zoned-time.ts';
import { tellShiftTimeChanged } from '../../volunteering/shift-changes.ts';
import { invalidBody, normaliseActivity } from './input.ts';
import { findActivityRow, networkZone, notFound, presentActivity } from './read.ts';
import { localTimestamp } from '../repository.ts';
import { etagOf, type ActivityInput, type ActivityRow, type BeheerActivity } from './shapes.ts';

const RECORD_TYPE = 'activity';
const forbidden = () => new ProblemError('forbidden', 'U kunt alleen activiteiten van uw eigen organisatie aanpassen.');
const imported = () => new ProblemError('conflict', 'Deze activiteit komt uit de eigen agenda van de organisatie. Pas dit aan in de eigen agenda van de organisatie, of verberg het.');

/** Runs the write again when it lost a race (a deadlock, or an id taken at the same moment). */
const withRetry = <T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> => retryRaces(() => db.transaction(fn));

/** Every agenda write waits its turn here: the row materialiseOccurrences locks anyway. */
const lockAgenda = (tx: Queryable) => tx.query('select 1 from agenda_state where id = 1 for update');

/** Inserts the activity under the first free id made from its title. */
function insertActivity(tx: Queryable, input: ActivityInput): Promise<string> {
  return insertWithFreeId(tx, 'activities', slugOf(input.title), async (id) => {
    const { rows } = await tx.query<{ id: string }>(
      `insert into activities (id, title, summary, description, organization_id, place_id, starts_at, duration_minutes, rrule,
                               categories, audiences, cost_amount, cost_note, wheelchair, hearing_loop, accessibility_note,
                               registration_required, capacity, registration_how, village_bus, updated_at)
       values ($1, ${columnsValues(2)}, now())
       on conflict (id) do nothing returning id`,
      [id, ...columnParams(input)],
    );
    return rows.length > 0;
  });
}

const COLUMNS = [
  'title', 'summary', 'description', 'organization_id', 'place_id', 'starts_at', 'duration_minutes', 'rrule',
  'categories', 'audiences', 'cost_amount', 'cost_note', 'wheelchair', 'hearing_loop', 'accessibility_note',
  'registration_required', 'capacity', 'registration_how', 'village_bus',
] as const;
const columnsValues = (first: number) => COLUMNS.map((_, i) => `$${first + i}`).join(', ');

function columnParams(input: ActivityInput): unknown[] {
  return [
    input.title, input.summary, input.description, input.organizationId, input.placeId, input.startsAt, input.durationMinutes, input.rrule,
    input.categories, input.audiences, input.cost.free ? null : input.cost.amount, input.cost.note ?? null,
    input.accessibility.wheelchair, input.accessibility.hearingLoop, input.accessibility.note ?? null,
    input.registration.required, input.registration.capacity ?? null, input.registration.how ?? null, input.villageBus,
  ];
}

async function replaceExceptions(tx: Queryable, id: string, input: ActivityInput): Promise<void> {
  await tx.query('delete from activity_exceptions where activity_id = $1', [id]);
  const e = input.exceptions;
  if (!e.length) return;
  await tx.query(
    `insert into activity_exceptions (activity_id, original_starts_at, kind, new_starts_at, note)
     select $1, * from unnest($2::timestamp[], $3::text[], $4::timestamp[], $5::text[])`,
    [id, e.map((x) => x.originalStartsAt), e.map((x) => x.kind), e.map((x) => x.newStartsAt ?? null), e.map((x) => x.note ?? null)],
  );
}

/** Rewrites the activity's occurrences; a rule too costly to expand is the editor's to fix. */
async function reindex(tx: Queryable, id: string): Promise<void> {
  try {
    await materialiseOccurrences(tx, { activityIds: [id] });
  } catch (error) {
    if (error instanceof ExpansionLimitError) {
      throw invalidBody([{ name: 'rrule', in: 'body', detail: 'Deze herhaling geeft te weinig data om uit te rekenen. Kies een eenvoudiger herhaling.' }]);
    }
    throw error;
  }
}

/** The activity for a change by this account: 404, 403 for another organisation's, 409 for an imported one. */
async function lockForChange(tx: Queryable, account: Account, id: string, { importedToo = false } = {}): Promise<ActivityRow> {
  const row = await findActivityRow(tx, id, true);
  if (!row) throw notFound(id);
  if (!canSeeOrganization(account, row.organization_id)) throw forbidden();
  if (row.source === 'feed' && !importedToo) throw imported();
  return row;
}

async function finish(tx: Queryable, account: Account, id: string, action: string, now: Date, zone: string) {
  await reindex(tx, id);
  await recordAuditRows(tx, { accountId: account.id, action, recordType: RECORD_TYPE, recordIds: [id], at: now });
  return presentActivity(tx, (await findActivityRow(tx, id))!, zone);
}

/** Adds an activity inside the caller's transaction (the route's, which also keeps its Idempotency-Key). */
export async function createActivity(tx: Queryable, account: Account, body: ActivityInput, now: Date): Promise<{ activity: BeheerActivity; etag: string }> {
  if (!canSeeOrganization(account, body.organizationId)) throw forbidden();
  await lockAgenda(tx);
  const zone = await networkZone(tx);
  const input = await normaliseActivity(tx, body, zone, todayIn(zone, now));
  const id = await insertActivity(tx, input);
  await replaceExceptions(tx, id, input);
  return finish(tx, account, id, 'create', now, zone);
}

export async function updateActivity(
  db: Database,
  account: Account,
  id: string,
  body: ActivityInput,
  ifMatch: string | undefined,
  now: Date,
): Promise<{ activity: BeheerActivity; etag: string }> {
  return withRetry(db, async (tx) => {
    await lockAgenda(tx);
    const row = await lockForChange(tx, account, id);
    if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.split(',').some((tag) => tag.trim() === etagOf(row))) {
      throw new ProblemError('edit-conflict', 'Iemand anders heeft deze activiteit intussen gewijzigd. Open haar opnieuw om de nieuwe versie te zien, en breng uw wijziging dan nog eens aan.');
    }
    if (!canSeeOrganization(account, body.organizationId)) throw forbidden();
    const zone = await networkZone(tx);
    // Exceptions keyed on the old start time move with it (common/carry-exceptions.ts says why).
    const { exceptions, carried } = carryExceptions(localTimestamp(row.starts_at), body.startsAt, body.exceptions);
    const today = todayIn(zone, now);
    const input = await normaliseActivity(tx, { ...body, exceptions }, zone, today, carried);
    await tx.query(`update activities set (${COLUMNS.join(', ')}, updated_at) = (${columnsValues(2)}, now()) where id = $1`, [id, ...columnParams(input)]);
    await replaceExceptions(tx, id, input);
    // The volunteers' sign-ups move with the start time too; none may be left without its date.
    const moved = await carrySignups(tx, id, localTimestamp(row.starts_at), input.startsAt, today);
    const saved = await finish(tx, account, id, 'update', now, zone);
    await refuseSignupsWithoutShift(tx, id, today);
    await tellShiftTimeChanged(tx, id, moved, localTimestamp(row.starts_at), now);
    return saved;
  });
}

/**
 * A change that takes away a date volunteers are signed up for (another weekday, an end
 * date) would leave them without a shift: it waits until those sign-ups are cancelled, as
 * hiding does (409, naming the dates).
 */
async function refuseSignupsWithoutShift(tx: Queryable, id: string, today: string): Promise<void> {
  const lost = await signupsWithoutShift(tx, id, today);
  if (!lost.length) return;
  const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dates = lost.slice(0, 5).map((l) => day.format(new Date(`${l.startsAt.slice(0, 10)}T12:00:00Z`)));
  const more = lost.length > 5 ? ` en nog ${lost.length - 5} andere` : '';
  const n = lost.reduce((sum, l) => sum + l.n, 0);
  throw new ProblemError(
    'conflict',
    `Met deze wijziging vallen datums weg waarvoor vrijwilligers zich hebben aangemeld: ${dates.join(', ')}${more} (${n === 1 ? '1 aanmelding' : `${n} aanmeldingen`}). Zeg die aanmeldingen eerst af (onder Aanmeldingen), of kies een herhaling die deze datums houdt.`,
  );
}

/**
 * A hidden activity has no dates in the agenda, so its shifts would lose theirs: the
 * sign-ups for them would show no date and get no reminder. Hiding waits until no
 * volunteer is signed up for a coming shift (409, saying how many are).
 */
async function refuseWhileSignedUp(tx: Queryable, id: string, now: Date): Promise<void> {
  const n = (await comingSignups(tx, [id], await networkZone(tx), now)).get(id) ?? 0;
  if (n > 0) {
    throw new ProblemError(
      'conflict',
      `Deze activiteit kan niet worden verborgen: er ${n === 1 ? 'is nog 1 aanmelding' : `zijn nog ${n} aanmeldingen`} van vrijwilligers voor komende keren. Zeg die aanmeldingen eerst af (onder Aanmeldingen), dan kan het.`,
    );
  }
}

export async function setActivityVisibility(db: Database, account: Account, id: string, hidden: boolean, now: Date): Promise<BeheerActivity> {
  return withRetry(db, async (tx) => {
    await lockAgenda(tx);
    await lockForChange(tx, account, id, { importedToo: true });
    if (hidden) await refuseWhileSignedUp(tx, id, now);
    await tx.query('update activities set hidden = $2, updated_at = now() where id = $1', [id, hidden]);
    return (await finish(tx, account, id, hidden ? 'hide' : 'show', now, await networkZone(tx))).activity;
  });
}

export async function deleteActivity(db: Database, account: Account, id: string, now: Date): Promise<void> {
  await withRetry(db, async (tx) => {
    await lockAgenda(tx);
    await lockForChange(tx, account, id);
    const [refs] = (
      await tx.query<{ volunteering: boolean; rides: boolean }>(
        `select exists (select 1 from volunteer_opportunities where activity_id = $1) as volunteering,
                exists (select 1 from ride_requests where activity_id = $1) as rides`,
        [id],
      )
    ).rows;
    if (refs?.volunteering) throw new ProblemError('conflict', 'Bij deze activiteit hoort vrijwilligerswerk. Haal dat eerst weg of koppel het los, en verwijder dan de activiteit.');
    if (refs?.rides) throw new ProblemError('conflict', 'Er zijn ritten met de dorpsbus naar deze activiteit aangevraagd. Verberg de activiteit, of zeg die ritten eerst af.');
    await tx.query('delete from activities where id = $1', [id]);
    await materialiseOccurrences(tx, { activityIds: [id] });
    await recordAuditRows(tx, { accountId: account.id, action: 'delete', recordType: RECORD_TYPE, recordIds: [id], at: now });
  });
}
