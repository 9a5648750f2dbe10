import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { $, $$, settled, text, titles, worker } from './helpers.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import { addDays, formatDay, todayKey } from '../../src/core/dates.ts';
import { amsterdam, makeOccurrences } from '../../src/mocks/fixtures.ts';

const agenda = (template = html`<buurt-agenda></buurt-agenda>`) =>
  fixture<BuurtAgenda>(template).then(settled);

describe('buurt-agenda list view', () => {
  it('is accessible with activities shown', async () => {
    const el = await agenda();
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton of reserved height while loading, marked busy', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(
      http.get('*/v1/activities', async () => {
        await gate;
        return HttpResponse.json({ items: [], total: 0, offset: 0, limit: 500, from: todayKey(), to: todayKey() });
      }),
    );
    const el = await fixture<BuurtAgenda>(html`<buurt-agenda></buurt-agenda>`);
    const content = $(el, '.content')!;
    expect(content.getAttribute('aria-busy')).to.equal('true');
    const skeleton = $(el, '.skeleton')!;
    expect(skeleton).to.exist;
    expect(text(skeleton)).to.contain('De agenda wordt geladen');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(200);
    release();
    await settled(el);
    expect($(el, '.skeleton')).to.equal(null);
  });

  it('groups activities by day under "Vandaag", "Morgen" and a written-out date', async () => {
    const el = await agenda();
    const headings = $$(el, 'h3.day-heading').map((h) => text(h));
    expect(headings[0]).to.match(/^Vandaag/);
    expect(headings[1]).to.match(/^Morgen/);
    expect(headings[2]).to.equal(formatDay(addDays(todayKey(), 3), 'nl'));
    expect(headings[2]).to.match(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+$/);
    const firstDay = $$(el, 'section.day')[0]!;
    expect([...firstDay.querySelectorAll('.title')].map(text)).to.deep.equal(['Koffieochtend', 'Gym voor senioren']);
  });

  it('shows time, place, organiser, cost, accessibility and registration in words', async () => {
    const el = await agenda();
    const gym = $$(el, 'article.occurrence').find((a) => text(a.querySelector('.title')) === 'Gym voor senioren')!;
    const t = text(gym);
    expect(t).to.contain('14.00 – 15.00 uur');
    expect(t).to.contain('Gymzaal De Linde');
    expect(t).to.contain('Door Gymvereniging Vlug en Lenig');
    expect(t).to.contain('€ 2,50');
    expect(t).to.contain('Toegankelijk met rolstoel');
    expect(t).to.contain('Aanmelden nodig · nog 4 plekken');
    expect(t).to.contain('Voor ouderen');
    const koffie = $$(el, 'article.occurrence')[0]!;
    expect(text(koffie)).to.contain('Gratis');
    expect(text(koffie)).to.contain('Ringleiding');
    for (const svg of koffie.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names each activity article by its title and time', async () => {
    const el = await agenda();
    const article = $$(el, 'article.occurrence')[0]!;
    const name = article
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => text(el.shadowRoot!.getElementById(id)))
      .join(' ');
    expect(name).to.equal('Koffieochtend 10.00 – 11.30 uur');
  });

  it('shows a cancelled and a moved activity as such', async () => {
    const el = await agenda();
    const bingo = $(el, 'article.occurrence.cancelled')!;
    expect(text(bingo.querySelector('.title'))).to.equal('Bingo');
    expect(text(bingo.querySelector('.notice'))).to.equal('Gaat niet door. De spelleider is ziek');
    expect(bingo.querySelector('.actions'), 'no calendar link for a cancelled activity').to.equal(null);
    const tocht = $(el, 'article.occurrence.moved')!;
    expect(text(tocht.querySelector('.notice'))).to.match(
      /^Verplaatst: Een dag later vanwege de weersverwachting\. \(eerst \w+ \d+ \w+, 10\.00 uur\)$/,
    );
  });

  it('says "de hele dag" for an all-day activity (midnight to midnight, as a feed sends it), not "0.00 – 0.00 uur"', async () => {
    const [base] = makeOccurrences();
    const day = addDays(todayKey(), 1);
    const markt = { ...base!, id: `${base!.activityId}-${day.replaceAll('-', '')}T0000`, title: 'Kerstmarkt', start: amsterdam(day, '00:00'), end: amsterdam(addDays(day, 1), '00:00') };
    worker.use(http.get('*/v1/activities', () => HttpResponse.json({ items: [markt, base], total: 2, offset: 0, limit: 500, from: todayKey(), to: addDays(todayKey(), 30) })));
    const el = await agenda();
    await expect(el).to.be.accessible();
    const card = $$(el, 'article.occurrence').find((a) => text(a.querySelector('.title')) === 'Kerstmarkt')!;
    expect(text(card.querySelector('.when'))).to.equal('de hele dag');
    expect(text(card)).not.to.contain('0.00');
    expect(text($$(el, 'article.occurrence').find((a) => a !== card)!.querySelector('.when')), 'an activity with hours keeps them').to.match(/^\d+\.\d\d – \d+\.\d\d uur$/);
    const en = await agenda(html`<buurt-agenda lang="en"></buurt-agenda>`);
    expect(text($$(en, 'article.occurrence').find((a) => text(a.querySelector('.title')) === 'Kerstmarkt')!.querySelector('.when'))).to.equal('all day');
  });

  it('links "Zet in mijn agenda" to the occurrence\'s .ics file on the API', async () => {
    const el = await agenda(html`<buurt-agenda api="https://api.example.nl/"></buurt-agenda>`);
    const link = $$<HTMLAnchorElement>(el, '.actions a')[0]!;
    expect(text(link)).to.match(/^Zet in mijn agenda: Koffieochtend/);
    const id = $$(el, 'article.occurrence')[0]!.querySelector('.title')!.id.replace(/^o-|-t$/g, '');
    expect(link.href).to.equal(`https://api.example.nl/v1/occurrences/${id}.ics`);
    expect(id).to.match(/^koffieochtend-\d{8}T1000$/);
  });

  it('finds the API in <meta name="buurtkit-api">, else on the origin of its script', async () => {
    const own = await agenda();
    expect($<HTMLAnchorElement>(own, 'a.download')!.href).to.match(new RegExp(`^${location.origin}/v1/activities\\.ics`));
    const meta = Object.assign(document.createElement('meta'), { name: 'buurtkit-api', content: 'https://agenda.samenlinde.example/' });
    document.head.append(meta);
    try {
      const el = await agenda();
      expect($<HTMLAnchorElement>(el, 'a.download')!.href).to.equal('https://agenda.samenlinde.example/v1/activities.ics');
    } finally {
      meta.remove();
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await agenda(html`<buurt-agenda lang="en"></buurt-agenda>`);
    const headings = $$(el, 'h3.day-heading').map((h) => text(h));
    expect(headings[0]).to.match(/^Today/);
    expect(headings[1]).to.match(/^Tomorrow/);
    expect(text($(el, '.actions a'))).to.match(/^Add to my calendar/);
    expect(text($(el, 'label[for="q"]'))).to.equal('Search the calendar');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
  });

  it('puts schema.org Event data of the shown activities in the light DOM', async () => {
    const el = await agenda();
    const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
    expect(script, 'a JSON-LD child').to.exist;
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    const events = data['@graph'] as Record<string, any>[];
    expect(events).to.have.length(titles(el).length);
    const koffie = events[0]!;
    expect(koffie['@type']).to.equal('Event');
    expect(koffie.name).to.equal('Koffieochtend');
    expect(koffie.startDate).to.match(/T10:00:00\+0[12]:00$/);
    expect(koffie.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(koffie.location).to.deep.include({ '@type': 'Place', name: 'Dorpshuis De Linde' });
    expect(koffie.location.address).to.deep.include({ '@type': 'PostalAddress', postalCode: '4151 AB' });
    expect(koffie.organizer).to.deep.equal({ '@type': 'Organization', name: 'Dorpshuis De Linde' });
    expect(koffie.isAccessibleForFree).to.equal(true);
    expect(koffie.offers).to.deep.equal({ '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
    const statuses = events.map((e) => e.eventStatus);
    expect(statuses).to.include('https://schema.org/EventCancelled');
    expect(statuses).to.include('https://schema.org/EventRescheduled');
    const gym = events.find((e) => e.name === 'Gym voor senioren')!;
    expect(gym.offers.price).to.equal(2.5);
  });

  it('keeps its inside unchanged by aggressive global CSS on the page', async () => {
    const plain = await agenda();
    const measure = (el: BuurtAgenda) => {
      const button = $(el, '.actions a')!;
      const article = $(el, 'article.occurrence')!;
      return {
        article: getComputedStyle(article).display,
        heading: getComputedStyle($(el, 'h3.day-heading')!).display,
        buttonHeight: button.getBoundingClientRect().height,
        fontSize: parseFloat(getComputedStyle(article).fontSize),
      };
    };
    const before = measure(plain);
    const style = document.createElement('style');
    style.textContent = '* { color: red !important; font-size: 8px !important; display: inline !important; }';
    document.head.append(style);
    try {
      const el = await agenda();
      const after = measure(el);
      expect(after.article).to.equal(before.article);
      expect(after.heading).to.equal('block');
      expect(after.buttonHeight).to.be.at.least(44);
      expect(after.fontSize).to.be.at.least(16);
      expect(getComputedStyle($(el, '.occurrence')!).backgroundColor).to.equal(
        getComputedStyle($(plain, '.occurrence')!).backgroundColor,
      );
    } finally {
      style.remove();
    }
  });

  it('does not throw when its script is included a second time', async () => {
    const first = customElements.get('buurt-agenda');
    // @ts-expect-error a second URL for the same module, as a page including the script twice
    await import('../../src/agenda/buurt-agenda.ts?again');
    expect(customElements.get('buurt-agenda')).to.equal(first);
    const el = await agenda();
    expect(titles(el)).to.include('Koffieochtend');
  });

  it('asks the API for the window and scope set by its attributes', async () => {
    let asked: URLSearchParams | undefined;
    worker.use(
      http.get('*/v1/activities', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ items: [], total: 0, offset: 0, limit: 5, from: todayKey(), to: todayKey() });
      }),
    );
    await agenda(html`<buurt-agenda days="7" limit="5" village="linde" audience="ouderen"></buurt-agenda>`);
    expect(asked!.get('from')).to.equal(todayKey());
    expect(asked!.get('to')).to.equal(addDays(todayKey(), 7));
    expect(asked!.get('limit')).to.equal('5');
    expect(asked!.get('village')).to.equal('linde');
    expect(asked!.get('audience')).to.equal('ouderen');
  });
});

