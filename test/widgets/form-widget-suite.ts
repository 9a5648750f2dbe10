/**
 * The checks every form widget (one a resident fills in and sends) must pass, run by each
 * widget's `<widget>-form-widget.test.ts` with a small description of itself: accessible
 * in every state, the main task done with the keyboard alone, the error summary (focus,
 * links to the fields), the server's field errors on the right fields, offline and a retry
 * that reuses the Idempotency-Key without a second record, what was typed kept after a
 * failure, 320px wide, 200% zoom, Dutch and English.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { $, $$, overflowing, text, waitUntil, worker } from './helpers.ts';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** One step of the main task by keyboard: Tab to `to`, then type or press a key. */
export interface KeyStep {
  to: string;
  type?: string;
  press?: string;
}

interface Texts {
  /** The error summary's heading. */
  summary: string;
  /** The start of the message when there is no connection. */
  offline: string;
  /** The "send again" button. */
  resend: string;
  /** The start of the message when the server says too much was sent in a short time (429). */
  limited: string;
  /** Something the form always shows in this language (a label). */
  label: string;
}

export interface FormWidget {
  tag: string;
  /** The widget as a webmaster writes it to open on its form, optionally with `lang`. */
  create(opts?: { lang?: string }): TemplateResult;
  /** Waits until a new widget shows its first question. */
  ready(el: Widget): Promise<void>;
  /** Fills every required question with valid answers, as a person types them. */
  fill(el: Widget): Promise<void>;
  /** From a filled form, every step up to (not including) the press that sends. */
  toSend(el: Widget): Promise<void>;
  /** The button that sends (on the last step). */
  sendButton: string;
  /** Where the widget POSTs, as an MSW path. */
  submits: string;
  /** The contract's answer the mocks store, to call from a test's own handler. */
  store(body: unknown, key: string): unknown;
  /** How many records the mocks have made. */
  records(): number;
  /** Forget every record (before each test). */
  reset(): void;
  /** True once the confirmation shows. */
  isSent(el: Widget): boolean;
  /** The main task by keyboard, from the first Tab into the widget until it is sent. */
  keyboard: KeyStep[];
  /**
   * Field errors a server may answer (in Dutch), each with the id of the input it belongs
   * on and what the widget shows for it in English.
   */
  serverErrors: { name: string; detail: string; input: string; en: string }[];
  /** An input whose typed value must survive a failure, and the value to type. */
  kept: { input: string; value: string };
  /** Goes back from the last step to the questions ("Wijzigen"). */
  backToQuestions(el: Widget): Promise<void>;
  texts: { nl: Texts; en: Texts };
}

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(n);
  });

/** Presses Tab until `selector` has focus inside the widget (at most 120 times). */
export async function tabTo(el: Widget, selector: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (el.shadowRoot!.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 120)}`);
}

/** The texts read with a field: its own `aria-describedby` and that of the fieldsets around it (a group of checkboxes). */
function describedText(el: Widget, field: Element): string {
  const ids: string[] = [];
  for (let n: Element | null = field; n; n = n.parentElement) {
    if (n === field || n.localName === 'fieldset') ids.push(...(n.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  }
  return ids.map((d) => text($(el, `#${d}`))).join(' ');
}

const active = (el: Widget) => el.shadowRoot!.activeElement as HTMLElement | null;

