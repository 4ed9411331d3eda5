import { Option } from 'commander';
import { HEALTH_FORMATS } from '../commands/choices.ts';
import type { HealthOptions } from '../commands/health.ts';
import type { DefineCommand } from './types.ts';

export const defineHealth: DefineCommand = (program, output, setExitCode) => {
  program
    .command('health')
    .description(
      'report on each source a store harvests: last success, error, listings, listings with errors, stale share',
    )
    .option(
      '--store <path>',
      'the embedded store file (DATABASE_URL selects PostgreSQL instead)',
      'openyouth.db',
    )
    .addOption(
      new Option('-f, --format <format>', 'text, JSON, or a self-contained HTML page to open or send on')
        .choices(HEALTH_FORMATS)
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file')
    .action(async (options: HealthOptions) => {
      const { healthCommand } = await import('../commands/health.ts');
      setExitCode(await healthCommand(options, output));
    });
};
