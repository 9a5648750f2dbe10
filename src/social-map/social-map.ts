import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { resolveApiBase } from '../core/api-base.ts';
import { formatDateTime } from '../core/dates.ts';
import { toLocale } from '../core/i18n.ts';
import { icon, alert, card, check, close, copy, print, search } from '../core/icons.ts';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.ts';
import { baseStyles } from '../core/styles.ts';
import { BuurtServiceSelectedEvent } from './events.ts';
import { loadSocialMap, type LoadedMap } from './load-map.ts';
import { readCachedMap } from './map-cache.ts';
import { socialMapMessages, type SocialMapMessages } from './messages.ts';
import { mountPrintRoot, type PrintRoot } from './print.ts';
import { referralCardStyles, referralCardText, renderReferralCard } from './referral-card.ts';
import { computeResults, indexMap, matching, type Results, type Selection } from './results.ts';
import type { SearchIndex } from './search/index.ts';
import { renderService, type ServiceContext } from './service-card.ts';
import { socialMapStyles } from './social-map.styles.ts';
import type { KindFilter, SocialMap, SocialMapService } from './types.ts';

/** How many results show before "Toon alle … resultaten". */
const PAGE = 20;

/**
 * The sociale kaart for inloop volunteers: search every service of the network as you type,
 * filter by topic, village, kind of help and "nu open", and put services on a verwijskaart
 * to print or copy for the resident. The whole map is downloaded once, kept in
 * `localStorage` and revalidated with its ETag, so searching goes on without a connection.
 *
 * @summary Searchable sociale kaart with a printable verwijskaart, in Dutch by default.
 * @tagname buurt-social-map
 *
 * @attr api - Base URL of the Buurtkit API. Default: `<meta name="buurtkit-api">`, else the origin of the script.
 * @attr category - Start with this topic chosen (a category id); with `no-filters`, show only this topic.
 * @attr village - Start with this village chosen (a village id); with `no-filters`, only this village.
 * @attr kind - Start with `informal` or `professional` help chosen; with `no-filters`, only that kind.
 * @attr lang - `nl` (default) or `en`.
 * @attr no-filters - Hide the filter chips (the search field stays).
 *
 * @fires {BuurtServiceSelectedEvent} buurt-service-selected - A volunteer opened "Meer over deze hulp" (`reason: 'details'`) or put a service on the verwijskaart (`reason: 'referral-card'`).
 *
 * @csspart search - The search field with its label and hint.
 * @csspart filters - The box with the filter chips.
 * @csspart chip - A filter chip (a toggle button with its count).
 * @csspart notice - "U ziet de kaart van …": shown when the server cannot be reached.
 * @csspart card-button - The button that opens the verwijskaart.
 * @csspart service - One result (an article).
 * @csspart name - The name of a service.
 * @csspart kind - Informal and/or professional help, in words with an icon.
 * @csspart summary - "Meer over deze hulp".
 * @csspart actions - The buttons under a result.
 * @csspart card-toggle - "Zet op verwijskaart".
 * @csspart dialog - The verwijskaart dialog.
 * @csspart referral-card - The verwijskaart itself (also what is printed).
 *
 * @cssprop --buurt-font-size - Base font size (default: the host's, at least 1rem).
 * @cssprop --buurt-color-accent - Accent colour of buttons and chips (default #1d5e3b).
 * @cssprop --buurt-color-on-accent - Text on the accent colour (default #fff).
 * @cssprop --buurt-color-surface - Background of results and buttons (default Canvas).
 * @cssprop --buurt-color-text - Text on results (default CanvasText).
 * @cssprop --buurt-color-border - Borders (default #767676).
 * @cssprop --buurt-color-link - Links (default LinkText).
 * @cssprop --buurt-color-focus - Focus ring (default #0b57d0).
 * @cssprop --buurt-color-warning - "Mogelijk verouderd" and the offline notice (default #8a4b00).
 * @cssprop --buurt-radius - Corner radius (default 0.5rem).
 * @cssprop --buurt-social-map-filters-background - Background of the filter box (default --buurt-color-surface-alt, transparent).
 * @cssprop --buurt-social-map-card-background - Background of a result (default --buurt-color-surface).
 * @cssprop --buurt-social-map-informal-color - Side bar and icon of informal help (default #1d5e3b).
 * @cssprop --buurt-social-map-professional-color - Side bar and icon of professional help (default #1b4f8a).
 * @cssprop --buurt-social-map-min-height - Height kept free while loading (default 20rem).
 */
export class BuurtSocialMap extends LitElement {
  static override styles = [baseStyles, statusStyles, socialMapStyles, referralCardStyles];

