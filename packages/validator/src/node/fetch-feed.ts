import type { Dispatcher } from 'undici';
import { createFeedChecks, maxAgeOf } from '../feed/feed-checks.ts';
import { parseJson } from '../internal/parse-json.ts';
import type { DocumentSource, Validator } from '../validator.ts';

export interface FetchOptions {
  /** Per request, for headers and for the body. Default 30 s. */
  requestTimeoutMs?: number;
  /** For a whole feed walk. Default 10 minutes. */
  walkTimeoutMs?: number;
  /** Pages read before a walk stops. Default 10,000. */
  maxPages?: number;
  /** Bytes read from one response before it is abandoned. Default 50 MiB. */
  maxPageBytes?: number;
  /** Called after each feed page, for a progress bar. */
  onPage?: (progress: { url: string; pages: number; items: number }) => void;
  /** An undici dispatcher, for proxies or tests. */
  dispatcher?: Dispatcher;
}

const MAX_REDIRECTS = 5;
/** RPDE asks for a short cache on the last page; an hour is the longest that is not misleading. */
const LAST_PAGE_MAX_AGE = 3600;

interface Page {
  url: string;
  text: string;
  contentType: string | undefined;
  cacheControl: string | undefined;
}

const header = (headers: Record<string, string | string[] | undefined>, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** Fetches one URL, following redirects by hand so loops are caught; data problems become notices. */
async function fetchPage(start: string, source: DocumentSource, validator: Validator, options: FetchOptions) {
  // undici is loaded only for URLs: it adds about 17 MB to the memory of a run that reads only files.
  const { request } = await import('undici');
  const visited: string[] = [];
  let url = start;
  for (;;) {
    if (visited.includes(url) || visited.length > MAX_REDIRECTS) {
      validator.notice('feed_redirect_loop', source, '', { url: start, redirects: visited.length });
      return undefined;
    }
    visited.push(url);
    const timeout = options.requestTimeoutMs ?? 30_000;
    const response = await request(url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      headersTimeout: timeout,
      bodyTimeout: timeout,
      signal: AbortSignal.timeout(timeout * 2),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    const location = header(response.headers, 'location');
    if (response.statusCode >= 300 && response.statusCode < 400 && location) {
      await response.body.dump();
      url = new URL(location, url).href;
      continue;
    }
    if (response.statusCode >= 400) {
      await response.body.dump();
      validator.notice('feed_http_status', source, '', { url, status: response.statusCode });
      return undefined;
    }
    const limit = options.maxPageBytes ?? 50 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of response.body) {
      bytes += (chunk as Buffer).length;
      if (bytes > limit) {
        response.body.destroy();
        validator.notice('item_too_large', source, '', { bytes, limit });
        return undefined;
      }
      chunks.push(chunk as Buffer);
    }
    return {
      url,
      text: Buffer.concat(chunks).toString('utf8'),
      contentType: header(response.headers, 'content-type'),
      cacheControl: header(response.headers, 'cache-control'),
    } satisfies Page;
  }
}

/**
 * Validates the document at a URL; when it is an RPDE feed page, walks the feed by `next` to its
 * last page, checking each page and the order of items across pages.
 */
export async function validateUrl(
  start: string,
  validator: Validator,
  options: FetchOptions = {},
): Promise<void> {
  const checks = createFeedChecks();
  const deadline = Date.now() + (options.walkTimeoutMs ?? 10 * 60_000);
  const maxPages = options.maxPages ?? 10_000;
  const visited = new Set<string>();
  let url = new URL(start).href;
  let items = 0;
  for (let pages = 0; ; pages++) {
    const source: DocumentSource = { name: url, input: start, documentName: start, feed: checks };
    if (pages >= maxPages) {
      validator.notice('feed_page_limit_reached', source, '', { pages });
      return;
    }
    if (Date.now() > deadline) {
      validator.notice('feed_time_limit_reached', source, '', {
        seconds: Math.round((options.walkTimeoutMs ?? 600_000) / 1000),
      });
      return;
    }
    let page: Page | undefined;
    try {
      page = await fetchPage(url, source, validator, options);
    } catch (error) {
      validator.problem({
        code: 'OY_ERR_VALIDATOR_NETWORK',
        message: `${url}: could not be fetched (${(error as Error).message}). Check the address and your connection.`,
        input: start,
      });
      return;
    }
    if (!page) return;
    visited.add(url);
    const parsed = parseJson(page.text);
    if (!parsed.ok) {
      validator.text(page.text, source);
      return;
    }
    const kind = validator.document(parsed.value, { ...source, text: page.text });
    if (kind !== 'feed-page') return;
    const feedPage = parsed.value as { items?: unknown[]; next?: unknown };
    const pageItems = Array.isArray(feedPage.items) ? feedPage.items.length : 0;
    items += pageItems;
    options.onPage?.({ url, pages: pages + 1, items });
    checkHeaders(page, pageItems === 0, source, validator);
    if (typeof feedPage.next !== 'string') return;
    let next: string;
    try {
      next = new URL(feedPage.next, url).href;
    } catch {
      return; // the schema check has already reported a next that is not a URL.
    }
    if (pageItems === 0) {
      // RPDE 1.0: the last page has no items and gives its own URL as next.
      if (next !== url) validator.notice('rpde_last_page_next_differs', source, '/next', { url, next });
      return;
    }
    if (next === url) {
      validator.notice('rpde_next_same_as_page', source, '/next', { next });
      return;
    }
    if (visited.has(next)) {
      validator.notice('rpde_next_loop', source, '/next', { next });
      return;
    }
    url = next;
  }
}

function checkHeaders(page: Page, isLast: boolean, source: DocumentSource, validator: Validator) {
  const mediaType = page.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json' && !mediaType?.endsWith('+json')) {
    validator.notice('rpde_content_type_not_json', source, '', {
      url: page.url,
      contentType: page.contentType ?? 'none',
    });
  }
  const maxAge = maxAgeOf(page.cacheControl);
  if (maxAge === undefined) {
    validator.notice('rpde_cache_control_missing', source, '', {
      url: page.url,
      cacheControl: page.cacheControl ?? 'none',
    });
  } else if (isLast && maxAge > LAST_PAGE_MAX_AGE) {
    validator.notice('rpde_last_page_cached_too_long', source, '', { url: page.url, maxAge });
  }
}
