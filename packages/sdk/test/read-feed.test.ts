import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FeedPageEvent,
  isFeedLoopError,
  isFeedPageError,
  isHttpError,
  isNetworkError,
  isResponseTooLargeError,
  isTimeoutError,
  type ReadFeedOptions,
  type ReceivedFeedItem,
  readFeed,
} from '../src/index.ts';
import { type LocalServer, sendJson, startServer } from './helpers/local-server.ts';
import { specFeedPages } from './helpers/spec-feed.ts';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

async function collect(url: string, options: ReadFeedOptions = {}): Promise<ReceivedFeedItem[]> {
  const items: ReceivedFeedItem[] = [];
  for await (const item of readFeed(url, options)) items.push(item);
  return items;
}

const lastPage = (self: string) =>
  JSON.stringify({ next: self, items: [], license: 'https://example.org/l' });
const onePage = (next: string, id = 'a', modified = '1') =>
  `{"next":"${next}","items":[{"state":"deleted","kind":"Listing","id":"${id}","modified":${modified}}]}`;
const fast = { retryBaseMs: 1, retryCapMs: 5 } satisfies ReadFeedOptions;

describe('readFeed over a well-behaved feed', () => {
  it('follows next across every page and yields updated and deleted items in order', async () => {
    const server = await serve((request, response) => {
      const page = pages.get(request.url ?? '');
      if (page === undefined) return void response.writeHead(404).end();
      sendJson(response, page);
    });
    const pages = specFeedPages(server.origin);
    const events: FeedPageEvent[] = [];
    const items = await collect(`${server.origin}/feeds/listings`, { onPage: (event) => events.push(event) });

    const expected = [...pages.values()].flatMap(
      (text) => (JSON.parse(text) as { items: { id: string }[] }).items,
    );
    expect(items.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    expect(new Set(items.map((item) => item.state))).toEqual(new Set(['updated', 'deleted']));
    expect(events.map((event) => [event.items, event.lastPage])).toEqual([
      [3, false],
      [5, false],
      [0, true],
    ]);
    expect(events.at(-1)?.stats).toMatchObject({ pages: 3, items: 8, requests: 3, retries: 0 });
    expect(events.at(-1)?.stats.bytes).toBe(
      [...pages.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    );
  });

  it('exposes after each page a position that resumes the walk where it stopped', async () => {
    const server = await serve((request, response) =>
      sendJson(response, pages.get(request.url ?? '') ?? '{}'),
    );
    const pages = specFeedPages(server.origin);
    const reader = readFeed(`${server.origin}/feeds/listings`);
    const firstPageIds: string[] = [];
    for await (const item of reader) {
      firstPageIds.push(item.id);
      if (firstPageIds.length === 3) break;
    }
    // The walk stopped inside page 1 before its page event, so the saved position is still the start.
    expect(reader.position).toBeUndefined();

    const positions: FeedPageEvent['position'][] = [];
    await collect(`${server.origin}/feeds/listings`, { onPage: (event) => positions.push(event.position) });
    const afterFirstPage = positions[0];
    if (afterFirstPage === undefined) throw new Error('no page event');
    const rest = await collect(`${server.origin}/feeds/listings`, { from: afterFirstPage });
    expect(rest).toHaveLength(5);
    expect(rest.map((item) => item.id)).not.toContain(firstPageIds[0]);
  });

  it('hands over a page at a time with its position, fetching the next only when asked', async () => {
    const requested: string[] = [];
    const server = await serve((request, response) => {
      requested.push(request.url ?? '');
      sendJson(response, pages.get(request.url ?? '') ?? '{}');
    });
    const pages = specFeedPages(server.origin);
    const events: FeedPageEvent[] = [];
    const reader = readFeed(`${server.origin}/feeds/listings`, { onPage: (event) => events.push(event) });
    const seen: { ids: string[]; position: unknown; requests: number; events: number }[] = [];
    for await (const page of reader.pages()) {
      seen.push({
        ids: page.items.map((item) => item.id),
        position: page.position,
        requests: requested.length,
        events: events.length,
      });
    }

    const expected = [...pages.entries()].map(([url, text]) => ({
      url,
      parsed: JSON.parse(text) as { next: string; items: { id: string }[] },
    }));
    expect(seen).toEqual(
      expected.map(({ parsed }, index) => ({
        ids: parsed.items.map((item) => item.id),
        position: { next: new URL(parsed.next, server.origin).href },
        // Page n is handed over after n requests, before its own page event.
        requests: index + 1,
        events: index,
      })),
    );
    expect(requested).toEqual(expected.map(({ url }) => url));
    expect(events.map((event) => event.next)).toEqual(
      seen.map((page) => (page.position as { next: string }).next),
    );
    expect(reader.stats).toMatchObject({ pages: 3, items: 8, requests: 3 });
    expect(reader.position).toEqual(seen.at(-1)?.position);
  });

  it('resumes from afterTimestamp and afterId by adding them to the feed URL', async () => {
    const server = await serve((request, response) =>
      sendJson(response, lastPage(`${server.origin}${request.url ?? ''}`)),
    );
    const modified = 2n ** 53n + 3n;
    await collect(`${server.origin}/feed?x=1`, {
      from: { afterTimestamp: modified, afterId: 'https://a/b?c' },
    });
    const requested = new URL(server.requests[0]?.url ?? '', server.origin);
    expect(requested.searchParams.get('afterTimestamp')).toBe('9007199254740995');
    expect(requested.searchParams.get('afterId')).toBe('https://a/b?c');
    expect(requested.searchParams.get('x')).toBe('1');
  });

  it('reads RPDE integer ids as strings', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/') {
        return sendJson(
          response,
          `{"next":"${server.origin}/end","items":[{"state":"deleted","kind":"x","id":42,"modified":1}]}`,
        );
      }
      sendJson(response, lastPage(`${server.origin}/end`));
    });
    expect((await collect(`${server.origin}/`)).map((item) => item.id)).toEqual(['42']);
  });

  it('follows a redirect and recognises the last page by its final URL', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/old') return void response.writeHead(301, { location: '/feed' }).end();
      sendJson(response, lastPage(`${server.origin}/feed`));
    });
    const events: FeedPageEvent[] = [];
    await collect(`${server.origin}/old`, { onPage: (event) => events.push(event) });
    expect(events.map((event) => [event.url, event.lastPage])).toEqual([[`${server.origin}/feed`, true]]);
  });

  it.each([
    ['a relative feed URL', '/feeds/listings', {}, /not an absolute URL/],
    ['a zero timeout', 'http://127.0.0.1/', { timeoutMs: 0 }, /timeoutMs must be a positive number/],
    ['a negative size limit', 'http://127.0.0.1/', { maxBytes: -1 }, /maxBytes must be a positive number/],
  ])('refuses %s with OY_ERR_FEED_OPTIONS before any request', (_name, url, options, message) => {
    expect(() => readFeed(url, options)).toThrow(
      expect.objectContaining({ code: 'OY_ERR_FEED_OPTIONS', message: expect.stringMatching(message) }),
    );
  });

  it('sends a descriptive User-Agent naming the caller, the SDK and the runtime', async () => {
    const server = await serve((request, response) =>
      sendJson(response, lastPage(`${server.origin}${request.url}`)),
    );
    await collect(`${server.origin}/feed`, {
      userAgent: 'link-worker-directory/2.0 (+mailto:dev@example.org)',
    });
    expect(server.requests[0]?.headers['user-agent']).toMatch(
      /^link-worker-directory\/2\.0 \(\+mailto:dev@example\.org\) openyouth-sdk\/\d+\.\d+\.\d+ \(\+https:\/\/openyouth\.org\/sdk\) node\/\d+/,
    );
  });
});

