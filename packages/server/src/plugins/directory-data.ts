import type { Store } from '@openyouth/aggregator';
import type { Listing, Organization } from '@openyouth/schema';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { buildSearchIndex, buildSearchIndexInSlices, type SearchIndex } from '../search/index-listings.ts';
import { changedSince, loadListings } from '../search/load-listings.ts';
import { collectOrganizations } from '../search/organizations.ts';

/** What the routes read: the search index and organisations, rebuilt from the store by `reload()`. */
export interface DirectoryData {
  index: SearchIndex;
  organizations: Organization[];
  organizationsById: Map<string, Organization>;
  /** Rebuilds the index from the store (a no-op for a fixed list of listings). */
  reload(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    directory: DirectoryData;
  }
}

export interface DirectoryDataOptions {
  source: Store | readonly Listing[];
  /**
   * How often to look for changes a harvester or another server wrote to the store, in
   * milliseconds; the index is rebuilt when there are some. Off when absent.
   */
  refreshMs?: number;
}

function snapshot(listings: readonly Listing[], index: SearchIndex) {
  const organizations = collectOrganizations(listings);
  return {
    index,
    organizations,
    organizationsById: new Map(organizations.map((organization) => [organization.id, organization])),
  };
}

/** Loads the listings into an in-memory index; requests never wait on the store. */
export const directoryDataPlugin = fp(
  async (app: FastifyInstance, { source, refreshMs }: DirectoryDataOptions) => {
    if (Array.isArray(source)) {
      const listings = source as readonly Listing[];
      app.decorate('directory', {
        ...snapshot(listings, buildSearchIndex(listings)),
        reload: async () => {},
      });
      return;
    }
    const store = source as Store;
    let seenSeq = 0;
    const load = async () => {
      const { listings, lastSeq } = await loadListings(store);
      seenSeq = lastSeq;
      // Built in slices: requests go on being answered from the current index meanwhile.
      return snapshot(listings, await buildSearchIndexInSlices(listings));
    };
    // One reload at a time, in order: an older snapshot never lands after a newer one.
    let reloading: Promise<void> = Promise.resolve();
    const data: DirectoryData = {
      ...(await load()),
      reload: () => {
        reloading = reloading.catch(() => undefined).then(async () => void Object.assign(data, await load()));
        return reloading;
      },
    };
    app.decorate('directory', data);

    if (refreshMs === undefined) return;
    let checking = false;
    const timer = setInterval(async () => {
      if (checking) return;
      checking = true;
      try {
        if (await changedSince(store, seenSeq)) await data.reload();
      } catch (error) {
        app.log.error({ err: error }, 'could not refresh the directory from the store');
      } finally {
        checking = false;
      }
    }, refreshMs);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'openyouth-directory-data', fastify: '5.x' },
);
