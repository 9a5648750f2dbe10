import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getJson } from '../api/client.ts';
import { BuurtElement } from '../core/buurt-element.ts';
import { FocusController } from '../core/focus.ts';
import { formStyles } from '../core/form/form.styles.ts';
import type { Locale } from '../core/i18n.ts';
import { statusStyles } from '../core/status.ts';
import { baseStyles } from '../core/styles.ts';
import type { BeheerOpportunity } from './api.ts';
import { beheerStyles } from './beheer.styles.ts';
import { activitiesStyles } from './activities.styles.ts';
import { serviceEditorStyles } from './service-editor.styles.ts';
import { organisationsStyles } from './organisations.styles.ts';
import { placesStyles } from './places.styles.ts';
import type { BeheerHost } from './host.ts';
import { beheerMessages, type BeheerMessages } from './messages.ts';
import { ActivitiesView } from './activities.ts';
import { FeedsView } from './feeds.ts';
import { renderOpportunities } from './opportunities.ts';
import { ServicesView } from './services.ts';
import { HsdsImportView } from './hsds-import.ts';
import { OrganisationsView } from './organisations.ts';
import { organisationsMessages } from './organisations-messages.ts';
import { PlacesView } from './places.ts';
import { placesMessages } from './places-messages.ts';
import { AuditLogView } from './audit-log.ts';
import { auditLogMessages } from './audit-log-messages.ts';
import { AccountsView } from './accounts.ts';
import { accountsMessages } from './accounts-messages.ts';
import { accountsStyles } from './accounts.styles.ts';
import { OutboxView } from './outbox.ts';
import { PrivacyView } from './privacy.ts';
import { ReportView } from './ride-report.ts';
import { SheetView } from './ride-sheet.ts';
import { RidesView } from './rides.ts';
import { parseRoute, routeHref, type Route } from './route.ts';
import { renderExpired, renderProblem } from './shared.ts';
import { SignupsView } from './signups.ts';
import { renderLoading } from '../core/status.ts';

/**
 * The coordinator's pages behind the door of `/beheer`: the volunteer work with its
 * counts and shifts, the sign-ups of one role or shift (confirm, move up, VOG, cancel),
 * the village bus (the day's ride requests, a driver's day sheet, the funders' report),
 * the messages of the outbox and the "bellen" tasks, and the AVG export and erasure of one
 * person. A driver (role `driver`) sees only their own day sheet. Same-origin
 * only: it reads with the session cookie and sends every change with the session's CSRF
 * token (from `GET /v1/beheer/me`). The view is in the page's hash, so the back button works.
 *
 * @summary The coordinator's pages of /beheer, in Dutch by default.
 * @tagname buurt-beheer
 *
 * @attr api - Base URL of the Buurtkit API. Default: `<meta name="buurtkit-api">`, else the origin of the script.
 * @attr lang - `nl` or `en`; default the `lang` of the host page, else `nl`.
 *
 * @csspart nav - The links between the views.
 */
export class BuurtBeheer extends BuurtElement<BeheerMessages> implements BeheerHost {
  static override styles = [baseStyles, statusStyles, formStyles, beheerStyles, activitiesStyles, serviceEditorStyles, organisationsStyles, placesStyles, accountsStyles];

  protected readonly messages = beheerMessages;

  @state() private _route: Route = parseRoute(location.hash);
  @state() private _announcement = '';
  @state() private _expired = false;

  readonly focuser = new FocusController(this);

  private readonly _session = new Task(this, {
    task: ([api], { signal }) => getJson(api, '/v1/beheer/me', undefined, signal),
    args: () => [this.apiBase] as const,
  });

  /** Run by the views that show it, once the session says who is signed in (never for a driver). */
  readonly opportunities = new Task(this, {
    task: async ([api], { signal }): Promise<BeheerOpportunity[]> =>
      (await getJson(api, '/v1/beheer/volunteer-opportunities', { limit: 500 }, signal)).items,
    args: () => [this.apiBase] as const,
    autoRun: false,
  });

