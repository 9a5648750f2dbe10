import { html, nothing } from 'lit';
import { renderCheckbox, renderRadios, renderSelect } from '../core/form/choice.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { fieldId, renderField } from '../core/form/field.ts';
import type { FormSteps } from '../core/form/steps.ts';
import { dayKey, formatDay, formatTime } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { RideMessages } from './messages.ts';
import { activityOf, blockAt, clockOf, costOf, hasRoom, needs, readTime, tripDate } from './trip.ts';
import type { Answers, RideDay, RideService } from './types.ts';

/** The questions in groups: one group per step on a narrow widget (core/form/steps.ts). */
export const GROUPS: readonly (readonly string[])[] = [
  ['forWhom', 'relation', 'requesterName', 'requesterPhone', 'requesterEmail'],
  ['name', 'phone', 'email', 'postalCode', 'houseNumber', 'street'],
  ['rollator', 'wheelchair', 'helpAtDoor', 'companions', 'note'],
  ['destination', 'activity', 'place', 'destPostalCode', 'destHouseNumber', 'destStreet', 'date', 'timeKind', 'time', 'returnTrip', 'returnTime'],
  ['consent'],
];

/**
 * The contract's patterns (RidePhone, RideAddress), checked by the browser first. Browsers
 * compile `pattern` with the `v` flag, where `(`, `)` and `-` in a class need a `\`.
 */
const PHONE = '\\+?[0-9][0-9 \\(\\)\\-]{7,18}[0-9]';
const POSTCODE = '\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*';
const HOUSE_NUMBER = '\\s*[0-9]{1,5}( ?[A-Za-z0-9\\-]{1,4})?\\s*';
/** "10.00", "10:00", "1000", "10.00 uur" (trip.ts readTime). */
const TIME = '\\s*([01]?[0-9]|2[0-3])[.:,]?[0-5][0-9]\\s*(uur)?\\s*';

export interface RideFormContext {
  m: RideMessages;
  locale: Locale;
  service: RideService;
  days: readonly RideDay[];
  answers: Answers;
  errors: ReadonlyMap<string, string>;
  steps: FormSteps;
  root: () => ParentNode;
  set: <K extends keyof Answers>(name: K, value: Answers[K]) => void;
}

/** The coordinator's number, to tap on a phone. */
export const phoneLink = (phone: string) => html`<a class="phone" href="tel:${phone.replace(/[^+0-9]/g, '')}">${phone}</a>`;

/** A group's heading; on a narrow widget it starts the step, says which, and takes focus. */
function heading(c: RideFormContext, group: number) {
  const s = c.steps;
  const title = c.m.steps[group]!;
  return s.narrow
    ? html`<h3 id="step-title" tabindex="-1"><span class="step-count">${c.m.step(group + 1, GROUPS.length)}</span> ${title}</h3>`
    : html`<h3>${title}</h3>`;
}

const text = (c: RideFormContext, name: keyof Answers & string, label: string, more: Partial<Parameters<typeof renderField>[0]> = {}) =>
  renderField({
    name,
    label,
    value: String(c.answers[name]),
    error: c.errors.get(name),
    onInput: (v) => c.set(name, v as never),
    ...more,
  });

function renderWho(c: RideFormContext) {
  const { m, answers: a } = c;
  return html`${heading(c, 0)}
    ${renderRadios({
      name: 'forWhom',
      label: m.forWhom,
      value: a.forWhom,
      options: [
        { value: 'self', label: m.forSelf },
        { value: 'other', label: m.forOther },
      ],
      onChange: (v) => c.set('forWhom', v as Answers['forWhom']),
    })}
    ${a.forWhom === 'other'
      ? html`<fieldset class="choice-group requester">
          <legend>${m.requesterTitle}</legend>
          <p class="hint">${m.requesterHint}</p>
          ${renderRadios({
            name: 'relation',
            label: m.relation,
            value: a.relation,
            options: (['family', 'volunteer', 'other'] as const).map((r) => ({ value: r, label: m.relations[r] })),
            onChange: (v) => c.set('relation', v as Answers['relation']),
          })}
          ${text(c, 'requesterName', m.requesterName, { autocomplete: 'name', required: true, maxlength: 100, requiredError: m.requesterNameRequired })}
          ${text(c, 'requesterPhone', m.requesterPhone, { type: 'tel', autocomplete: 'tel', required: true, maxlength: 20, pattern: PHONE, patternError: m.phonePattern, requiredError: m.phoneRequired })}
          ${text(c, 'requesterEmail', m.requesterEmail, { type: 'email', autocomplete: 'email', maxlength: 254, optionalText: m.optional })}
        </fieldset>`
      : nothing}`;
}

