import type { Dispatcher } from 'undici';
import { getJson } from './internal/http.ts';
import { isObject } from './internal/values.ts';
import { readRpdeFeed } from './openactive/client.ts';
import { openActiveToListings } from './openactive/to-listings.ts';
import { readOrukApi } from './oruk/client.ts';
import { orukToListings } from './oruk/to-listings.ts';
import type { ListingsResult } from './result.ts';

export interface ConvertUrlOptions {
  /** What is at the address; when left out, an RPDE page (it has `items`) means OpenActive, anything else an ORUK API. */
  readonly from?: 'oruk' | 'openactive';
  readonly now?: Date;
  /** See `OpenActiveToListingsOptions.openEndedMaxAge`. */
  readonly openEndedMaxAge?: number;
  readonly dispatcher?: Dispatcher;
}

/** Reads an OpenActive RPDE feed or an Open Referral UK API from its address and converts it. */
export async function convertUrl(
  url: string,
  options: ConvertUrlOptions = {},
): Promise<{ format: 'oruk' | 'openactive'; result: ListingsResult }> {
  const network = options.dispatcher ? { dispatcher: options.dispatcher } : {};
  let from = options.from;
  if (!from) {
    const first = await getJson(new URL(url), options.dispatcher);
    from = isObject(first) && Array.isArray(first.items) ? 'openactive' : 'oruk';
  }
  const now = options.now ?? new Date();
  if (from === 'openactive') {
    const pages = await readRpdeFeed(url, network);
    const maxAge = options.openEndedMaxAge === undefined ? {} : { openEndedMaxAge: options.openEndedMaxAge };
    return { format: from, result: openActiveToListings(pages, { now, ...maxAge }) };
  }
  const { services } = await readOrukApi(url, network);
  return { format: from, result: orukToListings(services, { baseUrl: url, now }) };
}
