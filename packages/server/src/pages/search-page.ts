import type { RequestFault } from '../errors.ts';
import { resultOf, type SearchOutcome } from '../search/search.ts';
import { LABELS } from './describe.ts';
import { type DirectoryState, shortlistUrl, stateUrl } from './directory-state.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { listingCard } from './listing-card.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// The interests and needs a form offers: the most asked-for, to keep the form short on a phone.
const INTERESTS = [
  'sport-and-physical-activity',
  'arts-and-crafts',
  'music',
  'nature-and-outdoors',
  'youth-clubs',
  'cooking-and-food',
  'gaming-and-digital',
  'volunteering',
  'peer-support',
  'mental-health-support',
  'young-carers-support',
  'send-and-disability',
  'lgbtq-plus-groups',
  'holiday-activities',
];
const NEEDS = [
  'feeling-anxious',
  'low-mood',
  'lonely-or-isolated',
  'making-friends',
  'confidence-and-self-esteem',
  'caring-for-someone',
  'bereavement-and-loss',
  'school-worries',
  'something-to-do',
  'being-more-active',
];

/** A group of checkboxes folded into a native disclosure, so the form stays short on a phone; open when something is chosen. */
function checkboxes(name: string, legend: string, values: [string, string][], chosen: readonly string[]) {
  const count = values.filter(([value]) => chosen.includes(value)).length;
  return html`<details class="choices"${count ? html` open` : ''}>
  <summary>${legend}${count ? ` (${count} chosen)` : ''}</summary>
  <fieldset>
  <legend class="visually-hidden">${legend}</legend>
  ${values.map(
    ([value, label]) =>
      html`<div class="choice"><input type="checkbox" id="${`${name}-${value}`}" name="${name}" value="${value}"${chosen.includes(value) ? html` checked` : ''}><label for="${`${name}-${value}`}">${label}</label></div>`,
  )}
  </fieldset>
</details>`;
}

export function shortlistBanner(saved: readonly string[]): SafeHtml {
  if (!saved.length) return html``;
  return html`<aside class="shortlist-bar" aria-label="Shortlist"><div class="wrap"><p>You have ${saved.length} ${saved.length === 1 ? 'listing' : 'listings'} on your shortlist. <a href="${shortlistUrl(saved)}">View, print or share your shortlist</a></p></div></aside>`;
}

export function errorSummary(faults: readonly RequestFault[]): SafeHtml {
  if (!faults.length) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-title">
  <h2 id="error-title">There is a problem</h2>
  <ul>${faults.map((fault) => html`<li>${fault.parameter ? html`<a href="${`#field-${fault.parameter}`}">${fault.message}</a>` : fault.message}</li>`)}</ul>
</div>`;
}

function results(outcome: SearchOutcome | undefined, state: DirectoryState): SafeHtml {
  if (!outcome) return html``;
  const pages = Math.ceil(outcome.total / outcome.limit);
  const nav = (page: number, label: string, rel: string) =>
    html`<a rel="${rel}" href="${stateUrl('/directory', state.search, state.saved, { page: String(page) })}">${label}</a>`;
  return html`<section aria-labelledby="results-title">
  <h2 id="results-title" tabindex="-1">${outcome.total === 0 ? 'No listings found' : `${outcome.total} ${outcome.total === 1 ? 'listing' : 'listings'} found`}</h2>
  ${outcome.total === 0 ? html`<p>Try a bigger distance, fewer choices, or a different age.</p>` : ''}
  <ol class="results">${outcome.items.map((hit) => listingCard(resultOf(hit), state, '/directory'))}</ol>
  ${
    pages > 1
      ? html`<nav class="pagination" aria-label="Pages of results"><p>Page ${outcome.page} of ${pages}</p>${outcome.page > 1 ? nav(outcome.page - 1, 'Previous page', 'prev') : ''} ${outcome.page < pages ? nav(outcome.page + 1, 'Next page', 'next') : ''}</nav>`
      : ''
  }
</section>`;
}

/** The search form and its results: the directory's front page. */
export function searchPage(
  state: DirectoryState,
  outcome: SearchOutcome | undefined,
  faults: readonly RequestFault[],
): string {
  const value = (name: string) => state.search.get(name) ?? '';
  const chosen = (name: string) => state.search.getAll(name);
  const invalid = (name: string) => faults.some((fault) => fault.parameter === name);
  const field = (name: string, label: string, hint: string, attributes: SafeHtml) =>
    html`<div class="field${invalid(name) ? ' field-error' : ''}">
  <label for="${`field-${name}`}">${label}</label>
  <p class="hint" id="${`hint-${name}`}">${hint}</p>
  <input id="${`field-${name}`}" name="${name}" value="${value(name)}" aria-describedby="${`hint-${name}`}"${invalid(name) ? html` aria-invalid="true"` : ''} ${attributes}>
</div>`;
  const main = html`<h1>Find activities and support for young people</h1>
${errorSummary(faults)}
<form class="search" method="get" action="/directory" role="search" aria-label="Search listings">
  ${state.saved.map((id) => html`<input type="hidden" name="saved" value="${id}">`)}
  <div class="row">
    ${field('postcode', 'Postcode', 'Where the young person lives or goes to school, like BS5 9JB.', html`type="text" autocomplete="postal-code" maxlength="8" class="short"`)}
    ${field('age', 'Age', 'The young person’s age in years.', html`type="number" inputmode="numeric" min="0" max="25" class="short"`)}
    ${field('q', 'Words to search for', 'Optional, like football or art.', html`type="search"`)}
  </div>
  ${checkboxes(
    'category',
    'Interests',
    INTERESTS.map((id) => [id, LABELS.categories.get(id) ?? id]),
    chosen('category'),
  )}
  ${checkboxes(
    'need',
    'Things they could use help with',
    NEEDS.map((id) => [id, LABELS.needs.get(id) ?? id]),
    chosen('need'),
  )}
  ${checkboxes(
    'day',
    'Days',
    DAYS.map((day) => [day, day]),
    chosen('day'),
  )}
  <fieldset class="cost"><legend>Cost</legend>
    <div class="choice"><input type="checkbox" id="field-free" name="free" value="true"${value('free') === 'true' ? html` checked` : ''}><label for="field-free">Free only</label></div>
  </fieldset>
  <button type="submit" class="button">Search</button>
</form>
${results(outcome, state)}`;
  return layout({
    title: outcome ? `${outcome.total} listings found` : 'Search',
    main,
    shortlist: shortlistBanner(state.saved),
  });
}
