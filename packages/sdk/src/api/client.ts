import createOpenApiClient from 'openapi-fetch';
import { NetworkError } from '../errors.ts';
import type { ReceivedFeedPage } from '../feed/check-page.ts';
import type { components, operations, paths } from '../generated/paths.d.ts';
import { parseJsonExact } from '../internal/json.ts';
import { SDK_VERSION } from '../version.ts';

/** An RFC 9457 problem, as the API returns for every error. */
export type Problem = components['schemas']['Problem'];
/** The query parameters of `GET /listings`. */
export type SearchListingsQuery = NonNullable<operations['searchListings']['parameters']['query']>;
/** The query parameters of `GET /organizations`. */
export type ListOrganizationsQuery = NonNullable<operations['listOrganizations']['parameters']['query']>;

/** What every method returns: `data` on success, else `error` (a Problem), and always the raw `response`. */
export type ApiResult<T> =
  | { data: T; error?: undefined; response: Response }
  | { data?: undefined; error: Problem; response: Response };

type Schemas = components['schemas'];
/** The vocabularies the API serves, by name. */
export type VocabularyName = operations['getVocabulary']['parameters']['path']['vocabulary'];

export interface ClientOptions {
  /** Where the API lives, e.g. https://directory.example.org/api/. */
  baseUrl: string;
  /** A fetch implementation (default: the global fetch); inject one for tests, proxies or retries. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers for every request (an API key, say). */
  headers?: Record<string, string>;
}

export interface OpenYouthClient {
  /** `GET /`: the dataset descriptor. */
  getDataset(): Promise<ApiResult<Schemas['Dataset']>>;
  /** `GET /listings`: search listings by place, age, category, need, time, cost and words. */
  searchListings(query?: SearchListingsQuery): Promise<ApiResult<Schemas['ListingSearchPage']>>;
  /** `GET /listings/{id}`: one listing. */
  getListing(id: string): Promise<ApiResult<Schemas['Listing']>>;
  /** `GET /feeds/listings`: one page of the RPDE feed, `modified` kept exact above 2^53. */
  getFeedPage(position?: {
    afterTimestamp?: number | bigint | string;
    afterId?: string;
  }): Promise<ApiResult<ReceivedFeedPage & { license: string }>>;
  /** `GET /organizations`: the organisations running listings, a page at a time. */
  listOrganizations(query?: ListOrganizationsQuery): Promise<ApiResult<Schemas['OrganizationPage']>>;
  /** `GET /organizations/{id}`: one organisation. */
  getOrganization(id: string): Promise<ApiResult<Schemas['Organization']>>;
  /** `GET /vocab`: the vocabularies the API knows. */
  listVocabularies(): Promise<ApiResult<Schemas['VocabularySummary'][]>>;
  /** `GET /vocab/{vocabulary}`: one vocabulary with its concepts. */
  getVocabulary(vocabulary: VocabularyName): Promise<ApiResult<Schemas['Vocabulary']>>;
}

// openapi-fetch passes JSON error bodies through; anything else (an HTML 502 from a proxy) becomes a Problem here.
function toProblem(error: unknown, response: Response): Problem {
  if (typeof error === 'object' && error !== null && 'status' in error && 'title' in error)
    return error as Problem;
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail:
      typeof error === 'string' && error !== ''
        ? error.slice(0, 500)
        : `The API answered HTTP ${response.status}.`,
  };
}

async function settle<T>(
  url: string,
  call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await call();
  } catch (error) {
    throw new NetworkError(url, `Could not reach the API at ${url}: ${(error as Error).message}.`, error);
  }
  const { response } = result;
  if (response.ok) return { data: result.data as T, response };
  return { error: toProblem(result.error, response), response };
}

/**
 * A typed client for the OpenYouth query API, generated from spec/0.1/openapi.json. HTTP errors
 * come back as values (`error`, a Problem); only an unreachable server throws (`NetworkError`).
 */
export function createClient(options: ClientOptions): OpenYouthClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const client = createOpenApiClient<paths>({
    baseUrl,
    headers: { 'user-agent': `openyouth-sdk/${SDK_VERSION}`, ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    getDataset: () => settle(baseUrl, () => client.GET('/')),
    searchListings: (query = {}) => settle(baseUrl, () => client.GET('/listings', { params: { query } })),
    getListing: (id) => settle(baseUrl, () => client.GET('/listings/{id}', { params: { path: { id } } })),
    getFeedPage: async (position = {}) => {
      const query: Record<string, string> = {};
      if (position.afterTimestamp !== undefined) query.afterTimestamp = String(position.afterTimestamp);
      if (position.afterId !== undefined) query.afterId = position.afterId;
      // Parsed here rather than by response.json(), which would round a modified above 2^53.
      const result = await settle<string>(baseUrl, () =>
        client.GET('/feeds/listings', { params: { query: query as never }, parseAs: 'text' }),
      );
      if (result.error) return result;
      return {
        data: parseJsonExact(result.data) as ReceivedFeedPage & { license: string },
        response: result.response,
      };
    },
    listOrganizations: (query = {}) =>
      settle(baseUrl, () => client.GET('/organizations', { params: { query } })),
    getOrganization: (id) =>
      settle(baseUrl, () => client.GET('/organizations/{id}', { params: { path: { id } } })),
    listVocabularies: () => settle(baseUrl, () => client.GET('/vocab')),
    getVocabulary: (vocabulary) =>
      settle(baseUrl, () => client.GET('/vocab/{vocabulary}', { params: { path: { vocabulary } } })),
  };
}
