// The door of /beheer as server-rendered HTML: a login form that works without
// JavaScript (no script at all), and "Ingelogd als …" with a logout button. One stylesheet
// of its own (/beheer/door.css), in Dutch or English (?lang=en). Behind the door, the
// signed-in page loads the coordinator's pages, <buurt-beheer> from /buurtkit/beheer.js (src/beheer/).
import type { Account } from './shapes.ts';

export type Lang = 'nl' | 'en';

const messages = {
  nl: {
    title: 'Inloggen',
    site: 'Buurtkit beheer',
    heading: 'Inloggen voor coördinatoren',
    intro: 'Hier logt u in als coördinator van het netwerk of als contactpersoon van een organisatie. Wilt u zich aanmelden als vrijwilliger? Daarvoor hebt u geen account nodig.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    forgot: 'Wachtwoord vergeten? Vraag de coördinator van uw netwerk om een nieuw wachtwoord.',
    problem: 'Er is een probleem',
    errorPrefix: 'Fout: ',
    signedInTitle: 'Beheer',
    signedInAs: 'Ingelogd als',
    roles: { coordinator: 'coördinator van het netwerk', 'organization-contact': 'contactpersoon van een organisatie', driver: 'chauffeur van de dorpsbus' },
    noscript: 'Voor deze pagina’s is JavaScript nodig. Zet JavaScript aan in uw browser, of vraag iemand om hulp.',
    logout: 'Uitloggen',
    loggedOut: 'U bent uitgelogd.',
    other: 'English',
    emailMissing: 'Vul uw e-mailadres in.',
    passwordMissing: 'Vul uw wachtwoord in.',
    wrong: 'Het e-mailadres of het wachtwoord klopt niet.',
    unreadable: 'Dit bevat een teken dat niet kan, of is te lang. Typ het opnieuw.',
    throttled: (minutes: number) => `Er is te vaak een verkeerd wachtwoord geprobeerd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  },
  en: {
    title: 'Log in',
    site: 'Buurtkit admin',
    heading: 'Log in for coordinators',
    intro: 'Log in here as the coordinator of the network or as the contact of an organisation. Want to sign up as a volunteer? You need no account for that.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    forgot: 'Forgot your password? Ask the coordinator of your network for a new one.',
    problem: 'There is a problem',
    errorPrefix: 'Error: ',
    signedInTitle: 'Admin',
    signedInAs: 'Logged in as',
    roles: { coordinator: 'coordinator of the network', 'organization-contact': 'contact of an organisation', driver: 'driver of the village bus' },
    noscript: 'These pages need JavaScript. Turn JavaScript on in your browser, or ask someone for help.',
    logout: 'Log out',
    loggedOut: 'You are logged out.',
    other: 'Nederlands',
    emailMissing: 'Enter your e-mail address.',
    passwordMissing: 'Enter your password.',
    wrong: 'The e-mail address or the password is wrong.',
    unreadable: 'This holds a character that is not allowed, or is too long. Type it again.',
    throttled: (minutes: number) => `A wrong password was tried too often. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
} as const;

/** What went wrong, per field (or for the form as a whole, shown at the e-mail field). */
export interface DoorErrors {
  email?: string;
  password?: string;
}

export const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const query = (lang: Lang) => (lang === 'en' ? '?lang=en' : '');

/** A page of the door; `here` is its own path, for the link to the other language. */
export function page(lang: Lang, title: string, body: string, head = '', wide = false, here = '/beheer'): string {
  const m = messages[lang];
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – ${m.site}</title>
<link rel="stylesheet" href="/beheer/door.css">${head}
</head>
<body>
<header><p class="site">${m.site}</p><a class="lang" href="${escape(here)}${query(other)}" lang="${other}" hreflang="${other}">${m.other}</a></header>
<main${wide ? ' class="wide"' : ''}>
${body}
</main>
</body>
</html>
`;
}

export function loginPage(lang: Lang, { email = '', errors = {}, notice }: { email?: string; errors?: DoorErrors; notice?: 'logged-out' } = {}): string {
  const m = messages[lang];
  const failed = Object.entries(errors).filter(([, text]) => text) as [keyof DoorErrors, string][];
  const summary = failed.length
    ? `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${m.problem}</h2>
<ul>${failed.map(([field, text]) => `<li><a href="#${field}">${escape(text)}</a></li>`).join('')}</ul>
</div>`
    : '';
  const field = (name: keyof DoorErrors, label: string, input: string) => {
    const error = errors[name];
    return `<div class="field${error ? ' field-error' : ''}">
<label for="${name}">${label}</label>
${error ? `<p class="error" id="${name}-error"><span class="visually-hidden">${m.errorPrefix}</span>${escape(error)}</p>` : ''}
${input.replace('<input', `<input${error ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''}`)}
</div>`;
  };
  const title = (failed.length ? m.errorPrefix : '') + m.title;
  return page(
    lang,
    title,
    `${summary}
${notice === 'logged-out' ? `<p class="notice" role="status">${m.loggedOut}</p>` : ''}
<h1>${m.heading}</h1>
<p>${m.intro}</p>
<form method="post" action="/beheer/login${query(lang)}" novalidate>
${field('email', m.email, `<input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required maxlength="254" value="${escape(email)}">`)}
${field('password', m.password, '<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">')}
<button type="submit">${m.submit}</button>
</form>
<p class="hint">${m.forgot}</p>`,
  );
}

export function signedInPage(lang: Lang, account: Pick<Account, 'name' | 'email' | 'role'>, csrfToken: string): string {
  const m = messages[lang];
  return page(
    lang,
    m.signedInTitle,
    `<h1>${m.signedInTitle}</h1>
<div class="account">
<p>${m.signedInAs} <strong>${escape(account.name)}</strong> (${escape(account.email)}), ${m.roles[account.role]}.</p>
<form method="post" action="/beheer/logout${query(lang)}">
<input type="hidden" name="csrf" value="${escape(csrfToken)}">
<button type="submit" class="secondary">${m.logout}</button>
</form>
</div>
<noscript><p class="notice">${m.noscript}</p></noscript>
<buurt-beheer></buurt-beheer>`,
    '\n<script type="module" src="/buurtkit/beheer.js"></script>',
    true,
  );
}

/** The texts of the door, for the route's error messages. */
export const doorText = (lang: Lang) => messages[lang];

/** Large, calm and readable; follows the system's colours in forced-colors mode by itself. */
export const DOOR_CSS = `*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:112.5%;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.5rem 1rem;background:#0b3d59;color:#fff}
header .site{margin:0;font-weight:700}
header a{color:#fff;display:inline-flex;align-items:center;min-height:44px;padding:0 .25rem}
main{max-width:34rem;margin:0 auto;padding:1rem 1rem 3rem}
main.wide{max-width:60rem}
.account{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;margin:0 0 1.5rem}
.account p{margin:0}
button.secondary{color:#0b6b3a;background:#fff;border-color:#0b6b3a}
button.secondary:hover{background:#eef7f1}
buurt-beheer{display:block;min-height:100vh}
h1{font-size:1.75rem;line-height:1.2;margin:1.25rem 0 1rem}
.field{margin:0 0 1.25rem}
label{display:block;font-weight:700;margin-bottom:.25rem}
input{display:block;width:100%;min-height:44px;padding:.5rem .625rem;font:inherit;color:inherit;background:#fff;border:2px solid #1a1a1a;border-radius:0}
input:focus,button:focus,a:focus{outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 6px #1a1a1a}
.field-error{border-left:5px solid #b10e1e;padding-left:.75rem}
.field-error input{border-color:#b10e1e}
.error{color:#b10e1e;font-weight:700;margin:0 0 .25rem}
button{min-height:44px;min-width:44px;padding:.5rem 1.25rem;font:inherit;font-weight:700;color:#fff;background:#0b6b3a;border:2px solid transparent;border-radius:4px;cursor:pointer}
button:hover{background:#085530}
.error-summary{border:5px solid #b10e1e;padding:1rem;margin:1rem 0}
.error-summary h2{font-size:1.25rem;margin:0 0 .5rem}
.error-summary ul{margin:0;padding:0;list-style:none}
.error-summary a{color:#b10e1e;font-weight:700;display:inline-block;min-height:44px;padding:.5rem 0}
@media print{header,.account,main>h1{display:none}}
.notice{border-left:5px solid #0b6b3a;padding:.5rem .75rem;background:#eef7f1}
.hint{color:#3d3d3d}
.field .hint{margin:0 0 .25rem}
dl.facts{margin:0 0 1.25rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0;overflow-wrap:anywhere}
a.button{display:inline-flex;align-items:center;min-height:44px;padding:.5rem 1.25rem;font-weight:700;color:#fff;background:#0b6b3a;border-radius:4px;text-decoration:none}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;
