import { css } from 'lit';

/** "Plekken" in /beheer: the cards and the form, as "Organisaties" has them. */
export const placesStyles = css`
  .cards.places {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    padding: 0;
    list-style: none;
  }
  .card.place {
    align-content: start;
  }
  .place h3,
  .place .badges {
    margin: 0;
  }
  .place .fact dd {
    overflow-wrap: anywhere;
  }
  .place-form {
    display: grid;
    /* minmax(0, …): a long village name in the select may not widen the form past a phone's screen */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    max-inline-size: 40rem;
  }
  .place-form > * {
    min-inline-size: 0;
  }
  .place-form input {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .place-form select {
    min-block-size: 48px;
    inline-size: 100%;
    max-inline-size: 100%;
    font: inherit;
    padding: 0.4em 0.6em;
    border: 2px solid var(--buurt-color-text, CanvasText);
    border-radius: 0.25rem;
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  .place-form .optional {
    margin-inline-start: 0.3em;
  }
  .used-by {
    max-inline-size: 40rem;
  }
`;
