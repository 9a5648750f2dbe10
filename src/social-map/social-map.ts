import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { BuurtElement } from '../core/buurt-element.ts';
import { chipStyles, renderChipGroup, type Chip } from '../core/chips.ts';
import { formatDateTime } from '../core/dates.ts';
import { FocusController } from '../core/focus.ts';
import { LazyModule, whenIdle } from '../core/lazy.ts';
import { icon, alert, search } from '../core/icons.ts';
import { card, close } from './icons.ts';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.ts';
import { baseStyles } from '../core/styles.ts';
import { UrlStateController } from '../core/url-state.ts';
import { BuurtServiceSelectedEvent } from './events.ts';
import { loadSocialMap, type LoadedMap } from './load-map.ts';
import { readCachedMap } from './map-cache.ts';
import { fromParams, kindOf, toParams, URL_NAMES } from './filter-state.ts';
import { socialMapMessages, type SocialMapMessages } from './messages.ts';
import { computeResults, type Results, type Selection } from './results.ts';
import type { SearchIndex } from '../../common/search/index.ts';
import { renderService, type ServiceContext } from './service-card.ts';
import { socialMapStyles } from './social-map.styles.ts';
import type { KindFilter, SocialMap, SocialMapService } from './types.ts';

type CardDialog = import('./referral-card.ts').CardDialog;

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
 * @attr lang - `nl` or `en`; default the `lang` of the host page, else `nl`.
 * @attr no-filters - Hide the filter chips (the search field stays).
 * @attr id - Also names the URL parameters that keep the search and filters (`buurt-<id>-zoek`; default `buurt-kaart-zoek`).
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
 * @cssprop --buurt-chip-active-background - Background of a chosen chip (default --buurt-color-accent).
 * @cssprop --buurt-chip-active-color - Text of a chosen chip (default --buurt-color-on-accent).
 * @cssprop --buurt-social-map-filters-background - Background of the filter box (default --buurt-color-surface-alt, transparent).
 * @cssprop --buurt-social-map-card-background - Background of a result (default --buurt-color-surface).
 * @cssprop --buurt-social-map-informal-color - Side bar and icon of informal help (default #1d5e3b).
 * @cssprop --buurt-social-map-professional-color - Side bar and icon of professional help (default #1b4f8a).
 * @cssprop --buurt-social-map-min-height - Height kept free while loading (default 20rem).
 */
export class BuurtSocialMap extends BuurtElement<SocialMapMessages> {
  static override styles = [baseStyles, statusStyles, chipStyles, socialMapStyles];

  protected readonly messages = socialMapMessages;

  /** Category id chosen at the start. */
  @property() category?: string;
  /** Village id chosen at the start. */
  @property() village?: string;
  /** `informal` or `professional`, chosen at the start. */
  @property() kind?: KindFilter;
  /** Hide the filter chips. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  @state() private _q = '';
  @state() private _sel: Omit<Selection, 'q'> = { openNow: false };
  @state() private _card: string[] = [];
  @state() private _showAll = false;

  /** "Toon alle": the button goes away, so focus goes on to the first card it added (once it is there). */
  private _showRest = () => {
    this._showAll = true;
    const added = () => this.renderRoot.querySelectorAll('.name')[PAGE];
    this._focus.after(added, added);
  };
  @state() private _announcement = '';

  /** The stored copy, shown while the network answers (or does not). */
  private _stored?: LoadedMap;
  private _indexed?: { map: SocialMap; index: SearchIndex<SocialMapService> };
  private _found?: { index: SearchIndex<SocialMapService>; q: string; items: SocialMapService[] };
  private _announceTimer?: ReturnType<typeof setTimeout>;
  /** The search engine (search.ts), a chunk of its own: the first view needs no search. */
  private _engine = new LazyModule(this, () => import('./search.ts'), () => {
    // Typed before the engine was there: the number of results is said once it is.
    if (this._q.trim()) this._scheduleAnnouncement();
  });
  /** The verwijskaart's content, from its chunk (referral-card.ts) once loaded. */
  private _cardUi?: CardDialog;
  private _cardKit = new LazyModule(this, () => import('./referral-card.ts'), (kit) => {
    // Its styles join the element's own: a constructed sheet, fine under a strict CSP.
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, kit.cardDialogStyles.styleSheet!, kit.referralCardStyles.styleSheet!];
    const source = () => ({
      services: this._cardServices(this._loaded()?.map),
      locale: this.locale,
      m: this.m,
      onRemove: this._toggleCard,
      onClear: () => (this._card = []),
    });
    this._cardUi = new kit.CardDialog(this, source, [baseStyles, socialMapStyles]);
  });
  private _focus = new FocusController(this);
  /** The result cards come a few per task (the first screen first): see core/reveal.ts. */
  private _reveal = this.revealController();
  /** The folded filter chips are built a frame after the first results. */
  private _chipsReveal = this.revealController();
  private _url = new UrlStateController(this, 'kaart', URL_NAMES);

  private _map = new Task(this, {
    task: ([api], { signal }) => loadSocialMap(api, signal),
    args: () => [this.apiBase] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || !this.hasUpdated) {
      const stored = readCachedMap(this.apiBase);
      this._stored = stored && { ...stored, source: 'cache' };
    }
    if (changed.has('category') || changed.has('village') || changed.has('kind')) {
      this._sel = { ...this._sel, category: this.category || undefined, village: this.village || undefined, kind: kindOf(this.kind) };
    }
    if (!this.hasUpdated) {
      // A shared link's choices win over the attributes' starting point; with
      // no-filters the attributes are a fixed scope and only the search comes from the URL.
      const start = { ...this._sel, q: this._q };
      const { q, ...sel } = fromParams(this._url.read(), start);
      this._q = q;
      if (q.trim()) void this._engine.load();
      if (!this.noFilters) this._sel = sel;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  private get _dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  /** The map to show: the loaded one, else (while loading) the stored copy. */
  private _loaded(): LoadedMap | undefined {
    const t = this._map;
    if (t.status === TaskStatus.COMPLETE) return t.value;
    if (t.status === TaskStatus.ERROR) return undefined;
    return this._stored;
  }

  /** A question is typed and the search engine is not there (yet): the results wait for it. */
  private get _awaitingEngine(): boolean {
    return !!this._q.trim() && !this._engine.value;
  }

  private _results(map: SocialMap): Results {
    // The first view (an empty query) shows every service and needs no search index: it is
    // built on the first search instead, which takes the biggest step out of the first render.
    // Until the engine is there, the counts on the chips are those of every service.
    const engine = this._engine.value;
    if (!this._q.trim() || !engine) return computeResults(map.services, { ...this._sel, q: this._q }, this.clock());
    const { indexMap, matching } = engine;
    if (this._indexed?.map !== map) {
      this._indexed = { map, index: indexMap(map) };
      this._found = undefined;
    }
    const index = this._indexed.index;
    if (this._found?.index !== index || this._found.q !== this._q) {
      this._found = { index, q: this._q, items: matching(map, index, this._q) };
    }
    return computeResults(this._found.items, { ...this._sel, q: this._q }, this.clock());
  }

  /** Announces the number of results once typing or choosing has paused (not on every key). */
  private _scheduleAnnouncement() {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      const loaded = this._loaded();
      if (loaded && !this._awaitingEngine) this._announcement = this.m.results(this._results(loaded.map).items.length);
      // Into the URL too, once typing has paused (browsers limit how often a page may do it).
      this._url.write(toParams({ ...this._sel, q: this._q }));
    }, 1000);
  }

  private _onInput = (e: InputEvent) => {
    this._q = (e.currentTarget as HTMLInputElement).value;
    if (this._q.trim()) void this._engine.load();
    this._showAll = false;
    this._scheduleAnnouncement();
  };

  private _choose<K extends 'category' | 'village' | 'kind'>(key: K, value: Selection[K]) {
    this._sel = { ...this._sel, [key]: this._sel[key] === value ? undefined : value };
    this._showAll = false;
    this._scheduleAnnouncement();
  }

  private _toggleOpenNow = () => {
    this._sel = { ...this._sel, openNow: !this._sel.openNow };
    this._scheduleAnnouncement();
  };

  private _clearFilters = () => {
    this._sel = { openNow: false };
    this._focusContent();
    this._scheduleAnnouncement();
  };

  private _suggest = (categoryId: string) => {
    this._q = '';
    this._sel = { openNow: false, category: categoryId };
    this._focusContent();
    this._scheduleAnnouncement();
  };

  private _toggleCard = (s: SocialMapService) => {
    if (this._card.includes(s.id)) {
      this._card = this._card.filter((id) => id !== s.id);
    } else {
      this._card = [...this._card, s.id];
      this.dispatchEvent(new BuurtServiceSelectedEvent(s, 'referral-card'));
    }
  };

  private _details = (s: SocialMapService, open: boolean) => {
    if (open) this.dispatchEvent(new BuurtServiceSelectedEvent(s, 'details'));
  };

  private _cardServices(map: SocialMap | undefined): SocialMapService[] {
    const byId = new Map(map?.services.map((s) => [s.id, s]));
    return this._card.map((id) => byId.get(id)).filter((s): s is SocialMapService => !!s);
  }

  protected override firstUpdated(): void {
    // Fetch the search engine and the verwijskaart while nothing else happens, so that they
    // are there when the connection drops later.
    whenIdle(() => {
      void this._engine.prefetch();
      void this._cardKit.prefetch();
    });
  }

  /** Settles once the element has rendered, including a search or a verwijskaart still being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([this._engine.whileLoading(), this._cardKit.whileLoading()]);
    return super.getUpdateComplete();
  }

  private _openCard = () => {
    this._cardUi?.reset();
    void this._cardKit.load();
    this._dialog?.showModal();
  };

  private _closeCard = () => this._dialog?.close();

  private _retry = () => {
    if (this._map.status === TaskStatus.ERROR) this._focusContent();
    void this._map.run();
  };

  /** After a retry or an empty-state action the pressed button is gone: focus what came. */
  private _focusContent() {
    this._focus.after('.content [role="alert"] button, .count', () => {
      const status = this._map.status;
      return status === TaskStatus.COMPLETE || status === TaskStatus.ERROR;
    });
  }

  override render() {
    const { locale, m } = this;
    const task = this._map;
    const loaded = this._loaded();
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const results = loaded ? this._results(loaded.map) : undefined;

    let content;
    if (task.status === TaskStatus.ERROR) {
      content = renderError(m.error, m.retry, this._retry);
    } else if (!loaded || !results) {
      content = renderLoading(m.loading);
    } else if (this._awaitingEngine) {
      content = this._engine.failed
        ? renderError(m.searchUnavailable, m.retry, () => void this._engine.load())
        : renderLoading(m.loading);
    } else if (!results.items.length) {
      content = this._renderEmpty(loaded.map, m);
    } else {
      const ctx: ServiceContext = {
        locale,
        m,
        now: this.clock(),
        onCard: (id) => this._card.includes(id),
        onToggleCard: this._toggleCard,
        onDetails: this._details,
      };
      const shown = this._showAll ? results.items : results.items.slice(0, PAGE);
      // The same results (with "Toon alle" too) go on where they were; new ones start over.
      const now = this._reveal.count(results.items.map((s) => s.id).join(' '), shown.length);
      content = html`<ul class="services">
          ${shown.slice(0, now).map((s) => html`<li>${renderService(s, ctx)}</li>`)}
        </ul>
        ${now === shown.length && shown.length < results.items.length
          ? html`<button type="button" class="show-all" @click=${this._showRest}>
              ${m.showAll(results.items.length)}
            </button>`
          : nothing}`;
    }

    const cardServices = this._cardServices(loaded?.map);
    // Until the first map is there: the search field (typing may start) and one placeholder,
    // so the filters and the toolbar do not push the placeholder (or the page) down.
    const firstLoad = !loaded && task.status !== TaskStatus.ERROR;
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
            @input=${this._onInput}
          />
        </div>
      </div>
      ${firstLoad
        ? html`<div class="content" id="results" aria-busy="true">${content}</div>`
        : this._renderLoaded(loaded, results, pending, cardServices, content, m)}
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${this._renderDialog(m)}
    </div>`;
  }

  private _renderLoaded(
    loaded: LoadedMap | undefined,
    results: Results | undefined,
    pending: boolean,
    cardServices: SocialMapService[],
    content: unknown,
    m: SocialMapMessages,
  ) {
    return html`${loaded?.source === 'cache' && !pending
        ? html`<div class="notice" part="notice" role="status">
            ${icon(alert)}
            <div>
              <p>${m.offline(formatDateTime(loaded.fetchedAt, this.locale))}</p>
              <button type="button" @click=${this._retry}>${m.retry}</button>
            </div>
          </div>`
        : nothing}
      ${this.noFilters || !loaded || !results ? nothing : this._renderFilters(loaded.map, results, m)}
      <div class="toolbar">
        <p class="count" tabindex="-1">${results && !(pending && !loaded) && !this._awaitingEngine ? m.results(results.items.length) : ''}</p>
        <button type="button" class="card-button" part="card-button" @click=${this._openCard}>
          ${icon(card)}${m.cardCount(cardServices.length)}
        </button>
      </div>
      <div class="content" id="results" aria-busy=${(pending && !loaded) || (this._awaitingEngine && !this._engine.failed) ? 'true' : 'false'}>
        ${content}
      </div>`;
  }

  private _renderFilters(map: SocialMap, r: Results, m: SocialMapMessages) {
    const sel = this._sel;
    const chip = (id: string, label: string, count: number, pressed: boolean, onToggle: () => void): Chip => ({ id, label, count, pressed, onToggle });
    const kinds: [KindFilter, string][] = [
      ['informal', m.informal],
      ['professional', m.professional],
    ];
    // Folded by default, so results stay right below the search field while typing.
    const active = [sel.category, sel.village, sel.kind, sel.openNow].filter(Boolean).length;
    // Folded by default, so its chips are built a frame after the first results.
    // Once: a newer map (the server's answer after the stored copy) must not rebuild the chips under a finger.
    const chipsReady = this._chipsReveal.count(this._chipsReveal, 1, 0) > 0;
    return html`<details class="filters" part="filters">
      <summary>${m.filters}${active ? ` (${active})` : ''}</summary>
      ${chipsReady
        ? html`${renderChipGroup(
              m.category,
              map.categories.map((c) =>
                chip(c.id, c.name, r.categories.get(c.id) ?? 0, sel.category === c.id, () => this._choose('category', c.id)),
              ),
            )}
            ${map.villages.length > 1
              ? renderChipGroup(
                  m.village,
                  map.villages.map((v) =>
                    chip(v.id, v.name, r.villages.get(v.id) ?? 0, sel.village === v.id, () => this._choose('village', v.id)),
                  ),
                )
              : nothing}
            ${renderChipGroup(m.kind, [
              ...kinds.map(([k, label]) => chip(k, label, r.kinds.get(k) ?? 0, sel.kind === k, () => this._choose('kind', k))),
              chip('open-now', m.openNow, r.openNow, sel.openNow, this._toggleOpenNow),
            ])}`
        : nothing}
    </details>`;
  }

  private _renderEmpty(map: SocialMap, m: SocialMapMessages) {
    const filtered = !!(this._sel.category || this._sel.village || this._sel.kind || this._sel.openNow);
    const q = this._q.trim();
    return renderEmpty(
      `${q ? m.nothingFoundFor(q) : m.nothingFound} ${m.suggestions}`,
      html`${filtered
        ? html`<button type="button" class="primary" @click=${this._clearFilters}>${m.clearFilters}</button>`
        : nothing}
      ${map.categories.slice(0, 6).map(
        (c) => html`<button type="button" class="suggestion" @click=${() => this._suggest(c.id)}>${c.name}</button>`,
      )}`,
    );
  }

  private _renderDialog(m: SocialMapMessages) {
    return html`<dialog part="dialog" aria-label=${m.card} @close=${() => this._cardUi?.reset()}>
      <div class="dialog-bar">
        <button type="button" class="close" @click=${this._closeCard}>${icon(close)}${m.close}</button>
      </div>
      ${this._cardUi
        ? this._cardUi.render()
        : this._cardKit.failed
          ? renderError(m.cardUnavailable, m.retry, () => void this._cardKit.load())
          : html`<p>${m.cardLoading}</p>`}
    </dialog>`;
  }
}
