import { auditLogMessages, describeAction } from '../../src/beheer/audit-log-messages.ts';
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';
import { formatDateTime } from '../../src/core/dates.ts';
import { $, $$, overflowing, text, waitUntil } from './helpers.ts';
import { active, announced, beheer, go, openBeheer, quiet, recordRequests } from './beheer-helpers.ts';

/** Types into a field as a person does: the value, then an input (or change) event. */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
const field = <E extends HTMLElement = HTMLInputElement>(el: BuurtBeheer, key: string) => $<E>(el, `#f-org-${key}`)!;
const names = (el: BuurtBeheer) => $$(el, '.organisation .name').map((n) => text(n));
const card = (el: BuurtBeheer, id: string) => $(el, `.organisation[data-id="${id}"]`);
const CONTACT = { id: '2b8e5d1c-7a4f-4c3e-9b2d-1e0f9a8b7c65', email: 'piet@dorpshuis.example', name: 'Piet Dorpshuis', role: 'organization-contact' as const, organizationId: 'dorpshuis-de-linde' };

describe('<buurt-beheer>: Organisaties', () => {
  afterEach(() => fixtureCleanup());

  it('lists every organisation with its kind in words and its counts, and filters by kind', async () => {
    const el = await openBeheer('#organisaties');
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Organisaties');
    const all = beheer.organisations.organizations;
    expect(names(el)).to.deep.equal([...all].map((o) => o.name).sort((a, b) => a.localeCompare(b, 'nl')));
    const wijkteam = card(el, 'sociaal-wijkteam')!;
    expect(text(wijkteam.querySelector('.badge.kind'))).to.equal('Professionele organisatie');
    expect(text(card(el, 'moestuin-lindehoek')!.querySelector('.badge.kind'))).to.equal('Bewonersinitiatief');
    const linde = all.find((o) => o.id === 'dorpshuis-de-linde')!;
    expect(text(card(el, 'dorpshuis-de-linde'))).to.contain(`Activiteiten${linde.activityCount}`).and.contain(`Diensten${linde.serviceCount}`);

    const chip = $$<HTMLButtonElement>(el, '.kind-filter .chip').find((b) => text(b) === 'Vrijwilligersorganisatie')!;
    chip.click();
    await waitUntil(() => names(el).length && names(el).length < all.length, 'the filtered list');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.organisation .badge.kind').every((b) => text(b) === 'Vrijwilligersorganisatie')).to.equal(true);
    expect(names(el)).to.have.length(all.filter((o) => o.kind === 'volunteer').length);
  });

  it('adds an organisation: errors named at the fields first, then it is saved and in the list', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#organisaties');
    $<HTMLAnchorElement>(el, 'a.add-organisation')!.click();
    await waitUntil(() => $(el, '#f-org-name'), 'the form');
    await quiet(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Nieuwe organisatie');

    typeInto(field(el, 'phone'), 'bel maar');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => $(el, '.error-summary'), 'the error summary');
    await waitUntil(() => active(el) === $(el, '.error-summary'), 'focus on the summary');
    const listed = $$(el, '.error-summary a').map((a) => text(a));
    expect(listed).to.deep.equal(['Naam: Vul de naam in.', 'Soort organisatie: Kies de soort organisatie.', 'Telefoonnummer: Is geen geldig telefoonnummer (bijvoorbeeld 0345 123456 of 06 12345678).']);
    expect(field(el, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'phone').value, 'what was typed stays').to.equal('bel maar');
    expect(seen.filter((r) => r.method === 'POST')).to.have.length(0);

    typeInto(field(el, 'name'), 'Repair Café Linde');
    $<HTMLInputElement>(el, 'input[name="kind"][value="resident-initiative"]')!.click();
    typeInto(field<HTMLTextAreaElement>(el, 'description'), 'Samen kapotte spullen repareren, iedere eerste zaterdag.');
    typeInto(field<HTMLSelectElement>(el, 'village'), 'linde');
    typeInto(field(el, 'phone'), '0345 111222');
    typeInto(field(el, 'website'), 'https://repaircafe.example.org');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => location.hash === '#organisaties/repair-cafe-linde', 'the new organisation at its own address');
    await waitUntil(() => text($(el, '.view-title')) === 'Repair Café Linde' && $(el, '.outcome-message'), 'the saved organisation');
    expect(text($(el, '.outcome-message'))).to.equal('De organisatie is toegevoegd.');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.csrf).to.be.a('string').and.not.equal('');

    await go(el, '#organisaties');
    await waitUntil(() => names(el).includes('Repair Café Linde'), 'the new organisation in the list');
    expect(text(card(el, 'repair-cafe-linde')!.querySelector('.badge.kind'))).to.equal('Bewonersinitiatief');
  });

  it('a save over a newer change says so and keeps what was typed', async () => {
    const el = await openBeheer('#organisaties/sociaal-wijkteam');
    await waitUntil(() => $(el, '#f-org-description'), 'the form');
    typeInto(field<HTMLTextAreaElement>(el, 'description'), 'Hulp bij geld, zorg, wonen en opvoeden. Ook op zaterdag.');
    beheer.organisations.touch('sociaal-wijkteam');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => $(el, '.outcome-message[role="alert"]'), 'the conflict');
    expect(text($(el, '.outcome-message'))).to.contain('Iemand anders heeft deze organisatie intussen gewijzigd');
    expect($(el, 'button.reopen')).to.not.equal(null);
    expect(field<HTMLTextAreaElement>(el, 'description').value).to.equal('Hulp bij geld, zorg, wonen en opvoeden. Ook op zaterdag.');
  });

  it('an organisation contact sees only their own organisation, edits its details but not its name or kind, and has no log', async () => {
    beheer.signInAs(CONTACT);
    const el = await openBeheer('#organisaties');
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal(['Dorpshuis De Linde']);
    expect($(el, 'a.add-organisation')).to.equal(null);
    const nav = $$(el, 'nav.views a').map((a) => text(a));
    expect(nav).to.include('Organisaties').and.not.include('Logboek');

    await go(el, '#organisaties/dorpshuis-de-linde');
    expect($(el, '#f-org-name'), 'no name field').to.equal(null);
    expect($(el, 'input[name="kind"]'), 'no kind choice').to.equal(null);
    expect(text($(el, '.locked'))).to.equal('De naam en de soort kan alleen de coördinator wijzigen.');
    typeInto(field(el, 'email'), 'info@dorpshuis.example');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await waitUntil(() => text($(el, '.outcome-message')) === 'De organisatie is opgeslagen.', 'saved');
    expect(beheer.organisations.organizations.find((o) => o.id === 'dorpshuis-de-linde')!.contact.email).to.equal('info@dorpshuis.example');
    await waitUntil(() => announced(el) === 'De organisatie is opgeslagen.', 'announced');

    await go(el, '#logboek');
    expect(text($(el, '.content'))).to.contain('U hebt geen toegang');
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await openBeheer('#organisaties');
      expect(overflowing(el)).to.deep.equal([]);
      await go(el, '#organisaties/dorpshuis-de-linde');
      expect(overflowing(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<buurt-beheer>: Logboek', () => {
  afterEach(() => fixtureCleanup());

  it('reads in Dutch: when in Amsterdam time, who, what, with a link to the record', async () => {
    const el = await openBeheer('#logboek');
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Logboek');
    const log = [...beheer.organisations.log].reverse();
    const rows = $$(el, '.audit-log .entry');
    expect(rows).to.have.length(50);
    const sentence = (id: number) => text($(el, `.entry[data-id="${id}"] .what`));
    const find = (action: string, type: string) => log.find((e) => e.action === action && e.recordType === type)!;
    const update = find('update', 'activity');
    expect(sentence(update.id)).to.equal(`${update.account.name} wijzigde de activiteit: koffieochtend`);
    expect($(el, `.entry[data-id="${update.id}"] a`)!.getAttribute('href')).to.equal('#activiteiten/koffieochtend');
    const view = find('view', 'volunteer-signup');
    expect(sentence(view.id)).to.equal(`${view.account.name} bekeek een aanmelding: VW-7K3M-Q9PD`);
    expect($(el, `.entry[data-id="${view.id}"] a`)!.getAttribute('href')).to.equal('#vrijwilligerswerk/koffie-schenken-koffieochtend');
    expect(sentence(find('assure', 'service').id)).to.contain('markeerde de dienst als nog actueel');
    expect(sentence(find('login', 'account').id)).to.equal('Marieke Coördinator logde in');
    expect(text($(el, `.entry[data-id="${update.id}"] .when`))).to.equal(formatDateTime(update.at, 'nl'));
    expect(text($(el, `.entry[data-id="${find('update', 'organization').id}"] .what`))).to.contain('wijzigde de organisatie');
  });

  it('says what the server writes for Mensen and the HSDS import in words, never as a code', () => {
    // The pairs server/accounts/*.ts and server/social-map/hsds-import.ts write.
    const pairs = [
      ['disable', 'account'],
      ['enable', 'account'],
      ['invite', 'invitation'],
      ['accept', 'invitation'],
      ['withdraw', 'invitation'],
      ['import', 'service'],
    ] as const;
    for (const locale of ['nl', 'en'] as const) {
      const m = auditLogMessages(locale);
      for (const [action, type] of pairs) expect(describeAction(m, action, type), `${locale} ${action} ${type}`).not.to.equal(m.fallback(action, m.nouns[type] ?? `"${type}"`));
      expect(m.types['invitation'], 'Uitnodigingen in the filter').to.be.a('string');
    }
    expect(describeAction(auditLogMessages('nl'), 'disable', 'account')).to.equal('blokkeerde een account');
  });

  it('"Meer laden" adds the older rows below and moves the focus to the first of them', async () => {
    const el = await openBeheer('#logboek');
    const first = $$(el, '.audit-log .entry').map((r) => r.dataset['id']);
    $<HTMLButtonElement>(el, 'button.more')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.audit-log .entry').length === 60, 'the older rows');
    const all = $$(el, '.audit-log .entry').map((r) => r.dataset['id']);
    expect(all.slice(0, 50)).to.deep.equal(first);
    expect(new Set(all).size).to.equal(60);
    expect($(el, 'button.more'), 'no more to load').to.equal(null);
    await waitUntil(() => active(el) === $$(el, '.audit-log .entry')[50], 'focus on the first new row');
  });

  it('filters by who and by kind of record', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#logboek');
    typeInto($<HTMLSelectElement>(el, '#f-log-account')!, '2b8e5d1c-7a4f-4c3e-9b2d-1e0f9a8b7c65');
    typeInto($<HTMLSelectElement>(el, '#f-log-type')!, 'volunteer-signup');
    $<HTMLButtonElement>(el, '.audit-filter button[type="submit"]')!.click();
    await waitUntil(() => seen.some((r) => r.url.searchParams.get('recordType') === 'volunteer-signup'), 'the filtered request');
    await quiet(el);
    const rows = $$(el, '.audit-log .entry .what').map((r) => text(r));
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((r) => r.startsWith('Piet Dorpshuis bekeek een aanmelding'))).to.equal(true);
  });
});
