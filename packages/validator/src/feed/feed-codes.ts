import type { NoticeDefinition } from '../notice.ts';

const NEXT = 'https://example-youth.org.uk/feed?afterTimestamp=2&afterId=b';
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const deleted = (id: string, modified: number) => ({ state: 'deleted', kind: 'Listing', id, modified });

/** Notices about RPDE 1.0 feeds: the order of items, paging, and what the server sends. */
export const FEED_NOTICES: Record<string, NoticeDefinition> = {
  rpde_items_out_of_order: {
    severity: 'error',
    summary: 'Feed items are not in order of modified, then id.',
    fields: ['id', 'modified', 'previousId', 'previousModified'],
    examples: {
      failing: { document: { next: NEXT, license: LICENSE, items: [deleted('b', 2), deleted('a', 1)] } },
      passing: { document: { next: NEXT, license: LICENSE, items: [deleted('a', 1), deleted('b', 2)] } },
    },
  },
  rpde_item_repeated: {
    severity: 'warning',
    summary: 'The same item, with the same modified value, appears twice in the feed.',
    fields: ['id', 'modified'],
    examples: {
      failing: { document: { next: NEXT, license: LICENSE, items: [deleted('a', 1), deleted('a', 1)] } },
      passing: { document: { next: NEXT, license: LICENSE, items: [deleted('a', 1), deleted('b', 2)] } },
    },
  },
  rpde_next_not_after_last_item: {
    severity: 'error',
    summary: "The next URL's afterTimestamp and afterId do not match the page's last item.",
    fields: ['next', 'lastId', 'lastModified'],
    examples: {
      failing: {
        document: {
          next: 'https://example-youth.org.uk/feed?afterTimestamp=1&afterId=a',
          license: LICENSE,
          items: [deleted('a', 1), deleted('b', 2)],
        },
      },
      passing: { document: { next: NEXT, license: LICENSE, items: [deleted('a', 1), deleted('b', 2)] } },
    },
  },
  rpde_next_same_as_page: {
    severity: 'error',
    summary: 'A page with items gives its own URL as next, so a reader would loop forever.',
    fields: ['next'],
  },
  rpde_last_page_next_differs: {
    severity: 'warning',
    summary: 'The last page (no items) does not give its own URL as next, as RPDE asks.',
    fields: ['url', 'next'],
  },
  rpde_next_loop: {
    severity: 'error',
    summary: 'Following next leads back to a page already read, so a reader would never reach the end.',
    fields: ['next'],
  },
  rpde_cache_control_missing: {
    severity: 'warning',
    summary: 'A feed page is served without a Cache-Control max-age, so readers cannot cache it.',
    fields: ['url', 'cacheControl'],
  },
  rpde_last_page_cached_too_long: {
    severity: 'warning',
    summary: 'The last page is cached for longer than an hour, so readers see new changes late.',
    fields: ['url', 'maxAge'],
  },
  rpde_content_type_not_json: {
    severity: 'warning',
    summary: 'A feed page is served with a Content-Type other than application/json.',
    fields: ['url', 'contentType'],
  },
  feed_http_status: {
    severity: 'error',
    summary: 'A feed URL answered with an HTTP error instead of a page.',
    fields: ['url', 'status'],
  },
  feed_redirect_loop: {
    severity: 'error',
    summary: 'A feed URL redirects in a loop, or too many times.',
    fields: ['url', 'redirects'],
  },
  feed_page_limit_reached: {
    severity: 'warning',
    summary: 'The walk stopped at the page limit before the end of the feed.',
    fields: ['pages'],
  },
  feed_time_limit_reached: {
    severity: 'warning',
    summary: 'The walk stopped at its time limit before the end of the feed.',
    fields: ['seconds'],
  },
};
