// Accounts as the domain and the API see them: never with the password hash.
import type { components } from '../../contract/types.ts';

export const ROLES = ['coordinator', 'organization-contact', 'driver'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set for an organisation contact only. */
  organizationId: string | null;
  /** For a driver of the village bus: their ride_drivers id (linked by ride_drivers.account_id). */
  driverId: string | null;
  disabled: boolean;
  createdAt: string;
}

export type AccountBody = components['schemas']['BeheerAccount'];

/** The account as the API shows it to its owner. */
export function accountBody(a: Account): AccountBody {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role,
    ...(a.organizationId ? { organizationId: a.organizationId } : {}),
    ...(a.role === 'driver' && a.driverId ? { driverId: a.driverId } : {}),
  };
}
