import { html, nothing } from 'lit';
import { formatDate } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import { isSafeLink } from '../core/safe-link.ts';
import { icon, alert, check, clock, euro, people, place, signup } from '../core/icons.ts';
import { briefcase, card, globe, heart, mail, phone } from './icons.ts';
import { addressLine, isOutdated, shortUrl, telHref } from './contact.ts';
import type { SocialMapMessages } from './messages.ts';
import { isOpenAt, todayText, weekLines } from './opening-hours.ts';
import type { SocialMapService } from './types.ts';

export interface ServiceContext {
  locale: Locale;
  m: SocialMapMessages;
  now: Date;
  onCard: (id: string) => boolean;
  onToggleCard: (service: SocialMapService) => void;
  onDetails: (service: SocialMapService, open: boolean) => void;
}

const idOf = (s: SocialMapService, part: string) => `s-${s.id}-${part}`;

/** "Vrijwilligers (informele hulp)" and/or "Professionele hulp", each with its icon. */
export function renderKind(s: SocialMapService, m: SocialMapMessages, withHint: boolean) {
  const informal = s.kind !== 'professional';
  const professional = s.kind !== 'informal';
  return html`<ul class="kind" part="kind">
    ${informal ? html`<li class="kind-informal">${icon(heart)}<span>${m.informal}</span></li>` : nothing}
    ${professional
      ? html`<li class="kind-professional">
          ${icon(briefcase)}<span
            >${m.professional}${withHint ? html`<span class="kind-hint"> ${m.professionalHint}</span>` : nothing}</span
          >
        </li>`
      : nothing}
  </ul>`;
}

/** Phone, e-mail, website and address as links a person can use at once. */
export function renderContact(s: SocialMapService, m: SocialMapMessages) {
  const address = addressLine(s);
  return html`<ul class="contact">
    ${s.contact.phone
      ? html`<li>${icon(phone)}<a href=${telHref(s.contact.phone)}>${m.call} ${s.contact.phone}</a></li>`
      : nothing}
    ${s.contact.email
      ? html`<li>${icon(mail)}<a href="mailto:${s.contact.email}">${s.contact.email}</a></li>`
      : nothing}
    ${s.contact.website
      ? html`<li>
          ${icon(globe)}${isSafeLink(s.contact.website)
            ? html`<a href=${s.contact.website} rel="noopener">${shortUrl(s.contact.website)}</a>`
            : html`<span>${s.contact.website}</span>`}
        </li>`
      : nothing}
    ${address ? html`<li>${icon(place)}<span>${address}</span></li>` : nothing}
  </ul>`;
}

/** One service as a search result: an article named by the service. */
export function renderService(s: SocialMapService, ctx: ServiceContext) {
  const { m, locale, now } = ctx;
  const open = isOpenAt(s.openingHours, now);
  const outdated = isOutdated(s.assuredDate, now);
  const onCard = ctx.onCard(s.id);
  return html`<article class="service" part="service" aria-labelledby=${idOf(s, 'n')} data-id=${s.id}>
    <h3 class="name" part="name" id=${idOf(s, 'n')}>${s.name}</h3>
    <p class="organization">${m.organization} ${s.organization.name}</p>
    <p class="what">${s.description}</p>
    ${renderKind(s, m, true)}
    <ul class="facts">
      <li class="today">
        ${icon(clock)}<span
          >${open ? html`<strong class="open-now">${m.nowOpen}.</strong> ` : nothing}${todayText(s, now, locale, m)}</span
        >
      </li>
      <li>${icon(people)}<span><strong>${m.forWhom}:</strong> ${s.eligibility}</span></li>
      <li>${icon(euro)}<span><strong>${m.costs}:</strong> ${s.fees}</span></li>
      <li class=${s.referralRequired ? 'referral' : ''}>
        ${icon(s.referralRequired ? signup : check)}<span
          >${s.referralRequired ? m.referralNeeded : m.noReferral}</span
        >
      </li>
    </ul>
    ${renderContact(s, m)}
    <details
      class="more"
      @toggle=${(e: Event) => ctx.onDetails(s, (e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary part="summary">${m.more}<span class="visually-hidden">: ${s.name}</span></summary>
      <div class="more-body">
        <p><strong>${m.howToApply}:</strong> ${s.applicationProcess}</p>
        ${s.openingHours.length || s.byAppointment
          ? html`<p><strong>${m.openingHours}:</strong></p>
              <ul class="week">
                ${weekLines(s, locale, m).map((line) => html`<li>${line}</li>`)}
              </ul>`
          : nothing}
      </div>
    </details>
    <p class="checked ${outdated ? 'outdated' : ''}">
      ${outdated ? icon(alert) : nothing}<span
        >${m.checked(formatDate(s.assuredDate, locale))}${outdated ? html`. <strong>${m.outdated}</strong>` : nothing}</span
      >
    </p>
    <div class="actions" part="actions">
      <button
        type="button"
        class="card-toggle"
        part="card-toggle"
        aria-pressed=${onCard ? 'true' : 'false'}
        @click=${() => ctx.onToggleCard(s)}
      >
        ${icon(onCard ? check : card)}${onCard ? m.onCard : m.addToCard}<span class="visually-hidden"
          >: ${s.name}</span
        >
      </button>
    </div>
  </article>`;
}