describe('buurt-agenda on a narrow phone', () => {
  it('fits a 320px screen without sideways scrolling, even with a long e-mail address', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="phone"><buurt-agenda></buurt-agenda></div>`);
    wrapper.style.inlineSize = '320px';
    const el = await settled(wrapper.querySelector('buurt-agenda')!);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.textContent).to.contain('activiteitencommissie.dorpshuisdelinde@samenlinde.example');
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
      (node) => node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 0.5,
    );
    expect(wide.map((node) => `${node.tagName}.${node.className}`)).to.deep.equal([]);
  });
});

describe('buurt-agenda with a busy month', () => {
  /** One activity a day at 10.00 for the next 20 days. */
  const busyMonth = () => {
    const [base] = makeOccurrences();
    return Array.from({ length: 20 }, (_, i) => {
      const day = addDays(todayKey(), i);
      return { ...base!, id: `${base!.activityId}-${day.replaceAll('-', '')}T1000`, title: `Activiteit ${i + 1}`, start: `${day}T10:00:00+01:00`, end: `${day}T11:00:00+01:00` };
    });
  };

  it('shows a week first and more days on request, continuing at the first new day', async () => {
    const items = busyMonth();
    worker.use(
      http.get('*/v1/activities', () => HttpResponse.json({ items, total: items.length, offset: 0, limit: 500, from: todayKey(), to: addDays(todayKey(), 30) })),
    );
    const el = await agenda();
    await expect(el).to.be.accessible();
    expect($$(el, 'section.day')).to.have.length(7);
    expect(text($(el, '.count'))).to.equal('20 activiteiten');
    const more = $(el, 'button.more-days')!;
    expect(text(more)).to.equal('Toon meer dagen (nog 13)');
    more.click();
    await el.updateComplete;
    expect($$(el, 'section.day')).to.have.length(14);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain(formatDay(addDays(todayKey(), 7), 'nl'));
    $(el, 'button.more-days')!.click();
    await el.updateComplete;
    expect($$(el, 'section.day')).to.have.length(20);
    expect($(el, 'button.more-days')).to.equal(null);
    // Search engines read what is shown.
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@graph']).to.have.length(20);
  });

  it('shows a busy week a dozen activities at a time, whole days, continuing at the first new day', async () => {
    // Five activities a day for ten days: a week would be 35 cards, a long page on a phone.
    const [base] = makeOccurrences();
    const items = Array.from({ length: 10 }, (_, d) => addDays(todayKey(), d)).flatMap((day) =>
      Array.from({ length: 5 }, (_, i) => {
        const hour = String(9 + i * 2).padStart(2, '0');
        return { ...base!, id: `${base!.activityId}-${day.replaceAll('-', '')}T${hour}00`, title: `Activiteit ${day} ${hour}`, start: `${day}T${hour}:00:00+01:00`, end: `${day}T${hour}:30:00+01:00` };
      }),
    );
    worker.use(
      http.get('*/v1/activities', () => HttpResponse.json({ items, total: items.length, offset: 0, limit: 500, from: todayKey(), to: addDays(todayKey(), 30) })),
    );
    const el = await agenda();
    expect(text($(el, '.count')), 'the count is of them all').to.equal('50 activiteiten');
    expect($$(el, 'section.day'), 'three days of five').to.have.length(3);
    expect(titles(el)).to.have.length(15);
    expect(text($(el, 'button.more-days'))).to.equal('Toon meer dagen (nog 7)');
    $<HTMLButtonElement>(el, 'button.more-days')!.focus();
    $<HTMLButtonElement>(el, 'button.more-days')!.click();
    await el.updateComplete;
    expect($$(el, 'section.day')).to.have.length(6);
    expect(el.shadowRoot!.activeElement?.textContent, 'focus on the first new day').to.contain(formatDay(addDays(todayKey(), 3), 'nl'));
    await expect(el).to.be.accessible();
  });
});
