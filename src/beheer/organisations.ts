/**
 * "Organisaties": the network's organisations, each with its kind in words, how many
 * activities and services it has, and its contact details; filtered by kind. A coordinator
 * sees every organisation and can add one; an organisation contact sees only their own (as
 * the server answers) and can edit its details. The editor is organisation-editor.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { getJson } from '../api/client.ts';
import { renderEmpty } from '../core/status.ts';
import type { BeheerHost } from './host.ts';
import { OrganisationEditor } from './organisation-editor.ts';
import type { BeheerOrganization, OrganizationKind } from './organisations-api.ts';
import { organisationsMessages } from './organisations-messages.ts';
import { routeHref } from './route.ts';
import { fact, mailLink, renderData, telLink } from './shared.ts';

const KINDS: readonly OrganizationKind[] = ['professional', 'volunteer', 'resident-initiative'];
const MAX = 500; // the contract's largest `limit`; a network has tens of organisations

export class OrganisationsView {
  private mode: 'list' | 'editor' = 'list';
  private kind: OrganizationKind | '' = '';
  private coordinator = false;
  private readonly editor: OrganisationEditor;
  readonly task: Task<readonly [string, string], { key: string; data: BeheerOrganization[] }>;

  constructor(private readonly host: BeheerHost) {
    this.editor = new OrganisationEditor(host);
    this.task = new Task(host, {
      task: async ([api, kind], { signal }) => ({
        key: kind,
        data: (await getJson(api, '/v1/beheer/organizations', { ...(kind ? { kind: kind as OrganizationKind } : {}), limit: MAX }, signal)).items,
      }),
      args: () => [this.host.base, this.kind] as const,
      autoRun: false,
    });
  }

  private get m() {
    return organisationsMessages(this.host.language);
  }

  /** `#organisaties`: the list. */
  showList(coordinator: boolean): void {
    this.mode = 'list';
    this.coordinator = coordinator;
    void this.task.run();
  }

  /** `#organisaties/<id>`, or `nieuw` for a new one. */
  showEditor(id: string, coordinator: boolean): void {
    this.mode = 'editor';
    this.editor.show(id, coordinator);
  }

  render(): TemplateResult {
    if (this.mode === 'editor') return this.editor.render();
    const m = this.m;
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${this.coordinator ? m.intro : m.introContact}</p>
      ${this.coordinator
        ? html`<p class="add"><a class="button primary add-organisation" href=${routeHref({ view: 'organisation', id: 'nieuw' })}>${m.add}</a></p>
            <div class="filter kind-filter" role="group" aria-labelledby="kind-filter-label">
              <span class="filter-label" id="kind-filter-label">${m.filter}:</span>
              <ul>
                ${(['', ...KINDS] as const).map(
                  (kind) =>
                    html`<li>
                      <button type="button" class="chip" aria-pressed=${kind === this.kind ? 'true' : 'false'} @click=${() => this.filter(kind)}>
                        ${kind ? m.kinds[kind] : m.allKinds}
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
        : nothing}
      ${renderData(this.host, this.task, this.kind, (items) => this.renderList(items))}`;
  }

  private filter(kind: OrganizationKind | ''): void {
    this.kind = kind;
    void this.task.run();
  }

  private renderList(items: BeheerOrganization[]): TemplateResult {
    const m = this.m;
    if (!items.length) return renderEmpty(this.kind ? m.emptyKind : m.empty);
    return html`<p class="count-line" role="status">${m.count(items.length)}</p>
      <ul class="cards organisations">
        ${items.map(
          (o) => html`<li class="card organisation" data-id=${o.id}>
            <h3 class="name"><a href=${routeHref({ view: 'organisation', id: o.id })}>${o.name}</a></h3>
            <p class="badges"><span class="badge kind ${o.kind}">${m.kinds[o.kind]}</span></p>
            <dl class="facts">
              ${fact(m.activities, String(o.activityCount))} ${fact(m.services, String(o.serviceCount))}
              ${fact(m.phoneShort, o.contact.phone ? telLink(o.contact.phone) : undefined)}
              ${fact(m.emailShort, o.contact.email ? mailLink(o.contact.email) : undefined)}
            </dl>
          </li>`,
        )}
      </ul>`;
  }
}
