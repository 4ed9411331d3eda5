import { InvalidArgumentError } from 'commander';
import type { HarvestOptions } from '../commands/harvest.ts';
import type { DefineCommand } from './types.ts';

const sourcesAtOnce = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 64) {
    throw new InvalidArgumentError('give a whole number from 1 to 64.');
  }
  return number;
};

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
    .option('--source <ids...>', 'harvest only the sources with these ids (with --resync, resync only them)')
    .option('--resync', 'read every source again from its first page and remove what it no longer lists')
    .option('--prune', 'take out of the directory the listings of sources the catalogue no longer names')
    .option('--concurrency <n>', 'how many sources to harvest at once', sourcesAtOnce, 4)
    .action(async (options: HarvestOptions) => {
      const { harvestCommand } = await import('../commands/harvest.ts');
      setExitCode(await harvestCommand(options, output));
    });
};