export function formWidgetSuite(w: FormWidget) {
  const open = async (opts?: { lang?: string }) => {
    const el = await fixture<Widget>(w.create(opts));
    await w.ready(el);
    return el;
  };
  const submit = async (el: Widget) => {
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
  };
  const send = async (el: Widget) => {
    $<HTMLButtonElement>(el, w.sendButton)!.click();
    await el.updateComplete;
  };
  /** Sends, and waits until the widget shows the outcome (sent, a problem or field errors). */
  const sendAndSettle = async (el: Widget) => {
    await send(el);
    await waitUntil(() => w.isSent(el) || $(el, '.send-problem') || $(el, '.error-summary'), 'an outcome after sending');
    await el.updateComplete;
  };
  const input = (el: Widget, id: string) => $<HTMLInputElement>(el, `#${id}`)!;

  describe(`${w.tag}: the checks every form widget passes`, () => {
    beforeEach(() => w.reset());

    it('is accessible at every step: the questions, the errors, the check, a failure and the confirmation', async () => {
      const el = await open();
      await expect(el).to.be.accessible();
      await submit(el);
      expect($(el, '.error-summary'), 'errors after an empty submit').to.exist;
      await expect(el).to.be.accessible();
      await w.fill(el);
      await w.toSend(el);
      await expect(el).to.be.accessible();
      worker.use(http.post(w.submits, () => HttpResponse.error()));
      await sendAndSettle(el);
      expect($(el, '.send-problem')).to.exist;
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      await sendAndSettle(el);
      expect(w.isSent(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('can be done with the keyboard alone, from the first Tab to the confirmation', async () => {
      const el = await fixture<Widget>(w.create());
      await w.ready(el);
      for (const step of w.keyboard) {
        await waitUntil(() => $(el, step.to), `${step.to} appears`);
        await el.updateComplete;
        await tabTo(el, step.to);
        if (step.type) await sendKeys({ type: step.type });
        if (step.press) await sendKeys({ press: step.press });
        await el.updateComplete;
      }
      await waitUntil(() => w.isSent(el), 'sent by keyboard');
      expect(w.records()).to.equal(1);
      await el.updateComplete;
      expect(active(el), 'focus moves to the confirmation').to.not.equal(null);
    });

    it('on a failed submit focuses an error summary whose links lead to each field', async () => {
      const el = await open();
      await submit(el);
      const summary = $(el, '.error-summary')!;
      expect(summary, 'an error summary').to.exist;
      expect(active(el), 'the summary has focus').to.equal(summary);
      expect(text(summary)).to.contain(w.texts.nl.summary);
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        const id = link.getAttribute('href')!.slice(1);
        const field = input(el, id);
        expect(field, `a field #${id}`).to.exist;
        expect(field.getAttribute('aria-invalid'), `#${id} is marked invalid`).to.equal('true');
        expect(describedText(el, field), 'the error is read with the field').to.contain(text(link));
        link.click();
        expect(active(el), `the link leads to #${id}`).to.equal(field);
      }
      expect(location.hash, 'the host page URL is left alone').to.equal('');
    });

    const refuseFields = () =>
      worker.use(
        http.post(w.submits, () =>
          HttpResponse.json(
            {
              type: 'urn:buurtkit:problem:invalid-body',
              title: 'Niet alle velden zijn goed ingevuld.',
              status: 422,
              errors: w.serverErrors.map(({ name, detail }) => ({ name, in: 'body', detail })),
            },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );

    it("shows the server's field errors on the right fields", async () => {
      refuseFields();
      const el = await open();
      await w.fill(el);
      await w.toSend(el);
      await sendAndSettle(el);
      await el.updateComplete;
      const summary = $(el, '.error-summary')!;
      expect(summary, 'an error summary').to.exist;
      expect(active(el)).to.equal(summary);
      for (const e of w.serverErrors) {
        expect(text(summary)).to.contain(e.detail);
        const field = input(el, e.input);
        expect(field, `#${e.input}`).to.exist;
        expect(describedText(el, field), `the error is read with #${e.input}`).to.contain(e.detail);
      }
      expect(w.records()).to.equal(0);
    });

    it("with lang=\"en\" shows the server's (Dutch) field errors in English, on the same fields", async () => {
      refuseFields();
      const el = await open({ lang: 'en' });
      await w.fill(el);
      await w.toSend(el);
      await sendAndSettle(el);
      await el.updateComplete;
      const summary = $(el, '.error-summary')!;
      expect(summary, 'an error summary').to.exist;
      for (const e of w.serverErrors) {
        expect(text(summary)).to.contain(e.en);
        expect(text(summary)).to.not.contain(e.detail);
        expect(describedText(el, input(el, e.input)), `the error is read with #${e.input}`).to.contain(e.en);
      }
    });

    it('a 429 says too much was sent in a short time (not a fault of ours), keeps what was typed and can be sent again', async () => {
      let refused = 0;
      worker.use(
        http.post(w.submits, () => {
          if (refused++) return undefined;
          return HttpResponse.json(
            { type: 'urn:buurtkit:problem:rate-limited', title: 'Te veel aanvragen', status: 429, detail: 'Probeer het over 20 seconden opnieuw.' },
            { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '20' } },
          );
        }),
      );
      const el = await open();
      await w.fill(el);
      await w.toSend(el);
      await sendAndSettle(el);
      const problem = $(el, '.send-problem')!;
      expect(text(problem)).to.contain(w.texts.nl.limited);
      expect(w.records()).to.equal(0);
      problem.querySelector('button')!.click();
      await waitUntil(() => w.isSent(el), 'sent on the retry');
      expect(w.records()).to.equal(1);
    });

    it('says so when offline, keeps what was typed, and "Opnieuw versturen" reuses the Idempotency-Key: one record', async () => {
      const keys: string[] = [];
      worker.use(
        http.post(w.submits, async ({ request }) => {
          const key = request.headers.get('idempotency-key')!;
          keys.push(key);
          // The first time the server stores it, but the answer never arrives (the connection drops).
          if (keys.length === 1) {
            w.store(await request.json(), key);
            return HttpResponse.error();
          }
          return undefined;
        }),
      );
      const el = await open();
      await w.fill(el);
      await w.toSend(el);
      await sendAndSettle(el);
      const problem = $(el, '.send-problem')!;
      expect(text(problem)).to.contain(w.texts.nl.offline);
      const resend = problem.querySelector('button')!;
      expect(text(resend)).to.equal(w.texts.nl.resend);
      resend.click();
      await waitUntil(() => w.isSent(el), 'sent on the retry');
      expect(keys.length, 'two attempts').to.equal(2);
      expect(keys[1], 'the same Idempotency-Key').to.equal(keys[0]);
      expect(keys[0]).to.match(/^[\x21-\x7e]{8,255}$/);
      expect(w.records(), 'one record, not two').to.equal(1);
    });

    it('keeps what was typed when the server fails, and never stores it in the browser', async () => {
      worker.use(http.post(w.submits, () => HttpResponse.json({ type: 'urn:buurtkit:problem:internal', title: 'Er ging iets mis.', status: 500 }, { status: 500 })));
      const el = await open();
      await w.fill(el);
      const field = input(el, w.kept.input);
      field.value = w.kept.value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await w.toSend(el);
      await sendAndSettle(el);
      expect($(el, '.send-problem'), 'the failure is shown').to.exist;
      await w.backToQuestions(el);
      expect(input(el, w.kept.input).value).to.equal(w.kept.value);
      const stored = [...Array(localStorage.length).keys(), ...Array(sessionStorage.length).keys()].length;
      const all = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      expect(all, `nothing typed in web storage (${stored} entries)`).to.not.contain(w.kept.value);
    });

    it('a changed answer after a failure is a new submission, with a new Idempotency-Key', async () => {
      const keys: string[] = [];
      worker.use(
        http.post(w.submits, ({ request }) => {
          keys.push(request.headers.get('idempotency-key')!);
          return keys.length === 1 ? HttpResponse.error() : undefined;
        }),
      );
      const el = await open();
      await w.fill(el);
      await w.toSend(el);
      await sendAndSettle(el);
      await w.backToQuestions(el);
      const field = input(el, w.kept.input);
      field.value = w.kept.value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await w.toSend(el);
      await sendAndSettle(el);
      expect(w.isSent(el)).to.equal(true);
      expect(keys.length).to.equal(2);
      expect(keys[1]).to.not.equal(keys[0]);
    });

    for (const [name, viewport, fontSize] of [
      ['fits a 320px wide screen without scrolling sideways', { width: 320, height: 640 }, ''],
      ['reflows at 200% zoom (a 1280px window zoomed in, the text twice as large)', { width: 640, height: 400, deviceScaleFactor: 2 }, '200%'],
    ] as const) {
      it(`${name}, with errors and at the check step`, async () => {
        await setViewport(viewport as { width: number; height: number });
        document.documentElement.style.fontSize = fontSize;
        const el = await open();
        await submit(el);
        await frames();
        expect(overflowing(el)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(viewport.width);
        await w.fill(el);
        await w.toSend(el);
        await frames();
        expect(overflowing(el)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(viewport.width);
        if (fontSize) expect(parseFloat(getComputedStyle($(el, '.root')!).fontSize)).to.be.at.least(32);
      });
    }

    it('speaks Dutch by default and English with lang="en"', async () => {
      for (const lang of ['nl', 'en'] as const) {
        const el = await open(lang === 'en' ? { lang } : undefined);
        expect($(el, '.root')!.lang).to.equal(lang);
        expect(text($(el, 'form'))).to.contain(w.texts[lang].label);
        await submit(el);
        expect(text($(el, '.error-summary'))).to.contain(w.texts[lang].summary);
        await w.fill(el);
        await w.toSend(el);
        worker.use(http.post(w.submits, () => HttpResponse.error()));
        await sendAndSettle(el);
        expect(text($(el, '.send-problem'))).to.contain(w.texts[lang].offline);
        worker.resetHandlers();
      }
    });
  });
}
