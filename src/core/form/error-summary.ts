import { html, nothing } from 'lit';
import { fieldId } from './field.ts';

export interface ErrorSummaryOptions {
  /** A form in steps shows the step that holds a field not shown now. */
  reveal?: (name: string) => Promise<unknown>;
  /** The id of a field's control, when the form does not use `fieldId` (the /beheer editors). */
  idOf?: (name: string) => string;
}

/**
 * The error summary (GOV.UK / NL Design System): a heading and a link to each field at
 * fault, shown above the form after a failed submit and focused by the form controller.
 * The links move focus themselves: a `#id` link inside a shadow root would change the host
 * page's URL and not reach the field. Every form, a resident's or a coordinator's, uses
 * this one, so they all read and behave the same.
 */
export function renderErrorSummary(title: string, errors: ReadonlyMap<string, string>, root: () => ParentNode, o: ErrorSummaryOptions = {}) {
  if (!errors.size) return nothing;
  const idOf = o.idOf ?? fieldId;
  const find = (name: string) => {
    const at = root().querySelector<HTMLElement>(`#${CSS.escape(idOf(name))}`);
    // A group of choices (a fieldset) takes the focus on its first choice.
    return at?.matches('fieldset') ? (at.querySelector<HTMLElement>('input, select, textarea') ?? at) : at;
  };
  const focus = (name: string) => {
    const field = find(name);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  };
  const go = (e: Event, name: string) => {
    e.preventDefault();
    if (find(name) || !o.reveal) focus(name);
    else void o.reveal(name).then(() => focus(name));
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${title}</h3>
    <ul>
      ${[...errors].map(([name, text]) => html`<li><a href="#${idOf(name)}" @click=${(e: Event) => go(e, name)}>${text}</a></li>`)}
    </ul>
  </div>`;
}
