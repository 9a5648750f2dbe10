import { css, html, nothing, type TemplateResult } from 'lit';
import { check, icon } from './icons.ts';

/** One filter chip: a toggle button. */
export interface Chip {
  /** Kept as `data-id` on the button. */
  id: string;
  label: string;
  pressed: boolean;
  onToggle: () => void;
  /** How many results choosing it gives, shown as "(12)"; a chip with 0 is disabled. */
  count?: number;
}

/**
 * A group of filter chips: a fieldset with a legend and a wrapping row of toggle buttons
 * (`aria-pressed`), each at least 44px high, with a check mark when chosen.
 */
export function renderChipGroup(legend: string, chips: readonly Chip[], opts: { hideLegend?: boolean } = {}): TemplateResult {
  return html`<fieldset class="chip-group">
    <legend class=${opts.hideLegend ? 'visually-hidden' : ''}>${legend}</legend>
    <ul class="chips">
      ${chips.map(
        (c) => html`<li>
          <button
            type="button"
            class="chip"
            part="chip"
            data-id=${c.id}
            aria-pressed=${c.pressed ? 'true' : 'false'}
            ?disabled=${c.count === 0 && !c.pressed}
            @click=${c.onToggle}
          >
            ${c.pressed ? icon(check) : nothing}<span
              >${c.label}${c.count === undefined ? nothing : html` <span class="chip-count">(${c.count})</span>`}</span
            >
          </button>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

export const chipStyles = css`
  .chip-group {
    min-inline-size: 0;
  }
  .chip-group legend {
    margin-block-end: 0.5rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    gap: 0.35em;
    border-width: 2px;
    border-radius: 999px;
    font-weight: 500;
  }
  .chip-count {
    font-weight: 400;
  }
  .chip:disabled {
    border-style: dashed;
    cursor: default;
    text-decoration: none;
    color: var(--buurt-color-muted, #595959);
    border-color: var(--buurt-color-muted, #595959);
  }
`;