function renderPassenger(c: RideFormContext) {
  const { m, answers: a } = c;
  const self = a.forWhom === 'self';
  // The passenger's own address: autofill only when asking for oneself.
  const auto = (token: string) => (self ? token : 'off');
  return html`${heading(c, 1)}
    ${text(c, 'name', self ? m.nameSelf : m.name, { autocomplete: auto('name'), required: true, maxlength: 100, requiredError: self ? m.requesterNameRequired : m.nameRequired })}
    ${text(c, 'phone', self ? m.phoneSelf : m.phone, {
      hint: m.phoneHint,
      type: 'tel',
      autocomplete: auto('tel'),
      required: true,
      maxlength: 20,
      pattern: PHONE,
      patternError: m.phonePattern,
      requiredError: m.phoneRequired,
    })}
    ${text(c, 'email', m.email, { hint: m.emailHint, type: 'email', autocomplete: auto('email'), maxlength: 254, optionalText: m.optional })}
    <fieldset class="choice-group address">
      <legend>${self ? m.address : m.addressOther}</legend>
      <div class="address-row">
        ${text(c, 'postalCode', m.postalCode, {
          hint: m.postalCodeHint,
          autocomplete: auto('postal-code'),
          required: true,
          maxlength: 7,
          pattern: POSTCODE,
          patternError: m.postalCodePattern,
          requiredError: m.postalCodeRequired,
        })}
        ${text(c, 'houseNumber', m.houseNumber, { required: true, maxlength: 10, pattern: HOUSE_NUMBER, patternError: m.houseNumberPattern, requiredError: m.houseNumberRequired })}
      </div>
      ${text(c, 'street', m.street, { autocomplete: auto('address-line1'), required: true, maxlength: 100, requiredError: m.streetRequired })}
    </fieldset>`;
}

function renderMobility(c: RideFormContext) {
  const { m, answers: a } = c;
  return html`${heading(c, 2)}
    <fieldset class="choice-group">
      <legend>${m.mobility}</legend>
      ${renderCheckbox({ name: 'rollator', label: m.rollator, checked: a.rollator, onChange: (v) => c.set('rollator', v) })}
      ${renderRadios({
        name: 'wheelchair',
        label: m.wheelchair,
        value: a.wheelchair,
        options: (['none', 'transfers', 'seated'] as const).map((w) => ({ value: w, label: m.wheelchairs[w] })),
        onChange: (v) => c.set('wheelchair', v as Answers['wheelchair']),
      })}
      ${renderCheckbox({ name: 'helpAtDoor', label: m.helpAtDoor, checked: a.helpAtDoor, onChange: (v) => c.set('helpAtDoor', v) })}
    </fieldset>
    ${renderSelect({
      name: 'companions',
      label: m.companions,
      hint: m.companionsHint,
      value: String(a.companions),
      options: [0, 1, 2, 3].map((n) => ({ value: String(n), label: m.companionCount(n) })),
      onChange: (v) => c.set('companions', Number(v)),
    })}
    ${text(c, 'note', m.note, { hint: m.noteHint, type: 'textarea', maxlength: 500, optionalText: m.optional })}`;
}

/** Too soon to ask here (phone instead), and the days the bus does not run. */
function renderDayNotes(c: RideFormContext) {
  const { m, locale, service } = c;
  const tooSoon = c.days.filter((d) => d.status === 'too-soon').at(-1);
  const blocked = c.days.filter((d) => d.status === 'blocked');
  return html`${tooSoon
      ? html`<p class="notice too-soon">${m.tooSoonDays(formatDay(tooSoon.date, locale), service.leadTime.workingDays)} ${m.callUs('')}${phoneLink(service.phone)}</p>`
      : nothing}
    ${blocked.length ? html`<ul class="blocked">${blocked.map((d) => html`<li>${m.blockedDay(formatDay(d.date, locale), d.reason ?? '')}</li>`)}</ul>` : nothing}`;
}

