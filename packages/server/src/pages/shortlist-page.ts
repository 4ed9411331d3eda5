import type { SearchResult } from '../search/search.ts';
import { shortlistUrl } from './directory-state.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { listingFacts } from './listing-card.ts';

/**
 * A shortlist to print or share: its URL holds the listing ids, so the link is the shortlist. Ids
 * the server no longer knows are reported rather than dropped silently.
 */
export function shortlistPage(results: readonly SearchResult[], missing: number, shareUrl: string): string {
  const main = html`<h1>Shortlist</h1>
${
  results.length
    ? html`<div class="share no-print">
  <label for="share-link">Link to this shortlist</label>
  <p class="hint" id="share-hint">Copy it into a message or email to share the shortlist.</p>
  <input id="share-link" type="text" readonly value="${shareUrl}" aria-describedby="share-hint">
  <p class="actions"><button type="button" class="button" data-action="copy" hidden>Copy link</button> <button type="button" class="button secondary" data-action="print" hidden>Print</button></p>
  <p class="visually-hidden" role="status" id="share-status"></p>
</div>`
    : html`<p>There is nothing on this shortlist yet. <a href="/directory">Search for listings</a> and add them.</p>`
}
${missing ? html`<p class="notice">${missing} ${missing === 1 ? 'listing is' : 'listings are'} no longer in the directory.</p>` : ''}
<ol class="results shortlist">${results.map(
    (result) =>
      html`<li class="card"><article><h2>${result.listing.name}</h2><p class="organiser">${result.listing.organizer.name}</p><p>${result.listing.summary}</p>${listingFacts(result)}${result.listing.contact?.telephone ? html`<p>Phone ${result.listing.contact.telephone}</p>` : ''}<p class="no-print"><a href="${shortlistUrl(results.map((r) => r.listing.id).filter((id) => id !== result.listing.id))}">Remove<span class="visually-hidden"> ${result.listing.name}</span> from shortlist</a></p></article></li>`,
  )}</ol>
<p class="no-print"><a href="${`/directory?${results.map((result) => `saved=${encodeURIComponent(result.listing.id)}`).join('&')}`}">Search for more</a></p>`;
  return layout({ title: 'Shortlist', main });
}
