// The spam trap of the sign-up form (decision 0009): a field `homepage` that robots filling
// in every input find in the form, and that people never meet: not shown, not in the tab
// order, not in the accessibility tree, not filled in by the browser.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { $, worker } from './helpers.ts';
import { fill, KOFFIE, openShift, toCheck, typeInto, until } from './volunteer-signup-helpers.ts';

interface A11yNode {
  name?: string;
  role?: string;
  children: A11yNode[];
}

async function openForm() {
  const el = await fixture<BuurtVolunteerSignup>(
    html`<buurt-volunteer-signup opportunity=${KOFFIE} occurrence=${openShift().occurrenceId}></buurt-volunteer-signup>`,
  );
  await until(el, '#f-name', 'the first question');
  return el;
}

/** The bodies the widget POSTs, passed on to the mocks' own handler. */
function sentBodies() {
  const bodies: Record<string, unknown>[] = [];
  worker.use(
    http.post('*/v1/volunteer-signups', async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
      return undefined;
    }),
  );
  return bodies;
}

describe('<buurt-volunteer-signup>: the honeypot field', () => {
  it('is in the form for robots, but not shown, not focusable and without autofill', async () => {
    const el = await openForm();
    const trap = $<HTMLInputElement>(el, 'form input[name="homepage"]')!;
    expect(trap, 'a field named homepage in the form').to.exist;
    expect(trap.checkVisibility(), 'not shown').to.equal(false);
    expect(trap.getBoundingClientRect().height).to.equal(0);
    expect(trap.autocomplete).to.equal('off');
    trap.focus();
    expect(el.shadowRoot!.activeElement, 'cannot take focus').to.not.equal(trap);
    await expect(el).to.be.accessible();
  });

  it('is never reached with Tab, from the first question to the last button', async () => {
    const el = await openForm();
    $<HTMLInputElement>(el, '#f-name')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active || !el.contains(document.activeElement)) break;
      reached.push(active.getAttribute('name') ?? active.id ?? active.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.include('consent', 'Tab went through the whole form');
    expect(reached).to.not.include('homepage');
  });

  it('is not in the accessibility tree: a screen reader never announces it', async () => {
    const el = await openForm();
    const label = $(el, 'label[for="f-homepage"]');
    expect(label, 'the field has a label (for robots that look for one)').to.exist;
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(findAccessibilityNode(snapshot, (n: A11yNode) => n.name === 'Naam'), 'the tree holds the form').to.not.equal(null);
    const trapName = label!.textContent!.trim();
    expect(findAccessibilityNode(snapshot, (n: A11yNode) => !!n.name && n.name.includes(trapName))).to.equal(null);
  });

  it('a person sends no homepage; what a robot types into it is sent along (and the server holds the sign-up back)', async () => {
    const bodies = sentBodies();
    const person = await openForm();
    await fill(person);
    await toCheck(person);
    $<HTMLButtonElement>(person, 'button.send')!.click();
    await until(person, '.confirmation', 'the confirmation');
    expect(bodies[0]).to.not.have.property('homepage');

    const robot = await openForm();
    await fill(robot);
    typeInto(robot, 'f-homepage', 'https://spam.example');
    await toCheck(robot);
    $<HTMLButtonElement>(robot, 'button.send')!.click();
    await until(robot, '.confirmation', 'the (decoy) confirmation');
    expect(bodies[1]!.homepage).to.equal('https://spam.example');
  });
});
