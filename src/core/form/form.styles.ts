import { css } from 'lit';

/**
 * The form parts' look: large fields with a visible border, hints in a muted colour, errors
 * marked by a red bar and text (never by colour alone), 44px targets, forced colours kept.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--buurt-space-l, 1.5rem);
  }
  .field,
  .choice-group {
    display: grid;
    gap: 0.35rem;
  }
  .hint {
    color: var(--buurt-color-muted, #595959);
  }
  .optional {
    font-weight: 400;
  }
  .error {
    color: var(--buurt-color-danger, #a4161a);
    font-weight: 700;
  }
  .has-error {
    border-inline-start: 0.3rem solid var(--buurt-color-danger, #a4161a);
    padding-inline-start: 0.75rem;
  }
  input:not([type='checkbox']),
  textarea {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 48px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--buurt-color-text, CanvasText);
    border-radius: 0.25rem;
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
    font: inherit;
  }
  textarea {
    max-inline-size: 40em;
  }
  [aria-invalid='true'] {
    border-color: var(--buurt-color-danger, #a4161a);
    border-width: 3px;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    min-block-size: 44px;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    margin: 0.1em 0 0;
    accent-color: var(--buurt-color-accent, #1d5e3b);
  }
  .error-summary {
    padding: 1rem;
    border: 4px solid var(--buurt-color-danger, #a4161a);
    border-radius: var(--buurt-radius, 0.5rem);
  }
  .error-summary ul {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .error-summary a {
    color: var(--buurt-color-danger, #a4161a);
    font-weight: 700;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
  }
  .send-problem {
    padding: 1rem;
    border: 2px solid var(--buurt-color-danger, #a4161a);
    border-inline-start-width: 0.5rem;
    border-radius: var(--buurt-radius, 0.5rem);
  }
  @media (forced-colors: active) {
    .has-error,
    .error-summary,
    .send-problem,
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
