import type { Catalogue } from '../catalogue.ts';
import type { SourceConfig, Store } from '../store/types.ts';
import { type HarvestSourceOptions, harvestSource } from './harvest-source.ts';
import type { SourceReader, SourceResult } from './types.ts';

export interface HarvestCatalogueOptions extends Omit<HarvestSourceOptions, 'reader'> {
  readerFor: (source: SourceConfig) => SourceReader;
  /** How many sources are harvested at once. */
  concurrency?: number;
  /** Called as each source is done, in the order they finish. */
  onSource?: (result: SourceResult) => void;
}

/**
 * Harvests every source of a catalogue, a few at a time. Sources are saved first, so each has a
 * row to record its position or its failure; results come back in catalogue order.
 */
export async function harvestCatalogue(
  store: Store,
  catalogue: Catalogue,
  options: HarvestCatalogueOptions,
): Promise<SourceResult[]> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of sources, 1 or more; got ${concurrency}.`);
  }
  for (const source of catalogue.sources) await store.upsertSource(source);
  const results: SourceResult[] = new Array(catalogue.sources.length);
  let next = 0;
  const worker = async () => {
    while (next < catalogue.sources.length) {
      const index = next++;
      const source = catalogue.sources[index] as SourceConfig;
      const result = await harvestSource(store, source.id, { ...options, reader: options.readerFor(source) });
      results[index] = result;
      options.onSource?.(result);
    }
  };
  const workers = Math.max(1, Math.min(concurrency, catalogue.sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
