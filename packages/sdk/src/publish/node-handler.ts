import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerFeedRequest, type ServeFeedOptions } from './serve-feed.ts';

/**
 * A `node:http` request listener serving an RPDE feed:
 * `createServer(createFeedHandler({ items, license }))`. Without `baseUrl`, the feed's URL is
 * taken from the Host header, so set `baseUrl` behind a proxy.
 */
export function createFeedHandler(
  options: ServeFeedOptions,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const answer =
      request.method === 'GET' || request.method === 'HEAD'
        ? await answerFeedRequest(url, options)
        : { status: 405, headers: { allow: 'GET, HEAD' }, body: '' };
    response.writeHead(answer.status, answer.headers);
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  };
}
