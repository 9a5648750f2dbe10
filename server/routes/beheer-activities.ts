// The network's activities behind /v1/beheer (issue 9): list, editor options, add, save,
// remove, hide, and the schedule preview. HTTP only; the rules and transactions are in
// server/agenda/editing/. A coordinator edits every organisation's activities, an
// organisation contact only their own.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import { previewSchedule } from '../agenda/editing/preview.ts';
import { activityOptions, getActivity, listActivities } from '../agenda/editing/read.ts';
import type { ActivityInput, SchedulePreviewRequest } from '../agenda/editing/shapes.ts';
import { createActivity, deleteActivity, setActivityVisibility, updateActivity } from '../agenda/editing/write.ts';

type ListQuery = NonNullable<operations['beheerListActivities']['parameters']['query']>;
type IdPath = operations['beheerGetActivity']['parameters']['path'];

export function beheerActivityRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const editor = requireRole('coordinator', 'organization-contact');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const idOf = (operationId: string) => {
    const read = parameterValidator<IdPath>(operationId);
    return (c: Context) => read(c).id;
  };
  const id = {
    get: idOf('beheerGetActivity'),
    update: idOf('beheerUpdateActivity'),
    remove: idOf('beheerDeleteActivity'),
    visibility: idOf('beheerSetActivityVisibility'),
  };
  const readList = parameterValidator<ListQuery>('beheerListActivities');
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });

  return new Hono<SessionEnv>()
    .get('/beheer/activity-options', editor, async (c) => c.json(await activityOptions(db, account(c))))
    .get('/beheer/activities', editor, async (c) => c.json(await listActivities(db, account(c), readList(c), now())))
    .post('/beheer/activities', editor, (c) =>
      createdOnce(idempotency, 'beheerCreateActivity', c, async (tx) => {
        const { activity, etag } = await createActivity(tx, account(c), validatedBody<ActivityInput>(c), now());
        return { location: `/v1/beheer/activities/${activity.id}`, body: activity, etag };
      }),
    )
    .get('/beheer/activities/:id', editor, async (c) => {
      const { activity, etag } = await getActivity(db, account(c), id.get(c));
      c.header('ETag', etag);
      return c.json(activity);
    })
    .put('/beheer/activities/:id', editor, async (c) => {
      const { activity, etag } = await updateActivity(db, account(c), id.update(c), validatedBody<ActivityInput>(c), c.req.header('if-match'), now());
      c.header('ETag', etag);
      return c.json(activity);
    })
    .delete('/beheer/activities/:id', editor, async (c) => {
      await deleteActivity(db, account(c), id.remove(c), now());
      return c.body(null, 204);
    })
    .put('/beheer/activities/:id/visibility', editor, async (c) =>
      c.json(await setActivityVisibility(db, account(c), id.visibility(c), validatedBody<{ hidden: boolean }>(c).hidden, now())),
    )
    .post('/beheer/schedule-preview', editor, async (c) => c.json(await previewSchedule(db, validatedBody<SchedulePreviewRequest>(c), now())));
}
