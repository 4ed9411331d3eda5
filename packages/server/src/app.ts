import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '@openyouth/aggregator';
import { type Dataset, type Listing, SPEC_BASE_URL } from '@openyouth/schema';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createMemoryGeocoder, meanCentroids } from './geocode/memory-geocoder.ts';
import type { Geocoder } from './geocode/types.ts';
import { directoryDataPlugin } from './plugins/directory-data.ts';
import { openApiPlugin } from './plugins/openapi.ts';
import { problemsPlugin } from './plugins/problems.ts';
import { type SecurityOptions, securityPlugin } from './plugins/security.ts';
import { datasetRoutes } from './routes/dataset.ts';
import { directoryRoutes } from './routes/directory.ts';
import { feedRoutes } from './routes/feed.ts';
import { listingRoutes } from './routes/listings.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { orukRoutes } from './routes/oruk.ts';
import { publishingRoutes } from './routes/publishing.ts';
import { validateRoutes } from './routes/validate.ts';
import { vocabRoutes } from './routes/vocab.ts';

export interface ServerOptions extends SecurityOptions {
  /** Where the listings come from: a store (read once at start-up) or a fixed list. */
  source: Store | readonly Listing[];
  /** Postcode lookup. Without one, the postcodes of the listings themselves are known, and no others. */
  geocoder?: Geocoder;
  /** The descriptor `GET /` returns; without one, a descriptor of this server at `publicUrl`. */
  dataset?: Dataset;
  /** Where the server is reached, for the default dataset descriptor. */
  publicUrl?: string;
  /** The clock freshness is judged by. */
  now?: () => Date;
  /** How often to look for changes written to the store by a harvester, in milliseconds (default: never). */
  refreshMs?: number;
  /** Fastify's logger option; off by default. */
  logger?: FastifyServerOptions['logger'];
}

/** Largest request body accepted: the read API takes none, so keep it small. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export function defaultDataset(publicUrl: string, now: Date): Dataset {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return {
    type: 'Dataset',
    id: base,
    name: 'OpenYouth listings',
    description:
      'Activities and support for children and young people, harvested from OpenYouth, OpenActive and Open Referral UK feeds and served by the OpenYouth reference server.',
    publisher: { type: 'Organization', id: `${base}#publisher`, name: 'OpenYouth reference server' },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    conformsTo: SPEC_BASE_URL,
    dateModified: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    distribution: [
      {
        type: 'DataDownload',
        name: 'Listings',
        kind: 'Listing',
        contentUrl: `${base}feeds/listings`,
        encodingFormat: 'application/vnd.openactive.rpde+json; version=1',
      },
    ],
  } as Dataset;
}

/** Builds the server without listening: tests inject requests, `openyouth serve` listens. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    ajv: {
      // Report every bad parameter at once; never drop unknown ones silently.
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(problemsPlugin);
  await app.register(securityPlugin, options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit });
  await app.register(directoryDataPlugin, {
    source: options.source,
    ...(options.refreshMs === undefined ? {} : { refreshMs: options.refreshMs }),
  });
  const geocoder =
    options.geocoder ??
    createMemoryGeocoder(
      meanCentroids(app.directory.index.entries.map((entry) => [entry.postalCode, entry.geo])),
    );
  await app.register(openApiPlugin);

  const routeOptions = { geocoder, now };
  const dataset = options.dataset ?? defaultDataset(options.publicUrl ?? 'http://localhost:3000/', now());
  await app.register(datasetRoutes, { ...routeOptions, dataset });
  await app.register(listingRoutes, routeOptions);
  await app.register(publishingRoutes, {
    now,
    ...(Array.isArray(options.source) ? {} : { store: options.source as Store }),
  });
  await app.register(organizationRoutes);
  await app.register(vocabRoutes);
  await app.register(directoryRoutes, routeOptions);
  await app.register(feedRoutes, {
    source: options.source,
    publicUrl: dataset.id,
    license: dataset.license,
  });
  await app.register(validateRoutes, { now });
  await app.register(orukRoutes, routeOptions);
  return app;
}
