import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createValidator, type Report } from '@openyouth/validator';
import { type FetchOptions, validateUrl } from '@openyouth/validator/node';
import { afterEach, describe, expect, it } from 'vitest';

const NOW = new Date('2026-11-24T12:00:00Z');
const FULL_PAGE = { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' };
const LAST_PAGE = { 'content-type': 'application/json', 'cache-control': 'public, max-age=8' };

type Handler = (request: IncomingMessage, response: ServerResponse, base: string) => void;
const servers: Server[] = [];

/** A real HTTP server on 127.0.0.1 and a free port; closed after each test. */
async function serve(handler: Handler): Promise<string> {
  const server = createServer((request, response) => handler(request, response, base));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return base;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function walk(url: string, options: FetchOptions = {}): Promise<Report> {
  const validator = createValidator({ now: NOW });
  await validateUrl(url, validator, options);
  return validator.finish();
}

const codes = (report: Report) =>
  report.notices.filter((group) => group.severity !== 'info').map((group) => group.code);

const page = (next: string, items: unknown[]) => ({
  next,
  license: 'https://creativecommons.org/licenses/by/4.0/',
  items,
});
const deleted = (id: string, modified: number) => ({ state: 'deleted', kind: 'Listing', id, modified });

function send(response: ServerResponse, body: unknown, headers: Record<string, string> = FULL_PAGE) {
  response.writeHead(200, headers).end(JSON.stringify(body));
}

describe('walking a feed from a URL', () => {
  it('reads every page of the example feed and finds nothing wrong', async () => {
    const examples = new URL('../../../spec/0.1/examples/feed/', import.meta.url);
    const pages = ['page-1.json', 'page-2.json', 'page-3.json'].map((name) =>
      readFileSync(new URL(name, examples), 'utf8'),
    );
    const origin = 'https://kestrelyouth.org.uk';
    const base = await serve((request, response, base) => {
      // The example's next URLs point at the publisher; the server answers them on its own address.
      const wanted = `${origin}${request.url}`;
      const index =
        request.url === '/feeds/listings'
          ? 0
          : pages.findIndex((_text, i) => i > 0 && JSON.parse(pages[i - 1] ?? '{}').next === wanted);
      const text = pages[index];
      if (text === undefined) return void response.writeHead(404).end();
      const body = JSON.parse(text) as { next: string };
      body.next = body.next.replace(origin, base);
      response.writeHead(200, index === 2 ? LAST_PAGE : FULL_PAGE).end(JSON.stringify(body));
    });
    const pagesSeen: number[] = [];
    const report = await walk(`${base}/feeds/listings`, { onPage: ({ pages }) => pagesSeen.push(pages) });
    expect(report.problems).toEqual([]);
    expect(codes(report)).toEqual([]);
    expect(pagesSeen).toEqual([1, 2, 3]);
    expect(report.summary.inputs).toEqual([
      expect.objectContaining({ name: `${base}/feeds/listings`, listings: 6 }),
    ]);
  });

  it.each<[string, { handler: Handler; options?: FetchOptions; want: string[] }]>([
    [
      'items out of order across pages',
      {
        handler: (request, response, base) =>
          request.url === '/feed'
            ? send(response, page(`${base}/feed/2`, [deleted('b', 5)]))
            : request.url === '/feed/2'
              ? send(response, page(`${base}/feed/3`, [deleted('a', 4)]))
              : send(response, page(`${base}/feed/3`, []), LAST_PAGE),
        want: ['rpde_items_out_of_order'],
      },
    ],
    [
      'a page with items that names itself as next',
      {
        handler: (_request, response, base) => send(response, page(`${base}/feed`, [deleted('a', 1)])),
        want: ['rpde_next_same_as_page'],
      },
    ],
    [
      'a next that leads back to an earlier page',
      {
        handler: (request, response, base) =>
          send(
            response,
            page(request.url === '/feed' ? `${base}/feed/2` : `${base}/feed`, [
              deleted(request.url ?? '', 1),
            ]),
          ),
        want: ['rpde_next_loop'],
      },
    ],
    [
      'a last page that points elsewhere',
      {
        handler: (_request, response, base) => send(response, page(`${base}/other`, []), LAST_PAGE),
        want: ['rpde_last_page_next_differs'],
      },
    ],
    [
      'pages without cache headers or a JSON content type',
      {
        handler: (_request, response, base) =>
          send(response, page(`${base}/feed`, []), { 'content-type': 'text/html' }),
        want: ['rpde_cache_control_missing', 'rpde_content_type_not_json'],
      },
    ],
    [
      'a last page cached for a day',
      {
        handler: (_request, response, base) =>
          send(response, page(`${base}/feed`, []), {
            'content-type': 'application/json',
            'cache-control': 'max-age=86400',
          }),
        want: ['rpde_last_page_cached_too_long'],
      },
    ],
    [
      'an HTTP error',
      {
        handler: (_request, response) => response.writeHead(404).end('not here'),
        want: ['feed_http_status'],
      },
    ],
    [
      'a redirect loop',
      {
        handler: (request, response) =>
          response.writeHead(302, { location: request.url === '/feed' ? '/elsewhere' : '/feed' }).end(),
        want: ['feed_redirect_loop'],
      },
    ],
    [
      'a feed longer than the page limit',
      {
        handler: (request, response, base) => {
          const n = Number(request.url?.split('/').at(-1)) || 0;
          send(
            response,
            page(`${base}/feed/${n + 1}`, [deleted(`item-${String(n).padStart(4, '0')}`, n + 1)]),
          );
        },
        options: { maxPages: 3 },
        want: ['feed_page_limit_reached'],
      },
    ],
    [
      'a page larger than the size limit',
      {
        handler: (_request, response, base) =>
          send(response, page(`${base}/feed`, [deleted('x'.repeat(5000), 1)])),
        options: { maxPageBytes: 1000 },
        want: ['item_too_large'],
      },
    ],
  ])('reports %s', async (_name, { handler, options, want }) => {
    const base = await serve(handler);
    const report = await walk(`${base}/feed`, options);
    expect(report.problems).toEqual([]);
    expect(codes(report).sort()).toEqual([...want].sort());
  });

  it('reports a network failure as a problem of the tool, not of the data', async () => {
    const base = await serve((_request, response) => response.end());
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    const report = await walk(`${base}/feed`);
    expect(report.notices).toEqual([]);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'OY_ERR_VALIDATOR_NETWORK', input: `${base}/feed` }),
    ]);
  });
});
