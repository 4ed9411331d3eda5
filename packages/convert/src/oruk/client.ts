import type { Dispatcher } from 'undici';
import { ConvertError } from '../errors.ts';
import { getJson } from '../internal/http.ts';
import { isObject, type JsonObject } from '../internal/values.ts';

export interface ReadOrukApiOptions {
  /** Stop after this many pages of `/services` (a guard against endless paging). Default 1000. */
  readonly maxPages?: number;
  /** Fetch each service in full from `/services/{id}` (list pages often hold summaries). Default true. */
  readonly fullServices?: boolean;
  /** An undici dispatcher, for proxies or a guarded agent. */
  readonly dispatcher?: Dispatcher;
}

export interface OrukApiContents {
  /** The `GET /` document: version, profile, openapi_url. */
  readonly root: JsonObject;
  readonly services: JsonObject[];
}

/**
 * Reads an Open Referral UK API: `GET /`, then every page of `GET /services?page=N` (HSDS 3
 * page envelope), then each service in full from `GET /services/{id}`.
 */
export async function readOrukApi(
  baseUrl: string,
  options: ReadOrukApiOptions = {},
): Promise<OrukApiContents> {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const root = await getJson(base, options.dispatcher);
  if (!isObject(root))
    throw new ConvertError('OY_ERR_CONVERT_HTTP', `${base}: GET / did not return an object.`);
  const maxPages = options.maxPages ?? 1000;
  const summaries: JsonObject[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const url = new URL(`services?page=${page}`, base);
    const body = await getJson(url, options.dispatcher);
    if (!isObject(body) || !Array.isArray(body.contents)) {
      throw new ConvertError('OY_ERR_CONVERT_HTTP', `${url}: not an HSDS page (no 'contents' array).`);
    }
    summaries.push(...body.contents.filter(isObject));
    const totalPages = typeof body.total_pages === 'number' ? body.total_pages : page;
    if (body.last_page === true || body.contents.length === 0 || page >= totalPages) break;
  }
  if (options.fullServices === false) return { root, services: summaries };
  const services: JsonObject[] = [];
  for (const summary of summaries) {
    if (typeof summary.id !== 'string') {
      services.push(summary);
      continue;
    }
    const full = await getJson(
      new URL(`services/${encodeURIComponent(summary.id)}`, base),
      options.dispatcher,
    );
    services.push(isObject(full) ? full : summary);
  }
  return { root, services };
}
