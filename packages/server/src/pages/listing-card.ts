import type { SearchResult } from '../search/search.ts';
import {
  describeAccompaniment,
  describeAges,
  describeCost,
  describeReferral,
  describeSpace,
  describeVerified,
  describeWhen,
  describeWhere,
} from './describe.ts';
import { type DirectoryState, stateUrl } from './directory-state.ts';
import { html, type SafeHtml } from './html.ts';

/** The facts a link worker, parent or young person needs to decide, as a description list. */
export function listingFacts(result: SearchResult): SafeHtml {
  const { listing } = result;
  const where =
    result.distanceKm === undefined
      ? describeWhere(listing)
      : `${describeWhere(listing)} (${result.distanceKm.toFixed(1)} km away)`;
  const facts: [string, string][] = [
    ['Age', describeAges(listing)],
    ['When', describeWhen(listing)],
    ['Where', where],
    ['Cost', describeCost(listing)],
    ['How to join', describeReferral(listing)],
    ['Coming alone', describeAccompaniment(listing)],
    ['What it is like', describeSpace(listing)],
    ['Checked', describeVerified(listing, result.freshness)],
  ];
  return html`<dl class="facts">${facts.map(([term, detail]) => html`<div><dt>${term}</dt><dd>${detail}</dd></div>`)}</dl>`;
}

/** One search result, with a link to its page and a shortlist toggle that keeps the rest of the URL. */
export function listingCard(result: SearchResult, state: DirectoryState, path: string): SafeHtml {
  const { listing } = result;
  const saved = state.saved.includes(listing.id);
  const toggled = saved ? state.saved.filter((id) => id !== listing.id) : [...state.saved, listing.id];
  return html`<li class="card">
  <article aria-labelledby="${`title-${listing.id}`}">
    <h3 id="${`title-${listing.id}`}"><a href="${stateUrl('/directory/listing', state.search, state.saved, { id: listing.id })}">${listing.name}</a></h3>
    <p class="organiser">${listing.organizer.name}</p>
    <p>${listing.summary}</p>
    ${listingFacts(result)}
    <p><a class="button ${saved ? 'secondary' : ''}" href="${stateUrl(path, state.search, toggled)}">${saved ? 'Remove' : 'Add'}<span class="visually-hidden"> ${listing.name}</span> ${saved ? 'from' : 'to'} shortlist</a></p>
  </article>
</li>`;
}
