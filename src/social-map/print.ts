/**
 * Printing only the verwijskaart from a widget that lives in shadow DOM somewhere on a host
 * page. While printing, a light-DOM helper `<div data-buurtkit-print>` is the last child of
 * `<body>`; it holds the card in its own shadow root, and one constructed style sheet on the
 * document hides every other child of `<body>` in print and sets A4. Constructed style
 * sheets are not inline styles, so this works under a strict Content-Security-Policy, and
 * nothing is written into the host page's own style sheets. `cleanup` removes both again.
 */
import { render, type CSSResult, type TemplateResult } from 'lit';

const PAGE_RULES = `
@media screen { [data-buurtkit-print] { display: none !important; } }
@media print {
  @page { size: A4; margin: 12mm 15mm; }
  body > :not([data-buurtkit-print]) { display: none !important; }
  html, body { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  [data-buurtkit-print] { display: block !important; }
}`;

let pageSheet: CSSStyleSheet | undefined;

export interface PrintRoot {
  element: HTMLElement;
  cleanup(): void;
}

export function mountPrintRoot(content: TemplateResult, styles: readonly CSSResult[]): PrintRoot {
  const element = document.createElement('div');
  element.setAttribute('data-buurtkit-print', '');
  const shadow = element.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = styles.map((s) => s.styleSheet!).filter(Boolean);
  render(content, shadow);
  document.body.append(element);
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_RULES);
  }
  const sheet = pageSheet;
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    element,
    cleanup() {
      element.remove();
      if (!document.querySelector('[data-buurtkit-print]')) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    },
  };
}
