import { isSdkError } from '../errors.ts';
import {
  type CreateFeedPageOptions,
  createFeedPage,
  type FeedPageResult,
  parseFeedQuery,
} from './create-feed-page.ts';

/** Options shared by the node:http handler and the Fastify plugin. */
export type ServeFeedOptions = Omit<CreateFeedPageOptions, 'afterTimestamp' | 'afterId' | 'baseUrl'> & {
  /** The feed's public URL; default: taken from the request's Host and path. */
  baseUrl?: string;
};

/** An HTTP answer any framework can send: status, headers, body. */
export interface FeedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const problem = (status: number, title: string, detail: string, instance: string): FeedResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  body: JSON.stringify({ type: 'about:blank', title, status, detail, instance }),
});

/**
 * Answers one feed request from its URL: a page, or an RFC 9457 problem (400 for unusable
 * afterTimestamp/afterId, 500 for a failing query, without its internals).
 */
export async function answerFeedRequest(requestUrl: URL, options: ServeFeedOptions): Promise<FeedResponse> {
  let position: ReturnType<typeof parseFeedQuery>;
  try {
    position = parseFeedQuery(requestUrl.searchParams);
  } catch (error) {
    const detail = (error as Error).message.replace(/^createFeedPage: /, '');
    return problem(400, 'Invalid paging parameters', detail, requestUrl.pathname + requestUrl.search);
  }
  const baseUrl = options.baseUrl ?? `${requestUrl.origin}${requestUrl.pathname}`;
  let result: FeedPageResult;
  try {
    result = await createFeedPage({ ...options, ...position, baseUrl });
  } catch (error) {
    const detail = isSdkError(error) ? error.message : 'The feed could not be built. Try again later.';
    return problem(500, 'Feed unavailable', detail, requestUrl.pathname + requestUrl.search);
  }
  return { status: result.status, headers: result.headers, body: result.body };
}
