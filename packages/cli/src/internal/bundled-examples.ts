import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Catalogue,
  defaultHarvestOptions,
  harvestCatalogue,
  rebuildMergedView,
  type SourceResult,
  type Store,
} from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import { createFeedHandler, type PublishableItem } from '@openyouth/sdk';

const EXAMPLES = join('spec', '0.1', 'examples', 'listings');

/** The standard's example listings: found by walking up from this file to the repository's spec folder. */
function exampleListings(): Listing[] {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, EXAMPLES))) {
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error(`could not find ${EXAMPLES} above ${fileURLToPath(import.meta.url)}`);
    directory = parent;
  }
  const folder = join(directory, EXAMPLES);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Listing);
}

/** The examples as each organisation would publish them: one RPDE feed per organiser. */
function feedsByOrganiser(listings: readonly Listing[]): Map<string, PublishableItem[]> {
  const feeds = new Map<string, PublishableItem[]>();
  for (const listing of listings) {
    const source = new URL(listing.organizer.id).hostname.replaceAll('.', '-');
    const items = feeds.get(source) ?? [];
    items.push({
      state: 'updated',
      id: listing.id,
      modified: Date.parse(listing.dateModified),
      data: listing,
    });
    feeds.set(source, items);
  }
  return feeds;
}

/**
 * Fills a store the way a regional hub's would be filled: each example organisation's feed is
 * served on loopback with the SDK and harvested with the aggregator (validator, store, merged
 * view), so `openyouth serve` with no store shows the whole pipeline at work.
 */
export async function harvestBundledExamples(
  store: Store,
  now: Date,
): Promise<{ sources: SourceResult[]; listings: number }> {
  const feeds = feedsByOrganiser(exampleListings());
  const handlers = new Map(
    [...feeds].map(([source, items]) => [
      `/feeds/${source}`,
      createFeedHandler({ items, license: 'https://creativecommons.org/licenses/by/4.0/' }),
    ]),
  );
  const server = createServer((request, response) => {
    const handler = handlers.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    return handler ? handler(request, response) : void response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const catalogue: Catalogue = {
      sources: [...feeds.keys()].map((id) => ({
        id,
        url: `http://127.0.0.1:${port}/feeds/${id}`,
        format: 'openyouth',
      })),
      // These feeds are on this machine by design; a real catalogue leaves loopback refused.
      allow: { loopback: true, private: false },
    };
    const sources = await harvestCatalogue(store, catalogue, {
      ...defaultHarvestOptions(catalogue, now),
      now: () => now,
    });
    const merged = await rebuildMergedView(store);
    return { sources, listings: merged.listings };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
