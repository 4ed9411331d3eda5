import { noticeCatalogue } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';
import { runExample } from '../scripts/examples.ts';

/** Codes whose situation cannot be built from one document: each says why. */
export const CODES_WITHOUT_RUNNABLE_EXAMPLES: Record<string, string> = {
  schema_invalid: 'a catch-all for schema keywords the published schemas do not use',
  item_too_large: 'raised by the streaming reader and the feed walker, which have their own tests',
  rpde_next_same_as_page: 'needs the URL a page was fetched from: feed walker tests',
  rpde_last_page_next_differs: 'needs the URL a page was fetched from: feed walker tests',
  rpde_next_loop: 'needs several fetched pages: feed walker tests',
  rpde_cache_control_missing: 'needs HTTP headers: feed walker tests',
  rpde_last_page_cached_too_long: 'needs HTTP headers: feed walker tests',
  rpde_content_type_not_json: 'needs HTTP headers: feed walker tests',
  feed_http_status: 'needs an HTTP server: feed walker tests',
  feed_redirect_loop: 'needs an HTTP server: feed walker tests',
  feed_page_limit_reached: 'needs an HTTP server: feed walker tests',
  feed_time_limit_reached: 'needs an HTTP server: feed walker tests',
};

const codesRaised = (example: Parameters<typeof runExample>[0]) =>
  runExample(example).notices.map((group) => group.code);

const documented = [...noticeCatalogue().values()].filter((notice) => notice.examples);

describe('the examples on every notice page', () => {
  it.each(documented.map((notice) => [notice.code, notice] as const))(
    '%s: the failing example raises it and the passing one does not',
    (code, notice) => {
      if (!notice.examples) throw new Error('unreachable');
      expect(codesRaised(notice.examples.failing)).toContain(code);
      expect(codesRaised(notice.examples.passing)).not.toContain(code);
    },
  );

  it('exist for every code except the few that cannot be built from one document', () => {
    const missing = [...noticeCatalogue().values()]
      .filter((notice) => !notice.examples)
      .map((notice) => notice.code);
    expect(missing.sort()).toEqual(Object.keys(CODES_WITHOUT_RUNNABLE_EXAMPLES).sort());
  });
});
