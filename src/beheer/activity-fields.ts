/**
 * The editor's controls: a visible label (never a placeholder), a hint and an error linked
 * with `aria-describedby`, `aria-invalid` while the error shows. Ids are `f-act-<field>`, so
 * a message from the server finds its field and the focus can go there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Draft, FieldKey } from './activity-draft.ts';
import type { ActivitiesMessages } from './activities-messages.ts';

export interface FieldContext {
  d: Draft;
  m: ActivitiesMessages;
  errors: Partial<Record<FieldKey, string>>;
  set<K extends keyof Draft>(key: K, value: Draft[K]): void;
}

export const controlId = (key: string) => `f-act-${key}`;

export function described(key: string, hint: unknown, error: unknown) {
  const id = controlId(key);
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

export const helpTexts = (key: string, hint: string | undefined, error: string | undefined) =>
  html`${hint ? html`<p class="hint" id="${controlId(key)}-hint">${hint}</p>` : nothing}
  ${error ? html`<p class="error" id="${controlId(key)}-error">${error}</p>` : nothing}`;

type TextKey = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft] & FieldKey;

/** A text, number-ish, date or time field bound to one string of the draft. */
export function textField(
  c: FieldContext,
  key: TextKey,
  label: string,
  o: { type?: 'text' | 'date' | 'time' | 'textarea'; hint?: string; optional?: boolean; maxlength?: number; inputmode?: string; autocomplete?: string } = {},
): TemplateResult {
  const id = controlId(key);
  const error = c.errors[key];
  const onInput = (e: Event) => c.set(key, (e.target as HTMLInputElement).value);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}${o.optional ? html` <span class="optional">${c.m.optional}</span>` : nothing}</label>
    ${helpTexts(key, o.hint, error)}
    ${o.type === 'textarea'
      ? html`<textarea id=${id} name=${key} rows="4" maxlength=${o.maxlength ?? nothing} aria-describedby=${described(key, o.hint, error)} aria-invalid=${error ? 'true' : nothing} .value=${c.d[key]} @input=${onInput}></textarea>`
      : html`<input
          id=${id}
          name=${key}
          type=${o.type ?? 'text'}
          maxlength=${o.maxlength ?? nothing}
          inputmode=${o.inputmode ?? nothing}
          autocomplete=${o.autocomplete ?? 'off'}
          aria-describedby=${described(key, o.hint, error)}
          aria-invalid=${error ? 'true' : nothing}
          .value=${c.d[key]}
          @input=${onInput}
          @change=${onInput}
        />`}
  </div>`;
}

/** A select of a list (organisation, place). */
export function selectField(c: FieldContext, key: 'organizationId' | 'placeId', label: string, placeholder: string, options: { value: string; label: string }[]): TemplateResult {
  const id = controlId(key);
  const error = c.errors[key];
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${helpTexts(key, undefined, error)}
    <select id=${id} name=${key} aria-describedby=${described(key, undefined, error)} aria-invalid=${error ? 'true' : nothing} @change=${(e: Event) => c.set(key, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!c.d[key]}>${placeholder}</option>
      ${options.map((o) => html`<option .value=${o.value} ?selected=${o.value === c.d[key]}>${o.label}</option>`)}
    </select>
  </div>`;
}

type FlagKey = Exclude<{ [K in keyof Draft]: Draft[K] extends boolean ? K : never }[keyof Draft], undefined>;

/** One checkbox bound to a yes/no of the draft. */
export function checkbox(c: FieldContext, key: FlagKey, label: string): TemplateResult {
  return html`<label class="check"
    ><input type="checkbox" id=${controlId(key)} name=${key} .checked=${c.d[key]} @change=${(e: Event) => c.set(key, (e.target as HTMLInputElement).checked)} />${label}</label
  >`;
}

/** A fieldset of checkboxes for a list of ids (categories, audiences, weekdays). */
export function checkboxGroup<T extends string>(
  c: FieldContext,
  key: FieldKey,
  legend: string,
  chosen: readonly T[],
  options: { value: T; label: string }[],
  onChange: (values: T[]) => void,
  hint?: string,
): TemplateResult {
  const error = c.errors[key];
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return html`<fieldset class="choice-group ${error ? 'has-error' : ''}" aria-describedby=${described(key, hint, error)}>
    <legend>${legend}</legend>
    ${helpTexts(key, hint, error)}
    <div class="checks">
      ${options.map(
        (o, i) => html`<label class="check"
          ><input
            type="checkbox"
            id=${i === 0 ? controlId(key) : `${controlId(key)}-${o.value}`}
            name=${key}
            .value=${o.value}
            .checked=${chosen.includes(o.value)}
            aria-invalid=${error && i === 0 ? 'true' : nothing}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
          />${o.label}</label
        >`,
      )}
    </div>
  </fieldset>`;
}

/** A fieldset of radio buttons: one answer of a few, all in view. */
export function radioGroup<T extends string | number>(
  c: FieldContext,
  key: string,
  errorKey: FieldKey | undefined,
  legend: string,
  value: T,
  options: { value: T; label: string }[],
  onChange: (value: T) => void,
): TemplateResult {
  const error = errorKey ? c.errors[errorKey] : undefined;
  return html`<fieldset class="choice-group ${error ? 'has-error' : ''}" aria-describedby=${described(key, undefined, error)}>
    <legend>${legend}</legend>
    ${helpTexts(key, undefined, error)}
    ${options.map(
      (o, i) => html`<label class="check"
        ><input
          type="radio"
          id=${i === 0 ? controlId(key) : `${controlId(key)}-${o.value}`}
          name=${key}
          .value=${String(o.value)}
          .checked=${o.value === value}
          aria-invalid=${error && i === 0 ? 'true' : nothing}
          @change=${() => onChange(o.value)}
        />${o.label}</label
      >`,
    )}
  </fieldset>`;
}
