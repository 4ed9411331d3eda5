import type { Dispatcher } from 'undici';
import { FeedLoopError, HttpError, isNetworkError, isTimeoutError, SdkError } from '../errors.ts';
import { SDK_VERSION } from '../version.ts';
import { checkPage, type ReceivedFeedItem } from './check-page.ts';
import { fetchPage, type PageResponse, type ResponseHeaders } from './fetch-page.ts';
import type { Modified } from './modified.ts';
import { backoffDelay, isTransientStatus, parseMaxAge, parseRetryAfter, sleep } from './retry.ts';

/**
 * Where to start or resume a walk: the last `next` URL you saw, or the `modified` and `id` of
 * the last item you processed (for feeds using RPDE's afterTimestamp/afterId strategy).
 * `afterTimestamp` may be a decimal string so positions above 2^53 persist exactly in JSON.
 */
export type FeedPosition = { next: string } | { afterTimestamp: Modified | string; afterId: string };

/** Running totals of a walk. */
export interface FeedStats {
  pages: number;
  items: number;
  bytes: number;
  requests: number;
  retries: number;
  notModified: number;
}

/** Reported after every page, once all its items have been yielded. */
export interface FeedPageEvent {
  url: string;
  /** The page's `next`, resolved against its URL. */
  next: string;
  items: number;
  bytes: number;
  lastPage: boolean;
  /** The server answered 304 Not Modified to a conditional request for the last page. */
  notModified: boolean;
  /** Save this to resume the walk later without re-reading anything. */
  position: FeedPosition;
  stats: Readonly<FeedStats>;
}

/** One page of a walk by {@link FeedReader.pages}. */
export interface WalkedPage {
  url: string;
  items: ReceivedFeedItem[];
  /** The page's `next`, resolved against its URL. */
  next: string;
  /** Save this with what you did with `items` to resume after this page. */
  position: FeedPosition;
  lastPage: boolean;
}

export interface ReadFeedOptions {
  /** Resume from a saved position instead of the start of the feed. */
  from?: FeedPosition;
  /** On reaching the last page, keep polling it for new changes (default false: stop). */
  follow?: boolean;
  /** Shortest wait between polls of the last page, whatever its `max-age` says (default 8000 ms). */
  minPollIntervalMs?: number;
  /** Longest wait between polls of the last page (default 3 600 000 ms). */
  maxPollIntervalMs?: number;
  /** Limit for one request, headers and body (default 30 000 ms). */
  timeoutMs?: number;
  /** Largest page accepted, in bytes; the download stops past it (default 32 MiB). */
  maxBytes?: number;
  /** Attempts after the first for transient failures: network errors, timeouts, 408, 429, 5xx (default 5). */
  retries?: number;
  /** Backoff base and cap for retries without a Retry-After (defaults 500 ms and 30 000 ms). */
  retryBaseMs?: number;
  retryCapMs?: number;
  /**
   * On a 503 without Retry-After, RPDE 1.0 asks consumers to wait a random 60 to 120 minutes
   * (default { min: 3 600 000, max: 7 200 000 } ms).
   */
  unavailableDelayMs?: { min: number; max: number };
  /** A wait (Retry-After, or the 503 rule) longer than this fails the walk instead (default 7 200 000 ms). */
  maxRetryAfterMs?: number;
  /** Cancels the whole walk, including waits between polls and retries. */
  signal?: AbortSignal;
  /** Who you are, put before the SDK's own User-Agent, e.g. "my-directory/1.2 (+mailto:dev@example.org)". */
  userAgent?: string;
  /** Accept pages whatever their Content-Type (default false: only JSON types). */
  anyContentType?: boolean;
  /** An undici dispatcher (Agent, ProxyAgent, …) for the requests. */
  dispatcher?: Dispatcher;
  /** Called after each page: progress, and a position to persist. */
  onPage?: (event: FeedPageEvent) => void;
  /** Source of randomness for backoff jitter; tests pin it. */
  random?: () => number;
}

const DEFAULTS = {
  follow: false,
  minPollIntervalMs: 8_000,
  maxPollIntervalMs: 3_600_000,
  timeoutMs: 30_000,
  maxBytes: 32 * 1024 * 1024,
  retries: 5,
  retryBaseMs: 500,
  retryCapMs: 30_000,
  unavailableDelayMs: { min: 3_600_000, max: 7_200_000 },
  maxRetryAfterMs: 7_200_000,
  anyContentType: false,
};
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** The User-Agent the client sends: the caller's product first, then the SDK and runtime. */
export function defaultUserAgent(product?: string): string {
  const own = `openyouth-sdk/${SDK_VERSION} (+https://openyouth.org/sdk) node/${process.versions.node}`;
  return product ? `${product} ${own}` : own;
}

