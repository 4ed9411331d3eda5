import type { HarvestOptions } from '../commands/harvest.ts';
import type { DefineCommand } from './types.ts';

export const defineHarvest: DefineCommand = (program, output, setExitCode) => {
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
      const { harvestCommand } = await import('../commands/harvest.ts');
      setExitCode(await harvestCommand(options, output));
    });
};
