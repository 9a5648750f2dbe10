import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { $, $$, text, waitUntil, worker } from './helpers.ts';
import { active, beheer, go, openBeheer, tabUntil } from './beheer-helpers.ts';

const page = (items: object[], delivery: 'kept' | 'smtp' = 'kept') => HttpResponse.json({ items, total: items.length, offset: 0, limit: 100, delivery });

describe('<buurt-beheer>: Berichten', () => {
  it('lists the messages with subject, recipient, time and state', async () => {
    const el = await openBeheer('#berichten');
    expect(text($(el, '.view-title'))).to.equal('Berichten');
    const mails = beheer.messages.filter((m) => m.channel !== 'phone');
    expect($$(el, '.message-item').length).to.equal(mails.length);
    const first = mails[0]!;
    const item = $(el, `.message-item[data-id="${first.id}"]`)!;
    expect(text(item.querySelector('h3'))).to.equal(first.subject);
    expect(text(item)).to.contain(first.recipient);
    expect($(el, '.kept'), 'mail is sent: no notice').to.equal(null);
    expect(text($(el, '.message-item.sent .badge'))).to.match(/^Verstuurd op \d+ \w+ \d{4}, \d\d\.\d\d uur$/);
    expect(text($(el, '.message-item.failed .badge'))).to.equal('Mislukt');
    expect(text($(el, '.message-item.failed'))).to.contain('De mailserver van de ontvanger antwoordde niet. (5 pogingen)');
    await expect(el).to.be.accessible();
  });

  it('without SMTP (delivery: kept) it says plainly that no mail is sent, and every message waits', async () => {
    beheer.reset('kept');
    const el = await openBeheer('#berichten');
    expect(text($(el, '.kept'))).to.contain('Er wordt nu geen e-mail verstuurd: er is geen mailserver (SMTP) ingesteld.');
    expect($$(el, '.message-item .badge').map((b) => text(b))).to.satisfy((states: string[]) => states.length > 0 && states.every((t) => t === 'Wacht op versturen'));
    await expect(el).to.be.accessible();
  });

  it('no messages: says so, also with the notice', async () => {
    worker.use(http.get('*/v1/beheer/messages', () => page([], 'kept')));
    const el = await openBeheer('#berichten');
    expect($(el, '.kept')).to.exist;
    expect(text($(el, '.content'))).to.contain('Er zijn geen berichten.');
    await expect(el).to.be.accessible();
  });

  it('keyboard only: filters on "Mislukt" (back button returns to all) and opens the full text', async () => {
    const asked: (string | null)[] = [];
    worker.use(http.get('*/v1/beheer/messages', ({ request }) => void asked.push(new URL(request.url).searchParams.get('state'))));
    const el = await openBeheer('#berichten');
    await tabUntil(el, (a) => text(a) === 'Mislukt', 'the filter Mislukt');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => asked.at(-1) === 'failed' && $(el, '.content')?.getAttribute('aria-busy') === 'false', 'the failed messages');
    await el.updateComplete;
    expect($$(el, '.message-item').every((m) => m.classList.contains('failed'))).to.equal(true);
    expect($(el, '.chip[aria-current="page"]')!.textContent).to.equal('Mislukt');
    expect(active(el), 'focus on the heading').to.equal($(el, '.view-title'));
    const summary = await tabUntil(el, (a) => a.localName === 'summary', 'Hele tekst lezen');
    await sendKeys({ press: 'Enter' });
    expect(summary.closest('details')!.open).to.equal(true);
    expect(text(summary.closest('details')!.querySelector('.text'))).to.contain('Dank u wel voor uw aanmelding');
    await expect(el).to.be.accessible();
    history.back();
    await waitUntil(() => asked.at(-1) === null, 'all messages again');
  });

  it('renders a subject and a text from the API as text: XSS payloads stay inert', async () => {
    const subject = '<img src=x onerror="window.__beheerMailXss=1">';
    worker.use(
      http.get('*/v1/beheer/messages', () =>
        page([{ id: '9', kind: 'signup-notice', state: 'waiting', recipient: '<b>x</b>@example.org', subject, text: '<script>window.__beheerMailXss=2</script>', createdAt: new Date().toISOString(), attempts: 0 }]),
      ),
    );
    const el = await openBeheer('#berichten');
    expect(text($(el, '.message-item h3'))).to.equal(subject);
    expect($(el, '.message-item .text')!.textContent).to.equal('<script>window.__beheerMailXss=2</script>');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { __beheerMailXss?: number }).__beheerMailXss).to.equal(undefined);
  });

  it('an error has a retry; 401 says the session ended', async () => {
    let calls = 0;
    worker.use(http.get('*/v1/beheer/messages', () => (++calls === 1 ? HttpResponse.json({}, { status: 500 }) : undefined)));
    const el = await openBeheer('#berichten');
    expect(text($(el, '[role="alert"]'))).to.contain('Dit kan nu niet worden geladen.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await waitUntil(() => $(el, '.message-item'), 'the messages after retrying');
    worker.use(http.get('*/v1/beheer/messages', () => HttpResponse.json({ type: 'x', title: 'x', status: 401 }, { status: 401 })));
    await go(el, '#berichten/sent');
    expect(text($(el, '[role="alert"]'))).to.contain('Uw sessie is verlopen, log opnieuw in.');
  });

  it('fits 320px with a long subject and address, and speaks English', async () => {
    await setViewport({ width: 320, height: 640 });
    beheer.reset('kept');
    const el = await openBeheer('#berichten', 'en');
    $$<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(text($(el, '.view-title'))).to.equal('Messages');
    expect(text($(el, '.kept'))).to.contain('No e-mail is sent at the moment');
  });
});
