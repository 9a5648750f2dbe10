import { html, nothing } from 'lit';
import { isSafeLink } from '../core/safe-link.ts';
import { feedUrl, type QueryOf } from '../api/client.ts';
import type { AgendaMessages as Messages } from './messages.ts';
import { icon } from '../core/icons.ts';
import { download, rss } from './icons.ts';

/** "Abonneer" (webcal://) and a plain https download of the feed for the current filter. */
export function renderFeedLinks(api: string, query: QueryOf<'/v1/activities.ics'>, m: Messages) {
  const https = feedUrl(api, query);
  if (!isSafeLink(https, location.href)) return nothing; // an \`api\` attribute that is no web address
  const webcal = https.replace(/^https?:/, 'webcal:');
  return html`<div class="feed" part="feed">
    <p class="hint">${m.feedHint}</p>
    <div class="feed-links">
      <a class="button subscribe" href=${webcal}>${icon(rss)}${m.subscribe}</a>
      <a class="button download" href=${https}>${icon(download)}${m.download}</a>
    </div>
  </div>`;
}
