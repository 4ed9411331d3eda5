import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, harvestSource, rpdeReader } from '../src/index.ts';

const examples = new URL('../../../spec/0.1/examples/feed/', import.meta.url);
const pages = ['page-1.json', 'page-2.json', 'page-3.json'].map((name) =>
  JSON.parse(readFileSync(new URL(name, examples), 'utf8')),
);

// Serves the example feed with its URLs rewritten to this server, and counts requests per page.
let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const index =
      request.url === '/feed'
        ? 0
        : pages.findIndex((_page, i) => i > 0 && pagePath(pages[i - 1].next) === request.url);
    const page = pages[index];
    if (!page) return response.writeHead(404).end();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ ...page, next: `${base}${pagePath(page.next)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function pagePath(next: string) {
  const url = new URL(next);
  return `${url.pathname}${url.search}`.replace('/feeds/listings', '/feed');
}

describe('rpdeReader', () => {
  it('harvests a real RPDE feed page by page and resumes from the last page on the next run', async () => {
    const store = await createStore(':memory:');
    await store.upsertSource({ id: 'kestrel', url: `${base}/feed`, format: 'openyouth' });
    const reader = rpdeReader({ allow: { loopback: true, private: false } });
    const first = await harvestSource(store, 'kestrel', { reader, check: () => [] });
    const items = pages.flatMap((page) => page.items);
    expect(first).toMatchObject({ ok: true, pages: 3, changed: items.length });
    expect(await store.countItems('kestrel')).toEqual({
      updated: items.filter((item) => item.state === 'updated').length,
      deleted: items.filter((item) => item.state === 'deleted').length,
    });
    const lastPage = pagePath(pages[1].next);
    expect((await store.getSource('kestrel'))?.position).toBe(`${base}${lastPage}`);

    requests.length = 0;
    const second = await harvestSource(store, 'kestrel', { reader, check: () => [] });
    expect(second).toMatchObject({ ok: true, changed: 0 });
    expect(requests).toEqual([lastPage]);
  });

  it('refuses the feed when the catalogue does not allow loopback, and records why', async () => {
    const store = await createStore(':memory:');
    await store.upsertSource({ id: 'kestrel', url: `${base}/feed`, format: 'openyouth' });
    const reader = rpdeReader({ allow: { loopback: false, private: false } });
    const result = await harvestSource(store, 'kestrel', { reader, check: () => [] });
    expect(result.ok).toBe(false);
    expect((await store.getSource('kestrel'))?.lastError).toMatch(/loopback/);
  });
});
