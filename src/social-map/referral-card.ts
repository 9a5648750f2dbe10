/**
 * The verwijskaart: the services a volunteer picked for a resident, to take home. The same
 * content is shown in the dialog, printed on one A4 in large type and copied as plain text.
 *
 * Only some visits use it, so it is a chunk of its own: the sociale kaart imports it when
 * the browser is idle after the first render (so it is there when the connection drops
 * later), or at once when the card is opened before that. Everything only the card needs
 * lives here: its texts on paper and as plain text, copying and printing.
 */
import { css, html, nothing, svg, type CSSResult, type LitElement, type ReactiveController } from 'lit';
import { formatDate, todayKey } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import { icon, check, clock, signup } from '../core/icons.ts';
import { close } from './icons.ts';
import { addressLine, shortUrl } from './contact.ts';
import { cardMessages, type CardMessages } from './card-messages.ts';
import type { SocialMapMessages } from './messages.ts';
import { weekLines } from './opening-hours.ts';
import { mountPrintRoot, type PrintRoot } from './print.ts';
import { renderContact, renderKind } from './service-card.ts';
import type { SocialMapService } from './types.ts';

// Icons only the verwijskaart shows: here rather than in icons.ts, so they load with this chunk.
const print = svg`<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>`;
const copy = svg`<rect x="8" y="8" width="12" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2"/>`;

export interface CardOptions {
  locale: Locale;
  m: CardMessages;
  /** Shown in the dialog, not on paper: a button to take a service off the card. */
  onRemove?: (service: SocialMapService) => void;
}

export function renderReferralCard(services: readonly SocialMapService[], o: CardOptions) {
  const { m, locale } = o;
  return html`<div class="referral-card" part="referral-card" lang=${locale}>
    <h2 class="card-title">${m.cardTitle}</h2>
    <p class="card-intro">${m.cardIntro} <span class="card-date">${m.cardMade(formatDate(todayKey(), locale))}</span></p>
    <ol class="card-services">
      ${services.map(
        (s) => html`<li class="card-service">
          <h3 class="card-name">${s.name}</h3>
          <p class="card-org">${s.organization.name}</p>
          <p>${s.description}</p>
          ${renderKind(s, m, false)} ${renderContact(s, m)}
          ${s.openingHours.length || s.byAppointment
            ? html`<p class="card-hours">
                ${icon(clock)}<span><strong>${m.openingHours}:</strong> ${weekLines(s, locale, m).join('; ')}</span>
              </p>`
            : nothing}
          <p class=${s.referralRequired ? 'card-referral referral' : 'card-referral'}>
            ${icon(s.referralRequired ? signup : check)}<span
              >${s.referralRequired ? m.referralNeeded : m.noReferral}</span
            >
          </p>
          ${o.onRemove
            ? html`<button type="button" class="card-remove" @click=${() => o.onRemove!(s)}>
                ${icon(close)}${m.remove}<span class="visually-hidden">: ${s.name}</span>
              </button>`
            : nothing}
        </li>`,
      )}
    </ol>
  </div>`;
}

/** What the dialog needs from the sociale kaart, asked for at each render. */
export interface CardSource extends Omit<CardOptions, 'm'> {
  /** The sociale kaart's texts; the card adds its own (card-messages.ts). */
  m: SocialMapMessages;
  services: readonly SocialMapService[];
  onClear: () => void;
}

/**
 * The dialog's content and work: the card with a remove button per service, printing it
 * and copying it as text. The sociale kaart creates one once this chunk has loaded; the
 * `<dialog>` itself (with its close button) is the sociale kaart's, so it can open at once.
 */
export class CardDialog implements ReactiveController {
  private _copyStatus: '' | 'copied' | 'failed' = '';
  private _copyText = '';
  private _printRoot?: PrintRoot;

  constructor(
    private readonly host: LitElement,
    private readonly source: () => CardSource,
    /** The sociale kaart's styles the card needs on paper too. */
    private readonly printStyles: readonly CSSResult[],
  ) {
    host.addController(this);
  }

  private get _dialog() {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** What is on the card now, with the texts of the sociale kaart and the card's own. */
  private _card() {
    const source = this.source();
    return { ...source, m: { ...source.m, ...cardMessages[source.locale] } };
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._beforePrint);
    window.addEventListener('afterprint', this._afterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._beforePrint);
    window.removeEventListener('afterprint', this._afterPrint);
    this._afterPrint();
  }

  hostUpdated(): void {
    if (this._printRoot && this._dialog?.open) {
      // Keep the paper copy in step with the card while the print preview is open.
      this._afterPrint();
      this._beforePrint();
    }
  }

  /** Forgets "Gekopieerd" and the text to copy by hand (when the dialog opens or closes). */
  reset(): void {
    this._copyStatus = '';
    this._copyText = '';
    this.host.requestUpdate();
  }

