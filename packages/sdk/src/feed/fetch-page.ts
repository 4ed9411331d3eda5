import { type Dispatcher, request } from 'undici';
import { FeedPageError, NetworkError, ResponseTooLargeError, TimeoutError } from '../errors.ts';
import { parseJsonExact } from '../internal/json.ts';

/** What one HTTP exchange with a feed produced, before any decision to retry. */
export type PageResponse =
  | { kind: 'ok'; status: number; json: unknown; bytes: number; headers: ResponseHeaders }
  | { kind: 'not-modified'; status: 304; headers: ResponseHeaders }
  | { kind: 'status'; status: number; headers: ResponseHeaders; bodyText: string };

export interface ResponseHeaders {
  etag?: string;
  lastModified?: string;
  cacheControl?: string;
  retryAfter?: string;
  contentType?: string;
  location?: string;
}

export interface FetchPageOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal | undefined;
  dispatcher?: Dispatcher | undefined;
  /** Validators from the previous response for this URL, sent as If-None-Match / If-Modified-Since. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Accept any content type (some publishers serve JSON as text/plain). */
  anyContentType?: boolean | undefined;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
// How much of a non-success body to keep for the error message.
const ERROR_BODY_LIMIT = 2048;

function pick(headers: Record<string, string | string[] | undefined>): ResponseHeaders {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const result: ResponseHeaders = {};
  const etag = one('etag');
  const lastModified = one('last-modified');
  const cacheControl = one('cache-control');
  const retryAfter = one('retry-after');
  const contentType = one('content-type');
  const location = one('location');
  if (etag !== undefined) result.etag = etag;
  if (lastModified !== undefined) result.lastModified = lastModified;
  if (cacheControl !== undefined) result.cacheControl = cacheControl;
  if (retryAfter !== undefined) result.retryAfter = retryAfter;
  if (contentType !== undefined) result.contentType = contentType;
  if (location !== undefined) result.location = location;
  return result;
}

/** Stops a body mid-stream; the abort error undici then emits is expected, not a crash. */
function discard(body: { destroy(): void; on(event: 'error', listener: () => void): unknown }): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Reads a body up to `limit` bytes; past it, destroys the stream (so the socket stops) and reports `undefined`. */
async function readCapped(body: AsyncIterable<Buffer> & Parameters<typeof discard>[0], limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      discard(body);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * One GET of a feed page with undici: a per-request timeout, a size cap enforced while
 * streaming, conditional headers, and exact JSON parsing. Throws `TimeoutError`,
 * `NetworkError`, `ResponseTooLargeError` or `FeedPageError`; non-success statuses are
 * returned, not thrown, so the caller can decide whether to retry.
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<PageResponse> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: 'application/vnd.openactive.rpde+json, application/json;q=0.9',
  };
  if (options.etag !== undefined) headers['if-none-match'] = options.etag;
  if (options.lastModified !== undefined) headers['if-modified-since'] = options.lastModified;
  try {
    const response = await request(url, {
      method: 'GET',
      headers,
      signal,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    const picked = pick(response.headers);
    if (response.statusCode === 304) {
      await response.body.dump();
      return { kind: 'not-modified', status: 304, headers: picked };
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      const buffer = await readCapped(response.body, ERROR_BODY_LIMIT).catch(() => undefined);
      return {
        kind: 'status',
        status: response.statusCode,
        headers: picked,
        bodyText: buffer?.toString('utf8') ?? '',
      };
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      discard(response.body);
      throw new ResponseTooLargeError(url, options.maxBytes);
    }
    if (!options.anyContentType && !JSON_TYPE.test(picked.contentType ?? '')) {
      discard(response.body);
      throw new FeedPageError(
        'OY_ERR_FEED_CONTENT_TYPE',
        url,
        `${url} is served as "${picked.contentType ?? '(no Content-Type)'}", not JSON. The publisher should send ` +
          '"Content-Type: application/json"; to read it anyway, pass { anyContentType: true }.',
      );
    }
    const buffer = await readCapped(response.body, options.maxBytes);
    if (buffer === undefined) throw new ResponseTooLargeError(url, options.maxBytes);
    let json: unknown;
    try {
      json = parseJsonExact(buffer.toString('utf8'));
    } catch (error) {
      throw new FeedPageError(
        'OY_ERR_FEED_INVALID_JSON',
        url,
        `${url} is not valid JSON (${(error as Error).message}; ${buffer.length} bytes received). ` +
          'The page may have been cut short: the publisher should check its feed serialises completely.',
        error,
      );
    }
    return { kind: 'ok', status: response.statusCode, json, bytes: buffer.length, headers: picked };
  } catch (error) {
    if (timeout.signal.aborted && !options.signal?.aborted) throw new TimeoutError(url, options.timeoutMs);
    if (options.signal?.aborted) throw options.signal.reason;
    if (error instanceof ResponseTooLargeError || error instanceof FeedPageError) throw error;
    throw new NetworkError(
      url,
      `Could not read ${url}: ${(error as Error).message}. Check the URL and that the server is up.`,
      error,
    );
  } finally {
    clearTimeout(timer);
  }
}
