import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from './field.ts';

/**
 * Choices with large targets: a group of radio buttons, a select, a single checkbox. Like
 * field.ts: a visible label or legend, a hint and an error linked with `aria-describedby`,
 * and the first input carries the `f-<name>` id that the error summary links to.
 */
export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

interface Common {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

const describedBy = (id: string, o: { hint?: string; error?: string }) =>
  [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

const texts = (id: string, o: { hint?: string; error?: string }) =>
  html`${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
  ${o.error ? html`<p class="error" id="${id}-error">${o.error}</p>` : nothing}`;

/** A fieldset of radio buttons: one answer of a few, all in view. */
export function renderRadios(o: Common & { required?: boolean; requiredError?: string }): TemplateResult {
  const id = fieldId(o.name);
  return html`<fieldset class="choice-group ${o.error ? 'has-error' : ''}" part="field" aria-describedby=${describedBy(id, o)}>
    <legend>${o.label}</legend>
    ${texts(id, o)}
    ${o.options.map(
      (opt, i) => html`<label class="check"
        ><input
          type="radio"
          id=${i === 0 ? id : `${id}-${opt.value}`}
          name=${o.name}
          .value=${opt.value}
          .checked=${o.value === opt.value}
          ?required=${o.required}
          data-required-error=${o.requiredError ?? nothing}
          aria-invalid=${o.error && i === 0 ? 'true' : nothing}
          @change=${() => o.onChange(opt.value)}
        />${opt.label}</label
      >`,
    )}
  </fieldset>`;
}

/** A select, for a longer list (days, places). `placeholder` is the empty first option. */
export function renderSelect(o: Common & { placeholder?: string; required?: boolean; requiredError?: string }): TemplateResult {
  const id = fieldId(o.name);
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label for=${id}>${o.label}</label>
    ${texts(id, o)}
    <select
      id=${id}
      name=${o.name}
      ?required=${o.required}
      data-required-error=${o.requiredError ?? nothing}
      aria-describedby=${describedBy(id, o)}
      aria-invalid=${o.error ? 'true' : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder !== undefined ? html`<option value="" ?selected=${!o.value}>${o.placeholder}</option>` : nothing}
      ${o.options.map((opt) => html`<option .value=${opt.value} ?selected=${opt.value === o.value} ?disabled=${opt.disabled}>${opt.label}</option>`)}
    </select>
  </div>`;
}

/** One checkbox with its label beside it. */
export function renderCheckbox(o: { name: string; label: string; checked: boolean; error?: string; onChange: (on: boolean) => void }): TemplateResult {
  const id = fieldId(o.name);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    ${o.error ? html`<p class="error" id="${id}-error">${o.error}</p>` : nothing}
    <label class="check"
      ><input
        type="checkbox"
        id=${id}
        name=${o.name}
        aria-describedby=${o.error ? `${id}-error` : nothing}
        aria-invalid=${o.error ? 'true' : nothing}
        .checked=${o.checked}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />${o.label}</label
    >
  </div>`;
}
