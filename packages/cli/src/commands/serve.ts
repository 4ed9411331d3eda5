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
import { harvestBundledExamples } from '../internal/bundled-examples.ts';
import type { Output } from '../internal/output.ts';
import { SERVE_EXIT } from './choices.ts';

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
  const shutDown = async () => {
    await app.close();
    for (const cleanup of cleanups) await cleanup();
  };
  let address: string;
  try {
    address = await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    output.error(cannotListen(error as NodeJS.ErrnoException, options));
    await shutDown();
    return SERVE_EXIT.couldNotRun;
  }
  output.log(
    `OpenYouth is serving ${app.directory.index.entries.length} listings at ${address}/ (API docs at ${address}/docs)`,
  );

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await shutDown();
  return SERVE_EXIT.stopped;
}

/** Why the server could not listen where it was asked to, and what to do about it. */
function cannotListen(
  error: NodeJS.ErrnoException,
  { host, port }: Pick<ServeOptions, 'host' | 'port'>,
): string {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `Cannot serve on ${where}: something else (another openyouth serve?) is listening there. Stop it, or choose another port with --port.`;
    case 'EACCES':
      return `Cannot serve on ${where}: this user may not listen on that port. Choose one above 1023 with --port.`;
    case 'EADDRNOTAVAIL':
      return `Cannot serve on ${where}: ${host} is not an address of this machine. Choose one with --host (127.0.0.1 by default).`;
    default:
      return `Cannot serve on ${where}: ${error.message}`;
  }
}
