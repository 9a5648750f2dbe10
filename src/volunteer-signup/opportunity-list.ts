import { html } from 'lit';
import { renderChipGroup } from '../core/chips.ts';
import { renderOpportunityCard } from './opportunity-card.ts';
import type { SignupMessages } from './messages.ts';
import { DAY_PARTS, type DayPart, type Opportunity, type Term } from './types.ts';

export interface ListFilters {
  organization: string;
  kind: string;
  dayPart?: DayPart;
}

export interface FilterContext {
  m: SignupMessages;
  filters: ListFilters;
  organizations: readonly Term[];
  kinds: readonly Term[];
  /** Changes one filter (merged with the current ones, not the ones of this render). */
  onChange: (patch: Partial<ListFilters>) => void;
}

function renderSelect(id: string, label: string, value: string, terms: readonly Term[], all: string, onChange: (v: string) => void) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${all}</option>
      ${terms.map((t) => html`<option value=${t.id} ?selected=${t.id === value}>${t.name}</option>`)}
    </select>
  </div>`;
}

/** Organisation, kind of work (selects: the lists can be long) and part of the day (chips). */
export function renderFilters(c: FilterContext) {
  const { m, filters: f } = c;
  return html`<div class="filters" part="filters" role="group" aria-label=${m.filters}>
    ${c.organizations.length > 1
      ? renderSelect('filter-organization', m.organization, f.organization, c.organizations, m.all, (organization) =>
          c.onChange({ organization }),
        )
      : ''}
    ${c.kinds.length
      ? renderSelect('filter-kind', m.kind, f.kind, c.kinds, m.all, (kind) => c.onChange({ kind }))
      : ''}
    ${renderChipGroup(
      m.dayPart,
      DAY_PARTS.map((p) => ({
        id: p,
        label: m.dayParts[p],
        pressed: f.dayPart === p,
        onToggle: () => c.onChange({ dayPart: f.dayPart === p ? undefined : p }),
      })),
    )}
  </div>`;
}

export function renderList(items: readonly Opportunity[], m: SignupMessages, onOpen: (o: Opportunity) => void) {
  return html`<ul class="opportunities">
    ${items.map((o) => html`<li>${renderOpportunityCard(o, m, onOpen)}</li>`)}
  </ul>`;
}
