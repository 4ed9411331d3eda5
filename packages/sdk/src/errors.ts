/** Codes of the errors the SDK throws; stable, so callers can branch on them. */
export const SDK_ERRORS = {
  OY_ERR_FEED_HTTP_STATUS: 'The feed answered with an HTTP status that is not a success.',
  OY_ERR_FEED_NETWORK: 'The feed could not be reached (DNS, connection refused or reset).',
  OY_ERR_FEED_TIMEOUT: 'A request to the feed took longer than the timeout.',
  OY_ERR_FEED_TOO_LARGE: 'A feed page is larger than the size limit.',
  OY_ERR_FEED_LOOP: 'A feed page points back to a page already read.',
  OY_ERR_FEED_INVALID_JSON: 'A feed page is not valid JSON.',
  OY_ERR_FEED_CONTENT_TYPE: 'A feed page is not served as JSON.',
  OY_ERR_FEED_INVALID_PAGE: 'A feed page does not have the shape RPDE requires.',
  OY_ERR_FEED_OPTIONS: 'The options given to the feed client are not usable.',
  OY_ERR_PUBLISH_OPTIONS: 'The options given to the feed-page builder are not usable.',
  OY_ERR_PUBLISH_ORDER: 'The items for a feed page are not in RPDE order.',
  OY_ERR_DATASET_INVALID: 'The dataset descriptor does not match the Dataset schema.',
} as const;

export type SdkErrorCode = keyof typeof SDK_ERRORS;

/** The base of every error the SDK throws: a stable `code`, the `cause`, and an HTTP status if one applies. */
export class SdkError extends Error {
  override name = 'SdkError';
  readonly code: SdkErrorCode;
  readonly statusCode: number | undefined;

  constructor(code: SdkErrorCode, message: string, options: { cause?: unknown; statusCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.statusCode = options.statusCode;
  }

  /** What may leave a process: name, code, message and status; never the cause's internals. */
  toJSON(): { name: string; code: SdkErrorCode; message: string; statusCode?: number } {
    const json = { name: this.name, code: this.code, message: this.message };
    return this.statusCode === undefined ? json : { ...json, statusCode: this.statusCode };
  }
}

/** The server answered, but not with a success (after any retries). */
export class HttpError extends SdkError {
  override name = 'HttpError';
  readonly url: string;
  readonly status: number;
  /** How long the server (or RPDE's 503 rule) asked to wait before trying again, when it did. */
  readonly retryAfterMs: number | undefined;

  constructor(url: string, status: number, message: string, retryAfterMs?: number) {
    super('OY_ERR_FEED_HTTP_STATUS', message, { statusCode: status });
    this.url = url;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The server could not be reached, or the connection broke (after any retries). */
export class NetworkError extends SdkError {
  override name = 'NetworkError';
  readonly url: string;

  constructor(url: string, message: string, cause?: unknown) {
    super('OY_ERR_FEED_NETWORK', message, { cause });
    this.url = url;
  }
}

/** One request took longer than `timeoutMs` (after any retries). */
export class TimeoutError extends SdkError {
  override name = 'TimeoutError';
  readonly url: string;
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super(
      'OY_ERR_FEED_TIMEOUT',
      `${url} did not answer within ${timeoutMs} ms. Try again later, or raise the timeoutMs option.`,
    );
    this.url = url;
    this.timeoutMs = timeoutMs;
  }
}

/** A response body was larger than `maxBytes`; reading stopped at the limit. */
export class ResponseTooLargeError extends SdkError {
  override name = 'ResponseTooLargeError';
  readonly url: string;
  readonly maxBytes: number;

  constructor(url: string, maxBytes: number) {
    super(
      'OY_ERR_FEED_TOO_LARGE',
      `${url} sent more than ${maxBytes} bytes. Ask the publisher for smaller pages, or raise the maxBytes option.`,
    );
    this.url = url;
    this.maxBytes = maxBytes;
  }
}

/** A page's `next` is a URL already read in this walk, so following it would never end. */
export class FeedLoopError extends SdkError {
  override name = 'FeedLoopError';
  readonly url: string;
  readonly next: string;

  constructor(url: string, next: string) {
    super(
      'OY_ERR_FEED_LOOP',
      `${url} has "next": "${next}", a page already read: the feed would loop forever. ` +
        'The publisher must build `next` from the last item on the page (RPDE 1.0 §Ordering).',
    );
    this.url = url;
    this.next = next;
  }
}

/** A page is not JSON, not served as JSON, or not shaped like an RPDE page. */
export class FeedPageError extends SdkError {
  override name = 'FeedPageError';
  readonly url: string;

  constructor(
    code: 'OY_ERR_FEED_INVALID_JSON' | 'OY_ERR_FEED_CONTENT_TYPE' | 'OY_ERR_FEED_INVALID_PAGE',
    url: string,
    message: string,
    cause?: unknown,
  ) {
    super(code, message, { cause });
    this.url = url;
  }
}

function hasCode(error: unknown, codes: readonly string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    codes.includes((error as { code?: unknown }).code as string)
  );
}

// Guards check the code as well as the class, so errors from another copy of the SDK still match.
export const isSdkError = (error: unknown): error is SdkError =>
  error instanceof SdkError || hasCode(error, Object.keys(SDK_ERRORS));
export const isHttpError = (error: unknown): error is HttpError =>
  error instanceof HttpError || hasCode(error, ['OY_ERR_FEED_HTTP_STATUS']);
export const isNetworkError = (error: unknown): error is NetworkError =>
  error instanceof NetworkError || hasCode(error, ['OY_ERR_FEED_NETWORK']);
export const isTimeoutError = (error: unknown): error is TimeoutError =>
  error instanceof TimeoutError || hasCode(error, ['OY_ERR_FEED_TIMEOUT']);
export const isResponseTooLargeError = (error: unknown): error is ResponseTooLargeError =>
  error instanceof ResponseTooLargeError || hasCode(error, ['OY_ERR_FEED_TOO_LARGE']);
export const isFeedLoopError = (error: unknown): error is FeedLoopError =>
  error instanceof FeedLoopError || hasCode(error, ['OY_ERR_FEED_LOOP']);
export const isFeedPageError = (error: unknown): error is FeedPageError =>
  error instanceof FeedPageError ||
  hasCode(error, ['OY_ERR_FEED_INVALID_JSON', 'OY_ERR_FEED_CONTENT_TYPE', 'OY_ERR_FEED_INVALID_PAGE']);
