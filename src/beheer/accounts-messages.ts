/** The texts of "Mensen" in /beheer (accounts.ts): Dutch, and English with the same keys. */
import type { Locale } from '../core/i18n.ts';
import type { components } from '../../contract/types.ts';

type Role = components['schemas']['BeheerRole'];
/** `smtp`: the server sends the invitation's e-mail; `kept`: it sends none (no SMTP_URL). */
type Delivery = components['schemas']['BeheerInvitationDelivery'];

/** "1 dag", "7 dagen": how long a link works, from the server's INVITATION_DAYS. */
const dagen = (days: number) => (days === 1 ? '1 dag' : `${days} dagen`);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

const nl = {
  title: 'Mensen',
  intro: 'Wie kan inloggen in het beheer? Hier nodigt u een contactpersoon van een organisatie of een coördinator uit, en blokkeert u een account dat niet meer nodig is.',
  accountsTitle: 'Accounts',
  roles: { coordinator: 'Coördinator', 'organization-contact': 'Contactpersoon', driver: 'Chauffeur' } satisfies Record<Role, string>,
  role: 'Rol',
  organization: 'Organisatie',
  email: 'E-mailadres',
  lastSeen: 'Laatst ingelogd',
  never: 'Nog nooit',
  blockedMark: 'Geblokkeerd',
  you: '(u)',
  block: 'Blokkeren',
  unblock: 'Weer toelaten',
  blockTitle: (name: string) => `${name} blokkeren?`,
  blockAsk: 'Deze persoon kan dan niet meer inloggen. Is de persoon nu ingelogd? Dan stopt dat meteen. U kunt het account later weer toelaten.',
  blockYes: 'Ja, blokkeren',
  blockNo: 'Nee, niet blokkeren',
  blocked: (name: string) => `${name} is geblokkeerd en kan niet meer inloggen.`,
  unblocked: (name: string) => `${name} kan weer inloggen.`,
  invitationsTitle: 'Open uitnodigingen',
  noInvitations: 'Er zijn geen open uitnodigingen.',
  validUntil: (when: string) => `Werkt tot ${when}`,
  expiredOn: (when: string) => `Verlopen op ${when}`,
  expiredMark: 'Verlopen',
  withdraw: 'Intrekken',
  withdrawTitle: (name: string) => `De uitnodiging voor ${name} intrekken?`,
  withdrawAsk: 'De link in de uitnodiging werkt dan niet meer. U kunt later een nieuwe uitnodiging sturen.',
  withdrawYes: 'Ja, intrekken',
  withdrawNo: 'Nee, laten staan',
  withdrawn: (name: string) => `De uitnodiging voor ${name} is ingetrokken.`,
  inviteTitle: 'Iemand uitnodigen',
  /** Before inviting: how the link reaches the person, and how long it works (once the list told us). */
  inviteIntro: (delivery: Delivery | undefined, valid: number | undefined): string =>
    [
      delivery === 'kept'
        ? 'Deze server verstuurt geen e-mail. Na het uitnodigen ziet u een link: die geeft u zelf aan de persoon, bijvoorbeeld per WhatsApp of in een eigen e-mail. Met de link kiest de persoon zelf een wachtwoord.'
        : 'De persoon krijgt een e-mail met een link. Daarmee kiest de persoon zelf een wachtwoord.',
      valid ? `De link werkt ${dagen(valid)}, en maar één keer.` : 'De link werkt maar één keer.',
    ].join(' '),
  name: 'Naam',
  nameMissing: 'Vul de naam in.',
  emailHint: 'Hiermee logt de persoon straks in.',
  emailMissing: 'Vul het e-mailadres in.',
  emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  roleLabel: 'Als wat?',
  roleContact: 'Contactpersoon van een organisatie: ziet en beheert alleen de eigen organisatie',
  roleCoordinator: 'Coördinator: ziet en beheert het hele netwerk',
  organizationHint: 'De contactpersoon ziet alleen wat bij deze organisatie hoort.',
  chooseOrganization: 'Kies een organisatie',
  organizationMissing: 'Kies de organisatie van deze contactpersoon.',
  optionsFailed: 'De lijst met organisaties kon niet worden geladen.',
  invite: 'Uitnodiging sturen',
  inviting: 'Bezig met sturen…',
  errorSummary: 'Er is een probleem',
  invited: (name: string, email: string, delivery: Delivery, until: string) =>
    delivery === 'kept'
      ? `De uitnodiging voor ${name} is klaar. Deze server verstuurt geen e-mail, dus ${name} krijgt niets vanzelf. Geef de link hieronder zelf aan ${name}. De link werkt tot ${until}.`
      : `De uitnodiging voor ${name} is klaar. Er gaat een e-mail naar ${email}. De link werkt tot ${until}.`,
  linkLabel: 'Link van de uitnodiging',
  linkHint: (delivery: Delivery): string =>
    delivery === 'kept'
      ? 'U ziet deze link maar één keer. Kopieer de link en stuur hem zelf, bijvoorbeeld per WhatsApp of in een eigen e-mail.'
      : 'U ziet deze link maar één keer. Komt de e-mail niet aan? Kopieer de link dan en stuur hem zelf, bijvoorbeeld per WhatsApp.',
  copy: 'Link kopiëren',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  blockedTitle: (name: string) => `${name} heeft al een account, maar het is geblokkeerd`,
  blockedAccount: (name: string, role: string) =>
    `Dit e-mailadres hoort bij het account van ${name} (${role}). Een nieuwe uitnodiging is niet nodig: laat het account weer toe. Dan kan ${name} weer inloggen met het eigen wachtwoord.`,
  blockedElse: 'Wilt u dat niet? Kies dan een ander e-mailadres.',
  gone: 'Dit is er niet meer. De lijst is bijgewerkt.',
  offline: 'Dit is niet gelukt: er is geen verbinding. Probeer het zo nog eens.',
  failed: 'Dit is niet gelukt. Probeer het later nog eens.',
};

