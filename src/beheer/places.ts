/**
 * "Plekken": the places where activities are held, each with its address, its village and
 * how many activities are there. A coordinator adds and edits them (place-editor.ts); an
 * organisation contact reads them, and is told to ask the coordinator for a new one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { getJson } from '../api/client.ts';
import { renderEmpty } from '../core/status.ts';
import type { BeheerHost } from './host.ts';
import { PlaceEditor } from './place-editor.ts';
import { addressLine, type BeheerPlace } from './places-api.ts';
import { placesMessages } from './places-messages.ts';
import { routeHref } from './route.ts';
import { fact, renderData } from './shared.ts';

const MAX = 500; // the contract's largest `limit`; a network has tens of places

type Loaded = { places: BeheerPlace[]; villages: Map<string, string> };

export class PlacesView {
  private mode: 'list' | 'editor' = 'list';
  private coordinator = false;
  private readonly editor: PlaceEditor;
  readonly task: Task<readonly [string], { key: string; data: Loaded }>;

  constructor(private readonly host: BeheerHost) {
    this.editor = new PlaceEditor(host);
    this.task = new Task(host, {
      task: async ([api], { signal }) => {
        const [page, network] = await Promise.all([getJson(api, '/v1/beheer/places', { limit: MAX }, signal), getJson(api, '/v1/network', undefined, signal)]);
        return { key: 'all', data: { places: page.items, villages: new Map(network.villages.map((v) => [v.id, v.name])) } };
      },
      args: () => [this.host.base] as const,
      autoRun: false,
    });
  }

  private get m() {
    return placesMessages(this.host.language);
  }

  /** `#plekken`: the list. */
  showList(coordinator: boolean): void {
    this.mode = 'list';
    this.coordinator = coordinator;
    void this.task.run();
  }

  /** `#plekken/<id>`, or `nieuw` for a new one. */
  showEditor(id: string, coordinator: boolean, forActivity = false): void {
    this.mode = 'editor';
    this.editor.show(id, coordinator, forActivity);
  }

  render(): TemplateResult {
    if (this.mode === 'editor') return this.editor.render();
    const m = this.m;
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${this.coordinator ? m.intro : m.introContact}</p>
      ${this.coordinator ? html`<p class="add"><a class="button primary add-place" href=${routeHref({ view: 'place', id: 'nieuw' })}>${m.add}</a></p>` : nothing}
      ${renderData(this.host, this.task, 'all', (data) => this.renderList(data))}`;
  }

  private renderList({ places, villages }: Loaded): TemplateResult {
    const m = this.m;
    if (!places.length) return renderEmpty(m.empty);
    return html`<p class="count-line" role="status">${m.count(places.length)}</p>
      <ul class="cards places">
        ${places.map(
          (p) => html`<li class="card place" data-id=${p.id}>
            <h3 class="name">${this.coordinator ? html`<a href=${routeHref({ view: 'place', id: p.id })}>${p.name}</a>` : p.name}</h3>
            ${p.fromFeed ? html`<p class="badges"><span class="badge from-feed">${m.fromFeed}</span></p>` : nothing}
            <dl class="facts">
              ${fact(m.address, addressLine(p) || m.noAddress)} ${fact(m.village, villages.get(p.village) ?? p.village)}
              ${fact(m.activities, String(p.activityCount))}
            </dl>
          </li>`,
        )}
      </ul>`;
  }
}
