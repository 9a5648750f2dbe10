import { css } from 'lit';

/**
 * What every widget shares. Custom properties come in tiers: a component token
 * (`--buurt-agenda-…`) falls back to a common token (`--buurt-color-…`) and then to a
 * literal default, so the widget works with no stylesheet at all.
 *
 * `:host` sets only `display`; text follows the host page's font and colour, but never
 * smaller than 1rem (16px) and with a generous line height.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    font: inherit;
    font-size: var(--buurt-font-size, max(1em, 1rem, 16px));
    line-height: var(--buurt-line-height, 1.5);
    color: inherit;
    text-align: start;
    overflow-wrap: anywhere; /* long e-mail addresses must wrap at 320px too */
    display: grid;
    /* One column that may shrink: content wraps, never widens a widget past a 320px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--buurt-space-l, 1.5rem);
    container-type: inline-size;
  }
  label,
  legend {
    display: block;
    font-weight: 700;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  ul {
    list-style: none;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  a {
    color: var(--buurt-color-link, LinkText);
  }
  /* Pointer targets of at least 44 by 44 px (WCAG 2.5.5). */
  .button,
  button,
  input {
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  .button,
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 0.5em 1em;
    border: 2px solid var(--buurt-color-accent, #1d5e3b);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-accent, #1d5e3b);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    line-height: 1.25;
    text-align: center;
  }
  .button.primary,
  button.primary {
    background: var(--buurt-color-accent, #1d5e3b);
    color: var(--buurt-color-on-accent, #fff);
  }
  /* A pressed toggle button (a chosen chip, the list or month switch) is filled. */
  button[aria-pressed='true'] {
    background: var(--buurt-chip-active-background, var(--buurt-color-accent, #1d5e3b));
    color: var(--buurt-chip-active-color, var(--buurt-color-on-accent, #fff));
    font-weight: 700;
  }
  .button:hover,
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: var(--buurt-focus-width, 3px) solid var(--buurt-color-focus, #0b57d0);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--buurt-focus-width, 3px) + 2px) var(--buurt-color-focus-halo, #fff);
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button,
    button {
      border-color: ButtonText;
    }
    .button.primary,
    button.primary,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
