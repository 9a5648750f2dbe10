import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $$, settled, text } from './helpers.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import { BuurtHelpOfferedEvent, BuurtRideRequestedEvent } from '../../src/agenda/events.ts';

const agenda = (template = html`<buurt-agenda ride-href="/vervoer/"></buurt-agenda>`) =>
  fixture<BuurtAgenda>(template).then(settled);
const rideLinks = (el: BuurtAgenda) =>
  $$<HTMLAnchorElement>(el, '.actions [part="action"]').filter((a) => text(a).startsWith('Vervoer nodig?'));

/**
 * Records whether the click on the link would navigate, then stops the navigation so
 * the test page stays.
 */
function watchNavigation() {
  const seen: { prevented: boolean }[] = [];
  const listener = (e: Event) => {
    seen.push({ prevented: e.defaultPrevented });
    e.preventDefault();
  };
  window.addEventListener('click', listener);
  return { seen, stop: () => window.removeEventListener('click', listener) };
}

describe('buurt-agenda "Vervoer nodig?"', () => {
  it('is accessible', async () => {
    const el = await agenda();
    await expect(el).to.be.accessible();
  });

  it('is offered only for activities the village bus serves', async () => {
    const el = await agenda();
    const withRide = rideLinks(el).map((a) => text(a.closest('article')!.querySelector('.title')));
    expect(withRide).to.include('Koffieochtend');
    expect(withRide).to.include('Eetcafé De Linde');
    expect(withRide).not.to.include('Gym voor senioren');
  });

  it('fires buurt-ride-requested with the occurrence, then follows ride-href with the activity', async () => {
    const el = await agenda();
    const link = rideLinks(el)[0]!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/vervoer/');
    const nav = watchNavigation();
    try {
      const fired = oneEvent(document, 'buurt-ride-requested') as unknown as Promise<BuurtRideRequestedEvent>;
      link.click();
      const event = await fired;
      expect(event).to.be.instanceOf(BuurtRideRequestedEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.occurrence.title).to.equal('Koffieochtend');
      expect(url.searchParams.get('activiteit')).to.equal(event.occurrence.id);
      expect(nav.seen).to.deep.equal([{ prevented: false }]);
    } finally {
      nav.stop();
    }
  });

  it('stays on the page when a listener calls preventDefault()', async () => {
    const el = await agenda();
    const nav = watchNavigation();
    let occurrenceId = '';
    el.addEventListener('buurt-ride-requested', (e) => {
      occurrenceId = e.occurrence.id;
      e.preventDefault();
    });
    try {
      rideLinks(el)[0]!.click();
      expect(occurrenceId).to.match(/^koffieochtend-/);
      expect(nav.seen).to.deep.equal([{ prevented: true }]);
    } finally {
      nav.stop();
    }
  });
});

describe('buurt-agenda "Help mee"', () => {
  const helper = (template = html`<buurt-agenda volunteer-href="/vrijwilligers/"></buurt-agenda>`) => agenda(template);
  const helpLinks = (el: BuurtAgenda) =>
    $$<HTMLAnchorElement>(el, '.actions [part="action"]').filter((a) => text(a).startsWith('Help mee'));

  it('is accessible', async () => {
    const el = await helper();
    await expect(el).to.be.accessible();
  });

  it('is offered only for activities that ask for volunteers, and only when the site has a sign-up page', async () => {
    const el = await helper();
    const titles = helpLinks(el).map((a) => text(a.closest('article')!.querySelector('.title')));
    expect(titles).to.include('Koffieochtend');
    expect(titles).not.to.include('Eetcafé De Linde');
    expect(helpLinks(await agenda())).to.have.length(0);
  });

  it('is not offered for an occurrence that has begun', async () => {
    const el = await helper();
    const firstCoffee = $$<HTMLElement>(el, 'article').find((a) => text(a.querySelector('.title')) === 'Koffieochtend')!;
    const start = firstCoffee.querySelector('time')!.getAttribute('datetime')!;
    el.now = new Date(Date.parse(start) + 60_000);
    await settled(el);
    const helpAt = helpLinks(el).map((a) => new URL(a.href).searchParams.get('dienst')!);
    expect(helpAt.length).to.be.greaterThan(0);
    expect(helpAt.every((id) => !id.endsWith(start.slice(0, 16).replace(/[-:]/g, '')))).to.equal(true);
  });

  it('fires buurt-help-offered with the occurrence, then follows volunteer-href with the shift', async () => {
    const el = await helper();
    const link = helpLinks(el)[0]!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/vrijwilligers/');
    const nav = watchNavigation();
    try {
      const fired = oneEvent(document, 'buurt-help-offered') as unknown as Promise<BuurtHelpOfferedEvent>;
      link.click();
      const event = await fired;
      expect(event).to.be.instanceOf(BuurtHelpOfferedEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.occurrence.title).to.equal('Koffieochtend');
      expect(url.searchParams.get('dienst')).to.equal(event.occurrence.id);
      expect(nav.seen).to.deep.equal([{ prevented: false }]);
    } finally {
      nav.stop();
    }
  });

  it('stays on the page when a listener calls preventDefault()', async () => {
    const el = await helper();
    const nav = watchNavigation();
    el.addEventListener('buurt-help-offered', (e) => e.preventDefault());
    try {
      helpLinks(el)[0]!.click();
      expect(nav.seen).to.deep.equal([{ prevented: true }]);
    } finally {
      nav.stop();
    }
  });
});
