import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openYouthFeed, readFeed } from '../src/index.ts';
import { specListingItems } from './helpers/spec-feed.ts';

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const apps: ReturnType<typeof Fastify>[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

function build(options: Parameters<typeof openYouthFeed>[1]) {
  const app = Fastify();
  apps.push(app);
  app.register(openYouthFeed, options);
  return app;
}

describe('openYouthFeed (Fastify plugin)', () => {
  it('declares its name and Fastify 5 so the plugin system can check it', () => {
    const meta = (openYouthFeed as unknown as Record<symbol, unknown>)[Symbol.for('plugin-meta')];
    expect(meta).toMatchObject({ name: '@openyouth/sdk/feed', fastify: '5.x' });
  });

  it('serves pages at the given path with RPDE cache headers', async () => {
    const app = build({ items: specListingItems(), limit: 10, license: LICENSE, path: '/rpde/listings' });
    const first = await app.inject({
      method: 'GET',
      url: '/rpde/listings',
      headers: { host: 'feeds.example.org' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    const page = first.json<{ next: string; items: unknown[] }>();
    expect(page.items).toHaveLength(10);
    expect(page.next).toMatch(/^http:\/\/feeds\.example\.org\/rpde\/listings\?afterTimestamp=\d+&afterId=/);
  });

  it('answers 400 for unusable paging parameters', async () => {
    const app = build({ items: [], license: LICENSE });
    const response = await app.inject({ method: 'GET', url: '/feeds/listings?afterId=x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, title: 'Invalid paging parameters' });
  });

  it('serves a whole feed over a real socket that readFeed reads to the last page', async () => {
    const items = specListingItems();
    const app = build({
      query: ({ afterTimestamp, afterId, limit }) => {
        const after = items
          .filter(
            (item) =>
              afterTimestamp === undefined ||
              item.modified > afterTimestamp ||
              (item.modified === afterTimestamp && item.id > (afterId ?? '')),
          )
          .sort((a, b) => a.modified - b.modified || (a.id < b.id ? -1 : 1));
        return after.slice(0, limit);
      },
      limit: 3,
      license: LICENSE,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const reader = readFeed(`${address}/feeds/listings`);
    const read: string[] = [];
    for await (const item of reader) read.push(item.id);
    expect(read).toHaveLength(items.length);
    expect(reader.stats.pages).toBe(Math.ceil(items.length / 3) + 1);
  });
});
