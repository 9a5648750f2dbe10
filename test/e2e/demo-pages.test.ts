// The built demo site (the website of Dorpshuis De Linde) as a newcomer meets it, served
// by the real server in Chromium: no sideways scrolling on a 320px phone, a favicon instead
// of a 404, and a description for search engines on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addAccount } from '../../server/accounts/manage.ts';
import { startDemoSite, logIn as logInAt, type DemoSite } from './demo-site.ts';
import { DEMO_DRIVER_ID } from '../../server/seed/rides.ts';
import type { components } from '../../contract/types.ts';
import { FEED_DEFAULTS } from '../../server/config.ts';

const COORDINATOR = { email: 'coordinator@linde.example', name: 'Marja Jansen', password: 'koffie om tien uur in het dorpshuis' };
const DRIVER = { email: 'henk@linde.example', name: 'Henk Bosman', password: 'de bus staat achter het dorpshuis' };

/** The pages of the demo build (vite.config.ts), and what shows that each has loaded. */
const PAGES = [
  { path: '/', loaded: 'buurt-agenda article', script: 'agenda.js' },
  { path: '/sociale-kaart.html', loaded: 'buurt-social-map article', script: 'social-map.js' },
  { path: '/vrijwilligers.html', loaded: 'buurt-volunteer-signup article', script: 'volunteer-signup.js' },
  { path: '/vervoer.html', loaded: 'buurt-ride-request form', script: 'ride-request.js' },
];

let site: DemoSite;
let browser: Browser;
let origin = '';

before(async () => {
  site = await startDemoSite({
    prepare: async (db) => {
      await addAccount(db, { ...COORDINATOR, role: 'coordinator' });
      // The seeded driver Henk signs in to see his own day sheet.
      const driver = await addAccount(db, { ...DRIVER, role: 'driver' });
      await db.query('update ride_drivers set account_id = $1 where id = $2', [driver.id, DEMO_DRIVER_ID]);
    },
    // The demo's example club calendar is served by this same server, on loopback: allowed here explicitly.
    config: { feeds: { ...FEED_DEFAULTS, allowPrivateAddresses: true } },
  });
  ({ browser, origin } = site);
});

after(() => site?.close());

for (const { path, loaded, script } of PAGES) {
  if (script) {
    test(`${path} shows the widget a village gets: the snippet's /buurtkit/${script}, not a copy of its own`, async () => {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      try {
        await page.goto(origin + path);
        await page.locator(loaded).first().waitFor({ timeout: 15_000 });
        assert.ok(scripts.includes(`/buurtkit/${script}`), `loaded: ${scripts.join(', ')}`);
        // The demo's own copy of the widget (bundled for ?mock=1) and MSW stay unloaded.
        assert.deepEqual(scripts.filter((s) => /\/assets\/(buurt-|browser-)/.test(s)), []);
      } finally {
        await page.close();
      }
    });
  }

  test(`${path} fits a 320px wide phone without scrolling sideways`, async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(origin + path);
      await page.locator(loaded).first().waitFor({ timeout: 15_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `the page is ${width}px wide at a 320px viewport`);
    } finally {
      await page.close();
    }
  });

  test(`${path} has an icon, a description and no failed requests`, async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await page.goto(origin + path);
      await page.locator(loaded).first().waitFor({ timeout: 15_000 });
      // Browsers ask for the page's icon, and for /favicon.ico when a page names none.
      const icons = await page.evaluate(async () => {
        const hrefs = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) => l.href);
        const answers = [];
        for (const href of [...hrefs, new URL('/favicon.ico', location.href).href]) {
          const res = await fetch(href);
          answers.push(`${res.status} ${res.headers.get('content-type')?.split(';')[0]} ${new URL(href).pathname}`);
        }
        return { hrefs, answers };
      });
      assert.ok(icons.hrefs.length > 0, 'the page names its icon');
      for (const answer of icons.answers) assert.match(answer, /^200 image\//);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      assert.ok(description && description.length > 40, 'a description that says what the page is for');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

test('the built widgets draw every part of their icons (the magnifier has its handle): no SVG shape holds another', async () => {
  const page = await browser.newPage();
  try {
    // The agenda and the sociale kaart show icons on their first screen.
    for (const { path, loaded } of PAGES.slice(0, 2)) {
      await page.goto(origin + path);
      await page.locator(loaded).first().waitFor({ timeout: 15_000 });
      const { shapes, nested } = await page.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        const all = roots.flatMap((r) => [...r.querySelectorAll('svg circle, svg path, svg rect, svg line, svg polyline, svg ellipse')]);
        return { shapes: all.length, nested: all.filter((s) => s.childElementCount > 0).map((s) => s.outerHTML.slice(0, 80)) };
      });
      assert.ok(shapes > 0, `${path} shows icons`);
      assert.deepEqual(nested, [], `${path}: shapes drawn inside another shape are not drawn`);
    }
  } finally {
    await page.close();
  }
});

