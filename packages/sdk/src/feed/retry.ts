/** Statuses worth trying again: the server may answer differently in a moment. */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter"):
 * a random delay in [0, min(cap, base · 2^attempt)), so many clients retrying do not stampede.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `max-age` from a Cache-Control header, in milliseconds; undefined when absent. */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  const match = cacheControl?.match(/(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1000;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
