import type { Store } from '@openyouth/aggregator';
import type { Listing, Organization } from '@openyouth/schema';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { buildSearchIndex, type SearchIndex } from '../search/index-listings.ts';
import { loadListings } from '../search/load-listings.ts';
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
}

function snapshot(listings: readonly Listing[]) {
  const organizations = collectOrganizations(listings);
  return {
    index: buildSearchIndex(listings),
    organizations,
    organizationsById: new Map(organizations.map((organization) => [organization.id, organization])),
  };
}

/** Loads the listings once at start-up into an in-memory index; requests never wait on the store. */
export const directoryDataPlugin = fp(
  async (app: FastifyInstance, { source }: DirectoryDataOptions) => {
    const load = async () => (Array.isArray(source) ? source : loadListings(source as Store));
    const data: DirectoryData = {
      ...snapshot(await load()),
      reload: async () => {
        Object.assign(data, snapshot(await load()));
      },
    };
    app.decorate('directory', data);
  },
  { name: 'openyouth-directory-data', fastify: '5.x' },
);
