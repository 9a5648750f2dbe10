import { expect } from '@open-wc/testing';
import { CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { $, $$, text, waitUntil } from './helpers.ts';
import { active, announced, beheer, go, JAN, openBeheer, recordRequests } from './beheer-helpers.ts';

describe('<buurt-beheer>: "bellen" tasks in Berichten', () => {
  it('shows a task for someone without e-mail apart from the e-mails: the number, the text to say, and "Gebeld"', async () => {
    const seen = recordRequests();
    const el = await openBeheer('#berichten');
    const task = beheer.messages.find((m) => m.channel === 'phone')!;
    expect(text($(el, '#group-calls'))).to.equal('Bellen: nog 1 keer');
    expect(text($(el, '#group-mails'))).to.equal('E-mails');
    const item = $(el, `.call-item[data-id="${task.id}"]`)!;
    expect(item.closest('.calls'), 'in the calls, not among the e-mails').to.exist;
    expect($(el, `.message-item[data-id="${task.id}"]`)).to.equal(null);
    expect(text(item.querySelector('.call-number'))).to.equal('Bellen: 0612345678');
    expect(item.querySelector('a[href="tel:0612345678"]')).to.exist;
    expect(text(item.querySelector('.say'))).to.contain('Bel Henk Bosman en zeg: We hebben uw aanvraag');
    expect(text(item)).to.contain('Kenmerk rit').and.contain(task.rideReference!);
    expect(text(item.querySelector('.badge'))).to.equal('Nog bellen');
    await expect(el).to.be.accessible();

    item.querySelector<HTMLButtonElement>('button.called')!.click();
    await waitUntil(() => text($(el, `.call-item[data-id="${task.id}"] .badge`)).startsWith('Gebeld op'), 'marked as called');
    await el.updateComplete;
    const done = $(el, `.call-item[data-id="${task.id}"]`)!;
    expect(done.querySelector('button.called')).to.equal(null);
    expect(text(done.querySelector('.outcome'))).to.equal('Genoteerd: 0612345678 is gebeld.');
    expect(announced(el)).to.equal('Genoteerd: 0612345678 is gebeld.');
    expect(active(el)).to.equal(done.querySelector('.outcome'));
    expect(text($(el, '#group-calls'))).to.equal('Bellen: alles is gebeld');
    const post = seen.find((r) => r.method === 'POST')!;
    expect(post.url.pathname).to.equal(`/v1/beheer/messages/${task.id}/done`);
    expect(post.csrf).to.equal(CSRF_TOKEN);
    await expect(el).to.be.accessible();
  });

  it('confirming the ride of a passenger without e-mail gives a new task with the pick-up time', async () => {
    const el = await openBeheer('#berichten');
    expect($$(el, '.call-item')).to.have.length(1);
    const henk = beheer.rides.all.find((r) => r.passenger.name === 'Henk Bosman')!;
    beheer.rides.confirmWith(henk, JAN, '09:00', '10:50');
    await go(el, '#berichten/waiting');
    const texts = $$(el, '.call-item .say').map((s) => text(s));
    expect(texts.some((t) => t.includes('om 09.00 uur thuis opgehaald door Jan'))).to.equal(true);
  });
});
