// The places of /beheer (issue 9). HTTP only; the rules, the audit rows and the transactions
// are in server/network/beheer-places.ts. loadSession (in app.ts) refuses changes from other
// sites; requireRole checks the session and, for a change, its CSRF token. Adding and
// changing are for coordinators: beheer-places.ts refuses a contact with a sentence saying whom to ask.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import { createBeheerPlace, getBeheerPlace, listBeheerPlaces, updateBeheerPlace, type PlaceInput } from '../network/beheer-places.ts';

type ListQuery = NonNullable<operations['beheerListPlaces']['parameters']['query']>;
type IdPath = operations['beheerGetPlace']['parameters']['path'];

export function beheerPlaceRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const staff = requireRole('coordinator', 'organization-contact');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readList = parameterValidator<ListQuery>('beheerListPlaces');
  const readGet = parameterValidator<IdPath>('beheerGetPlace');
  const readPut = parameterValidator<IdPath>('beheerUpdatePlace');
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });

  return new Hono<SessionEnv>()
    .get('/beheer/places', staff, async (c) => c.json(await listBeheerPlaces(db, readList(c))))
    .post('/beheer/places', staff, (c) =>
      createdOnce(idempotency, 'beheerCreatePlace', c, async (tx) => {
        const { place, etag } = await createBeheerPlace(tx, account(c), validatedBody<PlaceInput>(c), now());
        return { location: `/v1/beheer/places/${place.id}`, body: place, etag };
      }),
    )
    .get('/beheer/places/:id', staff, async (c) => {
      const { place, etag } = await getBeheerPlace(db, readGet(c).id);
      c.header('ETag', etag);
      return c.json(place);
    })
    .put('/beheer/places/:id', staff, async (c) => {
      const { place, etag } = await updateBeheerPlace(db, account(c), readPut(c).id, validatedBody<PlaceInput>(c), c.req.header('if-match'), now());
      c.header('ETag', etag);
      return c.json(place);
    });
}