test('the built sociale kaart keeps the space between words that come from different templates ("Nu open. Vandaag open", "Professionele hulp Hulpverleners")', async () => {
  // Each template is minified on its own: a space at its edge looked removable there.
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/sociale-kaart.html`);
    await page.locator('buurt-social-map article').first().waitFor({ timeout: 15_000 });
    const kind = await page.locator('buurt-social-map .kind-professional').first().innerText();
    assert.match(kind, /^Professionele hulp\s+\p{Lu}/u, kind);
    const today = await page.locator('buurt-social-map li.today', { has: page.locator('.open-now') }).first().innerText();
    assert.match(today, /^Nu open\.\s+\p{Lu}/u, today);
  } finally {
    await page.close();
  }
});

test('"Help mee" in the agenda leads to that shift\'s sign-up, a resident signs up there with the keyboard alone, and the coordinator sees it in /beheer', async () => {
  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  try {
    await page.goto(`${origin}/`);
    const help = page.locator('buurt-agenda a', { hasText: 'Help mee' }).first();
    await help.waitFor();
    await help.click();
    await page.waitForURL(/vrijwilligers\.html\?dienst=/);
    const widget = page.locator('buurt-volunteer-signup');
    // A phone: the form asks one group of questions per step.
    await widget.getByRole('heading', { name: 'Stap 1 van 3 Uw gegevens', exact: true }).waitFor();
    // The volunteer work behind that shift (its title need not be the activity's: the
    // activity "Huiswerkbegeleiding" asks for a "Huiswerkbegeleider"), on the shift's day.
    const shift = new URL(page.url()).searchParams.get('dienst')!;
    const opportunity = ((await (await fetch(`${origin}/v1/volunteer-opportunities?occurrence=${shift}`)).json()) as { items: { title: string }[] }).items[0]!;
    await widget.getByRole('heading', { name: opportunity.title, exact: true }).first().waitFor();
    const [, y, mo, d] = /-(\d{4})(\d{2})(\d{2})T\d{4}$/.exec(shift)!;
    const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(+y!, +mo! - 1, +d!));
    await widget.getByText(`U meldt zich aan voor: ${day}`).waitFor();
    await widget.getByLabel('Naam').focus();
    await page.keyboard.type('Jannie de Vries');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0345 123456');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /^Stap 2 van 3/ }).waitFor();
    await widget.getByRole('button', { name: 'Volgende' }).focus();
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /^Stap 3 van 3/ }).waitFor();
    await widget.getByLabel('Ik heb dit gelezen en ga akkoord.').focus();
    await page.keyboard.press('Space');
    await widget.getByRole('button', { name: 'Volgende' }).focus();
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Controleer uw gegevens', exact: true }).waitFor();
    await widget.getByRole('button', { name: 'Versturen' }).focus();
    await page.keyboard.press('Enter');
    await widget.getByText('Uw kenmerk').waitFor();
    const reference = (await widget.getByText(/^VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/).textContent())!.trim();

    // The coordinator logs in at /beheer (a form without script), and the pages behind it
    // (/buurtkit/beheer.js) show the sign-up and the message it put in the outbox.
    const beheer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    beheer.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    beheer.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await beheer.goto(`${origin}/beheer`);
      await beheer.getByLabel('E-mailadres').fill(COORDINATOR.email);
      await beheer.getByLabel('Wachtwoord').fill(COORDINATOR.password);
      await beheer.getByRole('button', { name: 'Inloggen' }).press('Enter');
      const app = beheer.locator('buurt-beheer');
      await app.getByRole('heading', { name: 'Vrijwilligerswerk', exact: true }).waitFor();
      await app.getByRole('link', { name: `Alle aanmeldingen – ${opportunity.title}` }).click();
      await app.getByRole('heading', { name: 'Jannie de Vries' }).waitFor();
      await app.getByText(reference).waitFor();
      await app.getByRole('link', { name: 'Berichten', exact: true }).click();
      await app.getByText(`Nieuwe aanmelding: ${opportunity.title}`).first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await beheer.close();
    }
  } finally {
    await page.close();
  }
});

/** Logs in at /beheer through its script-free form. */
const logIn = (page: Page, who: { email: string; password: string }) => logInAt(page, origin, who);

test('"Vervoer nodig?" in the agenda leads to a ride request sent with the keyboard alone; its status page shows it; the coordinator confirms it with a driver; the driver prints his day sheet', async () => {
  // An activity the bus serves, far enough ahead (the lead time), on a weekday in the bus's hours.
  const service = (await (await fetch(`${origin}/v1/rides`)).json()) as components['schemas']['RideService'];
  const target = service.activities.find((a) => {
    const day = a.start.slice(0, 10);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const [startHour, endHour] = [Number(a.start.slice(11, 13)), Number(a.end.slice(11, 13))];
    return day >= service.leadTime.earliestDate && weekday >= 1 && weekday <= 5 && startHour >= 10 && endHour < 17;
  });
  assert.ok(target, `no activity the bus serves from ${service.leadTime.earliestDate} on a weekday: ${JSON.stringify(service.activities.map((a) => a.start))}`);
  const day = target.start.slice(0, 10);

  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await page.goto(`${origin}/?buurt-agenda-zoek=${encodeURIComponent(target.title)}`);
    const agenda = page.locator('buurt-agenda');
    const ride = agenda.locator(`a[href*="activiteit=${target.occurrenceId}"]`);
    await agenda.locator('article').first().waitFor();
    for (let i = 0; i < 12 && !(await ride.count()); i++) {
      await agenda.getByRole('button', { name: /^Toon (meer dagen|nog 1 dag|de komende)/ }).first().click();
    }
    assert.match((await ride.first().textContent()) ?? '', /^\s*Vervoer nodig?/);
    await ride.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/vervoer\.html\?activiteit=/);

    // The form opens with the activity filled in; a phone asks one group of questions per step.
    const widget = page.locator('buurt-ride-request');
    await widget.getByRole('heading', { name: 'Stap 1 van 5 Wie reist er?' }).waitFor();
    const next = () => widget.locator('form button[type="submit"]');
    const typeIn = async (selector: string, text: string) => {
      await widget.locator(selector).focus();
      await page.keyboard.type(text);
    };
    await next().focus();
    await page.keyboard.press('Enter');
    await typeIn('#f-name', 'Riet van Dam');
    await typeIn('#f-phone', '0345 654321');
    await typeIn('#f-postalCode', '4199 AB');
    await typeIn('#f-houseNumber', '12');
    await typeIn('#f-street', 'Dorpsstraat');
    await next().focus();
    await page.keyboard.press('Enter');
    await widget.locator('#f-rollator').focus();
    await page.keyboard.press('Space');
    await next().focus();
    await page.keyboard.press('Enter');
    // The trip: the activity's day and times are already there.
    assert.equal(await widget.locator('#f-activity').inputValue(), target.occurrenceId);
    await next().focus();
    await page.keyboard.press('Enter');
    await widget.locator('#f-consent').focus();
    await page.keyboard.press('Space');
    await next().focus();
    await page.keyboard.press('Enter');
    await widget.locator('button.send').focus();
    await page.keyboard.press('Enter');
    const confirmation = widget.locator('.confirmation');
    await confirmation.waitFor();
    const reference = /RT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/.exec((await confirmation.textContent()) ?? '')?.[0];
    assert.ok(reference, (await confirmation.textContent()) ?? "");
    const statusLink = (await confirmation.locator('.personal-link a').getAttribute('href'))!;

    // The personal link shows the request as asked for.
    await page.goto(new URL(statusLink, page.url()).href);
    await widget.getByText('Aangevraagd').first().waitFor();

    // The coordinator confirms it in /beheer, with the eligible driver Henk.
    const beheer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    beheer.on('pageerror', (e) => problems.push(`beheer page error: ${e.message}`));
    try {
      await logIn(beheer, COORDINATOR);
      const app = beheer.locator('buurt-beheer');
      await app.getByRole('link', { name: 'Vervoer', exact: true }).first().waitFor();
      await beheer.goto(`${origin}/beheer#vervoer/${day}`);
      await app.getByText(reference).waitFor();
      await app.getByRole('button', { name: /^Bevestigen/ }).first().click();
      await app.getByLabel(/^Chauffeur – Riet van Dam/).selectOption(DEMO_DRIVER_ID);
      const pickUp = `${String(Number(target.start.slice(11, 13)) - 1).padStart(2, '0')}:30`;
      await app.getByLabel(/^Ophalen om – Riet van Dam/).fill(pickUp);
      const back = app.getByLabel(/^Terugrit: ophalen om – Riet van Dam/);
      if (await back.count()) await back.fill(target.end.slice(11, 16));
      await app.getByRole('button', { name: 'Bevestigen en bericht sturen' }).click();
      await app.getByText(`De rit van Riet van Dam is bevestigd: Henk Bosman haalt op om ${pickUp.replace(":", ".")} uur.`).first().waitFor();
    } finally {
      await beheer.close();
    }

    // The resident's status page now says who comes, and when.
    await page.reload();
    await widget.getByText('Bevestigd').first().waitFor();
    await widget.getByText('Henk').first().waitFor();

    // Henk signs in, sees only his own sheet, and it prints on one A4 page.
    const sheet = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    sheet.on('pageerror', (e) => problems.push(`sheet page error: ${e.message}`));
    try {
      await logIn(sheet, DRIVER);
      await sheet.goto(`${origin}/beheer#ritlijst/${day}`);
      const app = sheet.locator('buurt-beheer');
      await app.getByText('Riet van Dam').first().waitFor();
      await app.getByText('Dorpsstraat 12').first().waitFor();
      assert.equal(await app.getByRole('link', { name: 'Berichten', exact: true }).count(), 0, 'a driver sees no messages');
      const pdf = await sheet.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
      assert.equal(pages, 1, 'the day sheet prints on one A4 page');
    } finally {
      await sheet.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

/** 'YYYY-MM-DD' of the nth weekday (ISO 1–7) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - ((first.getUTCDay() + 6) % 7) - 1 + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (n - 1) * 7)).toISOString().slice(0, 10);
}

/** The offset of Amsterdam's clock at 14:00 that day, e.g. '+01:00'. */
function amsterdamOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T13:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', '');
}

test('a coordinator adds "iedere derde donderdag" with a cancelled date, imports a club calendar and marks a service current; the agenda and the sociale kaart show it all at once, across the clock change', async () => {
  const title = 'Soos voor ouderen';
  // The third Thursdays from next month on; the first pair on either side of a clock change.
  const today = new Date().toLocaleDateString('sv', { timeZone: 'Europe/Amsterdam' });
  const [y, mo] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const thursdays = Array.from({ length: 14 }, (_, i) => {
    const m = mo + 1 + i;
    return nthWeekday(y + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1, 4, 3);
  });
  const change = thursdays.findIndex((d, i) => i > 1 && amsterdamOffset(d) !== amsterdamOffset(thursdays[i - 1]!));
  assert.ok(change > 1, 'a clock change within the next year');
  const [first, cancelled, before, after] = [thursdays[0]!, thursdays[1]!, thursdays[change - 1]!, thursdays[change]!];

  let service = '';
  const beheer = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems: string[] = [];
  beheer.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await logIn(beheer, COORDINATOR);
    const app = beheer.locator('buurt-beheer');
    await app.getByRole('link', { name: 'Activiteiten', exact: true }).click();
    await app.getByRole('link', { name: 'Activiteit toevoegen' }).click();
    await app.getByLabel('Titel', { exact: true }).fill(title);
    await app.getByLabel('Korte beschrijving').fill('Een middag kaarten, sjoelen en bijpraten met koffie.');
    await app.getByLabel('Organisatie', { exact: true }).selectOption('dorpshuis-de-linde');
    await app.getByLabel('Plaats', { exact: true }).selectOption('dorpshuis-de-linde');
    await app.getByLabel('Eerste datum').fill(first);
    await app.getByLabel('Begintijd').fill('14:00');
    await app.getByLabel('Eindtijd').fill('16:00');
    await app.getByLabel('Eén keer per maand, op een vaste weekdag').check();
    // The server's own dates, before saving.
    await app.getByText('Iedere derde donderdag van de maand, 14.00 tot 16.00 uur').first().waitFor();
    const second = app.locator(`.preview .date[data-original="${cancelled}T14:00"]`);
    await second.getByRole('button', { name: 'Gaat niet door' }).click();
    await second.getByLabel('Reden').fill('Dorpshuis gesloten voor onderhoud');
    await second.locator('button[type=submit]').click();
    await second.getByText('Reden: Dorpshuis gesloten voor onderhoud').waitFor();
    await app.getByRole('button', { name: 'Opslaan' }).click();
    await app.getByText('Opgeslagen').first().waitFor();

    // The club's own calendar, imported.
    await app.getByRole('link', { name: "Agenda's", exact: true }).click();
    await app.getByLabel('Organisatie', { exact: true }).selectOption('vv-lindewaard');
    await app.getByLabel('Adres van de agenda (iCal)').fill(`${origin}/voorbeelden/voetbalvereniging.ics`);
    await app.getByRole('button', { name: 'Agenda toevoegen' }).click();
    await app.getByText('De agenda van Voetbalvereniging Lindewaard is toegevoegd.').first().waitFor();
    await app.getByText(/^Opgehaald op /).first().waitFor();

    // A service checked today.
    await app.getByRole('link', { name: 'Sociale kaart', exact: true }).click();
    await app.getByRole('link', { name: /^Meer dan een jaar niet gecontroleerd/ }).click();
    const row = app.locator('li.service.stale').first();
    service = (await row.locator('h3').textContent())!.trim();
    await row.getByRole('button', { name: `Nog actueel – ${service}` }).click();
    await app.getByText(`Genoteerd: "${service}" is vandaag gecontroleerd.`).first().waitFor();
  } finally {
    await beheer.close();
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => problems.push(`agenda page error: ${e.message}`));
  try {
    // The imported club training is in the agenda (a weekly one: within the next 30 days).
    await page.goto(`${origin}/?buurt-agenda-zoek=Veteranentraining`);
    const agenda = page.locator('buurt-agenda');
    await agenda.getByText('Veteranentraining').first().waitFor();

    // The new activity, month by month: the cancelled date says why; both sides of the clock change at 14.00.
    await page.goto(`${origin}/?buurt-agenda-zoek=${encodeURIComponent(title)}`);
    await agenda.getByRole('button', { name: 'Maand' }).click();
    const monthsAhead = (day: string) => (Number(day.slice(0, 4)) - y) * 12 + Number(day.slice(5, 7)) - mo;
    let shown = 0;
    const showDay = async (day: string) => {
      for (; shown < monthsAhead(day); shown++) await agenda.getByRole('button', { name: 'Volgende maand' }).click();
      await agenda.locator(`[data-day="${day}"]`).click();
      await agenda.locator('.day-heading').filter({ hasText: String(Number(day.slice(8))) }).waitFor();
    };
    await showDay(cancelled);
    await agenda.getByText('Dorpshuis gesloten voor onderhoud').first().waitFor();
    await agenda.getByText('Gaat niet door').first().waitFor();
    for (const day of [before, after]) {
      await showDay(day);
      await agenda.locator('article', { hasText: title }).getByText('14.00 – 16.00').first().waitFor();
      const expected = `${day}T14:00:00${amsterdamOffset(day)}`;
      const startsInJsonLd = async () => {
        const events: { name: string; startDate: string }[] = await page.evaluate(() =>
          [...document.querySelectorAll('buurt-agenda script[type="application/ld+json"]')].flatMap((s) => JSON.parse(s.textContent!)['@graph']),
        );
        return events.filter((e) => e.name === title).map((e) => e.startDate);
      };
      // The JSON-LD comes from a chunk of its own, just after the cards.
      let starts = await startsInJsonLd();
      for (let wait = 0; wait < 50 && !starts.includes(expected); wait++) {
        await page.waitForTimeout(100);
        starts = await startsInJsonLd();
      }
      assert.ok(starts.includes(expected), `${day} at 14:00 ${amsterdamOffset(day)} in ${starts.join(', ')}`);
    }
    assert.notEqual(amsterdamOffset(before), amsterdamOffset(after));

    // The sociale kaart says the service was checked today.
    await page.goto(`${origin}/sociale-kaart.html`);
    const map = page.locator('buurt-social-map');
    const card = map.locator('article', { has: page.getByRole('heading', { name: service, exact: true }) });
    const checked = new Date().toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
    await card.getByText(`Gecontroleerd op ${checked}`, { exact: false }).first().waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
