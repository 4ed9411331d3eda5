import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import {
  createStore,
  isPostgresLocation,
  type SourceHealth,
  sourceHealth,
  sourceHealthHtml,
  sourceHealthSummary,
} from '@openyouth/aggregator';
import type { Output } from '../internal/output.ts';
import { HEALTH_EXIT, type HEALTH_FORMATS } from './choices.ts';

export interface HealthOptions {
  store: string;
  format: (typeof HEALTH_FORMATS)[number];
  output?: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One line a source, as `harvest` reports a run: a tick or a cross first. */
function describe(source: SourceHealth): string {
  const holds = `${source.listings.toLocaleString('en-GB')} listings, ${source.invalid.toLocaleString('en-GB')} with errors, ${percent(source.staleShare)} stale`;
  const lastSuccess = `last success ${source.lastSuccessAt ?? 'never'}`;
  if (source.lastError)
    return `✗ ${source.sourceId}: failing: ${source.lastError} (${lastSuccess}; ${holds})`;
  if (!source.lastAttemptAt) return `· ${source.sourceId}: never harvested`;
  return `✓ ${source.sourceId}: ${holds}; ${lastSuccess}`;
}

const asText = (health: readonly SourceHealth[]) =>
  [...health.map(describe), sourceHealthSummary(health)].join('\n');

/**
 * The health of every source in a store, for the people who run a hub: as text, as JSON for
 * monitoring, or as an HTML page. Exits 1 when a source's last harvest failed, so a timer that
 * runs it can raise the alarm.
 */
export async function healthCommand(options: HealthOptions, output: Output): Promise<number> {
  const location = process.env.DATABASE_URL || options.store;
  // Opening a file that is not there would make an empty store, and report on nothing.
  if (!isPostgresLocation(location) && location !== ':memory:' && !existsSync(location)) {
    output.error(
      `There is no store at ${location}: give the file \`openyouth harvest --store\` harvested into, or set DATABASE_URL.`,
    );
    return HEALTH_EXIT.couldNotRun;
  }
  const generatedAt = new Date();
  let health: SourceHealth[];
  try {
    const store = await createStore(location);
    try {
      health = await sourceHealth(store, generatedAt);
    } finally {
      await store.close();
    }
  } catch (error) {
    output.error(`Could not read the store at ${location}: ${(error as Error).message}`);
    return HEALTH_EXIT.couldNotRun;
  }
  const report =
    options.format === 'json'
      ? JSON.stringify({ generatedAt: generatedAt.toISOString(), sources: health }, null, 2)
      : options.format === 'html'
        ? sourceHealthHtml(health, generatedAt)
        : asText(health);
  if (!options.output) output.log(report.trimEnd());
  else {
    try {
      await writeFile(options.output, `${report.trimEnd()}\n`);
    } catch (error) {
      output.error(`Could not write the report to ${options.output}: ${(error as Error).message}`);
      return HEALTH_EXIT.couldNotRun;
    }
  }
  return health.some((source) => source.lastError) ? HEALTH_EXIT.someFailing : HEALTH_EXIT.ok;
}
