import { html, nothing } from 'lit';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { fieldId, renderField } from '../core/form/field.ts';
import type { SignupMessages } from './messages.ts';
import { GROUPS, type QuestionSteps } from './steps.ts';
import { DAY_PARTS, WEEKDAYS, type Answers, type OpportunityDetail } from './types.ts';

/**
 * The contract's phone pattern (VolunteerSignupRequest.phone), checked by the browser first.
 * Browsers compile `pattern` with the `v` flag, where `(`, `)` and `-` in a class need a `\`.
 */
export const PHONE_PATTERN = '\\+?[0-9][0-9 \\(\\)\\-]{7,18}[0-9]';

export interface FormContext {
  m: SignupMessages;
  answers: Answers;
  errors: ReadonlyMap<string, string>;
  privacy: OpportunityDetail['privacy'];
  root: () => ParentNode;
  /** Which group of questions shows (all on a wide widget). */
  steps: QuestionSteps;
  set: (name: keyof Answers, value: Answers[keyof Answers]) => void;
}

/** Availability: a table-like set of checkboxes, one group per day, large targets. */
function renderAvailability(c: FormContext) {
  const { m, answers } = c;
  const toggle = (v: string, on: boolean) =>
    c.set('availability', on ? [...answers.availability, v] : answers.availability.filter((x) => x !== v));
  const error = c.errors.get('availability');
  return html`<fieldset
    class="choice-group availability ${error ? 'has-error' : ''}"
    aria-describedby=${error ? 'f-availability-hint f-availability-error' : 'f-availability-hint'}
  >
    <legend>${m.availability} <span class="optional">${m.optional}</span></legend>
    <p class="hint" id="f-availability-hint">${m.availabilityHint}</p>
    ${error ? html`<p class="error" id="f-availability-error">${error}</p>` : nothing}
    <div class="days">
      ${WEEKDAYS.map(
        (d, i) => html`<fieldset class="day">
          <legend>${m.days[d]}</legend>
          ${DAY_PARTS.map((p) => {
            const v = `${d}-${p}`;
            return html`<label class="check"
              ><input
                type="checkbox"
                id=${i === 0 && p === 'morning' ? fieldId('availability') : nothing}
                .checked=${answers.availability.includes(v)}
                @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
              />${m.dayParts[p]}</label
            >`;
          })}
        </fieldset>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * A group's heading. On a narrow widget it starts each step: it says the step ("Stap 1 van
 * 3") and takes focus, so a screen reader says where the person is.
 */
function heading(c: FormContext, group: number, title: string, id?: string) {
  const s = c.steps;
  return s.narrow
    ? html`<h3 id="step-title" tabindex="-1"><span class="step-count">${s.texts.step(group + 1, GROUPS.length)}</span> ${title}</h3>`
    : html`<h3 id=${id ?? nothing}>${title}</h3>`;
}

/** The questions: name; phone or e-mail (each saying what it is used for); availability; a message; privacy and consent. */
export function renderQuestions(c: FormContext) {
  const { m, answers: a, errors, steps } = c;
  const consentError = errors.get('consent');
  return html`${renderErrorSummary(m.summaryTitle, errors, c.root, { reveal: (name) => steps.show(name) })}
    ${steps.shows(0)
      ? html`${heading(c, 0, m.formTitle)}
        ${renderField({
          name: 'name',
          label: m.name,
          value: a.name,
          error: errors.get('name'),
          autocomplete: 'name',
          required: true,
          maxlength: 100,
          requiredError: m.nameRequired,
          onInput: (v) => c.set('name', v),
        })}
        <fieldset class="choice-group">
          <legend>${m.contactLegend}</legend>
          <p class="hint">${m.contactHint}</p>
          ${renderField({
            name: 'phone',
            label: m.phone,
            hint: m.phoneHint,
            value: a.phone,
            error: errors.get('phone'),
            type: 'tel',
            autocomplete: 'tel',
            maxlength: 20,
            pattern: PHONE_PATTERN,
            patternError: m.phonePattern,
            onInput: (v) => c.set('phone', v),
          })}
          ${renderField({
            name: 'email',
            label: m.email,
            hint: m.emailHint,
            value: a.email,
            error: errors.get('email'),
            type: 'email',
            autocomplete: 'email',
            maxlength: 254,
            onInput: (v) => c.set('email', v),
          })}
        </fieldset>`
      : nothing}
    ${steps.shows(1)
      ? html`${steps.narrow ? heading(c, 1, steps.texts.more) : nothing} ${renderAvailability(c)}
        ${renderField({
          name: 'message',
          label: m.message,
          hint: m.messageHint,
          optionalText: m.optional,
          value: a.message,
          error: errors.get('message'),
          type: 'textarea',
          maxlength: 1000,
          onInput: (v) => c.set('message', v),
        })}`
      : nothing}
    <!-- The spam trap (decision 0009): robots that fill in every field find it; \`hidden\`
         keeps it from people, the tab order and screen readers, autocomplete="off" from autofill. -->
    <div hidden>
      <label for="f-homepage">Website (laat leeg)</label>
      <input id="f-homepage" name="homepage" tabindex="-1" autocomplete="off" .value=${a.homepage} @input=${(e: Event) => c.set('homepage', (e.target as HTMLInputElement).value)} />
    </div>
    ${steps.shows(2)
      ? html`<section class="privacy" aria-labelledby=${steps.narrow ? 'step-title' : 'privacy-title'}>
          ${heading(c, 2, m.privacyTitle, 'privacy-title')}
          <dl class="facts">
            <div class="fact"><dt>${m.why}</dt><dd>${c.privacy.why}</dd></div>
            <div class="fact"><dt>${m.who}</dt><dd>${c.privacy.who}</dd></div>
            <div class="fact"><dt>${m.howLong}</dt><dd>${c.privacy.howLong}</dd></div>
          </dl>
          <div class="field ${consentError ? 'has-error' : ''}">
            ${consentError ? html`<p class="error" id="f-consent-error">${consentError}</p>` : nothing}
            <label class="check"
              ><input
                type="checkbox"
                id=${fieldId('consent')}
                name="consent"
                required
                data-required-error=${m.consentRequired}
                aria-describedby=${consentError ? 'f-consent-error' : nothing}
                aria-invalid=${consentError ? 'true' : nothing}
                .checked=${a.consent}
                @change=${(e: Event) => c.set('consent', (e.target as HTMLInputElement).checked)}
              />${m.consent}</label
            >
          </div>
        </section>`
      : nothing}
    <div class="form-actions">
      <button type="submit" class="primary">${steps.narrow ? steps.texts.next : m.next}</button>
      ${steps.narrow && steps.index > 0
        ? html`<button type="button" class="previous" @click=${() => steps.go(-1)}>${steps.texts.previous}</button>`
        : nothing}
    </div>`;
}

/** "Controleer uw gegevens": every answer with a "Wijzigen" that goes back to its field. */
export function renderCheck(c: FormContext & { what: string; when?: string; onChange: (field: string) => void }) {
  const { m, answers: a } = c;
  const row = (label: string, value: string, field?: string) =>
    html`<div class="fact">
      <dt>${label}</dt>
      <dd>${value || m.none}</dd>
      ${field
        ? html`<dd class="change">
            <button type="button" class="link-button" @click=${() => c.onChange(field)}>
              ${m.change}<span class="visually-hidden"> ${label.toLowerCase()}</span>
            </button>
          </dd>`
        : nothing}
    </div>`;
  const availability = a.availability
    .map((v) => {
      const [d, p] = v.split('-') as [keyof SignupMessages['days'], keyof SignupMessages['dayParts']];
      return `${m.days[d]} ${m.dayParts[p]}`;
    })
    .join(', ');
  return html`<h3 id="check-title" tabindex="-1">${m.checkTitle}</h3>
    <p>${m.checkIntro}</p>
    <dl class="facts check-list">
      ${row(m.what, c.what)} ${c.when ? row(m.when, c.when) : nothing} ${row(m.name, a.name, 'name')}
      ${row(m.phone, a.phone, 'phone')} ${row(m.email, a.email, 'email')}
      ${row(m.availability, availability, 'availability')} ${row(m.message, a.message, 'message')}
      ${row(m.privacyTitle, m.agreed)}
    </dl>
    <div class="form-actions"><button type="submit" class="primary send">${m.send}</button></div>`;
}
