import type { Dispatcher } from 'undici';
import { ConvertError } from '../errors.ts';
import { getJson } from '../internal/http.ts';
import { isObject, type JsonObject } from '../internal/values.ts';

export interface ReadRpdeFeedOptions {
  /** Stop after this many pages (a guard against feeds that never end). Default 1000. */
  readonly maxPages?: number;
  readonly dispatcher?: Dispatcher;
}

/**
 * Walks an RPDE feed from its first page, following `next` until a page has no items or points
 * at itself (RPDE 1.0 §Last page), and returns every page read.
 */
export async function readRpdeFeed(url: string, options: ReadRpdeFeedOptions = {}): Promise<JsonObject[]> {
  const pages: JsonObject[] = [];
  const seen = new Set<string>();
  let current = new URL(url);
  for (let n = 0; n < (options.maxPages ?? 1000); n++) {
    seen.add(current.href);
    const page = await getJson(current, options.dispatcher);
    if (!isObject(page) || !Array.isArray(page.items)) {
      throw new ConvertError('OY_ERR_CONVERT_HTTP', `${current}: not an RPDE page (no 'items' array).`);
    }
    pages.push(page);
    if (page.items.length === 0 || typeof page.next !== 'string') break;
    const next = new URL(page.next, current);
    if (seen.has(next.href)) break;
    current = next;
  }
  return pages;
}
