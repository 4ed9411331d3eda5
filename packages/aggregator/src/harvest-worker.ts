// The thread `harvestOnThread` starts: harvests a catalogue through its own store connection,
// posting each page's progress and then the results.
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogue } from './catalogue.ts';
import { defaultHarvestOptions } from './harvest/default-options.ts';
import { harvestCatalogue } from './harvest/harvest-catalogue.ts';
import { createStore } from './store/create-store.ts';

const { location, catalogue, resync, concurrency, checkedAt } = workerData as {
  location: string;
  catalogue: Catalogue;
  resync: boolean;
  concurrency: number | undefined;
  checkedAt: string;
};

const store = await createStore(location);
try {
  const results = await harvestCatalogue(store, catalogue, {
    ...defaultHarvestOptions(catalogue, new Date(checkedAt)),
    resync,
    ...(concurrency !== undefined && { concurrency }),
    onPage: (progress) => parentPort?.postMessage({ progress }),
  });
  parentPort?.postMessage({ results });
} finally {
  await store.close();
  parentPort?.close();
}
