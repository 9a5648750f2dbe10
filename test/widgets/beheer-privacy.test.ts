import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { session } from '../../src/mocks/beheer-mock.ts';
import { $, $$, text, waitUntil, worker } from './helpers.ts';
import { active, announced, beheer, openBeheer, tabUntil } from './beheer-helpers.ts';

const press = (key: string) => sendKeys({ press: key });

describe('<buurt-beheer>: Privacy (AVG)', () => {
  it('keyboard only: finds one person by e-mail, shows what is stored, offers it as a file, and deletes it after asking', async () => {
    const el = await openBeheer('#privacy');
    await expect(el).to.be.accessible();
    const stored = beheer.person({ email: 'jannie@example.org' });
    expect(stored.found.length, 'Jannie has more than one sign-up').to.be.at.least(2);

    await tabUntil(el, (a) => a.id === 'f-person', 'the search field');
    await sendKeys({ type: 'jannie@example.org' });
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'found-title', 'the result, focused');
    expect(text($(el, '#found-title'))).to.equal('Opgeslagen over jannie@example.org');
    expect(text($(el, '.found'))).to.contain(`${stored.found.length} aanmeldingen`).and.contain('Koffie schenken bij de Koffieochtend');
    expect($$(el, '.found .card').length).to.equal(stored.found.length);
    await expect(el).to.be.accessible();

    const link = $<HTMLAnchorElement>(el, '.found a[download]')!;
    expect(text(link)).to.equal('Download als bestand');
    expect(link.download).to.match(/^avg-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await (await fetch(link.href)).json();
    expect(file.signups.map((s: { reference: string }) => s.reference)).to.deep.equal(stored.found.map((s) => s.reference));

    await tabUntil(el, (a) => a.matches('button.erase'), 'Alles verwijderen');
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'erase-title', 'the question, focused');
    expect(text($(el, '.erase-ask'))).to.contain('Dit kan niet ongedaan worden gemaakt.');
    expect(beheer.person({ email: 'jannie@example.org' }).found.length, 'nothing deleted before "Ja"').to.equal(stored.found.length);
    await expect(el).to.be.accessible();
    await tabUntil(el, (a) => a.matches('button.erase-yes'), 'Ja, alles verwijderen');
    await press('Enter');
    await waitUntil(() => $(el, '.erased'), 'what was deleted');
    expect(text($(el, '.erased'))).to.equal(`Verwijderd: ${stored.found.length} aanmeldingen en ${stored.messages.length} berichten.`);
    await waitUntil(() => announced(el).startsWith('Verwijderd'), 'announced');
    expect(active(el)).to.equal($(el, '.erased'));
    expect(beheer.person({ email: 'jannie@example.org' }).found).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#f-person')!.value, 'the search stays as typed').to.equal('jannie@example.org');
    await expect(el).to.be.accessible();
  });

  it('"Nee, niet verwijderen" deletes nothing and goes back to the button', async () => {
    const el = await openBeheer('#privacy');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    input.value = '06 12345678';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, 'button.erase'), 'the result');
    $<HTMLButtonElement>(el, 'button.erase')!.click();
    await waitUntil(() => $(el, 'button.erase-no'), 'the question');
    $<HTMLButtonElement>(el, 'button.erase-no')!.click();
    await waitUntil(() => active(el)?.matches('button.erase'), 'focus back on Alles verwijderen');
    expect(beheer.person({ phone: '06 12345678' }).found.length).to.be.at.least(1);
  });

  it('an empty search says what to fill in; a 422 lands on the field, with what was typed kept', async () => {
    const el = await openBeheer('#privacy');
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, '.field.has-error'), 'the error');
    expect(text($(el, '.field .error'))).to.equal('Fout: Vul een e-mailadres of telefoonnummer in.');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    expect(input.getAttribute('aria-describedby')).to.contain('f-person-error');
    input.value = '12ab';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => text($(el, '.field .error')).includes('Is geen geldig telefoonnummer'), 'the server’s error');
    expect($<HTMLInputElement>(el, '#f-person')!.value).to.equal('12ab');
    expect(active(el)).to.equal($(el, '#f-person'));
    await expect(el).to.be.accessible();
  });

  it('who saw or changed the data reads in plain words: "bekeken", "bevestigd", not the audit log\'s codes', async () => {
    const [signup] = beheer.person({ email: 'jannie@example.org' }).found;
    beheer.viewed([signup!]);
    beheer.confirm({ ...signup!, confirmedByOrganizationAt: undefined } as never);
    const el = await openBeheer('#privacy');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    input.value = 'jannie@example.org';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, '.found'), 'the result');
    const seen = text($(el, '.found'));
    expect(seen).to.contain(`${session.account.name} – bekeken (${signup!.reference})`);
    expect(seen).to.contain(`${session.account.name} – bevestigd (${signup!.reference})`);
    expect(seen).not.to.match(/ – (view|confirm) /);
  });

  it('someone unknown: says nothing is stored', async () => {
    const el = await openBeheer('#privacy');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    input.value = 'niemand@example.org';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, '.found'), 'the result');
    expect(text($(el, '.found'))).to.contain('Hierover is niets opgeslagen.');
    expect($(el, 'button.erase')).to.equal(null);
  });

  it('a name with an XSS payload in the export renders as text', async () => {
    const payload = '<img src=x onerror="window.__beheerAvgXss=1">';
    worker.use(http.post('*/v1/beheer/people/export', () => HttpResponse.json({ exportedAt: new Date().toISOString(), signups: [{ ...structuredClone(beheer.signups[0]!), name: payload, message: payload }], messages: [], views: [] })));
    const el = await openBeheer('#privacy');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    input.value = 'x@example.org';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, '.found'), 'the result');
    expect(text($(el, '.found .card'))).to.contain(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __beheerAvgXss?: number }).__beheerAvgXss).to.equal(undefined);
  });

  it('an organisation contact does not see the AVG view in the menu and is told who can', async () => {
    worker.use(http.get('*/v1/beheer/me', () => HttpResponse.json({ ...session, account: { ...session.account, role: 'organization-contact', organizationId: 'dorpshuis-de-linde' } })));
    const el = await openBeheer('#privacy');
    await waitUntil(() => text($(el, '.content')).includes('Alleen de coördinator'), 'the message');
    expect($$(el, '.views a').map((a) => text(a))).to.deep.equal(['Vrijwilligerswerk', 'Activiteiten', 'Sociale kaart', 'Organisaties', 'Plekken', 'Berichten']);
  });

  it('fits 320px with the result and the question open, and speaks English', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openBeheer('#privacy', 'en');
    expect(text($(el, '.view-title'))).to.equal('Privacy (GDPR)');
    const input = $<HTMLInputElement>(el, '#f-person')!;
    input.value = 'fatima.elamrani@example.org';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form.find button')!.click();
    await waitUntil(() => $(el, 'button.erase'), 'the result');
    $<HTMLButtonElement>(el, 'button.erase')!.click();
    await waitUntil(() => $(el, '.erase-ask'), 'the question');
    expect(text($(el, '.erase-ask h4'))).to.equal('Delete everything?');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