export type AccountsMessages = typeof nl;

const en: AccountsMessages = {
  title: 'People',
  intro: 'Who can log in to the admin pages? Invite the contact of an organisation or a coordinator here, and block an account that is no longer needed.',
  accountsTitle: 'Accounts',
  roles: { coordinator: 'Coordinator', 'organization-contact': 'Contact', driver: 'Driver' },
  role: 'Role',
  organization: 'Organisation',
  email: 'E-mail address',
  lastSeen: 'Last logged in',
  never: 'Never',
  blockedMark: 'Blocked',
  you: '(you)',
  block: 'Block',
  unblock: 'Let in again',
  blockTitle: (name) => `Block ${name}?`,
  blockAsk: 'This person can then no longer log in. Are they logged in now? That stops at once. You can let the account in again later.',
  blockYes: 'Yes, block',
  blockNo: 'No, do not block',
  blocked: (name) => `${name} is blocked and can no longer log in.`,
  unblocked: (name) => `${name} can log in again.`,
  invitationsTitle: 'Open invitations',
  noInvitations: 'There are no open invitations.',
  validUntil: (when) => `Works until ${when}`,
  expiredOn: (when) => `Expired on ${when}`,
  expiredMark: 'Expired',
  withdraw: 'Withdraw',
  withdrawTitle: (name) => `Withdraw the invitation for ${name}?`,
  withdrawAsk: 'The link in the invitation will stop working. You can send a new invitation later.',
  withdrawYes: 'Yes, withdraw',
  withdrawNo: 'No, keep it',
  withdrawn: (name) => `The invitation for ${name} has been withdrawn.`,
  inviteTitle: 'Invite someone',
  inviteIntro: (delivery, valid) =>
    [
      delivery === 'kept'
        ? 'This server sends no e-mail. After inviting you see a link: give it to the person yourself, for example by WhatsApp or in an e-mail of your own. With the link the person chooses their own password.'
        : 'The person gets an e-mail with a link, and chooses their own password with it.',
      valid ? `The link works for ${days(valid)}, and only once.` : 'The link works only once.',
    ].join(' '),
  name: 'Name',
  nameMissing: 'Enter the name.',
  emailHint: 'The person will log in with it.',
  emailMissing: 'Enter the e-mail address.',
  emailInvalid: 'Enter an e-mail address like name@example.org.',
  roleLabel: 'As what?',
  roleContact: 'Contact of an organisation: sees and manages only their own organisation',
  roleCoordinator: 'Coordinator: sees and manages the whole network',
  organizationHint: 'The contact sees only what belongs to this organisation.',
  chooseOrganization: 'Choose an organisation',
  organizationMissing: 'Choose the organisation of this contact.',
  optionsFailed: 'The list of organisations could not be loaded.',
  invite: 'Send the invitation',
  inviting: 'Sending…',
  errorSummary: 'There is a problem',
  invited: (name, email, delivery, until) =>
    delivery === 'kept'
      ? `The invitation for ${name} is ready. This server sends no e-mail, so ${name} gets nothing by themselves. Give ${name} the link below yourself. The link works until ${until}.`
      : `The invitation for ${name} is ready. An e-mail goes to ${email}. The link works until ${until}.`,
  linkLabel: 'Link of the invitation',
  linkHint: (delivery) =>
    delivery === 'kept'
      ? 'You see this link only once. Copy the link and send it yourself, for example by WhatsApp or in an e-mail of your own.'
      : 'You see this link only once. Does the e-mail not arrive? Copy the link and send it yourself, for example by WhatsApp.',
  copy: 'Copy the link',
  copied: 'The link has been copied.',
  copyFailed: 'Copying did not work. Select the link and copy it yourself.',
  blockedTitle: (name) => `${name} already has an account, but it is blocked`,
  blockedAccount: (name, role) =>
    `This e-mail address belongs to the account of ${name} (${role}). A new invitation is not needed: let the account in again. Then ${name} can log in again with their own password.`,
  blockedElse: 'Not what you want? Then choose another e-mail address.',
  gone: 'This no longer exists. The list has been updated.',
  offline: 'That did not work: there is no connection. Please try again shortly.',
  failed: 'That did not work. Please try again later.',
};

export const accountsMessages = (locale: Locale): AccountsMessages => (locale === 'en' ? en : nl);