  // Declared without decorators: the decorator helpers cost ~400 bytes gzip, and this
  // widget has to fit 20 KB with Lit and its search index.
  static override properties = {
    api: {},
    category: {},
    village: {},
    kind: {},
    lang: {},
    noFilters: { type: Boolean, attribute: 'no-filters' },
    now: { attribute: false },
    _q: { state: true },
    _sel: { state: true },
    _card: { state: true },
    _showAll: { state: true },
    _announcement: { state: true },
    _copyStatus: { state: true },
    _copyText: { state: true },
  };

  /** Base URL of the API. */
  api?: string;
  /** Category id chosen at the start. */
  category?: string;
  /** Village id chosen at the start. */
  village?: string;
  /** `informal` or `professional`, chosen at the start. */
  kind?: KindFilter;
  /** `nl` or `en`. */
  override lang = 'nl';
  /** Hide the filter chips. */
  noFilters = false;
  /** The moment "nu open" and "vandaag" are computed for; default the current time. For tests and previews. */
  now?: Date;

  private _q = '';
  private _sel: Omit<Selection, 'q'> = { openNow: false };
  private _card: string[] = [];
  private _showAll = false;
  private _announcement = '';
  private _copyStatus: '' | 'copied' | 'failed' = '';
  private _copyText = '';


  /** The stored copy, shown while the network answers (or does not). */
  #stored?: LoadedMap;
  #indexed?: { map: SocialMap; index: SearchIndex<SocialMapService> };
  #found?: { index: SearchIndex<SocialMapService>; q: string; items: SocialMapService[] };
  #announceTimer?: ReturnType<typeof setTimeout>;
  #printRoot?: PrintRoot;
  #focusContent = false;