/** The blocks of the trip's day with the places still free, before a time is chosen. */
function renderBlocks(c: RideFormContext, day: RideDay) {
  const { m, locale, answers: a } = c;
  const chosen = blockAt(day, readTime(a.time));
  return html`<section class="blocks" aria-labelledby="blocks-title">
    <h4 id="blocks-title">${m.freeOnDay(formatDay(day.date, locale))}</h4>
    <ul>
      ${day.blocks.map(
        (b) => html`<li class=${b === chosen ? 'chosen-block' : ''}>
          <span class="block-time">${formatTime(b.start, locale)}–${formatTime(b.end, locale)}</span>
          <span class=${b.seatsLeft === 0 ? 'block-free full' : 'block-free'}>${m.blockFree(b.seatsLeft, b.wheelchairPlacesLeft)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderTrip(c: RideFormContext) {
  const { m, locale, answers: a, service } = c;
  const need = needs(a);
  const kinds = [
    ...(service.activities.length ? [{ value: 'activity', label: m.toActivity }] : []),
    ...(service.places.length ? [{ value: 'place', label: m.toPlace }] : []),
    { value: 'address', label: m.toAddress },
  ];
  const activity = activityOf(service, a);
  const date = tripDate(service, a);
  const day = c.days.find((d) => d.date === date);
  const addressField = (name: 'destPostalCode' | 'destHouseNumber' | 'destStreet', label: string, more: Partial<Parameters<typeof renderField>[0]>) =>
    text(c, name, label, { required: true, ...more });
  return html`${heading(c, 3)}
    ${renderRadios({ name: 'destination', label: m.destination, value: a.destination, options: kinds, onChange: (v) => c.set('destination', v as Answers['destination']) })}
    ${a.destination === 'activity'
      ? html`${renderSelect({
          name: 'activity',
          label: m.activity,
          value: a.activity,
          placeholder: m.chooseActivity,
          required: true,
          requiredError: m.activityRequired,
          error: c.errors.get('activity'),
          options: service.activities.map((x) => ({ value: x.occurrenceId, label: `${x.title}, ${formatDay(dayKey(x.start), locale)} ${formatTime(x.start, locale)}` })),
          onChange: (v) => c.set('activity', v),
        })}
        ${activity
          ? html`<dl class="facts activity-facts">
              <div class="fact"><dt>${m.when}</dt><dd>${m.activityWhen(formatDay(dayKey(activity.start), locale), formatTime(activity.start, locale), formatTime(activity.end, locale))}</dd></div>
              <div class="fact"><dt>${m.to}</dt><dd>${activity.place.name}, ${activity.place.address.street}, ${activity.place.address.locality}</dd></div>
            </dl>`
          : nothing}`
      : a.destination === 'place'
        ? renderSelect({
            name: 'place',
            label: m.place,
            value: a.place,
            placeholder: m.choosePlace,
            required: true,
            requiredError: m.placeRequired,
            error: c.errors.get('place'),
            options: service.places.map((p) => ({ value: p.id, label: `${p.name} (${p.address.locality})` })),
            onChange: (v) => c.set('place', v),
          })
        : html`<fieldset class="choice-group address">
            <legend>${m.destAddress}</legend>
            <p class="hint">${m.destAddressHint(service.serviceArea.description)}</p>
            <div class="address-row">
              ${addressField('destPostalCode', m.postalCode, { maxlength: 7, pattern: POSTCODE, patternError: m.postalCodePattern, requiredError: m.postalCodeRequired })}
              ${addressField('destHouseNumber', m.houseNumber, { maxlength: 10, pattern: HOUSE_NUMBER, patternError: m.houseNumberPattern, requiredError: m.houseNumberRequired })}
            </div>
            ${addressField('destStreet', m.street, { maxlength: 100, requiredError: m.streetRequired })}
          </fieldset>`}
    ${a.destination !== 'activity'
      ? html`${renderDayNotes(c)}
        ${renderSelect({
          name: 'date',
          label: m.date,
          value: a.date,
          placeholder: m.chooseDate,
          required: true,
          requiredError: m.dateRequired,
          error: c.errors.get('date'),
          options: c.days
            .filter((d) => d.status === 'open' && d.date <= service.bookingUntil)
            .map((d) => {
              const room = hasRoom(d, need);
              return { value: d.date, label: `${formatDay(d.date, locale)}: ${room ? m.dayFree : m.dayFull}`, disabled: !room };
            }),
          onChange: (v) => c.set('date', v),
        })}`
      : day?.status === 'too-soon' || (activity && !day)
        ? html`<p class="notice too-soon" id=${fieldId('date')} tabindex="-1">${m.tooSoonActivity} ${m.callUs('')}${phoneLink(service.phone)}</p>`
        : nothing}
    ${day?.status === 'open' ? renderBlocks(c, day) : nothing}
    ${renderRadios({
      name: 'timeKind',
      label: m.timeKind,
      value: a.timeKind,
      options: [
        { value: 'arrive-by', label: m.arriveBy },
        { value: 'pick-up-at', label: m.pickUpAt },
      ],
      onChange: (v) => c.set('timeKind', v as Answers['timeKind']),
    })}
    ${text(c, 'time', a.timeKind === 'arrive-by' ? m.timeArrive : m.timePickUp, {
      hint: m.timeHint,
      required: true,
      maxlength: 10,
      pattern: TIME,
      patternError: m.timePattern,
      requiredError: m.timeRequired,
    })}
    ${renderCheckbox({ name: 'returnTrip', label: m.returnTrip, checked: a.returnTrip, onChange: (v) => c.set('returnTrip', v) })}
    ${a.returnTrip
      ? text(c, 'returnTime', m.returnTime, { hint: m.timeHint, required: true, maxlength: 10, pattern: TIME, patternError: m.timePattern, requiredError: m.returnTimeRequired })
      : nothing}`;
}

/** What a trip costs, as the person reads it before sending. */
export function costText(c: Pick<RideFormContext, 'm' | 'service' | 'answers'>): string {
  const { m, service, answers: a } = c;
  const cents = costOf(service, a);
  if (cents === undefined) return m.costUnknown(service.cost.text);
  if (cents === 0) return m.costFree;
  return (a.returnTrip ? m.costBoth : m.costOne)(m.euro(cents));
}

function renderBeforeSending(c: RideFormContext) {
  const { m, locale, service, errors, answers: a } = c;
  const consentError = errors.get('consent');
  return html`<section class="privacy" aria-labelledby=${c.steps.narrow ? 'step-title' : 'before-title'}>
    ${c.steps.narrow ? heading(c, 4) : html`<h3 id="before-title">${m.steps[4]}</h3>`}
    <dl class="facts">
      <div class="fact"><dt>${m.leadTime}</dt><dd>${m.leadTimeText(service.leadTime.workingDays, formatDay(service.leadTime.earliestDate, locale))}</dd></div>
      <div class="fact"><dt>${m.cost}</dt><dd class="cost">${costText(c)}</dd></div>
    </dl>
    <h4>${m.privacyTitle}</h4>
    <dl class="facts">
      <div class="fact"><dt>${m.why}</dt><dd>${service.privacy.why}</dd></div>
      <div class="fact"><dt>${m.who}</dt><dd>${service.privacy.who}</dd></div>
      <div class="fact"><dt>${m.howLong}</dt><dd>${service.privacy.howLong}</dd></div>
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
  </section>`;
}

/** The questions, a group per step on a narrow widget, then "Verder" to the check step. */
export function renderQuestions(c: RideFormContext) {
  const { m, errors, steps } = c;
  const parts = [renderWho, renderPassenger, renderMobility, renderTrip, renderBeforeSending];
  return html`${renderErrorSummary(m.summaryTitle, errors, c.root, { reveal: (name) => steps.show(name) })}
    ${parts.map((render, i) => (steps.shows(i) ? html`<div class="group">${render(c)}</div>` : nothing))}
    <!-- The spam trap (decision 0009): robots that fill in every field find it; \`hidden\`
         keeps it from people, the tab order and screen readers, autocomplete="off" from autofill. -->
    <div hidden>
      <label for="f-homepage">Website (laat leeg)</label>
      <input id="f-homepage" name="homepage" tabindex="-1" autocomplete="off" .value=${c.answers.homepage} @input=${(e: Event) => c.set('homepage', (e.target as HTMLInputElement).value)} />
    </div>
    <div class="form-actions">
      <button type="submit" class="primary">${steps.last ? m.next : m.nextStep}</button>
      ${steps.narrow && steps.index > 0 ? html`<button type="button" class="previous" @click=${() => steps.go(-1)}>${m.previous}</button>` : nothing}
    </div>`;
}

/** The widget's own rules, beyond what the browser checks, for the groups shown now. */
export function extraErrors(c: Pick<RideFormContext, 'm' | 'locale' | 'service' | 'days' | 'answers' | 'steps'>): Map<string, string> {
  const { m, locale, service, answers: a, steps } = c;
  const errors = new Map<string, string>();
  const inArea = (postalCode: string) => service.serviceArea.postcodes.includes(postalCode.trim().slice(0, 4));
  if (steps.shows(1) && /^\s*[1-9][0-9]{3}/.test(a.postalCode) && !inArea(a.postalCode)) errors.set('postalCode', m.outsideArea(service.serviceArea.description));
  if (steps.shows(3)) {
    if (a.destination === 'address' && /^\s*[1-9][0-9]{3}/.test(a.destPostalCode) && !inArea(a.destPostalCode))
      errors.set('destPostalCode', m.outsideArea(service.serviceArea.description));
    const date = tripDate(service, a);
    const day = c.days.find((d) => d.date === date);
    if (a.destination === 'activity' && a.activity && day?.status !== 'open') errors.set('date', m.tooSoonActivity);
    const need = needs(a);
    const check = (name: 'time' | 'returnTime', typed: string) => {
      const time = readTime(typed);
      if (!time || !day || day.status !== 'open') return;
      const block = blockAt(day, time);
      if (!block) {
        const first = day.blocks[0];
        const last = day.blocks.at(-1);
        if (first && last) errors.set(name, m.timeOutside(formatTime(first.start, locale), formatTime(last.end, locale)));
      } else if (block.seatsLeft < need.seats) errors.set(name, m.timeFull);
      else if (block.wheelchairPlacesLeft < need.wheelchair) errors.set(name, m.timeFullWheelchair);
    };
    check('time', a.time);
    if (a.returnTrip) {
      const out = readTime(a.time);
      const back = readTime(a.returnTime);
      if (out && back && back <= out) errors.set('returnTime', m.returnTimeEarly);
      else check('returnTime', a.returnTime);
    }
  }
  return errors;
}

export { clockOf };

/** The contract's body paths (`passenger.address.postalCode`) as the form's fields. */
const SERVER_FIELDS: Record<string, keyof Answers> = {
  'passenger.name': 'name',
  'passenger.phone': 'phone',
  'passenger.email': 'email',
  'passenger.address': 'postalCode',
  'passenger.address.postalCode': 'postalCode',
  'passenger.address.houseNumber': 'houseNumber',
  'passenger.address.street': 'street',
  'passenger.mobility': 'wheelchair',
  'passenger.mobility.note': 'note',
  'passenger.companions': 'companions',
  requester: 'requesterName',
  'requester.name': 'requesterName',
  'requester.phone': 'requesterPhone',
  'requester.email': 'requesterEmail',
  'requester.relation': 'relation',
  destination: 'destination',
  'destination.occurrenceId': 'activity',
  'destination.placeId': 'place',
  'destination.address': 'destPostalCode',
  'destination.address.postalCode': 'destPostalCode',
  'destination.address.houseNumber': 'destHouseNumber',
  'destination.address.street': 'destStreet',
  trip: 'time',
  'trip.date': 'date',
  'trip.timeKind': 'timeKind',
  'trip.time': 'time',
  'trip.returnTime': 'returnTime',
  consent: 'consent',
};

/** The field a server error belongs on; an activity's day is the activity's. */
export function serverField(name: string, a: Answers): string {
  let path = name;
  while (!SERVER_FIELDS[path] && path.includes('.')) path = path.slice(0, path.lastIndexOf('.'));
  const field = SERVER_FIELDS[path] ?? 'name';
  return field === 'date' && a.destination === 'activity' ? 'activity' : field;
}
