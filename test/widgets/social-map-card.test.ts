import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, names, ready, socialMap, text, THURSDAY_10, type } from './social-map-helpers.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';
import type { BuurtServiceSelectedEvent } from '../../src/social-map/events.ts';

const result = (el: BuurtSocialMap, name: string) =>
  $$(el, 'article.service').find((a) => text(a.querySelector('.name')) === name)!;
const toggle = (el: BuurtSocialMap, name: string) => result(el, name).querySelector<HTMLButtonElement>('.card-toggle')!;
const cardButton = (el: BuurtSocialMap) => $<HTMLButtonElement>(el, '.card-button')!;

async function withTwoOnCard() {
  const el = await socialMap();
  toggle(el, 'Tuinhulp voor ouderen').click();
  toggle(el, 'Schuldhulpverlening').click();
  await el.updateComplete;
  return el;
}

describe('buurt-social-map results and verwijskaart', () => {
  it('is accessible with the verwijskaart open', async () => {
    const el = await withTwoOnCard();
    cardButton(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows what a volunteer needs to refer someone, in words', async () => {
    const el = await socialMap();
    const tuin = text(result(el, 'Tuinhulp voor ouderen'));
    expect(tuin).to.contain('Van Vrijwillige Hulpdienst Linde');
    expect(tuin).to.contain('Vrijwilligers maaien het gras');
    expect(tuin).to.contain('Vrijwilligers (informele hulp)');
    expect(tuin).to.contain('Voor wie: Ouderen en mensen met een beperking');
    expect(tuin).to.contain('Kosten: € 5 per keer');
    expect(tuin).to.contain('Vandaag gesloten'); // Thursday
    expect(tuin).to.contain('Geen verwijzing nodig');
    const phone = result(el, 'Tuinhulp voor ouderen').querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:0345000040');
    expect(text(phone)).to.equal('Bel 0345 000 040');
    const bus = text(result(el, 'De dorpsbus van Linde op Stap'));
    expect(bus).to.contain('Nu open. Vandaag open: 09.00 – 12.00 uur');
    const respijt = text(result(el, 'Logeeropvang en respijtzorg'));
    expect(respijt).to.contain('Verwijzing nodig');
    expect(respijt).to.contain('Op afspraak');
    expect(respijt).to.contain('Professionele hulp Hulpverleners met een opleiding');
  });

  it('marks an entry checked more than a year ago as possibly out of date', async () => {
    const el = await socialMap();
    const old = result(el, 'Hulp bij formulieren').querySelector('.checked')!;
    expect(old.classList.contains('outdated')).to.equal(true);
    expect(text(old)).to.match(/^Laatst gecontroleerd op \d+ \w+ \d{4}\. Mogelijk verouderd/);
    expect(result(el, 'Reparatiecafé').querySelector('.checked.outdated')).to.equal(null);
  });

  it('puts services on the verwijskaart and takes them off again', async () => {
    const el = await withTwoOnCard();
    expect(text(cardButton(el))).to.equal('Verwijskaart bekijken (2)');
    const t = toggle(el, 'Tuinhulp voor ouderen');
    expect(t.getAttribute('aria-pressed')).to.equal('true');
    expect(text(t)).to.equal('Op verwijskaart: Tuinhulp voor ouderen');
    cardButton(el).click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    // Its look comes with the verwijskaart's chunk: a framed panel with the close button on top.
    expect(getComputedStyle(dialog).display).to.equal('grid');
    expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
    expect([...dialog.querySelectorAll('.card-name')].map(text)).to.deep.equal([
      'Tuinhulp voor ouderen',
      'Schuldhulpverlening',
    ]);
    [...dialog.querySelectorAll<HTMLButtonElement>('.card-remove')][0]!.click();
    await el.updateComplete;
    expect([...dialog.querySelectorAll('.card-name')].map(text)).to.deep.equal(['Schuldhulpverlening']);
    expect(text(cardButton(el))).to.equal('Verwijskaart bekijken (1)');
    expect(toggle(el, 'Tuinhulp voor ouderen').getAttribute('aria-pressed')).to.equal('false');
    dialog.close();
  });

  it('copies the card as plain text for an e-mail or WhatsApp, and says so', async () => {
    const el = await withTwoOnCard();
    cardButton(el).click();
    await el.updateComplete;
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (t: string) => void (copied = t),
    });
    try {
      $$<HTMLButtonElement>(el, 'dialog button').find((b) => text(b) === 'Kopieer als tekst')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.match(/^Verwijskaart \(\d+ \w+ \d{4}\)\n\nHier kunt u terecht met uw vraag\.\n\n1\. Tuinhulp voor ouderen/);
      expect(copied).to.contain(
        '1. Tuinhulp voor ouderen (Vrijwillige Hulpdienst Linde)\n' +
          'Vrijwilligers maaien het gras, snoeien de heg en houden de tuin netjes.\n' +
          'Bel: 0345 000 040\n' +
          'E-mail: hulpdienst@example.org\n' +
          'Openingstijden: maandag 09.00 – 12.00 uur; woensdag 09.00 – 12.00 uur\n' +
          'Geen verwijzing nodig\n',
      );
      expect(copied).to.contain('2. Schuldhulpverlening (Geldloket Linde)');
      expect(copied).to.contain('Adres: Lindeplein 1, 4151 AB Linde');
      expect(copied).to.contain('maandag 09.00 – 12.00 uur; woensdag 13.00 – 16.00 uur; ook op afspraak');
      expect(text($(el, '.copy-status'))).to.match(/^Gekopieerd\./);
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('shows the text to copy by hand when the clipboard is not allowed', async () => {
    const el = await withTwoOnCard();
    cardButton(el).click();
    await el.updateComplete;
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
    });
    try {
      $$<HTMLButtonElement>(el, 'dialog button').find((b) => text(b) === 'Kopieer als tekst')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const area = $<HTMLTextAreaElement>(el, 'textarea.copy-text')!;
      expect(area.value).to.contain('1. Tuinhulp voor ouderen');
      expect(text($(el, '.copy-status'))).to.match(/^(Gekopieerd|Kopiëren lukte niet)/);
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('prints only the card: a helper in the page holds it while the rest is hidden', async () => {
    const el = await withTwoOnCard();
    cardButton(el).click();
    await el.updateComplete;
    const print = window.print;
    let during: { text: string; last: boolean; rules: string } | undefined;
    window.print = () => {
      const helper = document.querySelector('[data-buurtkit-print]')!;
      during = {
        text: text(helper.shadowRoot!.querySelector('.referral-card')),
        last: document.body.lastElementChild === helper,
        rules: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      };
    };
    try {
      $$<HTMLButtonElement>(el, 'dialog button').find((b) => text(b) === 'Afdrukken')!.click();
    } finally {
      window.print = print;
    }
    expect(during!.text).to.contain('Tuinhulp voor ouderen');
    expect(during!.text).not.to.contain('Haal van kaart');
    expect(during!.last).to.equal(true);
    expect(during!.rules).to.contain('body > :not([data-buurtkit-print])');
    expect(during!.rules).to.match(/size: A4/i);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('[data-buurtkit-print]')).to.equal(null);
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('buurtkit-print')))).to.equal(false);
    $<HTMLDialogElement>(el, 'dialog')!.close();
  });

  it('speaks English on the verwijskaart too, on paper and as text', async () => {
    const el = await socialMap(html`<buurt-social-map lang="en" .now=${THURSDAY_10}></buurt-social-map>`);
    toggle(el, 'Tuinhulp voor ouderen').click();
    await el.updateComplete;
    cardButton(el).click();
    await el.updateComplete;
    const dialog = text($(el, 'dialog'));
    expect(dialog).to.contain('This is where you can go with your question.');
    expect(dialog).to.contain('Remove from card');
    expect(dialog).to.contain('Copy as text');
    expect(dialog).not.to.match(/Verwijskaart|Kopieer|Afdrukken/);
    $<HTMLDialogElement>(el, 'dialog')!.close();
  });

  it('fires buurt-service-selected when a service is put on the card or opened', async () => {
    const el = await socialMap();
    setTimeout(() => toggle(el, 'Taalmaatje').click());
    const added = (await oneEvent(document, 'buurt-service-selected')) as BuurtServiceSelectedEvent;
    expect(added.service.id).to.equal('taalmaatje');
    expect(added.reason).to.equal('referral-card');
    expect(added.composed && added.bubbles).to.equal(true);
    const details = result(el, 'Taalmaatje').querySelector('details')!;
    setTimeout(() => (details.open = true));
    const opened = (await oneEvent(el, 'buurt-service-selected')) as BuurtServiceSelectedEvent;
    expect(opened.reason).to.equal('details');
    expect(text(details)).to.contain('Aanmelden: Meld u aan bij de bibliotheek');
  });

  it('works with the keyboard: type, tab to a result, Enter puts it on the card', async () => {
    const el = await socialMap(html`<buurt-social-map no-filters .now=${THURSDAY_10}></buurt-social-map>`);
    $<HTMLInputElement>(el, 'input')!.focus();
    await sendKeys({ type: 'taalmaatje' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Taalmaatje');
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    for (let i = 0; i < 12 && !focused()?.matches('.card-toggle'); i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.closest('article')?.getAttribute('data-id')).to.equal('taalmaatje');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(cardButton(el))).to.equal('Verwijskaart bekijken (1)');
  });

  it('fits a 320px screen without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><buurt-social-map .now=${THURSDAY_10}></buurt-social-map></div>`,
    );
    const el = await ready(wrapper.querySelector('buurt-social-map')!);
    await type(el, 'vervoer');
    const right = wrapper.getBoundingClientRect().right + 0.5;
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((n) => n.getBoundingClientRect().right > right);
    expect(wide.map((n) => `${n.tagName}.${n.className}`)).to.deep.equal([]);
    expect(text(el.shadowRoot!.querySelector('.root'))).to.contain('activiteitencommissie.dorpshuisdelinde@samenlinde.example');
  });

  it('does not throw when its script is included a second time', async () => {
    const first = customElements.get('buurt-social-map');
    // @ts-expect-error a second URL for the same module, as a page including the script twice
    await import('../../src/social-map/buurt-social-map.ts?again');
    expect(customElements.get('buurt-social-map')).to.equal(first);
    const el = await socialMap();
    expect(names(el).length).to.be.greaterThan(10);
  });
});
