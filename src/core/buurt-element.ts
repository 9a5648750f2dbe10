import { LitElement, type ReactiveController } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveApiBase } from './api-base.ts';
import { inheritedLang, toLocale, type Locale, type Localised } from './i18n.ts';
import { RevealController } from './reveal.ts';

/**
 * Follows the `lang` of the host page (the closest ancestor with one) and updates the
 * element when the page changes it, e.g. a site's language switch.
 */
class PageLangController implements ReactiveController {
  value = '';
  private observer?: MutationObserver;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = inheritedLang(this.host);
    this.observer = new MutationObserver(() => {
      const lang = inheritedLang(this.host);
      if (lang !== this.value) {
        this.value = lang;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** English tables once loaded, by their loader (shared by every element of one widget). */
const loadedTables = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * What every Buurtkit element has (docs/decisions/0007-widget-pattern.md): where the API
 * is, which language to speak, what time it is, and its texts in that language.
 * `M` is the widget's message table (`<widget>/messages.ts`).
 */
export abstract class BuurtElement<M> extends LitElement {
  /** Base URL of the API. Default: `<meta name="buurtkit-api">`, else the origin of the script. */
  @property() api?: string;
  /** `nl` or `en`. Default: the `lang` of the host page around the element, else Dutch. */
  @property() override lang = '';
  /** The moment the element treats as "now" (today, open now); default the current time. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  /** The widget's texts in every language. */
  protected abstract readonly messages: Localised<M>;

  private readonly pageLang = new PageLangController(this);

  /** The API base URL to call. */
  protected get apiBase(): string {
    return resolveApiBase(this.api);
  }

  /** The language to show: the element's own `lang`, else the page's. */
  protected get locale(): Locale {
    return toLocale(this.lang || this.pageLang.value);
  }

  /** The texts in the current language (Dutch until the English table has loaded). */
  protected get m(): M {
    return this.locale === 'en' ? ((loadedTables.get(this.messages.en) as M | undefined) ?? this.messages.nl) : this.messages.nl;
  }

  /** On an English page, render once the English table is there, so no Dutch flashes first. */
  protected override async scheduleUpdate(): Promise<void> {
    const load = this.messages.en;
    if (this.locale === 'en' && !loadedTables.has(load)) {
      // Without the chunk (the connection dropped) the element speaks Dutch rather than nothing.
      loadedTables.set(load, await load().catch(() => this.messages.nl));
    }
    super.scheduleUpdate();
  }

  private readonly reveals: RevealController[] = [];

  /** A list shown a piece at a time (core/reveal.ts). */
  protected revealController(): RevealController {
    const controller = new RevealController(this);
    this.reveals.push(controller);
    return controller;
  }

  /** Done when the element has rendered and every list it shows in pieces is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.reveals.some((r) => r.pending)) {
      await Promise.all(this.reveals.map((r) => r.done));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The current moment, or `now` when it is set. */
  protected clock(): Date {
    return this.now ?? new Date();
  }
}
