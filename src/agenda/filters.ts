import { html, nothing } from 'lit';
import { renderChipGroup } from '../core/chips.ts';
import { icon, search } from '../core/icons.ts';
import type { FilterState } from './filter-state.ts';
import type { AgendaMessages } from './messages.ts';
import type { Term } from './types.ts';

export interface FiltersOptions {
  m: AgendaMessages;
  state: FilterState;
  categories: readonly Term[];
  organizations: readonly Term[];
  vocabularyFailed: boolean;
  onToggle: (kind: 'categories' | 'organizations', id: string) => void;
  onSearch: (q: string) => void;
  onRetryVocabulary: () => void;
  /**
   * Which chip groups start unfolded: the kinds of activity on a wide screen (on a phone
   * they would push the agenda a screen down), and any group of a shared link's choice.
   * Only the start: after that the resident opens and closes them.
   */
  unfolded: { categories: boolean; organizations: boolean };
  /** False in the update that brings the chips: a folded group builds its chips a frame later. */
  foldedChipsReady: boolean;
}

function chipGroup(legend: string, kind: 'categories' | 'organizations', terms: readonly Term[], o: FiltersOptions) {
  if (terms.length < 2) return nothing;
  const chosen = o.state[kind];
  return renderChipGroup(
    legend,
    terms.map((t) => ({ id: t.id, label: t.name, pressed: chosen.includes(t.id), onToggle: () => o.onToggle(kind, t.id) })),
    // The summary above the chips names the group; the legend still does for screen readers.
    { hideLegend: true },
  );
}

/** A group of chips that folds away behind its summary, with the number chosen. */
function foldedGroup(summary: string, legend: string, kind: 'categories' | 'organizations', terms: readonly Term[], o: FiltersOptions) {
  if (terms.length < 2) return nothing;
  const chosen = o.state[kind].length;
  return html`<details class="more ${kind}" ?open=${o.unfolded[kind]}>
    <summary part="summary">${summary}${chosen ? html` <span class="badge">(${chosen})</span>` : nothing}</summary>
    ${o.unfolded[kind] || o.foldedChipsReady ? chipGroup(legend, kind, terms, o) : nothing}
  </details>`;
}

/** The search field and the category and organisation chips. */
export function renderFilters(o: FiltersOptions) {
  const { m } = o;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    o.onSearch(input.value.trim());
  };
  const cleared = (e: Event) => {
    // The clear button of a search field: show everything again at once.
    if ((e.currentTarget as HTMLInputElement).value === '' && o.state.q) o.onSearch('');
  };
  return html`<div class="filters" part="filters">
    <form class="search" role="search" @submit=${submit}>
      <label for="q">${m.search}</label>
      <p class="hint" id="q-hint">${m.searchHint}</p>
      <div class="search-row">
        <input
          id="q"
          name="q"
          type="search"
          maxlength="100"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${o.state.q}
          @search=${cleared}
        />
        <button type="submit" class="primary">${icon(search)}${m.searchButton}</button>
      </div>
    </form>
    ${foldedGroup(m.chooseCategory, m.categories, 'categories', o.categories, o)}
    ${foldedGroup(m.organizations, m.organizations, 'organizations', o.organizations, o)}
    ${o.vocabularyFailed
      ? html`<p class="hint">
          ${m.filtersError}
          <button type="button" @click=${o.onRetryVocabulary}>${m.retry}</button>
        </p>`
      : nothing}
  </div>`;
}
