import type { SearchResult } from '../search/search.ts';
import { LABELS } from './describe.ts';
import { type DirectoryState, stateUrl } from './directory-state.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { listingFacts } from './listing-card.ts';
import { shortlistBanner } from './search-page.ts';

/** Everything about one listing, with the way back to the search it came from. */
export function listingPage(result: SearchResult, state: DirectoryState): string {
  const { listing } = result;
  const saved = state.saved.includes(listing.id);
  const toggled = saved ? state.saved.filter((id) => id !== listing.id) : [...state.saved, listing.id];
  const contact = listing.contact ?? {};
  const features = (listing.inclusion?.features ?? []).map((id) => LABELS.inclusion.get(id) ?? id);
  const main = html`<p><a href="${stateUrl('/directory', state.search, state.saved)}">Back to search results</a></p>
<article>
  <h1>${listing.name}</h1>
  <p class="organiser">Run by ${listing.organizer.name}</p>
  <p class="lead">${listing.summary}</p>
  ${listing.description ? html`<p>${listing.description}</p>` : ''}
  <h2>What you need to know</h2>
  ${listingFacts(result)}
  ${features.length ? html`<h2>Accessibility and inclusion</h2><ul>${features.map((feature) => html`<li>${feature}</li>`)}</ul>` : ''}
  ${listing.firstVisit?.whatHappens ? html`<h2>Your first visit</h2><p>${listing.firstVisit.whatHappens}</p>` : ''}
  <h2>Contact</h2>
  <ul>
    ${contact.telephone ? html`<li>Phone: <a href="${`tel:${contact.telephone.replace(/\s/g, '')}`}">${contact.telephone}</a></li>` : ''}
    ${contact.email ? html`<li>Email: <a href="${`mailto:${contact.email}`}">${contact.email}</a></li>` : ''}
    ${listing.url?.startsWith('http') ? html`<li><a href="${listing.url}">Their website</a></li>` : ''}
  </ul>
  <p><a class="button ${saved ? 'secondary' : ''}" href="${stateUrl('/directory/listing', state.search, toggled, { id: listing.id })}">${saved ? 'Remove from shortlist' : 'Add to shortlist'}</a></p>
</article>`;
  return layout({ title: listing.name, main, shortlist: shortlistBanner(state.saved) });
}
