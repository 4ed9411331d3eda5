import {
  AggregatorError,
  type Catalogue,
  createStore,
  defaultHarvestOptions,
  type HarvestOnThreadOptions,
  harvestCatalogue,
  harvestOnThread,
  isPostgresLocation,
  loadCatalogue,
  type MergeSummary,
  mergeAlongside,
  type RetiredSource,
  rebuildMergedView,
  removeRetiredSources,
  retiredSources,
  type SourceResult,
  type Store,
  selectSources,
} from '@openyouth/aggregator';
import { harvestProgress } from '../internal/harvest-progress.ts';
import type { Output } from '../internal/output.ts';
import { HARVEST_EXIT } from './choices.ts';

export interface HarvestOptions {
  catalogue: string;
  store: string;
  /** Only these sources of the catalogue, by id. */
  source?: string[];
  resync?: boolean;
  /** Take out of the directory the listings of sources the catalogue no longer names. */
  prune?: boolean;
  concurrency: number;
}

function describe(result: SourceResult): string {
  if (!result.ok)
    return `✗ ${result.sourceId}: ${result.error} (kept what was stored; the next run resumes there)`;
  if (result.skipped) return `· ${result.sourceId}: left alone, another harvester is working on it`;
  return `✓ ${result.sourceId}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${result.changed} changed, ${result.unchanged} unchanged, ${result.deleted} deleted, ${result.invalid} with errors`;
}

/** The run in a line, naming what failed: with a hundred sources, their lines scroll away. */
function tally(results: readonly SourceResult[]): string {
  const failed = results.filter((result) => !result.ok).map((result) => result.sourceId);
  const skipped = results.filter((result) => result.skipped).length;
  const harvested = results.length - failed.length - skipped;
  return [
    `${harvested} of ${results.length} sources harvested`,
    ...(skipped > 0 ? [`${skipped} left to another harvester`] : []),
    ...(failed.length > 0 ? [`${failed.length} failed (${failed.join(', ')})`] : []),
  ]
    .join(', ')
    .concat('.');
}

/** The sources the catalogue no longer names: taken out of the directory, or still in it. */
function describeRetired(retired: readonly RetiredSource[], pruned: boolean): string {
  const listings = retired.reduce((sum, source) => sum + source.listings, 0);
  const named = retired.map((source) => source.sourceId).join(', ');
  return pruned
    ? `Removed ${listings} listings of sources no longer in the catalogue (${named}) from the directory.`
    : `${listings} listings of sources no longer in the catalogue (${named}) are still in the directory: --prune removes them.`;
}

/**
 * Harvests on one thread while the merge follows on another, each with its own connection to the
 * store; a store in memory is this thread's alone, so there both run here, one after the other.
 * `afterHarvest` runs on this thread between the harvest and the merge's last pass.
 */
async function harvestAndMerge(
  location: string,
  catalogue: Catalogue,
  options: Omit<HarvestOnThreadOptions, 'checkedAt'>,
  afterHarvest: (store: Store) => Promise<void>,
): Promise<{ results: SourceResult[]; merged: MergeSummary }> {
  if (location === ':memory:') {
    const store = await createStore(location);
    try {
      const results = await harvestCatalogue(store, catalogue, {
        ...options,
        ...defaultHarvestOptions(catalogue, new Date()),
      });
      await afterHarvest(store);
      return { results, merged: await rebuildMergedView(store) };
    } finally {
      await store.close();
    }
  }
  const merging = mergeAlongside(location);
  try {
    const results = await harvestOnThread(location, catalogue, options);
    // Before the merge's last pass, which takes in what this step changes.
    const store = await createStore(location);
    try {
      await afterHarvest(store);
    } finally {
      await store.close();
    }
    return { results, merged: await merging.finish() };
  } finally {
    // Also when the harvest itself failed: the thread merges what was stored, then ends.
    await merging.finish().catch(() => undefined);
  }
}

export async function harvestCommand(options: HarvestOptions, output: Output): Promise<number> {
  const location = process.env.DATABASE_URL || options.store;
  let whole: Catalogue;
  let catalogue: Catalogue;
  try {
    whole = await loadCatalogue(options.catalogue);
    catalogue = options.source ? selectSources(whole, options.source, options.catalogue) : whole;
  } catch (error) {
    const message =
      error instanceof AggregatorError ? error.message : `${options.catalogue}: ${(error as Error).message}`;
    output.error(message);
    return HARVEST_EXIT.couldNotRun;
  }
  const progress = harvestProgress(catalogue.sources.map((source) => source.id));
  let harvested: Awaited<ReturnType<typeof harvestAndMerge>>;
  let retired: RetiredSource[] = [];
  try {
    harvested = await harvestAndMerge(
      location,
      catalogue,
      {
        resync: options.resync === true,
        concurrency: options.concurrency,
        onPage: progress.page,
        onSource: progress.done,
      },
      // Against the whole catalogue: sources left out by --source are not retired.
      async (store) => {
        retired = options.prune
          ? await removeRetiredSources(store, whole)
          : await retiredSources(store, whole);
      },
    );
  } catch (error) {
    // The store itself failed (cannot be opened, or stayed locked): sources' own failures are results.
    output.error(
      `The harvest stopped: ${(error as Error).message}. What was stored is kept; the next run resumes from there.`,
    );
    return HARVEST_EXIT.couldNotRun;
  } finally {
    progress.stop();
  }
  const { results, merged } = harvested;
  for (const result of results) output.log(describe(result));
  output.log(tally(results));
  if (retired.length > 0) output.log(describeRetired(retired, options.prune === true));
  output.log(
    `Merged directory: ${merged.listings} listings (${merged.changed} new or changed, ${merged.deleted} removed) in ${isPostgresLocation(location) ? 'PostgreSQL' : location}.`,
  );
  return results.every((result) => result.ok) ? HARVEST_EXIT.ok : HARVEST_EXIT.someFailed;
}
