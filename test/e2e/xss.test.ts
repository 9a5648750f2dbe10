// Issue 9, "Proof": markup in every text field the network keeps renders as text, never as
// code, in every widget on the demo pages, in /beheer, in the JSON-LD, the ICS feed and
// the HSDS export. The payloads go straight into the database (as a hostile organisation
// contact or a hostile imported feed could get them there), then each page is opened in
// Chromium: a payload that ran would push its field's name onto window.__xss.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addAccount } from '../../server/accounts/manage.ts';
import { logIn, startDemoSite, type DemoSite } from './demo-site.ts';

const COORDINATOR = { email: 'coordinator@linde.example', name: 'Marja Jansen', password: 'koffie om tien uur in het dorpshuis' };

/**
 * Becomes an element only if rendered as HTML; `where` names the field it came in by. The
 * demo pages' CSP would stop its handler from running, but a village's own page may have
 * no CSP: so what counts is whether the element exists, and the handler is a second witness.
 */
const payload = (where: string) => `<img src=x data-xss="${where}" onerror="window.__xss.push('${where}')">`;
/** Ends a script element if written into one unescaped. */
const breakout = (where: string) => `</script><script>window.__xss.push('${where}')</script>`;

/** Text columns shown somewhere, per table: each gets its payload in front of what it held. */
const FIELDS: Record<string, string[]> = {
  activities: ['title', 'summary', 'description', 'cost_note', 'accessibility_note', 'registration_how'],
  organizations: ['name', 'description'],
  places: ['name', 'street', 'locality'],
  services: ['name', 'description', 'long_description', 'eligibility', 'fees', 'application_process'],
  service_contacts: ['name', 'role'],
  locations: ['name', 'description'],
  volunteer_opportunities: ['title', 'summary', 'description', 'where_text', 'frequency', 'for_whom'],
  ride_service: ['description', 'service_area_text'],
  ride_places: ['name'],
};

let site: DemoSite;

before(async () => {
  site = await startDemoSite({
    prepare: async (db) => {
      for (const [table, columns] of Object.entries(FIELDS)) {
        const sets = columns.map((c) => `${c} = case when ${c} is null then null else $${columns.indexOf(c) + 1} || ${c} end`);
        await db.query(`update ${table} set ${sets.join(', ')}`, columns.map((c) => payload(`${table}.${c}`)));
      }
      // A title that would end the JSON-LD script block if it were written unescaped.
      await db.query(`update activities set title = $1 || title`, [breakout('json-ld')]);
      await addAccount(db, { ...COORDINATOR, role: 'coordinator' });
    },
  });
});

after(() => site?.close());

/** A page that records what ran: payloads, dialogs, errors. */
async function watchedPage(width = 1280): Promise<{ page: Page; ran: () => Promise<string[]> }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(`dialog: ${d.message()}`), void d.dismiss()));
  await page.addInitScript(() => ((window as unknown as { __xss: string[] }).__xss = []));
  const ran = async () => [
    ...(await page.evaluate(() => {
      // Every element a payload made, in the page and in every shadow root. (No named inner
      // function: tsx would wrap it in a helper the page does not have.)
      const made: string[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      while (roots.length) {
        for (const el of roots.pop()!.querySelectorAll('*')) {
          if (el.hasAttribute('data-xss')) made.push(`element: ${el.getAttribute('data-xss')}`);
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      return [...made, ...(window as unknown as { __xss: string[] }).__xss.map((w) => `ran: ${w}`)];
    })),
    ...dialogs,
  ];
  return { page, ran };
}

/** Waits until the page holds a payload as text (a text node: had it been parsed as markup, there would be an img element instead). */
const showsAsText = (page: Page, where: string) => page.getByText(payload(where)).first().waitFor({ state: 'attached', timeout: 15_000 });

test('the watch itself sees markup that became an element (so the tests below can fail)', async () => {
  const { page, ran } = await watchedPage();
  try {
    await page.goto(`${site.origin}/`);
    await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), payload('probe'));
    // The page's CSP keeps the handler from running; the element is there all the same.
    assert.deepEqual(await ran(), ['element: probe']);
  } finally {
    await page.close();
  }
});

