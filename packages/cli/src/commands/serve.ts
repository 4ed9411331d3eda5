import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Store } from '@openyouth/aggregator';
import {
  buildServer,
  createPostcodesIoGeocoder,
  createSqliteGeocoder,
  type Geocoder,
  importPostcodeCsv,
} from '@openyouth/server';
import { type Command, InvalidArgumentError } from 'commander';
import { harvestBundledExamples } from '../internal/bundled-examples.ts';
import type { Output } from '../internal/output.ts';

export interface ServeOptions {
  store?: string;
  port: number;
  host: string;
  /** A postcode centroid CSV (ONS Postcode Directory layout) to import and search near. */
  postcodes?: string;
  /** A postcodes.io-compatible service to look postcodes up in. */
  postcodesIo?: string;
  /** Seconds between looks for what a harvester wrote to the store since. */
  refresh: number;
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
    const { sources, listings } = await harvestBundledExamples(store, new Date());
    for (const failed of sources.filter((source) => !source.ok)) {
      output.error(`Could not harvest the example feed ${failed.sourceId}: ${failed.error}`);
    }
    output.log(
      `Harvested ${listings} example listings from ${sources.length} example feeds into a temporary store.`,
    );
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

  const app = await buildServer({
    source: store,
    ...(geocoder ? { geocoder } : {}),
    refreshMs: options.refresh * 1000,
    logger: false,
  });
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
    throw new InvalidArgumentError('give a whole number from 0 to 65535.');
  }
  return number;
};

const seconds = (value: string) => {
  const number = Number(value);
  if (!(number >= 0.1 && number <= 86_400)) {
    throw new InvalidArgumentError('give a number of seconds from 0.1 to 86400.');
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
    .option(
      '--refresh <seconds>',
      'how often to pick up what `openyouth harvest` merged into the store since',
      seconds,
      30,
    )
    .action(async (options: ServeOptions) => {
      setExitCode(await serveCommand(options, output));
    });
}