  get #api() {
    return resolveApiBase(this.api);
  }

  #map = new Task(this, {
    task: ([api], { signal }) => loadSocialMap(api, signal),
    args: () => [this.#api] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || !this.hasUpdated) {
      const stored = readCachedMap(this.#api);
      this.#stored = stored && { ...stored, source: 'cache' };
    }
    if (changed.has('category') || changed.has('village') || changed.has('kind')) {
      this._sel = {
        ...this._sel,
        category: this.category || undefined,
        village: this.village || undefined,
        kind: this.kind === 'informal' || this.kind === 'professional' ? this.kind : undefined,
      };
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    clearTimeout(this.#announceTimer);
    this.#afterPrint();
  }

  get #dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  #now = () => this.now ?? new Date();

  /** The map to show: the loaded one, else (while loading) the stored copy. */
  #loaded(): LoadedMap | undefined {
    const t = this.#map;
    if (t.status === TaskStatus.COMPLETE) return t.value;
    if (t.status === TaskStatus.ERROR) return undefined;
    return this.#stored;
  }

  #results(map: SocialMap): Results {
    // The first view (an empty query) shows every service and needs no search index: it is
    // built on the first search instead, which takes the biggest step out of the first render.
    if (!this._q.trim()) return computeResults(map.services, { ...this._sel, q: this._q }, this.#now());
    if (this.#indexed?.map !== map) {
      this.#indexed = { map, index: indexMap(map) };
      this.#found = undefined;
    }
    const index = this.#indexed.index;
    if (this.#found?.index !== index || this.#found.q !== this._q) {
      this.#found = { index, q: this._q, items: matching(map, index, this._q) };
    }
    return computeResults(this.#found.items, { ...this._sel, q: this._q }, this.#now());
  }

  /** Announces the number of results once typing or choosing has paused (not on every key). */
  #scheduleAnnouncement() {
    clearTimeout(this.#announceTimer);
    this._announcement = '';
    this.#announceTimer = setTimeout(() => {
      const loaded = this.#loaded();
      if (loaded) this._announcement = socialMapMessages(toLocale(this.lang)).results(this.#results(loaded.map).items.length);
    }, 1000);
  }

  #onInput = (e: InputEvent) => {
    this._q = (e.currentTarget as HTMLInputElement).value;
    this._showAll = false;
    this.#scheduleAnnouncement();
  };

  #choose<K extends 'category' | 'village' | 'kind'>(key: K, value: Selection[K]) {
    this._sel = { ...this._sel, [key]: this._sel[key] === value ? undefined : value };
    this._showAll = false;
    this.#scheduleAnnouncement();
  }

  #toggleOpenNow = () => {
    this._sel = { ...this._sel, openNow: !this._sel.openNow };
    this.#scheduleAnnouncement();
  };

  #clearFilters = () => {
    this._sel = { openNow: false };
    this.#focusContent = true;
    this.#scheduleAnnouncement();
  };

  #suggest = (categoryId: string) => {
    this._q = '';
    this._sel = { openNow: false, category: categoryId };
    this.#focusContent = true;
    this.#scheduleAnnouncement();
  };

  #toggleCard = (s: SocialMapService) => {
    if (this._card.includes(s.id)) {
      this._card = this._card.filter((id) => id !== s.id);
    } else {
      this._card = [...this._card, s.id];
      this.dispatchEvent(new BuurtServiceSelectedEvent(s, 'referral-card'));
    }
  };

  #details = (s: SocialMapService, open: boolean) => {
    if (open) this.dispatchEvent(new BuurtServiceSelectedEvent(s, 'details'));
  };

  #cardServices(map: SocialMap | undefined): SocialMapService[] {
    const byId = new Map(map?.services.map((s) => [s.id, s]));
    return this._card.map((id) => byId.get(id)).filter((s): s is SocialMapService => !!s);
  }

  #openCard = () => {
    this._copyStatus = '';
    this._copyText = '';
    this.#dialog?.showModal();
  };

  #closeCard = () => this.#dialog?.close();

  #cardTemplate(withRemove: boolean) {
    const locale = toLocale(this.lang);
    return renderReferralCard(this.#cardServices(this.#loaded()?.map), {
      locale,
      m: socialMapMessages(locale),
      onRemove: withRemove ? this.#toggleCard : undefined,
    });
  }

  /** Puts the card in the light-DOM print helper (see print.ts). */
  #beforePrint = () => {
    if (!this.#dialog?.open || this.#printRoot) return;
    this.#printRoot = mountPrintRoot(this.#cardTemplate(false), [baseStyles, socialMapStyles, referralCardStyles]);
  };

  #afterPrint = () => {
    this.#printRoot?.cleanup();
    this.#printRoot = undefined;
  };

  #print = () => {
    this.#beforePrint();
    window.print();
  };

  #copy = async () => {
    const locale = toLocale(this.lang);
    const text = referralCardText(this.#cardServices(this.#loaded()?.map), locale, socialMapMessages(locale));
    this._copyStatus = '';
    try {
      await navigator.clipboard.writeText(text);
      this._copyText = '';
      this._copyStatus = 'copied';
    } catch {
      // No clipboard API (an insecure page) or no permission: show the text, selected, to
      // copy by hand. (document.execCommand('copy') is deprecated and fails in the same cases.)
      this._copyText = text;
      this._copyStatus = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-text')?.select();
    }
  };

  #clearCard = () => {
    this._card = [];
  };

  #retry = () => {
    this.#focusContent = this.#map.status === TaskStatus.ERROR;
    void this.#map.run();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.#map.status;
    if (this.#focusContent && (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR)) {
      this.#focusContent = false;
      this.renderRoot.querySelector<HTMLElement>('.content [role="alert"] button, .count')?.focus();
    }
    if (this.#printRoot && this.#dialog?.open) {
      // Keep the paper copy in step with the card while the print preview is open.
      this.#afterPrint();
      this.#beforePrint();
    }
  }

  override render() {
    const locale = toLocale(this.lang);
    const m = socialMapMessages(locale);
    const task = this.#map;
    const loaded = this.#loaded();
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const results = loaded ? this.#results(loaded.map) : undefined;

    let content;
    if (task.status === TaskStatus.ERROR) {
      content = renderError(m.error, m.retry, this.#retry);
    } else if (!loaded || !results) {
      content = renderLoading(m.loading);
    } else if (!results.items.length) {
      content = this.#renderEmpty(loaded.map, m);
    } else {
      const ctx: ServiceContext = {
        locale,
        m,
        now: this.#now(),
        onCard: (id) => this._card.includes(id),
        onToggleCard: this.#toggleCard,
        onDetails: this.#details,
      };
      const shown = this._showAll ? results.items : results.items.slice(0, PAGE);
      content = html`<ul class="services">
          ${shown.map((s) => html`<li>${renderService(s, ctx)}</li>`)}
        </ul>
        ${shown.length < results.items.length
          ? html`<button type="button" class="show-all" @click=${() => (this._showAll = true)}>
              ${m.showAll(results.items.length)}
            </button>`
          : nothing}`;
    }

    const cardServices = this.#cardServices(loaded?.map);
    return html`<div class="root" lang=${locale}>
      <div class="search" part="search">
        <label for="q">${m.search}</label>
        <p class="hint" id="q-hint">${m.searchHint}</p>
        <div class="search-row">
          ${icon(search)}
          <input
            id="q"
            type="search"
            maxlength="100"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="q-hint"
            aria-controls="results"
            .value=${this._q}
            @input=${this.#onInput}
          />
        </div>
      </div>
      ${loaded?.source === 'cache' && !pending
        ? html`<div class="notice" part="notice" role="status">
            ${icon(alert)}
            <div>
              <p>${m.offline(formatDateTime(loaded.fetchedAt, locale))}</p>
              <button type="button" @click=${this.#retry}>${m.retry}</button>
            </div>
          </div>`
        : nothing}
      ${this.noFilters || !loaded || !results ? nothing : this.#renderFilters(loaded.map, results, m)}
      <div class="toolbar">
        <p class="count" tabindex="-1">${results && !(pending && !loaded) ? m.results(results.items.length) : ''}</p>
        <button type="button" class="card-button" part="card-button" @click=${this.#openCard}>
          ${icon(card)}${m.cardCount(cardServices.length)}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this._announcement}</p>
      <div class="content" id="results" aria-busy=${pending && !loaded ? 'true' : 'false'}>${content}</div>
      ${this.#renderDialog(cardServices, m)}
    </div>`;
  }

  #renderFilters(map: SocialMap, r: Results, m: SocialMapMessages) {
    const chip = (label: string, count: number, pressed: boolean, onClick: () => void) =>
      html`<li>
        <button
          type="button"
          class="chip"
          part="chip"
          aria-pressed=${pressed ? 'true' : 'false'}
          ?disabled=${count === 0 && !pressed}
          @click=${onClick}
        >
          ${pressed ? icon(check) : nothing}<span>${label}</span> <span class="chip-count">(${count})</span>
        </button>
      </li>`;
    const group = (legend: string, chips: unknown[]) =>
      html`<fieldset class="chip-group">
        <legend>${legend}</legend>
        <ul class="chips">
          ${chips}
        </ul>
      </fieldset>`;
    const kinds: [KindFilter, string][] = [
      ['informal', m.informal],
      ['professional', m.professional],
    ];
    // Folded by default, so results stay right below the search field while typing.
    const active = [this._sel.category, this._sel.village, this._sel.kind, this._sel.openNow].filter(Boolean).length;
    return html`<details class="filters" part="filters">
      <summary>${m.filters}${active ? ` (${active})` : ''}</summary>
      ${group(
        m.category,
        map.categories.map((c) =>
          chip(c.name, r.categories.get(c.id) ?? 0, this._sel.category === c.id, () => this.#choose('category', c.id)),
        ),
      )}
      ${map.villages.length > 1
        ? group(
            m.village,
            map.villages.map((v) =>
              chip(v.name, r.villages.get(v.id) ?? 0, this._sel.village === v.id, () => this.#choose('village', v.id)),
            ),
          )
        : nothing}
      ${group(m.kind, [
        ...kinds.map(([k, label]) =>
          chip(label, r.kinds.get(k) ?? 0, this._sel.kind === k, () => this.#choose('kind', k)),
        ),
        chip(m.openNow, r.openNow, this._sel.openNow, this.#toggleOpenNow),
      ])}
    </details>`;
  }

  #renderEmpty(map: SocialMap, m: SocialMapMessages) {
    const filtered = !!(this._sel.category || this._sel.village || this._sel.kind || this._sel.openNow);
    const q = this._q.trim();
    return renderEmpty(
      `${q ? m.nothingFoundFor(q) : m.nothingFound} ${m.suggestions}`,
      html`${filtered
        ? html`<button type="button" class="primary" @click=${this.#clearFilters}>${m.clearFilters}</button>`
        : nothing}
      ${map.categories.slice(0, 6).map(
        (c) => html`<button type="button" class="suggestion" @click=${() => this.#suggest(c.id)}>${c.name}</button>`,
      )}`,
    );
  }

  #renderDialog(services: SocialMapService[], m: SocialMapMessages) {
    return html`<dialog part="dialog" aria-label=${m.card} @close=${() => (this._copyStatus = '')}>
      <div class="dialog-bar">
        <button type="button" class="close" @click=${this.#closeCard}>${icon(close)}${m.close}</button>
      </div>
      ${services.length
        ? html`${this.#cardTemplate(true)}
            <div class="dialog-actions">
              <button type="button" class="primary" @click=${this.#print}>${icon(print)}${m.print}</button>
              <button type="button" @click=${this.#copy}>${icon(copy)}${m.copy}</button>
              <button type="button" @click=${this.#clearCard}>${m.clearCard}</button>
            </div>`
        : html`<p>${m.cardEmpty}</p>`}
      <p class="copy-status" role="status">
        ${this._copyStatus === 'copied' ? m.copied : this._copyStatus === 'failed' ? m.copyFailed : ''}
      </p>
      ${this._copyText
        ? html`<label for="copy-text" class="visually-hidden">${m.copy}</label>
            <textarea id="copy-text" class="copy-text" readonly rows="8">${this._copyText}</textarea>`
        : nothing}
    </dialog>`;
  }
}