describe('readFeed against a misbehaving server', () => {
  it('keeps a modified of 2^53 + 3 exact as a bigint, and safe integers as numbers', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/') {
        return sendJson(
          response,
          `{"next":"${server.origin}/end","items":[` +
            '{"state":"deleted","kind":"Listing","id":"small","modified":1789980300000},' +
            '{"state":"deleted","kind":"Listing","id":"big","modified":9007199254740995}]}',
        );
      }
      sendJson(response, lastPage(`${server.origin}/end`));
    });
    const items = await collect(`${server.origin}/`);
    expect(items.map((item) => item.modified)).toEqual([1789980300000, 9007199254740995n]);
  });

  it('waits for Retry-After on a 503 and then reads the same URL', async () => {
    let calls = 0;
    const server = await serve((_request, response) => {
      calls += 1;
      if (calls === 1) return void response.writeHead(503, { 'retry-after': '1' }).end('busy');
      sendJson(response, lastPage(`${server.origin}/feed`));
    });
    const events: FeedPageEvent[] = [];
    await collect(`${server.origin}/feed`, { ...fast, onPage: (event) => events.push(event) });
    const [first, second] = server.requests;
    expect(second?.url).toBe(first?.url);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(events[0]?.stats.retries).toBe(1);
  });

  it('waits RPDE’s random interval on a 503 without Retry-After, then reads the same URL', async () => {
    let calls = 0;
    const server = await serve((_request, response) => {
      calls += 1;
      if (calls === 1) return void response.writeHead(503).end();
      sendJson(response, lastPage(`${server.origin}/feed`));
    });
    await collect(`${server.origin}/feed`, { ...fast, unavailableDelayMs: { min: 300, max: 400 } });
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('by default applies RPDE’s 60 to 120 minutes to a 503, failing when that exceeds maxRetryAfterMs', async () => {
    const server = await serve((_request, response) => void response.writeHead(503).end());
    const error = await collect(`${server.origin}/feed`, { maxRetryAfterMs: 60_000 }).catch(
      (caught: unknown) => caught,
    );
    expect(isHttpError(error) && error.retryAfterMs).toBeGreaterThanOrEqual(3_600_000);
    expect(isHttpError(error) && error.retryAfterMs).toBeLessThan(7_200_000);
    expect((error as Error).message).toMatch(/RPDE asks consumers to retry a 503 after 60 to 120 minutes/);
    expect(server.requests).toHaveLength(1);
  });

  it('stops at once when the signal aborts during a wait before a retry', async () => {
    const server = await serve(
      (_request, response) => void response.writeHead(503, { 'retry-after': '600' }).end(),
    );
    const started = performance.now();
    const walk = collect(`${server.origin}/feed`, { signal: AbortSignal.timeout(100) });
    // The walk rejects with the signal's own reason (a DOMException), not an SDK error.
    const error = await walk.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect(isTimeoutError(error)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
  });

  it('fails at once when Retry-After asks for longer than maxRetryAfterMs', async () => {
    const server = await serve(
      (_request, response) => void response.writeHead(503, { 'retry-after': '120' }).end(),
    );
    await expect(collect(`${server.origin}/feed`, { maxRetryAfterMs: 1000 })).rejects.toSatisfy(
      (error) => isHttpError(error) && error.status === 503 && /Retry-After/.test(error.message),
    );
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['500 then success', [500]],
    ['429 then success', [429]],
    ['502, 504 then success', [502, 504]],
  ])('retries transient failures with backoff: %s', async (_name, failures) => {
    let calls = 0;
    const server = await serve((_request, response) => {
      const status = failures[calls++];
      if (status !== undefined) return void response.writeHead(status).end();
      sendJson(response, lastPage(`${server.origin}/feed`));
    });
    const reader = readFeed(`${server.origin}/feed`, { ...fast, retries: 3 });
    for await (const _ of reader);
    expect(server.requests).toHaveLength(failures.length + 1);
    expect(reader.stats).toMatchObject({ pages: 1, retries: failures.length });
  });

  it('gives up with an HttpError after the retries are spent', async () => {
    const server = await serve((_request, response) => void response.writeHead(500).end('database down'));
    const error = await collect(`${server.origin}/feed`, { ...fast, retries: 2 }).catch(
      (caught: unknown) => caught,
    );
    expect(isHttpError(error) && error.status).toBe(500);
    expect((error as Error).message).toMatch(/after 3 attempts: database down/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const server = await serve((_request, response) => void response.writeHead(404).end());
    await expect(collect(`${server.origin}/feed`, fast)).rejects.toSatisfy(
      (error) => isHttpError(error) && error.status === 404 && error.code === 'OY_ERR_FEED_HTTP_STATUS',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('times out a slow response and reports a TimeoutError', async () => {
    const server = await serve(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      sendJson(response, lastPage('http://127.0.0.1/'));
    });
    await expect(collect(`${server.origin}/feed`, { timeoutMs: 50, retries: 1, ...fast })).rejects.toSatisfy(
      (error) => isTimeoutError(error) && error.timeoutMs === 50,
    );
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['declares its length', true],
    ['streams without a length', false],
  ])('stops reading an oversized body that %s', async (_name, declareLength) => {
    let writesAfterAbort = 0;
    const server = await serve(async (_request, response: ServerResponse) => {
      const chunk = `${'x'.repeat(1023)}\n`;
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(declareLength ? { 'content-length': String(1024 * 1024) } : {}),
      });
      for (let index = 0; index < 1024; index += 1) {
        if (response.destroyed || response.writableEnded) break;
        if (!response.write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5));
        if (response.destroyed) writesAfterAbort += 1;
      }
      response.end();
    });
    await expect(collect(`${server.origin}/feed`, { maxBytes: 16 * 1024 })).rejects.toSatisfy(
      (error) => isResponseTooLargeError(error) && error.maxBytes === 16 * 1024,
    );
    expect(writesAfterAbort).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a page pointing back to an earlier page', ['/a', '/b', '/a']],
    ['a page with items pointing at itself', ['/a', '/a']],
  ])('stops with a FeedLoopError on %s', async (_name, chain) => {
    const server = await serve((request, response) => {
      const index = chain.indexOf(request.url ?? '');
      sendJson(response, onePage(`${server.origin}${chain[index + 1] ?? chain.at(-1)}`, `id${index}`));
    });
    const error = await collect(`${server.origin}${chain[0]}`).catch((caught: unknown) => caught);
    expect(isFeedLoopError(error) && error.next).toBe(`${server.origin}${chain.at(-1)}`);
    expect((error as Error).message).toMatch(/already read/);
  });

  it('reports truncated JSON as OY_ERR_FEED_INVALID_JSON naming the URL', async () => {
    const server = await serve((_request, response) =>
      sendJson(response, '{"next":"http://x/","items":[{"state":'),
    );
    const error = await collect(`${server.origin}/feed`).catch((caught: unknown) => caught);
    expect(isFeedPageError(error) && error.code).toBe('OY_ERR_FEED_INVALID_JSON');
    expect((error as Error).message).toContain(`${server.origin}/feed is not valid JSON`);
  });

  it('refuses a page served as HTML unless anyContentType is set', async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(lastPage(`${server.origin}${request.url}`));
    });
    const error = await collect(`${server.origin}/feed`).catch((caught: unknown) => caught);
    expect(isFeedPageError(error) && error.code).toBe('OY_ERR_FEED_CONTENT_TYPE');
    expect((error as Error).message).toContain('"text/html"');
    await expect(collect(`${server.origin}/feed`, { anyContentType: true })).resolves.toEqual([]);
  });

  it.each([
    ['a JSON array', '[]', '/'],
    ['no next', '{"items":[]}', '/next'],
    ['items not an array', '{"next":"http://x/","items":{}}', '/items'],
    ['an item without state', '{"next":"http://x/","items":[{"id":"a","modified":1}]}', '/items/0/state'],
    [
      'an id that is neither string nor integer',
      '{"next":"http://x/","items":[{"state":"deleted","id":true,"modified":1}]}',
      '/items/0/id',
    ],
    [
      'a fractional modified',
      '{"next":"http://x/","items":[{"state":"deleted","id":"a","modified":1.5}]}',
      '/items/0/modified',
    ],
  ])(
    'reports a page with %s as OY_ERR_FEED_INVALID_PAGE at its JSON Pointer',
    async (_name, body, pointer) => {
      const server = await serve((_request, response) => sendJson(response, body));
      const error = await collect(`${server.origin}/feed`).catch((caught: unknown) => caught);
      expect(isFeedPageError(error) && error.code).toBe('OY_ERR_FEED_INVALID_PAGE');
      expect((error as Error).message).toContain(`at ${pointer}:`);
    },
  );

  it('retries a refused connection, then reports a NetworkError', async () => {
    const server = await serve(() => undefined);
    const origin = server.origin;
    await server.close();
    servers.pop();
    const reader = readFeed(`${origin}/feed`, { ...fast, retries: 2 });
    await expect(async () => {
      for await (const _ of reader);
    }).rejects.toSatisfy((error) => isNetworkError(error) && error.url === `${origin}/feed`);
    expect(reader.stats).toMatchObject({ requests: 3, retries: 2 });
  });
});