  private readonly _signups = new SignupsView(this);
  private readonly _outbox = new OutboxView(this);
  private readonly _privacy = new PrivacyView(this);
  private readonly _rides = new RidesView(this);
  private readonly _sheet = new SheetView(this);
  private readonly _report = new ReportView(this);
  private readonly _activities = new ActivitiesView(this);
  private readonly _feeds = new FeedsView(this);
  private readonly _services = new ServicesView(this);
  private readonly _hsdsImport = new HsdsImportView(this);
  private readonly _organisations = new OrganisationsView(this);
  private readonly _places = new PlacesView(this);
  private readonly _audit = new AuditLogView(this);
  private readonly _accounts = new AccountsView(this);
  /** The route whose view was last asked to load (after the session is known). */
  private _shown?: Route;

  get texts(): BeheerMessages {
    return this.m;
  }
  get language(): Locale {
    return this.locale;
  }
  get base(): string {
    return this.apiBase;
  }
  get loginHref(): string {
    return this.locale === 'en' ? '/beheer?lang=en' : '/beheer';
  }
  moment(): Date {
    return this.clock();
  }

  async csrfToken(): Promise<string> {
    if (this._session.status !== TaskStatus.COMPLETE) await this._session.run();
    if (this._session.status === TaskStatus.ERROR) throw this._session.error;
    return this._session.value!.csrfToken;
  }

  announce(text: string): void {
    // Emptied first, so the same result said twice is announced twice.
    this._announcement = '';
    void this.updateComplete.then(() => (this._announcement = text));
  }

  expire(): void {
    this._expired = true;
  }

