import { html, nothing, type TemplateResult } from 'lit';

/** The id of a field's input, for labels, the error summary's links and focus. */
export const fieldId = (name: string) => `f-${name}`;

export interface FieldOptions {
  /** The field's name: the key of its value and of its error (`phone`, `email`). */
  name: string;
  label: string;
  /** Shown under the label, linked with `aria-describedby`: what to fill in, what it is for. */
  hint?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'textarea';
  /** The `autocomplete` purpose (`name`, `tel`, `email`), so the browser can fill it in. */
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  /** A pattern for constraint validation, with the text to show when it does not match. */
  pattern?: string;
  patternError?: string;
  /** The text when a required field is left empty ("Vul uw naam in."). */
  requiredError?: string;
  /** Marks the label "(niet verplicht)". */
  optionalText?: string;
}

/**
 * One question: a visible label (never a placeholder), a hint and an error, both linked
 * with `aria-describedby`, `aria-invalid` while the error shows, and a native input that
 * the browser checks (required, type, pattern, maxlength) before anything is sent.
 */
export function renderField(o: FieldOptions): TemplateResult {
  const id = fieldId(o.name);
  const describedBy = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    // `nothing` leaves an attribute out (Lit 3), so no directive is needed.
    describedBy: describedBy || nothing,
    invalid: o.error ? 'true' : nothing,
  };
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement).value);
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label for=${id}>${o.label}${o.optionalText ? html` <span class="optional">${o.optionalText}</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="error" id="${id}-error">${o.error}</p>` : nothing}
    ${o.type === 'textarea'
      ? html`<textarea
          id=${common.id}
          name=${o.name}
          rows="4"
          maxlength=${o.maxlength ?? nothing}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          .value=${o.value}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${common.id}
          name=${o.name}
          type=${o.type ?? 'text'}
          autocomplete=${o.autocomplete ?? nothing}
          ?required=${o.required}
          maxlength=${o.maxlength ?? nothing}
          pattern=${o.pattern ?? nothing}
          data-pattern-error=${o.patternError ?? nothing}
          data-required-error=${o.requiredError ?? nothing}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          .value=${o.value}
          @input=${onInput}
        />`}
  </div>`;
}
