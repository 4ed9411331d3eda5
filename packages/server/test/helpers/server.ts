import { createStore, rebuildMergedView, type Store } from '@openyouth/aggregator';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/index.ts';
import { exampleListings } from './examples.ts';

export const NOW = new Date('2026-11-24T12:00:00Z');

/** A server over the example listings with a pinned clock. */
export function exampleServer(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ source: exampleListings(), now: () => NOW, ...options });
}

/** An embedded store holding the example listings as one harvested source, with its merged view built. */
export async function mergedExampleStore(): Promise<Store> {
  const store = await createStore(':memory:');
  await store.upsertSource({ id: 'examples', url: 'http://127.0.0.1/feed', format: 'openyouth' });
  await store.applyPage('examples', {
    items: exampleListings().map((listing) => ({
      itemId: listing.id,
      state: 'updated' as const,
      modified: '1',
      listing,
    })),
    position: 'p1',
    fetchedAt: '2026-11-24T10:00:00Z',
  });
  await rebuildMergedView(store);
  return store;
}
