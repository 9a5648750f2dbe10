// "Mensen" in /beheer (issue 9): every account of the network, and blocking one
// ("Blokkeren") or letting it in again. Coordinators only (the route checks the role).
// A blocked account cannot log in and its sessions are deleted in the same transaction, so
// its next request is refused. Nobody can lock the network out of its own /beheer: a
// coordinator cannot block themselves, nor the last coordinator who is not blocked; the
// active coordinators' rows are locked for the check, so two coordinators blocking each
// other at once leave one of them.
import type { components } from '../../contract/types.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import * as repo from './repository.ts';
import type { Account } from './shapes.ts';

type S = components['schemas'];
export type AccountListItem = S['BeheerAccountListItem'];

interface Row {
  id: string;
  email: string;
  name: string;
  role: AccountListItem['role'];
  organization_id: string | null;
  organization_name: string | null;
  organization_kind: S['OrganizerRef']['kind'] | null;
  disabled: boolean;
  created_at: Date | string;
  last_seen_at: Date | string | null;
}

// Last seen: the newest of its sessions' last use and its last login (sessions are removed
// when they end; the login stays in the audit log).
const SELECT = `select a.id, a.email, a.name, a.role, a.organization_id, o.name as organization_name, o.kind as organization_kind,
                       a.disabled, a.created_at,
                       greatest((select max(s.last_seen_at) from sessions s where s.account_id = a.id),
                                (select max(l.at) from audit_log l where l.account_id = a.id and l.action = 'login')) as last_seen_at
                  from accounts a left join organizations o on o.id = a.organization_id`;

const toItem = (r: Row): AccountListItem => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  ...(r.organization_id ? { organization: { id: r.organization_id, name: r.organization_name!, kind: r.organization_kind! } } : {}),
  disabled: r.disabled,
  createdAt: new Date(r.created_at).toISOString(),
  ...(r.last_seen_at ? { lastSeenAt: new Date(r.last_seen_at).toISOString() } : {}),
});

// By name, here and not in SQL: PGlite and PostgreSQL may collate differently.
const byName = (a: AccountListItem, b: AccountListItem) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email, 'nl');

/** Every account, by name; the viewing is written to the audit log (names and addresses of people). */
export async function listPeople(db: Database, by: Account, now: Date): Promise<AccountListItem[]> {
  return db.transaction(async (tx) => {
    const items = (await tx.query<Row>(SELECT)).rows.map(toItem).sort(byName);
    await recordAuditRows(tx, { accountId: by.id, action: 'view', recordType: 'account', recordIds: items.map((a) => a.id), at: now });
    return items;
  });
}

async function itemOf(q: Queryable, id: string): Promise<AccountListItem | undefined> {
  const [row] = (await q.query<Row>(`${SELECT} where a.id = $1`, [id])).rows;
  return row && toItem(row);
}

const refused = (detail: string) => new ProblemError('invalid-body', detail, [{ name: 'disabled', in: 'body', detail }]);

/** Blocks an account (its sessions end at once) or lets it in again; the change is audited. */
export async function setDisabled(db: Database, by: Account, id: string, disabled: boolean, now: Date): Promise<AccountListItem> {
  return db.transaction(async (tx) => {
    // The active coordinators first, in one order, then the account itself.
    const active = (await tx.query<{ id: string }>(`select id from accounts where role = 'coordinator' and not disabled order by id for update`)).rows.map((r) => r.id);
    const [target] = (await tx.query<{ id: string; role: string; disabled: boolean }>('select id, role, disabled from accounts where id = $1 for update', [id])).rows;
    // Blocked by someone else a moment ago: this session has ended.
    if (!active.includes(by.id)) throw new ProblemError('unauthorized', 'Log eerst in op /beheer. Was u ingelogd? Dan is uw sessie verlopen.');
    if (!target) throw new ProblemError('not-found', `Er is geen account met id ${id}.`);
    if (disabled && !target.disabled) {
      if (target.role === 'coordinator' && active.length <= 1) {
        throw refused('Dit is de laatste coördinator die nog kan inloggen. Zonder coördinator kan niemand het netwerk beheren. Nodig eerst een andere coördinator uit.');
      }
      if (target.id === by.id) throw refused('U kunt uw eigen account niet blokkeren. Vraag een andere coördinator om dat te doen.');
    }
    if (target.disabled !== disabled) {
      await repo.updateAccount(tx, id, { disabled });
      await recordAuditRows(tx, { accountId: by.id, action: disabled ? 'disable' : 'enable', recordType: 'account', recordIds: [id], at: now });
      if (disabled) {
        await repo.deleteSessionsOf(tx, id);
        // Links this account sent and nobody used yet end with it: otherwise someone about to
        // be blocked could first invite an address of their own and come back through it.
        const { rows } = await tx.query<{ id: string }>(
          'update invitations set withdrawn_at = $2 where invited_by = $1 and accepted_at is null and withdrawn_at is null returning id',
          [id, now.toISOString()],
        );
        await recordAuditRows(tx, { accountId: by.id, action: 'withdraw', recordType: 'invitation', recordIds: rows.map((r) => r.id), at: now });
      }
    }
    return (await itemOf(tx, id))!;
  });
}
