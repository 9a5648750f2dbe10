import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../../api/errors.ts';
import { newIdempotencyKey } from '../../api/write.ts';
import type { FormMessages } from './messages.ts';

/** Where a submission stands: what the person sees under the send button. */
export type SendState = 'idle' | 'sending' | 'offline' | 'failed' | 'busy' | 'limited';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The form's errors and its submission, for every form widget:
 *
 * - `check(form)` runs the browser's own constraint validation (required, type, pattern,
 *   maxlength) and turns each failure into a text of the widget's language, on its field;
 * - `send(fn)` submits with one `Idempotency-Key` per submission: the same key on every
 *   retry, a new one only after `changed()` (the person changed what they typed) or
 *   `reset()` (a new submission). A 400/422 problem's `errors` (`in: body`) land on the
 *   same fields as the browser's (in the widget's language, where it has its own text);
 *   no answer at all is "offline", a 429 (too many in a short time) "limited";
 * - after a failed check or a refused send the error summary takes focus; every result
 *   is put into `announcement`, for the widget's live region.
 *
 * It keeps no copy of what was typed: the widget holds the values, in memory only.
 */
export class FormController implements ReactiveController {
  errors = new Map<string, string>();
  state: SendState = 'idle';
  announcement = '';
  private _key?: string;

  constructor(
    private readonly host: Host,
    private readonly texts: () => FormMessages,
    /** The field a server error belongs to; default the name up to its first `[` or `.` (`availability[0].day` → `availability`). */
    private readonly fieldOf: (name: string) => string = (name) => name.split(/[[.]/)[0]!,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The person changed what they typed: a send from now on is a new submission. */
  changed(): void {
    this._key = undefined;
    if (this.state !== 'sending') this.state = 'idle';
  }

  /** A new submission (after a confirmation, say): no errors, a new key. */
  reset(): void {
    this.errors = new Map();
    this.state = 'idle';
    this.announcement = '';
    this._key = undefined;
    this.host.requestUpdate();
  }

  /** Removes one field's error once the person has put it right. */
  clear(name: string): void {
    if (this.errors.delete(name)) this.host.requestUpdate();
  }

  /**
   * Checks the form with the browser's constraint validation, plus `extra` errors of the
   * widget's own rules (one of phone or e-mail, say). True when all is well; else the
   * errors are shown and the summary is focused.
   */
  check(form: HTMLFormElement, extra: ReadonlyMap<string, string> = new Map()): boolean {
    const m = this.texts();
    const errors = new Map<string, string>();
    for (const el of form.elements as unknown as Iterable<HTMLInputElement>) {
      if (!el.name || !el.willValidate || el.validity.valid || errors.has(el.name)) continue;
      const v = el.validity;
      const label = el.labels?.[0]?.firstChild?.textContent?.trim() ?? el.name;
      errors.set(
        el.name,
        v.valueMissing
          ? (el.dataset.requiredError ?? m.required(label))
          : v.typeMismatch
            ? m.emailInvalid
            : v.patternMismatch
              ? (el.dataset.patternError ?? m.invalid)
              : v.tooLong
                ? m.tooLong(el.maxLength)
                : m.invalid,
      );
    }
    for (const [name, text] of extra) if (!errors.has(name)) errors.set(name, text);
    this._show(errors);
    return errors.size === 0;
  }

  /**
   * Sends with this submission's key. Resolves with the answer, or with `undefined` when
   * it failed: then `state` or `errors` say why, and what was typed is untouched.
   * `onFieldErrors` runs when the server refused fields (by name), before they are shown,
   * so the widget can bring those questions back into view for the summary to focus.
   */
  async send<T>(
    submit: (key: string) => Promise<T>,
    onFieldErrors?: (errors: ReadonlyMap<string, string>) => void,
    /** A problem the widget shows itself (a full bus, say): true, and the controller shows nothing. */
    handled?: (error: ApiError) => boolean,
  ): Promise<T | undefined> {
    const m = this.texts();
    this._key ??= newIdempotencyKey();
    this.state = 'sending';
    this.announcement = m.sending;
    this.host.requestUpdate();
    try {
      const result = await submit(this._key);
      this.state = 'idle';
      this.announcement = '';
      this._key = undefined;
      return result;
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (handled?.(error)) {
        this.state = 'idle';
        this.announcement = '';
        this.host.requestUpdate();
        return undefined;
      }
      const fields = (error.problem?.errors ?? []).filter((f) => f.in === 'body');
      if ((error.status === 400 || error.status === 422) && fields.length) {
        this.state = 'idle';
        const errors = new Map<string, string>();
        for (const f of fields) {
          const name = this.fieldOf(f.name);
          if (!errors.has(name)) errors.set(name, m.serverErrors?.[name] ?? f.detail);
        }
        onFieldErrors?.(errors);
        this._show(errors);
      } else {
        const s = error.status;
        this.state = s === 0 ? 'offline' : s === 409 ? 'busy' : s === 429 ? 'limited' : 'failed';
        this.announcement = m[this.state];
        this.host.requestUpdate();
      }
      return undefined;
    }
  }

  /** The key the next send uses, for tests and for the widget's own display. */
  get key(): string | undefined {
    return this._key;
  }

  private async _show(errors: Map<string, string>): Promise<void> {
    this.errors = errors;
    this.announcement = errors.size ? this.texts().fixFields(errors.size) : '';
    this.host.requestUpdate();
    if (!errors.size) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }
}