function startUrl(feedUrl: string, from: FeedPosition | undefined): string {
  if (from === undefined) return new URL(feedUrl).href;
  if ('next' in from) return new URL(from.next, feedUrl).href;
  const url = new URL(feedUrl);
  url.searchParams.set('afterTimestamp', String(from.afterTimestamp));
  url.searchParams.set('afterId', from.afterId);
  return url.href;
}

/**
 * Reads an RPDE feed: iterate it with `for await`, read `position` and `stats` at any time.
 * Created by {@link readFeed}.
 */
export class FeedReader implements AsyncIterable<ReceivedFeedItem> {
  readonly #feedUrl: string;
  readonly #options: typeof DEFAULTS & ReadFeedOptions;
  #position: FeedPosition | undefined;
  readonly #stats: FeedStats = { pages: 0, items: 0, bytes: 0, requests: 0, retries: 0, notModified: 0 };

  constructor(feedUrl: string, options: ReadFeedOptions = {}) {
    this.#feedUrl = feedUrl;
    this.#options = { ...DEFAULTS, ...options };
    this.#position = options.from;
    const positive = ['timeoutMs', 'maxBytes', 'minPollIntervalMs'] as const;
    for (const name of positive) {
      const value = this.#options[name];
      if (!(Number.isFinite(value) && value > 0))
        throw new SdkError(
          'OY_ERR_FEED_OPTIONS',
          `readFeed: ${name} must be a positive number, got ${value}.`,
        );
    }
    try {
      startUrl(feedUrl, options.from);
    } catch (error) {
      throw new SdkError(
        'OY_ERR_FEED_OPTIONS',
        `readFeed: "${feedUrl}" is not an absolute URL. Pass the full feed URL, e.g. https://example.org/feeds/listings.`,
        { cause: error },
      );
    }
  }

  /** The position after the last fully read page: persist it to resume later. */
  get position(): FeedPosition | undefined {
    return this.#position;
  }

  get stats(): Readonly<FeedStats> {
    return { ...this.#stats };
  }

  [Symbol.asyncIterator](): AsyncIterator<ReceivedFeedItem> {
    return this.#items();
  }

  /**
   * The walk a page at a time, each page handed over as soon as it is read: for consumers that
   * store a page's items and its position together (one transaction a page). Only that page is
   * held meanwhile; the next is fetched when you ask for it, and the page's `onPage` event comes
   * then too.
   *
   * ```ts
   * for await (const page of readFeed(url, { from: saved }).pages()) await store(page.items, page.position);
   * ```
   */
  async *pages(): AsyncGenerator<WalkedPage> {
    for await (const page of this.#walk()) {
      this.#stats.items += page.items.length;
      yield page;
    }
  }

  async *#items(): AsyncGenerator<ReceivedFeedItem> {
    for await (const page of this.#walk()) {
      for (const item of page.items) {
        this.#stats.items += 1;
        yield item;
      }
    }
  }

  /** Yields each page; once the caller is done with it, counts it and reports it. */
  async *#walk(): AsyncGenerator<WalkedPage> {
    const options = this.#options;
    let url = startUrl(this.#feedUrl, this.#position);
    const visited = new Set<string>();
    // Validators for the last page only: it is the one page read again and again.
    let validators: { url: string; etag?: string; lastModified?: string } | undefined;
    for (;;) {
      const conditional = validators?.url === url ? validators : undefined;
      const { response, finalUrl } = await this.#fetchWithRetries(url, conditional);
      if (response.kind === 'not-modified') {
        this.#stats.notModified += 1;
        this.#report({ url, next: url, items: 0, bytes: 0, lastPage: true, notModified: true });
        if (!options.follow) return;
        await sleep(this.#pollDelay(response.headers), options.signal);
        continue;
      }
      if (response.kind !== 'ok') throw new Error('unreachable: statuses are handled by #fetchWithRetries');
      url = finalUrl;
      const page = checkPage(response.json, url);
      const next = new URL(page.next, url).href;
      const lastPage = page.items.length === 0 && next === url;
      // RPDE 1.0 §Last page: only an empty page may point at itself; any other repeat is a loop.
      if (!lastPage && (next === url || visited.has(next))) throw new FeedLoopError(url, next);
      visited.add(url);
      yield { url, items: page.items, next, position: { next }, lastPage };
      this.#stats.pages += 1;
      this.#stats.bytes += response.bytes;
      this.#position = { next };
      this.#report({
        url,
        next,
        items: page.items.length,
        bytes: response.bytes,
        lastPage,
        notModified: false,
      });
      if (!lastPage) {
        url = next;
        continue;
      }
      validators = { url, ...pickValidators(response.headers) };
      if (!options.follow) return;
      // Caught up: a loop from here on must pass through pages read after this point, so a
      // walk that follows a feed for months does not keep every URL it ever read.
      visited.clear();
      await sleep(this.#pollDelay(response.headers), options.signal);
    }
  }

