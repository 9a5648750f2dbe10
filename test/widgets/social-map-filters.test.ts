import { expect, html } from '@open-wc/testing';
import { $, $$, chip, names, socialMap, text, THURSDAY_10, type } from './social-map-helpers.ts';

const count = (label: string, el: Parameters<typeof chip>[0]) => Number(/\((\d+)\)$/.exec(text(chip(el, label)))?.[1]);

describe('buurt-social-map filters', () => {
  it('is accessible with a filter chosen', async () => {
    const el = await socialMap();
    chip(el, 'Geldzorgen en schulden').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows how many results each choice gives, for the current search', async () => {
    const el = await socialMap();
    expect(text(chip(el, 'Geldzorgen en schulden'))).to.equal('Geldzorgen en schulden (3)');
    expect(count('Vrijwilligers (informele hulp)', el)).to.equal(11);
    expect(count('Professionele hulp', el)).to.equal(8);
    expect(count('Rietakker', el)).to.equal(15);
    await type(el, 'tuin');
    const wonen = count('Wonen, klussen en tuin', el);
    expect(wonen).to.be.greaterThan(0);
    expect(count('Geldzorgen en schulden', el)).to.equal(0);
    expect(chip(el, 'Geldzorgen en schulden').disabled, 'a choice that gives nothing is not offered').to.equal(true);
    chip(el, 'Wonen, klussen en tuin').click();
    await el.updateComplete;
    expect(names(el), 'the chip said how many').to.have.length(wonen);
  });

  it('narrows to one topic and back with the same chip', async () => {
    const el = await socialMap();
    const all = names(el).length;
    const geld = chip(el, 'Geldzorgen en schulden');
    geld.click();
    await el.updateComplete;
    expect(names(el)).to.have.members(['Hulp bij formulieren', 'Schuldhulpmaatje', 'Schuldhulpverlening']);
    expect(geld.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.count'))).to.equal('3 resultaten');
    geld.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(all);
  });

  it('tells informal from professional help, and counts "both" for each', async () => {
    const el = await socialMap();
    chip(el, 'Professionele hulp').click();
    await el.updateComplete;
    expect(names(el)).to.include('Schuldhulpverlening');
    expect(names(el)).to.include('Schuldhulpmaatje'); // both
    expect(names(el)).not.to.include('Tuinhulp voor ouderen');
    chip(el, 'Vrijwilligers (informele hulp)').click();
    await el.updateComplete;
    expect(names(el)).to.include('Tuinhulp voor ouderen');
    expect(names(el)).not.to.include('Schuldhulpverlening');
    const maatje = $$(el, '.service').find((s) => text(s.querySelector('.name')) === 'Schuldhulpmaatje')!;
    expect(text(maatje.querySelector('.kind'))).to.contain('Vrijwilligers (informele hulp)');
    expect(text(maatje.querySelector('.kind'))).to.contain('Professionele hulp');
  });

  it('shows what is open now, in Amsterdam time', async () => {
    const el = await socialMap();
    expect(count('Nu open', el)).to.equal(2);
    chip(el, 'Nu open').click();
    await el.updateComplete;
    expect(names(el)).to.have.members(['De dorpsbus van Linde op Stap', 'Spreekuur sociaal wijkteam']);
    el.now = new Date('2026-12-03T13:30:00Z'); // Thursday 14:30 in Amsterdam
    await el.updateComplete;
    expect(names(el)).to.have.members(['Digi-spreekuur', 'Steun voor mantelzorgers']);
  });

  it('starts with the choices of its attributes, and hides the chips with no-filters', async () => {
    const el = await socialMap(
      html`<buurt-social-map village="rietakker" kind="informal" .now=${THURSDAY_10}></buurt-social-map>`,
    );
    expect(chip(el, 'Rietakker').getAttribute('aria-pressed')).to.equal('true');
    expect(names(el)).to.include('Inloop met koffie');
    expect(names(el)).not.to.include('Samen tuinieren in de buurtmoestuin');
    expect(names(el)).not.to.include('Schuldhulpverlening');
    const plain = await socialMap(
      html`<buurt-social-map no-filters category="mantelzorg" .now=${THURSDAY_10}></buurt-social-map>`,
    );
    expect($(plain, '.filters')).to.equal(null);
    expect($(plain, 'input[type="search"]')).to.exist;
    expect(names(plain)).to.have.members(['Logeeropvang en respijtzorg', 'Steun voor mantelzorgers']);
  });

  it('offers to clear the filters when nothing is left', async () => {
    const el = await socialMap(html`<buurt-social-map kind="professional" .now=${THURSDAY_10}></buurt-social-map>`);
    await type(el, 'reparatiecafé');
    expect(names(el)).to.deep.equal([]);
    expect(text($(el, '.status-message'))).to.contain('Niets gevonden voor “reparatiecafé”');
    $$<HTMLButtonElement>(el, '.status-message button').find((b) => text(b) === 'Filters wissen')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Reparatiecafé');
    expect(el.shadowRoot!.activeElement, 'focus moves to the result count').to.equal($(el, '.count'));
  });
});
