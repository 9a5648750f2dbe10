import { html, nothing } from 'lit';
import { fieldId } from './field.ts';

/**
 * The error summary (GOV.UK / NL Design System): a heading and a link to each field at
 * fault, shown above the form after a failed submit and focused by the form controller.
 * The links move focus themselves: a `#id` link inside a shadow root would change the host
 * page's URL and not reach the field. A form in steps passes `reveal`, which shows the
 * step that holds a field not shown now.
 */
export function renderErrorSummary(
  title: string,
  errors: ReadonlyMap<string, string>,
  root: () => ParentNode,
  reveal?: (name: string) => Promise<unknown>,
) {
  if (!errors.size) return nothing;
  const find = (name: string) => root().querySelector<HTMLElement>(`#${fieldId(name)}`);
  const focus = (name: string) => {
    const field = find(name);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  };
  const go = (e: Event, name: string) => {
    e.preventDefault();
    if (find(name) || !reveal) focus(name);
    else void reveal(name).then(() => focus(name));
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${title}</h3>
    <ul>
      ${[...errors].map(
        ([name, text]) => html`<li><a href="#${fieldId(name)}" @click=${(e: Event) => go(e, name)}>${text}</a></li>`,
      )}
    </ul>
  </div>`;
}
