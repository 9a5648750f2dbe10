import { css } from 'lit';

/** "Mensen" (accounts.ts): a long organisation name or link must not widen the page past 320px. */
export const accountsStyles = css`
  .invite,
  .invite form,
  .invite .field,
  .created {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .invite select {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 48px;
  }
  .invite input.link {
    inline-size: 100%;
    font-family: ui-monospace, monospace;
  }
  .created {
    gap: 0.5rem;
    margin-block-end: 1.5rem;
    padding: 1rem;
    border: 2px solid var(--buurt-color-success, #0b6b3a);
  }
  .account .you {
    font-weight: normal;
  }
  .account .facts dd,
  .invitation .facts dd {
    overflow-wrap: anywhere;
  }
`;
