import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore, rebuildMergedView, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import {
  buildServer,
  createPostcodesIoGeocoder,
  createSqliteGeocoder,
  type Geocoder,
  importPostcodeCsv,
} from '@openyouth/server';
import type { Command } from 'commander';
import type { Output } from '../internal/output.ts';

export interface ServeOptions {
  store?: string;
  port: number;
  host: string;
  /** A postcode centroid CSV (ONS Postcode Directory layout) to import and search near. */
  postcodes?: string;
  /** A postcodes.io-compatible service to look postcodes up in. */
  postcodesIo?: string;
}

const EXAMPLES = join('spec', '0.1', 'examples', 'listings');

/** The bundled example listings: found by walking up from this file to the repository's spec folder. */
function findExamples(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, EXAMPLES))) return join(directory, EXAMPLES);
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error(`could not find ${EXAMPLES} above ${fileURLToPath(import.meta.url)}`);
    directory = parent;
  }
}

/** Loads the example listings into the store as one source, `examples`, the way the harvester will. */
export async function loadExamples(store: Store, fetchedAt: string): Promise<number> {
  const folder = findExamples();
  const listings = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Listing);
  await store.upsertSource({
    id: 'examples',
    url: 'https://openyouth.org/spec/0.1/examples/listings/',
    format: 'openyouth',
  });
  await store.applyPage('examples', {
    items: listings.map((listing) => ({
      itemId: listing.id,
      state: 'updated' as const,
      modified: String(Date.parse(listing.dateModified)),
      listing,
    })),
    position: 'https://openyouth.org/spec/0.1/examples/listings/',
    fetchedAt,
  });
  // The feed the server republishes is the merged view, as after a harvest.
  await rebuildMergedView(store);
  return listings.length;
}

/** Starts the server and resolves once it has stopped (on SIGINT or SIGTERM) to the exit code. */
export async function serveCommand(
  options: ServeOptions,
  output: Output,
  signal?: AbortSignal,
): Promise<number> {
  const cleanups: (() => void | Promise<void>)[] = [];
  const location = options.store ?? process.env.DATABASE_URL;
  let store: Store;
  if (location) {
    store = await createStore(location);
  } else {
    // No store named: a throwaway embedded one holding the bundled examples.
    const directory = mkdtempSync(join(tmpdir(), 'openyouth-serve-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    store = await createStore(join(directory, 'store.sqlite'));
    const count = await loadExamples(store, new Date().toISOString());
    output.log(`Loaded ${count} example listings into a temporary store.`);
  }
  cleanups.unshift(() => store.close());

  let geocoder: Geocoder | undefined;
  if (options.postcodesIo) geocoder = createPostcodesIoGeocoder({ baseUrl: options.postcodesIo });
  if (options.postcodes) {
    const directory = mkdtempSync(join(tmpdir(), 'openyouth-postcodes-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const { imported } = await importPostcodeCsv(options.postcodes, join(directory, 'postcodes.sqlite'));
    const table = createSqliteGeocoder(join(directory, 'postcodes.sqlite'));
    cleanups.unshift(() => table.close());
    geocoder = table;
    output.log(`Imported ${imported} postcodes from ${options.postcodes}.`);
  }

  const app = await buildServer({ source: store, ...(geocoder ? { geocoder } : {}), logger: false });
  const address = await app.listen({ host: options.host, port: options.port });
  output.log(
    `OpenYouth is serving ${app.directory.index.entries.length} listings at ${address}/ (API docs at ${address}/docs)`,
  );

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await app.close();
  for (const cleanup of cleanups) await cleanup();
  return 0;
}

const port = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) {
    throw new Error(`--port ${value} is not a port number: give a whole number from 0 to 65535.`);
  }
  return number;
};

export function registerServeCommand(program: Command, output: Output, setExitCode: (code: number) => void) {
  program
    .command('serve')
    .description(
      'serve the OpenYouth API and the directory page over a store (by default, the bundled examples)',
    )
    .option(
      '--store <path>',
      'the store: an SQLite file, or a postgres:// URL (default: $DATABASE_URL, else the examples)',
    )
    .option('--port <n>', 'the port to listen on', port, 3000)
    .option('--host <addr>', 'the address to listen on', '127.0.0.1')
    .option(
      '--postcodes <csv>',
      'a postcode centroid CSV in the ONS Postcode Directory layout, to search near any postcode',
    )
    .option('--postcodes-io <url>', 'a postcodes.io-compatible service to look postcodes up in')
    .action(async (options: ServeOptions) => {
      setExitCode(await serveCommand(options, output));
    });
}