  private _onHash = () => {
    this._route = parseRoute(location.hash);
    this.focuser.after('.view-title');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHash);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    // A view loads once the session says who is signed in: a driver only ever loads their sheet.
    const role = this._session.value?.account.role;
    if (this._session.status !== TaskStatus.COMPLETE || !role || this._shown === this._route) return;
    const r = (this._shown = this._route);
    if (role === 'driver') return this._sheet.show(r.view === 'sheet' ? r : {}, true);
    if (r.view === 'opportunities') void this.opportunities.run();
    if (r.view === 'signups') this._signups.show({ opportunity: r.opportunity, occurrence: r.occurrence });
    if (r.view === 'messages') this._outbox.show(r.state);
    if (r.view === 'activities') this._activities.showList();
    if (r.view === 'activity') this._activities.showEditor(r.id, role === 'coordinator');
    if (r.view === 'services') this._services.show(r.stale ?? false);
    if (r.view === 'service') this._services.showEditor(r.id);
    if (r.view === 'organisations') this._organisations.showList(role === 'coordinator');
    if (r.view === 'organisation') this._organisations.showEditor(r.id, role === 'coordinator');
    if (r.view === 'places') this._places.showList(role === 'coordinator');
    if (r.view === 'place') this._places.showEditor(r.id, role === 'coordinator', r.forActivity ?? false);
    if (role !== 'coordinator') return;
    if (r.view === 'feeds') this._feeds.show();
    if (r.view === 'hsds-import') this._hsdsImport.show();
    if (r.view === 'audit') this._audit.show();
    if (r.view === 'rides') this._rides.show(r.date);
    if (r.view === 'sheet') this._sheet.show(r, false);
    if (r.view === 'report') this._report.show(r);
    if (r.view === 'accounts') this._accounts.show(this._session.value?.account.id);
  }

  protected override render() {
    const m = this.m;
    const r = this._route;
    const role = this._session.value?.account.role;
    type Link = [Route['view'], string, Route];
    // No links before the session says who this is: a driver never sees the others' pages.
    // Before the session says who this is, the coordinator's links hold their place unseen (most
    // people here are coordinators): the menu wraps to several lines on a phone, and appearing
    // later would push the page down. A driver never sees the others' links.
    const shown = role ?? 'coordinator';
    const views: Link[] =
      shown === 'driver'
        ? [['sheet', m.navOwnSheet, { view: 'sheet' }]]
        : [
            ['opportunities', m.navOpportunities, { view: 'opportunities' }],
            ['activities', m.navActivities, { view: 'activities' }],
            ...(shown === 'coordinator' ? [['feeds', m.navFeeds, { view: 'feeds' }] as Link] : []),
            ['services', m.navServices, { view: 'services' }],
            ['organisations', organisationsMessages(this.locale).nav, { view: 'organisations' }],
            ['places', placesMessages(this.locale).nav, { view: 'places' }],
            ...(shown === 'coordinator' ? [['rides', m.navRides, { view: 'rides' }] as Link] : []),
            ['messages', m.navMessages, { view: 'messages' }],
            ...(shown === 'organization-contact' ? [] : [['privacy', m.navPrivacy, { view: 'privacy' }] as Link]),
            ...(shown === 'coordinator' ? [['audit', auditLogMessages(this.locale).nav, { view: 'audit' }] as Link] : []),
            ...(shown === 'coordinator' ? [['accounts', accountsMessages(this.locale).title, { view: 'accounts' }] as Link] : []),
          ];
    const current =
      role === 'driver' ? 'sheet' : r.view === 'signups' ? 'opportunities' : r.view === 'activity' ? 'activities' : r.view === 'service' || r.view === 'hsds-import' ? 'services' : r.view === 'organisation' ? 'organisations' : r.view === 'place' ? 'places' : r.view === 'sheet' || r.view === 'report' ? 'rides' : r.view;
    return html`<div class="root" lang=${this.locale}>
      <nav class="views" part="nav" aria-label=${m.nav}>
        ${role
          ? html`<ul>
              ${views.map(
                ([view, label, route]) => html`<li><a href=${routeHref(route)} aria-current=${view === current ? 'page' : 'false'}>${label}</a></li>`,
              )}
            </ul>`
          : html`<ul class="placeholder" aria-hidden="true">
              ${views.map(([, label]) => html`<li><span class="link">${label}</span></li>`)}
            </ul>`}
      </nav>
      ${this._expired ? renderExpired(m, this.loginHref) : nothing}
      <section class="view ${role === 'driver' ? 'sheet' : r.view}">${this._renderView(r, role)}</section>
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
    </div>`;
  }

  private _renderView(r: Route, role: string | undefined) {
    // Every view waits for the session: what may be shown depends on who this is.
    if (this._session.status === TaskStatus.ERROR) {
      return html`<div class="content" aria-busy="false">${renderProblem(this, this._session.error, () => void this._session.run())}</div>`;
    }
    if (!role) return html`<div class="content" aria-busy="true">${renderLoading(this.m.loading)}</div>`;
    if (role === 'driver') return this._sheet.render();
    const isCoordinator = role !== 'organization-contact';
    if ((r.view === 'rides' || r.view === 'sheet' || r.view === 'report') && role !== 'coordinator') {
      return html`<h2 class="view-title">${this.m.ridesTitle}</h2><div class="content" aria-busy="false"><p class="notice">${this.m.forbidden}</p></div>`;
    }
    if (r.view === 'hsds-import' && role !== 'coordinator') {
      return html`<h2 class="view-title">${this.m.navServices}</h2><div class="content" aria-busy="false"><p class="notice">${this.m.forbidden}</p></div>`;
    }
    if (r.view === 'accounts' && role !== 'coordinator') {
      return html`<h2 class="view-title">${accountsMessages(this.locale).title}</h2><div class="content" aria-busy="false"><p class="notice">${this.m.forbidden}</p></div>`;
    }
    if (r.view === 'feeds' && role !== 'coordinator') {
      return html`<h2 class="view-title">${this.m.navFeeds}</h2><div class="content" aria-busy="false"><p class="notice">${this.m.forbidden}</p></div>`;
    }
    if (r.view === 'audit' && role !== 'coordinator') {
      return html`<h2 class="view-title">${auditLogMessages(this.locale).title}</h2><div class="content" aria-busy="false"><p class="notice">${this.m.forbidden}</p></div>`;
    }
    switch (r.view) {
      case 'organisations':
      case 'organisation':
        return this._organisations.render();
      case 'places':
      case 'place':
        return this._places.render();
      case 'audit':
        return this._audit.render();
      case 'rides':
        return this._rides.render();
      case 'sheet':
        return this._sheet.render();
      case 'report':
        return this._report.render();
      case 'signups':
        return this._signups.render();
      case 'messages':
        return this._outbox.render();
      case 'privacy':
        return this._privacy.render(isCoordinator);
      case 'activities':
      case 'activity':
        return this._activities.render();
      case 'feeds':
        return this._feeds.render();
      case 'services':
      case 'service':
        return this._services.render(role === 'coordinator');
      case 'hsds-import':
        return this._hsdsImport.render();
      case 'accounts':
        return this._accounts.render();
      default:
        return renderOpportunities(this);
    }
  }
}
