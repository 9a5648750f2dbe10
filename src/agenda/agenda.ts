import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getJson, type QueryOf } from '../api/client.ts';
import { BuurtElement } from '../core/buurt-element.ts';
import { chipStyles } from '../core/chips.ts';
import { addDays, dayKey, monthEnd, monthStart } from '../core/dates.ts';
import { FocusController } from '../core/focus.ts';
import { LazyModule } from '../core/lazy.ts';
import { baseStyles } from '../core/styles.ts';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.ts';
import { UrlStateController } from '../core/url-state.ts';
import { agendaStyles } from './agenda.styles.ts';
import { BuurtHelpOfferedEvent, BuurtRideRequestedEvent } from './events.ts';
import { renderFeedLinks } from './feed-links.ts';
import { emptyFilters, fromParams, hasFilters, parseIds, toParams, URL_NAMES, type FilterState } from './filter-state.ts';
import { renderFilters } from './filters.ts';
import { groupByDay } from './group-by-day.ts';
import { renderList } from './list-view.ts';
import { renderOccurrence, type CardContext } from './occurrence-card.ts';
import { agendaMessages, type AgendaMessages } from './messages.ts';
import type { Occurrence, OccurrencePage, Term } from './types.ts';

/** How many days the empty state's "show more" widens the window to. */
const WIDE_WINDOW = 90;
/**
 * The list view shows a week at first, and adds a week with each "Toon meer dagen"; but a
 * step ends with the day that brings it to ITEMS_PER_STEP activities. A busy village's week
 * is thirty-odd cards: a long page to scroll on a phone, and on a cheap one a first render
 * that keeps it from answering a tap for half a second (Lighthouse's TBT).
 */
const DAYS_PER_STEP = 7;
const ITEMS_PER_STEP = 12;

interface Vocabulary {
  categories: Term[];
  organizations: Term[];
}

/**
 * The activity agenda of a community network: every activity of every organisation,
 * grouped by day or in a month overview, with filters, iCalendar links and schema.org data.
 *
 * @summary Activity agenda of the network, in Dutch by default.
 * @tagname buurt-agenda
 *
 * @attr api - Base URL of the Buurtkit API. Default: `<meta name="buurtkit-api">`, else the origin of the script.
 * @attr days - How many days ahead the list shows (default 30).
 * @attr categories - Only these categories (comma-separated ids).
 * @attr organization - Only these organisations (comma-separated ids).
 * @attr audience - Only activities for these audiences (comma-separated ids).
 * @attr village - Only activities in this village (its id).
 * @attr limit - At most this many activities.
 * @attr view - `list` (default) or `month`.
 * @attr lang - `nl` or `en`; default the `lang` of the host page, else `nl`.
 * @attr ride-href - Where "Vervoer nodig?" leads; the occurrence is added as `?activiteit=<id>`.
 * @attr volunteer-href - Where "Help mee" leads (a page with `<buurt-volunteer-signup>`); the occurrence is added as `?dienst=<id>`. Without it the agenda shows no "Help mee".
 * @attr no-filters - Hide the search field and the filter chips.
 * @attr id - Also names the URL parameters that keep the filters (`buurt-<id>-zoek`; default `buurt-agenda-zoek`).
 *
 * @fires {BuurtRideRequestedEvent} buurt-ride-requested - A resident pressed "Vervoer nodig?". Cancelable: call `preventDefault()` to stay on the page and handle it yourself.
 * @fires {BuurtHelpOfferedEvent} buurt-help-offered - A resident pressed "Help mee" on an activity that asks for volunteers. Cancelable, as above.
 *
 * @csspart filters - The box with the search field and the chips.
 * @csspart chip - A filter chip (a toggle button).
 * @csspart view-switch - The list/month buttons.
 * @csspart day-heading - The heading above each day.
 * @csspart occurrence - One activity (an article).
 * @csspart title - The title of an activity.
 * @csspart notice - "Gaat niet door" or "Verplaatst".
 * @csspart actions - The buttons under an activity.
 * @csspart action - One button or link under an activity.
 * @csspart calendar - The month overview.
 * @csspart calendar-day - A day in the month overview.
 * @csspart feed - The subscribe and download links.
 *
 * @cssprop --buurt-font-size - Base font size (default: the host's, at least 1rem).
 * @cssprop --buurt-line-height - Line height (default 1.5).
 * @cssprop --buurt-color-accent - Accent colour of buttons, chips and headings (default #1d5e3b).
 * @cssprop --buurt-color-on-accent - Text on the accent colour (default #fff).
 * @cssprop --buurt-color-surface - Background of cards and buttons (default Canvas).
 * @cssprop --buurt-color-text - Text on cards (default CanvasText).
 * @cssprop --buurt-color-border - Borders (default #767676).
 * @cssprop --buurt-color-link - Links (default LinkText).
 * @cssprop --buurt-color-focus - Focus ring (default #0b57d0).
 * @cssprop --buurt-color-danger - "Gaat niet door" (default #a4161a).
 * @cssprop --buurt-color-warning - "Verplaatst" (default #8a4b00).
 * @cssprop --buurt-radius - Corner radius (default 0.5rem).
 * @cssprop --buurt-agenda-card-background - Background of an activity (default --buurt-color-surface).
 * @cssprop --buurt-agenda-card-color - Text colour of an activity (default --buurt-color-text).
 * @cssprop --buurt-agenda-card-accent - The bar on the side of an activity (default --buurt-color-accent).
 * @cssprop --buurt-agenda-day-heading-size - Size of the day headings (default 1.35em).
 * @cssprop --buurt-chip-active-background - Background of a chosen chip (default --buurt-color-accent).
 * @cssprop --buurt-chip-active-color - Text of a chosen chip (default --buurt-color-on-accent).
 * @cssprop --buurt-agenda-min-height - Height kept free while loading (default 20rem).
 */
