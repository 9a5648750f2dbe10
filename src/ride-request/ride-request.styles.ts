import { css } from 'lit';

/** The first chunk's look (loading, errors, headings); the form's is in flow.ts. */
export const rideRequestStyles = css`
  .content,
  .ride-form,
  .confirmation {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  h3 {
    font-size: 1.35em;
    line-height: 1.25;
    color: var(--buurt-color-accent, #1d5e3b);
    margin: 0;
  }
  h4 {
    font-size: 1.1em;
    margin: 0;
  }
  .link-button {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--buurt-color-link, LinkText);
    text-decoration: underline;
    text-align: start;
    justify-content: flex-start;
    font-size: inherit;
  }
  .facts {
    display: grid;
    gap: 0.5rem;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 12em) minmax(0, 1fr) auto;
    gap: 0 1rem;
  }
  @container (max-width: 30em) {
    .fact {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .fact dt {
      grid-column: 1 / -1;
    }
  }
  dt {
    font-weight: 700;
    overflow-wrap: break-word;
  }
  .notice {
    color: var(--buurt-color-warning, #8a4b00);
    font-weight: 700;
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
  }
`;