  #report(event: Omit<FeedPageEvent, 'position' | 'stats'>) {
    const position = this.#position ?? { next: event.url };
    this.#options.onPage?.({ ...event, position, stats: { ...this.#stats } });
  }

  // RPDE 1.0 recommends max-age=8 on the last page: poll no faster than the page may be cached, and never faster than the minimum.
  #pollDelay(headers: ResponseHeaders): number {
    const { minPollIntervalMs, maxPollIntervalMs } = this.#options;
    const maxAge = parseMaxAge(headers.cacheControl) ?? 0;
    return Math.min(maxPollIntervalMs, Math.max(minPollIntervalMs, maxAge));
  }

  async #fetchWithRetries(
    requested: string,
    conditional: { etag?: string; lastModified?: string } | undefined,
  ): Promise<{ response: PageResponse; finalUrl: string }> {
    const options = this.#options;
    const random = options.random ?? Math.random;
    let url = requested;
    let redirects = 0;
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0) this.#stats.retries += 1;
      this.#stats.requests += 1;
      let response: PageResponse;
      try {
        response = await fetchPage(url, {
          userAgent: defaultUserAgent(options.userAgent),
          timeoutMs: options.timeoutMs,
          maxBytes: options.maxBytes,
          signal: options.signal,
          dispatcher: options.dispatcher,
          anyContentType: options.anyContentType,
          ...(url === requested ? conditional : undefined),
        });
      } catch (error) {
        if ((isNetworkError(error) || isTimeoutError(error)) && attempt < options.retries) {
          await sleep(backoffDelay(attempt, options.retryBaseMs, options.retryCapMs, random), options.signal);
          continue;
        }
        throw error;
      }
      if (response.kind !== 'status') return { response, finalUrl: url };
      const { status, headers } = response;
      if (REDIRECT_STATUSES.has(status) && headers.location !== undefined && redirects < MAX_REDIRECTS) {
        redirects += 1;
        attempt -= 1;
        url = new URL(headers.location, url).href;
        continue;
      }
      if (!isTransientStatus(status) || attempt >= options.retries) throw statusError(url, response, attempt);
      const retryAfter = parseRetryAfter(headers.retryAfter, Date.now());
      // RPDE 1.0 §HTTP status codes: retry a 503 after a random 60–120 minutes, to spread consumers out.
      const { min, max } = options.unavailableDelayMs;
      const wait =
        retryAfter ??
        (status === 503
          ? min + Math.floor(random() * (max - min))
          : backoffDelay(attempt, options.retryBaseMs, options.retryCapMs, random));
      if (wait > options.maxRetryAfterMs) {
        const why =
          retryAfter === undefined
            ? 'RPDE asks consumers to retry a 503 after 60 to 120 minutes'
            : `it asks to wait ${Math.round(retryAfter / 1000)} s (Retry-After)`;
        throw new HttpError(
          url,
          status,
          `${url} answered ${status} and ${why}, longer than maxRetryAfterMs (${options.maxRetryAfterMs} ms). ` +
            'Try again later, or raise maxRetryAfterMs to wait in this process.',
          wait,
        );
      }
      await sleep(wait, options.signal);
    }
  }
}

function pickValidators(headers: ResponseHeaders): { etag?: string; lastModified?: string } {
  const result: { etag?: string; lastModified?: string } = {};
  if (headers.etag !== undefined) result.etag = headers.etag;
  if (headers.lastModified !== undefined) result.lastModified = headers.lastModified;
  return result;
}

function statusError(
  url: string,
  response: Extract<PageResponse, { kind: 'status' }>,
  attempt: number,
): HttpError {
  const tries = attempt === 0 ? '' : ` after ${attempt + 1} attempts`;
  const body = response.bodyText.trim().slice(0, 200);
  const advice =
    response.status === 404 || response.status === 410
      ? 'Check the feed URL with its publisher.'
      : response.status >= 500 || response.status === 429
        ? 'The server is struggling: try again later.'
        : 'Check the URL and any access the publisher requires.';
  return new HttpError(
    url,
    response.status,
    `${url} answered HTTP ${response.status}${tries}${body ? `: ${body}` : ''}. ${advice}`,
  );
}

/**
 * Reads an RPDE 1.0 feed item by item, following `next` to the last page:
 *
 * ```ts
 * for await (const item of readFeed('https://example.org/feeds/listings')) console.log(item.id);
 * ```
 *
 * Deleted items are yielded too (`state: 'deleted'`). With `{ follow: true }` the walk never
 * ends: it polls the last page. Errors are `HttpError`, `NetworkError`, `TimeoutError`,
 * `ResponseTooLargeError`, `FeedLoopError` or `FeedPageError`.
 */
export function readFeed(feedUrl: string, options: ReadFeedOptions = {}): FeedReader {
  return new FeedReader(feedUrl, options);
}