describe('readFeed polling the last page', () => {
  it('sends ETag and Last-Modified back, counts 304s, and picks up new items', async () => {
    let polls = 0;
    const server = await serve((request, response) => {
      polls += 1;
      const self = `${server.origin}/feed`;
      if (polls >= 4)
        return sendJson(response, onePage(`${server.origin}/later`, 'new-item'), {
          'cache-control': 'max-age=0',
        });
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      sendJson(response, lastPage(self), {
        etag: '"v1"',
        'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT',
        'cache-control': 'public, max-age=0',
      });
    });
    const controller = new AbortController();
    const events: FeedPageEvent[] = [];
    const items: ReceivedFeedItem[] = [];
    const walk = (async () => {
      for await (const item of readFeed(`${server.origin}/feed`, {
        follow: true,
        minPollIntervalMs: 10,
        signal: controller.signal,
        onPage: (event) => events.push(event),
      })) {
        items.push(item);
        if (item.id === 'new-item') controller.abort(new Error('done'));
      }
    })();
    await expect(walk).rejects.toThrow(/^done$/);
    expect(items.map((item) => item.id)).toEqual(['new-item']);
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Tue, 24 Nov 2026 10:00:00 GMT');
    expect(events.filter((event) => event.notModified)).toHaveLength(2);
  });

  it('waits at least the last page’s max-age between polls', async () => {
    const server = await serve((request, response) =>
      sendJson(response, lastPage(`${server.origin}${request.url}`), {
        'cache-control': 'public, max-age=1',
      }),
    );
    const controller = new AbortController();
    const walk = (async () => {
      for await (const _ of readFeed(`${server.origin}/feed`, {
        follow: true,
        minPollIntervalMs: 10,
        signal: controller.signal,
        onPage: (event) => {
          if (event.stats.pages === 2) controller.abort(new Error('stop'));
        },
      }));
    })();
    await expect(walk).rejects.toThrow('stop');
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('stops at the last page without follow', async () => {
    const server = await serve((request, response) =>
      sendJson(response, lastPage(`${server.origin}${request.url}`)),
    );
    await expect(collect(`${server.origin}/feed`)).resolves.toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});
