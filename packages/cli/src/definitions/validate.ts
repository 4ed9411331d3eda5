import { Option } from 'commander';
import { FORMATS } from '../commands/choices.ts';
import type { ValidateOptions } from '../commands/validate.ts';
import type { DefineCommand } from './types.ts';

export const defineValidate: DefineCommand = (program, output, setExitCode) => {
  program
    .command('validate')
    .description('check listings, feed pages and dataset descriptors: structure, meaning and feeds')
    .argument(
      '<inputs...>',
      'JSON or NDJSON files, folders, http(s) URLs (feeds are walked), or - for standard input',
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a notice is at least this severe')
        .choices(['error', 'warning', 'info'])
        .default('error'),
    )
    .option(
      '--severity <code=level...>',
      'change the severity of a notice code (error, warning, info or off)',
    )
    .option('--now <date>', 'judge dates against this day instead of today (YYYY-MM-DD)')
    .option('--max-pages <n>', 'stop walking a feed after this many pages', Number)
    .option('--max-item-bytes <n>', 'largest NDJSON line read', Number)
    .option('--timeout <seconds>', 'stop walking a feed after this long', Number)
    .option('-s, --summary', 'print a table of the valid listings found')
    .action(async (paths: string[], options: ValidateOptions) => {
      const { validateCommand } = await import('../commands/validate.ts');
      setExitCode(await validateCommand(paths, options, output));
    });
};
