import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormController } from '../core/form/form-controller.ts';
import type { SignupMessages } from './messages.ts';
import type { Answers } from './types.ts';

/**
 * The questions in groups, one group per step on a narrow widget (GOV.UK / NL Design
 * System: one thing per page where that helps): who you are and how to reach you; when
 * and a message (both optional); privacy and consent. Then the check step.
 */
export const GROUPS: readonly (readonly string[])[] = [['name', 'phone', 'email'], ['availability', 'message'], ['consent']];

/**
 * Narrower than this (the widget's own width: it sits in pages we do not know, beside a
 * sidebar or full width) the form shows one group per step.
 */
const NARROW = 480;

/**
 * The step texts live here, in the lazily loaded form chunk, not in messages.ts: the
 * widget's first chunk has no room left in its budget (bench/bundles.ts).
 */
const texts = {
  nl: { step: (n: number, of: number) => `Stap ${n} van ${of}`, more: 'Meer over u', next: 'Volgende', previous: 'Vorige' },
  en: { step: (n: number, of: number) => `Step ${n} of ${of}`, more: 'More about you', next: 'Next', previous: 'Previous' },
};
export type StepTexts = typeof texts.nl;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/** Which group of questions shows: all of them on a wide widget, one on a narrow one. */
export class QuestionSteps implements ReactiveController {
  narrow = false;
  /** The group shown while narrow; kept while wide, so a turned phone goes on where it was. */
  index = 0;
  // Measured in the next frame: changing the layout inside the observer's own callback
  // makes the browser report a "ResizeObserver loop" error to the host page.
  private _observer = new ResizeObserver(() => requestAnimationFrame(() => this._measure(this.host.clientWidth)));

  constructor(
    private readonly host: Host,
    private readonly lang: () => string,
  ) {
    host.addController(this);
    this._measure(host.clientWidth);
  }

  hostConnected(): void {
    this._observer.observe(this.host);
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }

  get texts(): StepTexts {
    return this.lang() === 'en' ? texts.en : texts.nl;
  }

  /** Whether a group's questions are shown now. */
  shows(group: number): boolean {
    return !this.narrow || this.index === group;
  }

  /** True on the last group (or when all show): the next press goes to the check step. */
  get last(): boolean {
    return !this.narrow || this.index === GROUPS.length - 1;
  }

  /** To the group that holds `field` (a server error, "Wijzigen"), without moving focus. */
  show(field: string): Promise<unknown> {
    const i = GROUPS.findIndex((g) => g.includes(field));
    if (i >= 0) this.index = i;
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  /** One group on or back, its heading focused (it says the step and what it asks). */
  async go(by: 1 | -1): Promise<void> {
    this.index = Math.min(Math.max(this.index + by, 0), GROUPS.length - 1);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  /** Back to the first group, for a new sign-up. */
  reset(): void {
    this.index = 0;
  }

  private _measure(width: number) {
    // 0: not laid out yet (display: none, not in the page): decide once it has a width.
    const narrow = width > 0 && width < NARROW;
    if (narrow !== this.narrow) {
      // Narrowed while answering (a tablet turned): stay on the question being answered.
      const at = (this.host.renderRoot as ShadowRoot).activeElement?.closest('.field, fieldset.availability');
      const field = at?.querySelector('input, textarea')?.id.slice(2);
      const group = GROUPS.findIndex((g) => g.includes(field!));
      if (narrow && group >= 0) this.index = group;
      this.narrow = narrow;
      this.host.requestUpdate();
    }
  }
}

/**
 * "Volgende" (or "Verder") on the questions: checks only the questions shown, then goes to
 * the next group. True when the check step comes next.
 */
export function questionsDone(form: FormController, steps: QuestionSteps, el: HTMLFormElement, a: Answers, m: SignupMessages): boolean {
  const extra = new Map<string, string>();
  if (steps.shows(0)) {
    if (!a.phone.trim() && !a.email.trim()) extra.set('phone', m.contactRequired);
    if (!a.name.trim()) extra.set('name', m.nameRequired);
  }
  if (!form.check(el, extra)) return false;
  if (steps.last) return true;
  void steps.go(1);
  return false;
}
