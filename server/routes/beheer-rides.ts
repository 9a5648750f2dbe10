// The coordinator's dispatch of the village bus and the driver's day sheet, behind
// /v1/beheer: HTTP only. The rules, audit rows and transactions are in server/rides/.
// Names, addresses and mobility are for coordinators; a driver sees only their own sheet;
// an organisation contact sees none of it.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import {
  cancelRideRequest,
  confirmRideRequest,
  declineRideRequest,
  getRideRequest,
  listRideRequests,
  type ConfirmRequest,
  type DeclineRequest,
  type RideRequestQuery,
} from '../rides/dispatch.ts';
import { listDrivers } from '../rides/drivers.ts';
import { preferredFormat, reportCsv, rideReport } from '../rides/report.ts';
import { rideSheet } from '../rides/sheet.ts';
import { todayIn } from '../../common/zoned-time.ts';
import { networkRow } from '../volunteering/repository.ts';

type RequestPath = operations['beheerGetRideRequest']['parameters']['path'];
type DriversQuery = NonNullable<operations['beheerListRideDrivers']['parameters']['query']>;
type SheetQuery = NonNullable<operations['beheerGetRideSheet']['parameters']['query']>;
type ReportQuery = NonNullable<operations['beheerGetRideReport']['parameters']['query']>;

export function beheerRideRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const coordinator = requireRole('coordinator');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const reference = (operationId: string) => {
    const read = parameterValidator<RequestPath>(operationId);
    return (c: Context) => read(c).reference;
  };
  const referenceOf = {
    get: reference('beheerGetRideRequest'),
    confirm: reference('beheerConfirmRideRequest'),
    decline: reference('beheerDeclineRideRequest'),
    cancel: reference('beheerCancelRideRequest'),
  };
  const readList = parameterValidator<RideRequestQuery>('beheerListRideRequests');
  const readDrivers = parameterValidator<DriversQuery>('beheerListRideDrivers');
  const readSheet = parameterValidator<SheetQuery>('beheerGetRideSheet');
  const readReport = parameterValidator<ReportQuery>('beheerGetRideReport');

  return new Hono<SessionEnv>()
    .get('/beheer/ride-requests', coordinator, async (c) => c.json(await listRideRequests(db, account(c), readList(c), now())))
    .get('/beheer/ride-requests/:reference', coordinator, async (c) => c.json(await getRideRequest(db, account(c), referenceOf.get(c), now())))
    .post('/beheer/ride-requests/:reference/confirm', coordinator, async (c) =>
      c.json(await confirmRideRequest(db, account(c), referenceOf.confirm(c), validatedBody<ConfirmRequest>(c), now())),
    )
    .post('/beheer/ride-requests/:reference/decline', coordinator, async (c) =>
      c.json(await declineRideRequest(db, account(c), referenceOf.decline(c), validatedBody<DeclineRequest>(c), now())),
    )
    .post('/beheer/ride-requests/:reference/cancel', coordinator, async (c) => c.json(await cancelRideRequest(db, account(c), referenceOf.cancel(c), now())))
    .get('/beheer/ride-drivers', coordinator, async (c) => {
      const day = readDrivers(c).date ?? todayIn((await networkRow(db)).timezone, now());
      return c.json({ items: await listDrivers(db, day) });
    })
    .get('/beheer/ride-sheet', requireRole('coordinator', 'driver'), async (c) => c.json(await rideSheet(db, account(c), readSheet(c), now())))
    .get('/beheer/ride-report', coordinator, async (c) => {
      const format = preferredFormat(c.req.header('accept'));
      if (!format) throw new ProblemError('not-acceptable', 'Het overzicht is er als JSON (application/json) of als CSV (text/csv).');
      const report = await rideReport(db, readReport(c), (await networkRow(db)).timezone, now());
      c.header('Vary', 'Accept');
      if (format === 'json') return c.json(report);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="ritten-${report.from}-tot-${report.to}.csv"`);
      return c.body(reportCsv(report));
    });
}