test('the agenda shows markup in titles, places and organisers as text, and its JSON-LD cannot be ended by a title', async () => {
  const { page, ran } = await watchedPage();
  try {
    await page.goto(`${site.origin}/`);
    await showsAsText(page, 'activities.summary');
    await showsAsText(page, 'places.name');
    await showsAsText(page, 'organizations.name');
    // Open one activity's details (description, cost, accessibility).
    await page.locator('buurt-agenda details summary, buurt-agenda button[aria-expanded]').first().click();
    // The JSON-LD comes from a chunk of its own, just after the cards.
    await page.locator('buurt-agenda > script[type="application/ld+json"]').waitFor({ state: 'attached' });
    const ld = await page.evaluate(() => document.querySelector('buurt-agenda > script[type="application/ld+json"]')?.textContent ?? '');
    assert.ok(ld.includes('\\u003c/script>'), 'the JSON-LD holds the title with < escaped');
    assert.ok(!ld.includes('</script'), 'no raw </script in the JSON-LD');
    await page.waitForTimeout(300);
    assert.deepEqual(await ran(), []);
  } finally {
    await page.close();
  }
});

test('the sociale kaart shows markup in services, their details and the verwijskaart as text', async () => {
  const { page, ran } = await watchedPage();
  try {
    await page.goto(`${site.origin}/sociale-kaart.html`);
    await showsAsText(page, 'services.description');
    const map = page.locator('buurt-social-map');
    await map.locator('.more summary').first().click();
    await showsAsText(page, 'services.eligibility');
    await map.locator('.card-toggle').first().click();
    await map.getByRole('button', { name: /Verwijskaart bekijken/ }).click();
    await page.locator('buurt-social-map dialog[open]').waitFor();
    assert.ok((await page.locator('buurt-social-map dialog').innerText()).includes(payload('services.name')));
    await page.waitForTimeout(300);
    assert.deepEqual(await ran(), []);
  } finally {
    await page.close();
  }
});

test('the volunteer sign-up and the ride request show markup as text', async () => {
  // Wide, so the ride request shows all its questions at once (the destinations among them).
  for (const [path, where] of [
    ['/vrijwilligers.html', 'volunteer_opportunities.title'],
    ['/vervoer.html', 'ride_places.name'],
  ] as const) {
    const { page, ran } = await watchedPage();
    try {
      await page.goto(site.origin + path);
      if (path === '/vervoer.html') await page.getByLabel('Naar een vaste plek', { exact: false }).check();
      await showsAsText(page, where);
      await page.waitForTimeout(300);
      assert.deepEqual(await ran(), [], path);
    } finally {
      await page.close();
    }
  }
});

test('/beheer shows markup in activities, services and volunteer work as text', async () => {
  const { page, ran } = await watchedPage();
  try {
    await logIn(page, site.origin, COORDINATOR);
    const app = page.locator('buurt-beheer');
    await app.getByRole('heading', { name: 'Vrijwilligerswerk', exact: true }).waitFor();
    await showsAsText(page, 'volunteer_opportunities.title');
    for (const [hash, where] of [
      ['#sociale-kaart', 'services.name'],
      ['#activiteiten', 'activities.title'],
    ] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await showsAsText(page, where);
    }
    // The editor puts the texts in its fields: values, not markup.
    await app.locator('h3.name a[href^="#activiteiten/"]').first().click();
    await page.waitForFunction(() => {
      const field = document.querySelector('buurt-beheer')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="title"]');
      return field?.value.startsWith('</script>');
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await ran(), []);
  } finally {
    await page.close();
  }
});

test('the ICS feed carries markup as escaped text, and the HSDS export and agenda JSON are never sniffed as HTML', async () => {
  const ics = await fetch(`${site.origin}/v1/activities.ics`);
  assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
  const body = await ics.text();
  const summary = body.split('\r\n').find((l) => l.startsWith('DESCRIPTION:') || l.startsWith('SUMMARY:'));
  assert.ok(summary, 'an event with a summary');
  // RFC 5545 TEXT: a comma or semicolon in the payload would be escaped; no line of the
  // feed starts with anything but a property name or a folded continuation.
  assert.deepEqual(body.split('\r\n').filter((l) => l && !/^([A-Z][A-Z0-9-]*[;:]| )/.test(l)), []);
  for (const path of ['/v1/export/hsds.json', '/v1/activities', '/v1/social-map']) {
    const response = await fetch(site.origin + path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    const text = await response.text();
    assert.ok(text.includes(JSON.stringify(payload('services.name')).slice(1, -1)) || path === '/v1/activities', `${path} keeps the text as it is`);
  }
});
