import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { session } from '../../src/mocks/beheer-mock.ts';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, go, openBeheer, recordRequests, tabUntil } from './beheer-helpers.ts';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';

/** An HSDS file as the export gives it: two services the map has, one it does not. */
function hsdsFile(): object {
  const [a, b] = beheer.network.services;
  const service = (id: string, name: string) => ({ id: crypto.randomUUID(), name, status: 'active', organization: { id: crypto.randomUUID(), name: 'Org', buurtkit_id: `org-${id}` }, buurtkit_id: id });
  const contents = [service(a!.id, a!.name), service(b!.id, b!.name), service('nieuw-repair-cafe', 'Repair Café')];
  return { total_items: 3, total_pages: 1, page_number: 1, size: 3, first_page: true, last_page: true, empty: false, contents };
}

/** Puts a file into the view's file input, as choosing one in the browser's dialog does. */
async function chooseFile(el: BuurtBeheer, content: string, name = 'sociale-kaart.json') {
  const input = $(el, '#hsds-file') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses "Bestand controleren" with the keyboard. */
async function check(el: BuurtBeheer) {
  await tabUntil(el, (e) => e.matches('button.check'), 'Bestand controleren');
  await sendKeys({ press: 'Enter' });
}

describe('<buurt-beheer>: Sociale kaart importeren', () => {
  it('checks the chosen file first, says what would change, and imports it on "Importeren"', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    expect(text($(el, '.view-title'))).to.equal('Sociale kaart importeren');
    expect($(el, 'label[for="hsds-file"]')).to.exist;
    await chooseFile(el, JSON.stringify(hsdsFile()));
    await check(el);
    await waitUntil(() => $(el, '.import-preview'), 'the dry run');
    await el.updateComplete;
    expect(text($(el, '.summary-line'))).to.equal('1 nieuw, 0 bijgewerkt, 2 ongewijzigd.');
    await waitUntil(() => active(el) === $(el, '#import-preview-title'), 'focus on the summary');
    await waitUntil(() => announced(el) === '1 nieuw, 0 bijgewerkt, 2 ongewijzigd.', 'announced');
    await expect(el).to.be.accessible();
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.url.search)).to.deep.equal(['?dryRun=true']);

    await tabUntil(el, (e) => e.matches('button.import'), 'Importeren');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.import-outcome'), 'the import');
    await el.updateComplete;
    expect(text($(el, '.import-outcome'))).to.equal('Geïmporteerd: 1 nieuw, 0 bijgewerkt, 2 ongewijzigd. Inwoners zien het nu op de sociale kaart.');
    expect($(el, 'button.import'), 'no second import of the same check').to.equal(null);
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.url.search)).to.deep.equal(['?dryRun=true', '']);
  });

  it('lists the problems per service and offers no import while there are any', async () => {
    worker.use(
      http.post('*/v1/beheer/hsds-import', () =>
        HttpResponse.json({
          dryRun: true, stored: false,
          services: { added: 12, updated: 3, unchanged: 40 }, organizations: { added: 2, updated: 0, unchanged: 9 }, locations: { added: 0, updated: 0, unchanged: 0 },
          categoriesAdded: 0,
          problems: [
            { index: 4, service: 'Taalcafé', field: 'contents[4].service_areas[0].name', detail: '"Tricht" is geen kern van dit netwerk. Voeg de kern eerst toe.' },
            { index: 9, service: 'Klussendienst', field: 'contents[9].phones[0].number', detail: 'Dit is geen telefoonnummer.' },
          ],
          warnings: [],
        }),
      ),
    );
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    await chooseFile(el, JSON.stringify(hsdsFile()));
    await check(el);
    await waitUntil(() => $(el, '.import-preview'), 'the dry run');
    await el.updateComplete;
    expect(text($(el, '.summary-line'))).to.equal('12 nieuw, 3 bijgewerkt, 40 ongewijzigd; 2 problemen.');
    const problems = $$(el, '.problem-list li').map((li) => text(li));
    expect(problems[0]).to.contain('Taalcafé: "Tricht" is geen kern van dit netwerk.');
    expect(problems[0]).to.contain('contents[4].service_areas[0].name');
    expect(problems[1]).to.contain('Klussendienst: Dit is geen telefoonnummer.');
    expect($(el, 'button.import')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names what it skips because it was changed here after the file was made, with both times', async () => {
    worker.use(
      http.post('*/v1/beheer/hsds-import', () =>
        HttpResponse.json({
          dryRun: true, stored: false,
          services: { added: 0, updated: 0, unchanged: 40, skipped: 1 }, organizations: { added: 0, updated: 0, unchanged: 9, skipped: 1 }, locations: { added: 0, updated: 0, unchanged: 5, skipped: 0 },
          categoriesAdded: 0,
          problems: [],
          warnings: [],
          skipped: [
            { record: 'service', id: 'taalcafe', name: 'Taalcafé', index: 4, field: 'contents[4].last_modified', fileModified: '2026-11-01T10:00:00+01:00', ourModified: '2026-12-02T14:30:00+01:00' },
            { record: 'organization', id: 'bibliotheek', name: 'Bibliotheek Linde', index: 4, field: 'contents[4].last_modified', fileModified: '2026-11-01T10:00:00+01:00', ourModified: '2026-12-02T15:00:00+01:00' },
          ],
        }),
      ),
    );
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    await chooseFile(el, JSON.stringify(hsdsFile()));
    await check(el);
    await waitUntil(() => $(el, '.import-preview'), 'the dry run');
    await el.updateComplete;
    expect(text($(el, '.summary-line'))).to.equal('0 nieuw, 0 bijgewerkt, 40 ongewijzigd, 1 overgeslagen.');
    expect(text($(el, '.skipped .ask-text'))).to.equal('2 gegevens overgeslagen: hier later gewijzigd');
    const items = $$(el, '.skipped-list li').map((li) => text(li));
    expect(items[0]).to.contain('Dienst "Taalcafé": in het bestand van');
    expect(items[0]).to.contain('hier gewijzigd op');
    expect(items[0]).to.contain('contents[4].last_modified');
    expect(items[1]).to.contain('Organisatie "Bibliotheek Linde"');
    expect(text($(el, '.nothing-to-do'))).to.equal('Er is niets te importeren: de rest van het bestand staat al zo in de sociale kaart.');
    expect($(el, 'button.import'), 'nothing else to import').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the file is not JSON, on the field, and sends nothing', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    await check(el);
    await waitUntil(() => $(el, '#hsds-file-error'), 'no file yet');
    expect(text($(el, '#hsds-file-error'))).to.equal('Kies eerst een bestand.');
    await chooseFile(el, 'dit is geen json', 'kaart.json');
    await check(el);
    await waitUntil(() => text($(el, '#hsds-file-error')) === 'Dit bestand kunnen we niet lezen: het is geen JSON-bestand.', 'not JSON');
    await waitUntil(() => active(el) === $(el, '#hsds-file'), 'focus on the field');
    expect($(el, '#hsds-file')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#hsds-file')!.getAttribute('aria-describedby')).to.contain('hsds-file-error');
    expect(seen.filter((r) => r.method === 'POST')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('names what is wrong when the server refuses the import, and stores nothing', async () => {
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    await chooseFile(el, JSON.stringify(hsdsFile()));
    await check(el);
    await waitUntil(() => $(el, 'button.import'), 'the dry run');
    worker.use(
      http.post('*/v1/beheer/hsds-import', () =>
        HttpResponse.json(
          { type: 'urn:buurtkit:problem:invalid-body', title: 'De meegestuurde gegevens kloppen niet', status: 422, errors: [{ name: 'contents[2].url', in: 'body', detail: 'Repair Café: De website begint niet met http:// of https://.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    $(el, 'button.import')!.click();
    await waitUntil(() => $(el, '.import-outcome.failed'), 'the refusal');
    await el.updateComplete;
    expect(text($(el, '.import-outcome'))).to.contain('Er is niets geïmporteerd.');
    expect(text($(el, '.import-outcome li'))).to.equal('Repair Café: De website begint niet met http:// of https://.');
  });

  it('is linked from the Sociale kaart for a coordinator; an organisation contact sees neither link nor view', async () => {
    const el = await openBeheer('#sociale-kaart');
    await expect(el).to.be.accessible();
    const link = $(el, '.import-link a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Diensten importeren uit een bestand (HSDS)');
    expect(link.getAttribute('href')).to.equal('#sociale-kaart/importeren');
    await go(el, '#sociale-kaart/importeren');
    expect(text($(el, '.view-title'))).to.equal('Sociale kaart importeren');
    expect($(el, 'nav.views a[aria-current="page"]')!.getAttribute('href')).to.equal('#sociale-kaart');

    beheer.signInAs({ ...session.account, role: 'organization-contact', organizationId: beheer.network.services[0]!.organization.id });
    const contact = await openBeheer('#sociale-kaart');
    expect($(contact, '.import-link')).to.equal(null);
    await go(contact, '#sociale-kaart/importeren');
    expect(text($(contact, '.notice'))).to.not.equal('');
    expect($(contact, '#hsds-file')).to.equal(null);
  });

  it('fits a 320 px screen and 200% text, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await openBeheer('#sociale-kaart/importeren');
    await expect(el).to.be.accessible();
    await chooseFile(el, JSON.stringify(hsdsFile()));
    $(el, 'button.check')!.click();
    await waitUntil(() => $(el, 'button.import'), 'the dry run');
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    for (const target of [$(el, 'button.check')!, $(el, 'button.import')!, $(el, '#hsds-file')!]) {
      const r = target.getBoundingClientRect();
      expect(r.height, target.className || target.id).to.be.at.least(44);
    }
  });
});