export class BuurtAgenda extends BuurtElement<AgendaMessages> {
  static override styles = [baseStyles, statusStyles, chipStyles, agendaStyles];

  protected readonly messages = agendaMessages;

  /** Window length in days. */
  @property({ type: Number }) days = 30;
  /** Comma-separated category ids the agenda is limited to. */
  @property() categories?: string;
  /** Comma-separated organisation ids the agenda is limited to. */
  @property() organization?: string;
  /** Comma-separated audience ids the agenda is limited to. */
  @property() audience?: string;
  /** Village id the agenda is limited to. */
  @property() village?: string;
  /** At most this many occurrences. */
  @property({ type: Number }) limit?: number;
  /** `list` or `month`. */
  @property() view: 'list' | 'month' = 'list';
  /** Where "Vervoer nodig?" leads. */
  @property({ attribute: 'ride-href' }) rideHref?: string;
  /** Where "Help mee" leads. */
  @property({ attribute: 'volunteer-href' }) volunteerHref?: string;
  /** Hide the filters. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  @state() private _filters: FilterState = emptyFilters();
  @state() private _widened = false;
  /** How many steps of days the list shows (see DAYS_PER_STEP); one more with each "Toon meer dagen". */
  @state() private _listSteps = 1;
  @state() private _selectedDay?: string;
  /** The month view, a chunk of its own; its styles join the element's (a constructed sheet, fine under a strict CSP). */
  private _month = new LazyModule(this, () => import('./month-view.ts'), (kit) => {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, kit.monthStyles.styleSheet!];
  });
  /** The schema.org data for search engines, a chunk of its own: nobody waits for it to see the agenda. */
  private _jsonLd = new LazyModule(this, () => import('./json-ld.ts'));
  /** The last complete result, shown (marked busy) while a new one loads. */
  private _shown?: { view: string; page: OccurrencePage };
  /** The chip groups open at the start (see renderFilters). */
  private _unfolded = { categories: true, organizations: false };
  private _focus = new FocusController(this);
  /** The list's cards come a few per task (the first screen first): see core/reveal.ts. */
  private _reveal = this.revealController();
  /** Chips in a closed fold are built a frame after the activities (see renderFilters). */
  private _chipsReveal = this.revealController();
  private _url = new UrlStateController(this, 'agenda', URL_NAMES);

  private get _today() {
    return dayKey(this.clock());
  }

  /** The day chosen in the month view: today unless the resident picked another. */
  private get _day() {
    return this._selectedDay ?? this._today;
  }

  private _vocabulary = new Task(this, {
    task: async ([api, noFilters], { signal }): Promise<Vocabulary | null> => {
      if (noFilters) return null;
      const [network, orgs] = await Promise.all([
        getJson(api, '/v1/network', undefined, signal),
        getJson(api, '/v1/organizations', { limit: 500 }, signal),
      ]);
      return { categories: network.categories, organizations: orgs.items };
    },
    args: () => [this.apiBase, this.noFilters] as const,
  });

  private _occurrences = new Task(this, {
    task: ([api, query], { signal }) => getJson(api, '/v1/activities', query, signal),
    args: () => [this.apiBase, this._query()] as const,
    argsEqual: ([a1, q1], [a2, q2]) => a1 === a2 && JSON.stringify(q1) === JSON.stringify(q2),
  });

  /** The scope set by the webmaster, narrowed by the resident's chips and search. */
  private _filterQuery(): QueryOf<'/v1/activities.ics'> {
    const scopeCats = parseIds(this.categories);
    const scopeOrgs = parseIds(this.organization);
    const f = this._filters;
    return {
      category: f.categories.length ? f.categories : scopeCats,
      organization: f.organizations.length ? f.organizations : scopeOrgs,
      audience: parseIds(this.audience),
      village: this.village || undefined,
      q: f.q || undefined,
    };
  }

  private _window(): { from: string; to: string } {
    if (this.view === 'month') {
      return { from: monthStart(this._day), to: monthEnd(this._day) };
    }
    const today = this._today;
    const days = Math.max(1, Math.min(366, this._widened ? Math.max(WIDE_WINDOW, this.days) : this.days || 30));
    return { from: today, to: addDays(today, days) };
  }

  private _query(): QueryOf<'/v1/activities'> {
    return {
      ...this._filterQuery(),
      ...this._window(),
      limit: this.limit && this.limit > 0 ? Math.min(1000, this.limit) : undefined,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._filters = this._withinScope(fromParams(this._url.read()));
    this._unfolded = {
      categories: matchMedia('(min-width: 48em)').matches || this._filters.categories.length > 0,
      organizations: this._filters.organizations.length > 0,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Loaded with the month's activities, which switching to the month view fetches anyway.
    if (changed.has('view') && this.view === 'month') void this._month.load();
  }

  /** Settles once the element has rendered, including a month view still being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this._month.whileLoading();
    await this._jsonLd.whileLoading();
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._jsonLd.value?.syncJsonLd(this, undefined);
  }

  /** Drops ids from the URL that lie outside the webmaster's scope. */
  private _withinScope(f: FilterState): FilterState {
    const cats = parseIds(this.categories);
    const orgs = parseIds(this.organization);
    return {
      q: f.q,
      categories: cats.length ? f.categories.filter((c) => cats.includes(c)) : f.categories,
      organizations: orgs.length ? f.organizations.filter((o) => orgs.includes(o)) : f.organizations,
    };
  }

  private _setFilters(next: FilterState) {
    this._filters = next;
    this._listSteps = 1;
    this._url.write(toParams(next));
  }

  private _toggle = (kind: 'categories' | 'organizations', id: string) => {
    const list = this._filters[kind];
    this._setFilters({
      ...this._filters,
      [kind]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id],
    });
  };

  private _search = (q: string) => this._setFilters({ ...this._filters, q });

  /** After a retry or an empty-state action the pressed button is gone: focus what came. */
  private _focusContent() {
    this._focus.after('.content [role="alert"] button, .content h3, .content .status-message', () => {
      const status = this._occurrences.status;
      return status === TaskStatus.COMPLETE || status === TaskStatus.ERROR;
    });
  }

  private _clearFilters = () => {
    this._focusContent();
    this._setFilters(emptyFilters());
  };

  private _widen = () => {
    this._focusContent();
    this._widened = true;
  };

  /** The link itself navigates (ride-href, volunteer-href); a cancelled event keeps the resident here. */
  private _announce(event: Event, click: Event) {
    this.dispatchEvent(event);
    if (event.defaultPrevented) click.preventDefault();
  }

  private _ride = (occurrence: Occurrence, e: Event) => this._announce(new BuurtRideRequestedEvent(occurrence), e);
  private _help = (occurrence: Occurrence, e: Event) => this._announce(new BuurtHelpOfferedEvent(occurrence), e);

  private _selectDay = (key: string, fromKeyboard: boolean) => {
    this._selectedDay = key;
    if (fromKeyboard) this._focus.after(`[data-day="${key}"]`);
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this._occurrences.status;
    if (status === TaskStatus.COMPLETE) {
      // Once, when the list is complete, not for each piece of it; loading the chunk
      // renders again, and then it is there.
      if (this._reveal.pending) return;
      const jsonLd = this._jsonLd.value;
      if (jsonLd) jsonLd.syncJsonLd(this, this._visible(this._occurrences.value!.items));
      else if (!this._jsonLd.failed) void this._jsonLd.load();
    } else if (status === TaskStatus.ERROR) {
      // No chunk yet means no script element yet either.
      this._jsonLd.value?.syncJsonLd(this, undefined);
    }
  }

  /** The list's days, each with its activities: `_listSteps` steps of DAYS_PER_STEP days or ITEMS_PER_STEP activities. */
  private _listed(items: readonly Occurrence[]): (readonly Occurrence[])[] {
    const days = [...groupByDay(items).values()];
    let shown = 0;
    for (let step = 0; step < this._listSteps; step++) {
      for (let n = 0, added = 0; n < DAYS_PER_STEP && added < ITEMS_PER_STEP && shown < days.length; n++) added += days[shown++]!.length;
    }
    return days.slice(0, shown);
  }

  /**
   * What is shown (and described in JSON-LD): the chosen day in the month view; in the
   * list, the first days (`_listed`), since a month of a busy village is well over a
   * hundred activities, too long a page to scroll through.
   */
  private _visible(items: readonly Occurrence[]): readonly Occurrence[] {
    return this.view === 'month' ? items.filter((o) => dayKey(o.start) === this._day) : this._listed(items).flat();
  }

  override render() {
    const { locale, m } = this;
    const api = this.apiBase;
    const today = this._today;
    const task = this._occurrences;
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    if (task.status === TaskStatus.COMPLETE) this._shown = { view: this.view, page: task.value! };
    const page = task.status === TaskStatus.ERROR ? undefined : this._shown?.page;

    const ctx: CardContext = { locale, m, api, today, now: this.clock().getTime(), rideHref: this.rideHref, onRide: this._ride, volunteerHref: this.volunteerHref, onHelp: this._help };
    const vocab = this._vocabulary;
    const filters = (vocabulary?: Vocabulary | null) =>
      this.noFilters
        ? nothing
        : renderFilters({
            m,
            state: this._filters,
            categories: this._scoped(vocabulary?.categories, this.categories),
            organizations: this._scoped(vocabulary?.organizations, this.organization),
            // When the whole agenda failed, its own message and button say enough.
            vocabularyFailed: vocab.status === TaskStatus.ERROR && task.status !== TaskStatus.ERROR,
            onToggle: this._toggle,
            onSearch: this._search,
            onRetryVocabulary: () => void vocab.run(),
            unfolded: this._unfolded,
            foldedChipsReady: this._chipsReveal.count(vocabulary, 1, 0) > 0,
          });

    // The first load: the search field and one placeholder, until the activities and the
    // chips are both there, so that neither pushes the other (or the page) down.
    const vocabPending = !this.noFilters && vocab.value === undefined && vocab.status !== TaskStatus.ERROR;
    const firstLoad = task.status !== TaskStatus.ERROR && (!this._shown || vocabPending);

    const monthKit = this._month.value;
    const monthLoading = this.view === 'month' && !monthKit && !this._month.failed;
    let content;
    if (firstLoad) {
      content = renderLoading(m.loading);
    } else if (task.status === TaskStatus.ERROR) {
      content = renderError(m.error, m.retry, () => {
        this._focusContent();
        // One button retries everything that failed, the filters included.
        if (vocab.status === TaskStatus.ERROR) void vocab.run();
        void task.run();
      });
    } else if (this.view === 'month' && !monthKit) {
      content = this._month.failed ? renderError(m.error, m.retry, () => void this._month.load()) : renderLoading(m.loading);
    } else if (monthKit && this.view === 'month') {
      const counts = new Map<string, number>();
      for (const o of page?.items ?? []) {
        const k = dayKey(o.start);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const dayItems = page ? this._visible(page.items) : [];
      content = monthKit.renderMonth({
        selected: this._day,
        today,
        counts,
        locale,
        m,
        busy: pending,
        onSelect: this._selectDay,
        dayContent:
          pending && !page
            ? renderLoading(m.loading)
            : dayItems.length
              ? html`<ul class="occurrences">
                  ${dayItems.map((o) => html`<li>${renderOccurrence(o, ctx)}</li>`)}
                </ul>`
              : html`<p>${m.noneThisDay}</p>`,
      });
    } else if (!page || (pending && this._shown?.view !== 'list')) {
      content = renderLoading(m.loading);
    } else if (!page.items.length) {
      const widen = !this._widened && this.days < WIDE_WINDOW;
      content = pending
        ? renderLoading(m.loading)
        : renderEmpty(
            m.empty,
            html`${hasFilters(this._filters)
              ? html`<button type="button" class="primary" @click=${this._clearFilters}>
                  ${m.clearFilters}
                </button>`
              : nothing}
            ${widen
              ? html`<button type="button" @click=${this._widen}>
                  ${m.showMore(WIDE_WINDOW)}
                </button>`
              : nothing}`,
          );
    } else {
      const visible = this._visible(page.items);
      const shown = this._reveal.count(page, visible.length);
      // "Toon meer dagen" comes when the shown days are complete, so it never moves down.
      const listDays = this._listed(page.items).length;
      const hiddenDays = shown < visible.length ? 0 : groupByDay(page.items).size - listDays;
      content = renderList(visible.slice(0, shown), ctx, hiddenDays, () => {
        // Keyboard and screen-reader users continue at the first newly shown day.
        this._focus.after(`.day:nth-of-type(${listDays + 1}) h3`, () => !this._reveal.pending);
        this._listSteps++;
      });
    }

    return html`<div class="root" lang=${locale}>
      ${filters(firstLoad ? undefined : vocab.value)}
      ${firstLoad
        ? // Its own template: the placeholder is replaced when everything has come, not pushed down by the chips.
          html`<div class="content" aria-busy="true">${content}</div>`
        : html`${this._renderToolbar(m, page && !pending ? m.count(page.items.length) : '')}
            <div class="content" aria-busy=${pending || monthLoading ? 'true' : 'false'}>${content}</div>
            ${renderFeedLinks(api, this._filterQuery(), m)}`}
      <p class="visually-hidden" role="status">${page && !pending && !firstLoad ? m.count(page.items.length) : ''}</p>
    </div>`;
  }

  /** The number of activities and the list/month switch. */
  private _renderToolbar(m: AgendaMessages, count: string) {
    return html`<div class="toolbar">
        <p class="count">${count}</p>
        <div class="view-switch" part="view-switch" role="group" aria-label=${m.viewLabel}>
          ${(['list', 'month'] as const).map(
            (view) => html`<button
              type="button"
              aria-pressed=${String((view === 'month') === (this.view === 'month'))}
              @click=${() => (this.view = view)}
            >
              ${m[view]}
            </button>`,
          )}
        </div>
      </div>`;
  }

  private _scoped(terms: readonly Term[] | undefined, scope: string | undefined): Term[] {
    const ids = parseIds(scope);
    return (terms ?? []).filter((t) => !ids.length || ids.includes(t.id));
  }
}
