/**
 * "Mensen" in the coordinator's mocks (`/v1/beheer/accounts`, `/v1/beheer/invitations`), in
 * the contract's shapes, with the contract's main rules: coordinators only; nobody blocks
 * their own account nor the last coordinator who can log in (422 naming `disabled`); an
 * address with an account cannot be invited (422 naming `email`, saying so when that account
 * is blocked); a contact needs an organisation; a used invitation cannot be withdrawn (409); a new invitation to an
 * address replaces its open one. `delivery` and `validDays` stand for the server's SMTP_URL and
 * INVITATION_DAYS (the demo has no mail server: `kept`); tests change them.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { organizations } from './fixtures.ts';
import type { Tools } from './beheer-tools.ts';

type S = components['schemas'];
type Person = S['BeheerAccountListItem'];
type Invitation = S['BeheerInvitation'];

const orgRef = (id: string): S['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id)!;
  return { id: o.id, name: o.name, kind: o.kind };
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const DAY = 24 * 3600_000;

function makePeople(signedIn: readonly S['BeheerAccount'][]): Person[] {
  const own: Person[] = signedIn.map((a, i) => ({
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role,
    disabled: false,
    createdAt: hoursAgo(24 * 200),
    lastSeenAt: hoursAgo(i === 0 ? 0.1 : 30),
  }));
  return [
    ...own,
    { id: '2b8e4f1a-6c3d-4a5b-9e7f-1a2b3c4d5e01', email: 'piet@dorpshuis.example', name: 'Piet van Dorpshuis', role: 'organization-contact', organization: orgRef('dorpshuis-de-linde'), disabled: false, createdAt: hoursAgo(24 * 90), lastSeenAt: hoursAgo(52) },
    { id: '2b8e4f1a-6c3d-4a5b-9e7f-1a2b3c4d5e02', email: 'sanne@wijkteam.example', name: 'Sanne Wijkteam', role: 'organization-contact', organization: orgRef('sociaal-wijkteam'), disabled: false, createdAt: hoursAgo(24 * 20) },
    { id: '2b8e4f1a-6c3d-4a5b-9e7f-1a2b3c4d5e03', email: 'oud.bestuurslid@example.org', name: 'Gert Oud-bestuur', role: 'organization-contact', organization: orgRef('dorpshuis-de-linde'), disabled: true, createdAt: hoursAgo(24 * 400), lastSeenAt: hoursAgo(24 * 120) },
  ];
}

function makeInvitations(): Invitation[] {
  return [
    { id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c501', email: 'truus@zonnebloem.example', name: 'Truus Hendriks', role: 'organization-contact', organization: orgRef('sociaal-wijkteam'), createdAt: hoursAgo(48), expiresAt: new Date(Date.now() + 5 * DAY).toISOString(), expired: false },
    { id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c502', email: 'kees@example.org', name: 'Kees de Wit', role: 'coordinator', createdAt: hoursAgo(24 * 9), expiresAt: hoursAgo(48), expired: true },
  ];
}

export function createAccountStore(signedIn: readonly S['BeheerAccount'][]) {
  let people = makePeople(signedIn);
  let invitations = makeInvitations();
  let made = 0;
  const settings = { delivery: 'kept' as S['BeheerInvitationDelivery'], validDays: 7 };
  return {
    settings,
    get people(): readonly Person[] {
      return people;
    },
    get invitations(): readonly Invitation[] {
      return invitations;
    },
    invite(body: S['BeheerInvitationRequest']): S['BeheerInvitationCreated'] {
      const id = `7d1e2f3a-4b5c-4d6e-8f70-${String(++made).padStart(12, '0')}`;
      const invitation: Invitation = {
        id,
        email: body.email,
        name: body.name,
        role: body.role,
        ...(body.organizationId ? { organization: orgRef(body.organizationId) } : {}),
        createdAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + settings.validDays * DAY).toISOString(),
        expired: false,
      };
      invitations = [invitation, ...invitations.filter((i) => i.email.toLowerCase() !== body.email.toLowerCase())];
      return { invitation, delivery: settings.delivery, link: `${typeof location === 'undefined' ? 'http://localhost:8080' : location.origin}/beheer/uitnodiging/mock-${'x'.repeat(34)}${String(made).padStart(4, '0')}` };
    },
    withdraw(id: string): boolean {
      const before = invitations.length;
      invitations = invitations.filter((i) => i.id !== id);
      return invitations.length < before;
    },
    setDisabled(id: string, disabled: boolean): Person | undefined {
      const p = people.find((x) => x.id === id);
      if (p) p.disabled = disabled;
      return p;
    },
    reset() {
      people = makePeople(signedIn);
      invitations = makeInvitations();
      made = 0;
      Object.assign(settings, { delivery: 'kept', validDays: 7 });
    },
  };
}

export type AccountStore = ReturnType<typeof createAccountStore>;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

export function accountHandlers(store: AccountStore, { problem, csrfRefused, any, account }: Tools) {
  const notCoordinator = () => (account().role === 'coordinator' ? undefined : problem(403, 'forbidden', 'Dit mag u niet doen', 'Met uw account kunt u dit niet zien of doen.'));
  const fieldProblem = (name: string, detail: string) => problem(422, 'invalid-body', 'De meegestuurde gegevens kloppen niet', detail, [{ name, in: 'body', detail }]);

  return [
    http.get(any('/v1/beheer/accounts'), () => notCoordinator() ?? HttpResponse.json<S['BeheerAccountList']>({ items: [...store.people].sort(byName) })),

    http.put(any('/v1/beheer/accounts/{id}/disabled'), async ({ request, params }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const { disabled } = (await request.json().catch(() => ({}))) as Partial<S['BeheerAccountDisabledRequest']>;
      if (typeof disabled !== 'boolean') return fieldProblem('disabled', 'Geef aan of het account geblokkeerd is.');
      const target = store.people.find((p) => p.id === params['id']);
      if (!target) return problem(404, 'not-found', 'Niet gevonden', 'Dit account is er niet.');
      if (disabled && !target.disabled) {
        const active = store.people.filter((p) => p.role === 'coordinator' && !p.disabled);
        if (target.role === 'coordinator' && active.length <= 1) return fieldProblem('disabled', 'Dit is de laatste coördinator die nog kan inloggen. Nodig eerst een andere coördinator uit.');
        if (target.id === account().id) return fieldProblem('disabled', 'U kunt uw eigen account niet blokkeren. Vraag een andere coördinator om dat te doen.');
      }
      return HttpResponse.json(store.setDisabled(target.id, disabled)!);
    }),

    http.get(any('/v1/beheer/invitations'), () => notCoordinator() ?? HttpResponse.json<S['BeheerInvitationList']>({ items: [...store.invitations], ...store.settings })),

    http.post(any('/v1/beheer/invitations'), async ({ request }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      const body = (await request.json().catch(() => ({}))) as S['BeheerInvitationRequest'];
      if (!body.email || !EMAIL.test(body.email)) return fieldProblem('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
      if (!body.name?.trim()) return fieldProblem('name', 'Vul de naam in.');
      if (body.role === 'organization-contact' && !organizations.some((o) => o.id === body.organizationId)) return fieldProblem('organizationId', 'Kies de organisatie van deze contactpersoon.');
      if (body.role === 'coordinator' && body.organizationId) return fieldProblem('organizationId', 'Een coördinator hoort bij het hele netwerk, niet bij één organisatie.');
      const existing = store.people.find((p) => p.email.toLowerCase() === body.email.trim().toLowerCase());
      if (existing?.disabled) {
        return fieldProblem('email', `Dit e-mailadres hoort bij het account van ${existing.name}. Dat account bestaat nog, maar is geblokkeerd. Kies "Weer toelaten" bij ${existing.name} onder Accounts: dan kan ${existing.name} weer inloggen met het eigen wachtwoord.`);
      }
      if (existing) return fieldProblem('email', `Er is al een account voor dit e-mailadres, van ${existing.name}. Iemand kan maar één account hebben.`);
      return HttpResponse.json(store.invite({ ...body, email: body.email.trim(), name: body.name.trim() }), { status: 201 });
    }),

    http.delete(any('/v1/beheer/invitations/{id}'), ({ request, params }) => {
      const refused = csrfRefused(request) ?? notCoordinator();
      if (refused) return refused;
      return store.withdraw(String(params['id'])) ? new HttpResponse(null, { status: 204 }) : problem(404, 'not-found', 'Niet gevonden', 'Deze uitnodiging is er niet (meer).');
    }),
  ];
}
