import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedHandler, type PublishableItem, readFeed, type ServeFeedOptions } from '../src/index.ts';
import { specListingItems } from './helpers/spec-feed.ts';

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function serve(options: ServeFeedOptions): Promise<string> {
  const server = createServer(createFeedHandler(options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/listings`;
}

function get(
  url: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { method }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('createFeedHandler', () => {
  it('serves a feed that readFeed walks to the end, every listing once', async () => {
    const items = specListingItems();
    const url = await serve({ items, limit: 4, license: LICENSE });
    const read: string[] = [];
    for await (const item of readFeed(url)) read.push(item.id);
    expect(read.sort()).toEqual(items.map((item) => item.id).sort());
  });

  it('serves a query function with big modified values intact', async () => {
    const rows: PublishableItem[] = [{ state: 'deleted', id: 'a', modified: 2n ** 60n }];
    const url = await serve({
      query: ({ afterTimestamp }) => (afterTimestamp === undefined ? rows : []),
      license: LICENSE,
    });
    const modified: unknown[] = [];
    for await (const item of readFeed(url)) modified.push(item.modified);
    expect(modified).toEqual([2n ** 60n]);
  });

  it.each([
    ['afterTimestamp without afterId', '?afterTimestamp=5', /afterId is required/],
    ['a word as afterTimestamp', '?afterTimestamp=soon&afterId=a', /must be an integer/],
  ])('answers 400 problem+json for %s', async (_name, query, detail) => {
    const url = await serve({ items: [], license: LICENSE });
    const response = await get(url + query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(response.body) as { status: number; detail: string; title: string };
    expect(problem).toMatchObject({ status: 400, title: 'Invalid paging parameters' });
    expect(problem.detail).toMatch(detail);
  });

  it('answers 500 without internals when the query throws', async () => {
    const url = await serve({
      query: () => {
        throw new Error('password=hunter2 connection refused');
      },
      license: LICENSE,
    });
    const response = await get(url);
    expect(response.status).toBe(500);
    expect(response.body).not.toContain('hunter2');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const url = await serve({ items: [], license: LICENSE });
    expect((await get(url, 'POST')).status).toBe(405);
    const head = await get(url, 'HEAD');
    expect([head.status, head.body, head.headers['cache-control']]).toEqual([200, '', 'public, max-age=8']);
  });
});
