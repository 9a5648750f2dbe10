// The page an invitation's link opens (/beheer/uitnodiging/<token>), in the door's style:
// server-rendered, no script, plain Dutch (or English with ?lang=en), large text, one
// label per field, an error summary that links to the fields. The person sees their name
// and organisation and chooses a password; a link that cannot be used any more gets a
// plain page saying what to do, never a stack trace.
import { escape, page, type Lang } from './door-page.ts';
import { expiryInWords, invitationPath, type OpenInvitation } from './invitations.ts';
import { MIN_PASSWORD_LENGTH } from './password.ts';

const messages = {
  nl: {
    title: 'Uw account maken',
    heading: (name: string) => `Welkom, ${name}`,
    invited: (as: string) => `U bent uitgenodigd voor het beheer van dit netwerk, ${as}.`,
    asCoordinator: 'als coördinator van het netwerk',
    asContact: (org: string) => `als contactpersoon van ${org}`,
    email: 'Uw e-mailadres',
    emailNote: 'Hiermee logt u straks in.',
    choose: 'Kies een wachtwoord om uw account te maken.',
    password: 'Nieuw wachtwoord',
    passwordHint: `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is goed te onthouden en moeilijk te raden, bijvoorbeeld "koffie om tien in de linde".`,
    repeat: 'Typ het wachtwoord nog een keer',
    submit: 'Account maken en inloggen',
    valid: (when: string) => `Deze uitnodiging werkt tot ${when}.`,
    problem: 'Er is een probleem',
    errorPrefix: 'Fout: ',
    passwordMissing: 'Kies een wachtwoord.',
    repeatMissing: 'Typ het wachtwoord nog een keer.',
    mismatch: 'De twee wachtwoorden zijn niet gelijk. Typ ze allebei opnieuw.',
    unreadable: 'Dit bevat een teken dat niet kan, of is te lang. Typ het opnieuw.',
    closedTitle: 'Uitnodiging verlopen',
    closed: 'Deze uitnodiging is verlopen. Vraag de coördinator om een nieuwe.',
    closedHint: (days: number) => `Een uitnodiging werkt ${days === 1 ? '1 dag' : `${days} dagen`}, en maar één keer. De coördinator kan u zo een nieuwe sturen.`,
    usedTitle: 'Uitnodiging al gebruikt',
    used: 'Deze uitnodiging is al gebruikt. Hebt u uw account al gemaakt? Log dan in met uw e-mailadres en wachtwoord.',
    usedHint: 'Was u dat niet? Vraag de coördinator dan om hulp.',
    login: 'Naar inloggen',
    throttledTitle: 'Even wachten',
    throttled: (minutes: number) => `Er is te vaak een verkeerde link of een verkeerd wachtwoord geprobeerd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  },
  en: {
    title: 'Make your account',
    heading: (name: string) => `Welcome, ${name}`,
    invited: (as: string) => `You are invited to help run this network, ${as}.`,
    asCoordinator: 'as the coordinator of the network',
    asContact: (org: string) => `as the contact of ${org}`,
    email: 'Your e-mail address',
    emailNote: 'You will log in with it.',
    choose: 'Choose a password to make your account.',
    password: 'New password',
    passwordHint: `At least ${MIN_PASSWORD_LENGTH} characters. A sentence of a few words is easy to remember and hard to guess.`,
    repeat: 'Type the password again',
    submit: 'Make my account and log in',
    valid: (when: string) => `This invitation works until ${when}.`,
    problem: 'There is a problem',
    errorPrefix: 'Error: ',
    passwordMissing: 'Choose a password.',
    repeatMissing: 'Type the password again.',
    mismatch: 'The two passwords are not the same. Type both again.',
    unreadable: 'This holds a character that is not allowed, or is too long. Type it again.',
    closedTitle: 'Invitation expired',
    closed: 'This invitation has expired. Ask the coordinator for a new one.',
    closedHint: (days: number) => `An invitation works for ${days === 1 ? '1 day' : `${days} days`}, and only once. The coordinator can send you a new one.`,
    usedTitle: 'Invitation already used',
    used: 'This invitation has already been used. Did you make your account already? Then log in with your e-mail address and password.',
    usedHint: 'Was that not you? Then ask the coordinator for help.',
    login: 'Go to log in',
    throttledTitle: 'Please wait',
    throttled: (minutes: number) => `A wrong link or password was tried too often. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
} as const;

export const invitationText = (lang: Lang) => messages[lang];

export interface InvitationErrors {
  password?: string;
  repeat?: string;
}

const query = (lang: Lang) => (lang === 'en' ? '?lang=en' : '');

export function invitationPage(lang: Lang, token: string, invitation: OpenInvitation, errors: InvitationErrors = {}): string {
  const m = messages[lang];
  const here = invitationPath(token);
  const failed = Object.entries(errors).filter(([, text]) => text) as [keyof InvitationErrors, string][];
  const summary = failed.length
    ? `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${m.problem}</h2>
<ul>${failed.map(([field, text]) => `<li><a href="#${field}">${escape(text)}</a></li>`).join('')}</ul>
</div>`
    : '';
  const field = (name: keyof InvitationErrors, label: string, hint: string, input: string) => {
    const error = errors[name];
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return `<div class="field${error ? ' field-error' : ''}">
<label for="${name}">${label}</label>
${hint ? `<p class="hint" id="${name}-hint">${hint}</p>` : ''}
${error ? `<p class="error" id="${name}-error"><span class="visually-hidden">${m.errorPrefix}</span>${escape(error)}</p>` : ''}
${input.replace('<input', `<input${error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}`)}
</div>`;
  };
  const as = invitation.role === 'coordinator' ? m.asCoordinator : m.asContact(escape(invitation.organizationName ?? ''));
  return page(
    lang,
    (failed.length ? m.errorPrefix : '') + m.title,
    `${summary}
<h1>${m.heading(escape(invitation.name))}</h1>
<p>${m.invited(as)}</p>
<dl class="facts">
<dt>${m.email}</dt>
<dd><strong>${escape(invitation.email)}</strong> <span class="hint">${m.emailNote}</span></dd>
</dl>
<p>${m.choose}</p>
<form method="post" action="${escape(here)}${query(lang)}" novalidate>
<input type="hidden" name="username" autocomplete="username" value="${escape(invitation.email)}">
${field('password', m.password, escape(m.passwordHint), '<input id="password" name="password" type="password" autocomplete="new-password" required maxlength="200">')}
${field('repeat', m.repeat, '', '<input id="repeat" name="repeat" type="password" autocomplete="new-password" required maxlength="200">')}
<button type="submit">${m.submit}</button>
</form>
<p class="hint">${m.valid(escape(expiryInWords(invitation.expiresAt, invitation.timezone, lang)))}</p>`,
    '',
    false,
    here,
  );
}

/**
 * A link that cannot be used (any more): what happened and what to do, in plain words.
 * `days`: how long a new invitation works (INVITATION_DAYS), for the hint.
 */
export function closedInvitationPage(lang: Lang, token: string, why: 'closed' | 'used' | { throttledMinutes: number }, days: number): string {
  const m = messages[lang];
  const here = invitationPath(token);
  if (typeof why === 'object') {
    return page(lang, m.throttledTitle, `<h1>${m.throttledTitle}</h1>\n<p class="notice" role="alert">${m.throttled(why.throttledMinutes)}</p>`, '', false, here);
  }
  const [title, text, hint] = why === 'used' ? [m.usedTitle, m.used, m.usedHint] : [m.closedTitle, m.closed, m.closedHint(days)];
  return page(
    lang,
    title,
    `<h1>${title}</h1>
<p class="notice">${text}</p>
<p class="hint">${hint}</p>
${why === 'used' ? `<p><a class="button" href="/beheer${query(lang)}">${m.login}</a></p>` : ''}`,
    '',
    false,
    here,
  );
}
