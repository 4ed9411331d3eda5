import {
  AggregatorError,
  createStore,
  harvestCatalogue,
  loadCatalogue,
  readerFor,
  rebuildMergedView,
  type SourceResult,
  validatorCheck,
} from '@openyouth/aggregator';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Output } from '../internal/output.ts';

export interface HarvestOptions {
  catalogue: string;
  store: string;
  resync?: boolean;
  concurrency: number;
}

/** Exit codes: 0 every source harvested, 1 some sources failed, 2 the harvest could not run. */
export const HARVEST_EXIT = { ok: 0, someFailed: 1, couldNotRun: 2 } as const;

/** One bar per source on a terminal; nothing on a pipe, so logs and CI output stay clean. */
function sourceProgress(sourceIds: readonly string[], stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bars = new cliProgress.MultiBar(
    { format: '{source} {pages} pages, {items} items', stream, clearOnComplete: false, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const width = Math.max(...sourceIds.map((id) => id.length));
  const bySource = new Map(
    sourceIds.map((id) => [id, bars.create(0, 0, { source: id.padEnd(width), pages: 0, items: 0 })]),
  );
  return {
    update: ({ sourceId, pages, items }: { sourceId: string; pages: number; items: number }) =>
      bySource.get(sourceId)?.update(0, { pages, items }),
    stop: () => bars.stop(),
  };
}

const describe = (result: SourceResult) =>
  result.ok
    ? `✓ ${result.sourceId}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${result.changed} changed, ${result.unchanged} unchanged, ${result.deleted} deleted, ${result.invalid} with errors`
    : `✗ ${result.sourceId}: ${result.error} (kept what was stored; the next run resumes there)`;

export async function harvestCommand(options: HarvestOptions, output: Output): Promise<number> {
  const location = process.env.DATABASE_URL || options.store;
  let catalogue: Awaited<ReturnType<typeof loadCatalogue>>;
  try {
    catalogue = await loadCatalogue(options.catalogue);
  } catch (error) {
    const message =
      error instanceof AggregatorError ? error.message : `${options.catalogue}: ${(error as Error).message}`;
    output.error(message);
    return HARVEST_EXIT.couldNotRun;
  }
  const store = await createStore(location);
  try {
    const progress = sourceProgress(catalogue.sources.map((source) => source.id));
    const results = await harvestCatalogue(store, catalogue, {
      readerFor: (source) => readerFor(source, catalogue.allow),
      check: validatorCheck(new Date()),
      resync: options.resync === true,
      concurrency: options.concurrency,
      onPage: progress.update,
    });
    progress.stop();
    for (const result of results) output.log(describe(result));
    const merged = await rebuildMergedView(store);
    output.log(
      `Merged directory: ${merged.listings} listings (${merged.changed} new or changed, ${merged.deleted} removed) in ${location.startsWith('postgres') ? 'PostgreSQL' : location}.`,
    );
    return results.every((result) => result.ok) ? HARVEST_EXIT.ok : HARVEST_EXIT.someFailed;
  } finally {
    await store.close();
  }
}

export function registerHarvestCommand(
  program: Command,
  output: Output,
  setExitCode: (code: number) => void,
) {
  program
    .command('harvest')
    .description(
      'harvest the feeds a catalogue names into one store, merge duplicates, and report on each source',
    )
    .requiredOption('-c, --catalogue <file>', 'the catalogue of sources (YAML or JSON)')
    .option(
      '--store <path>',
      'the embedded store file (DATABASE_URL selects PostgreSQL instead)',
      'openyouth.db',
    )
    .option('--resync', 'read every source again from its first page and remove what it no longer lists')
    .option('--concurrency <n>', 'how many sources to harvest at once', Number, 4)
    .action(async (options: HarvestOptions) => {
      setExitCode(await harvestCommand(options, output));
    });
}