  /** Puts the card in the light-DOM print helper (see print.ts). */
  private _beforePrint = () => {
    if (!this._dialog?.open || this._printRoot) return;
    const { services, locale, m } = this._card();
    this._printRoot = mountPrintRoot(renderReferralCard(services, { locale, m }), [...this.printStyles, referralCardStyles]);
  };

  private _afterPrint = () => {
    this._printRoot?.cleanup();
    this._printRoot = undefined;
  };

  private _print = () => {
    this._beforePrint();
    window.print();
  };

  private _copy = async () => {
    const { services, locale, m } = this._card();
    const text = referralCardText(services, locale, m);
    // Cleared first, so that copying again is announced again.
    this.reset();
    try {
      await navigator.clipboard.writeText(text);
      this._copyText = '';
      this._copyStatus = 'copied';
    } catch {
      // No clipboard API (an insecure page) or no permission: show the text, selected, to
      // copy by hand. (document.execCommand('copy') is deprecated and fails in the same cases.)
      this._copyText = text;
      this._copyStatus = 'failed';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLTextAreaElement>('.copy-text')?.select();
  };

  render() {
    const o = this._card();
    const { m } = o;
    const status = this._copyStatus;
    return html`${o.services.length
        ? html`${renderReferralCard(o.services, o)}
            <div class="dialog-actions">
              <button type="button" class="primary" @click=${this._print}>${icon(print)}${m.print}</button>
              <button type="button" @click=${this._copy}>${icon(copy)}${m.copy}</button>
              <button type="button" @click=${o.onClear}>${m.clearCard}</button>
            </div>`
        : html`<p>${m.cardEmpty}</p>`}
      <p class="copy-status" role="status">${status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : ''}</p>
      ${this._copyText
        ? html`<label for="copy-text" class="visually-hidden">${m.copy}</label>
            <textarea id="copy-text" class="copy-text" readonly rows="8">${this._copyText}</textarea>`
        : nothing}`;
  }
}

/** The card as plain text, for an e-mail or a WhatsApp message. */
export function referralCardText(services: readonly SocialMapService[], locale: Locale, m: CardMessages): string {
  const blocks = services.map((s, i) => {
    const lines = [`${i + 1}. ${s.name} (${s.organization.name})`, s.description];
    if (s.contact.phone) lines.push(`${m.call}: ${s.contact.phone}`);
    if (s.contact.email) lines.push(`${m.email}: ${s.contact.email}`);
    if (s.contact.website) lines.push(`${m.website}: ${shortUrl(s.contact.website)}`);
    const address = addressLine(s);
    if (address) lines.push(`${m.address}: ${address}`);
    const hours = weekLines(s, locale, m);
    if (hours.length) lines.push(`${m.openingHours}: ${hours.join('; ')}`);
    lines.push(s.referralRequired ? m.referralNeeded : m.noReferral);
    return lines.join('\n');
  });
  return [`${m.cardTitle} (${formatDate(todayKey(), locale)})`, m.cardIntro, ...blocks].join('\n\n') + '\n';
}

/**
 * The verwijskaart dialog, in the element's shadow root (here, not in social-map.styles.ts:
 * the first screen of the sociale kaart does not need it).
 */
export const cardDialogStyles = css`
  dialog {
    inline-size: min(48rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 1rem 1.25rem 1.25rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  dialog[open] {
    display: grid;
    gap: 1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
  }
`;

/**
 * The card's look on screen and on paper. On paper: A4, 14pt text and more, black on white,
 * each service kept in one piece, no buttons.
 */
export const referralCardStyles = css`
  .referral-card {
    display: grid;
    gap: 1rem;
  }
  .card-title {
    font-size: 1.5em;
    line-height: 1.2;
    margin: 0;
  }
  .card-services {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card-service {
    display: grid;
    gap: 0.35rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    break-inside: avoid;
  }
  .card-name {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0;
  }
  .card-org {
    font-weight: 600;
  }
  .card-hours,
  .card-referral {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .card-remove {
    justify-self: start;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .copy-text {
    inline-size: 100%;
    font: inherit;
  }
  .copy-status:empty {
    display: none;
  }
  @container (max-width: 30rem) {
    .dialog-actions button {
      flex: 1 1 100%;
    }
  }
  @media print {
    /* Blocks, not grids: Chrome moves a whole grid row to the next page too early. */
    .referral-card,
    .card-services {
      display: block;
    }
    .referral-card {
      font-size: 14pt;
      line-height: 1.3;
      color: #000;
    }
    .card-title {
      font-size: 20pt;
    }
    .card-intro {
      margin-block: 4pt 10pt;
    }
    .card-name {
      font-size: 16pt;
    }
    .card-service {
      border: 1.5pt solid #000;
      padding: 5pt 10pt;
      gap: 1pt;
      margin-block-end: 6pt;
    }
    .card-remove {
      display: none;
    }
    .contact {
      gap: 0;
    }
    .contact a {
      min-block-size: 0;
      padding: 0;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
