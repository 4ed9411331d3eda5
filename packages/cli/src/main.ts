import { SPEC_VERSION } from '@openyouth/schema';
import { Command, CommanderError, Option } from 'commander';
import { registerConvertCommand } from './commands/convert.ts';
import { registerHarvestCommand } from './commands/harvest.ts';
import { registerPublishersCommand } from './commands/publishers.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerTemplateCommand } from './commands/template.ts';
import { EXIT, FORMATS, type ValidateOptions, validateCommand } from './commands/validate.ts';
import { consoleOutput, type Output } from './internal/output.ts';

/** Runs `openyouth` with the given argv and resolves to the exit code. */
export async function main(argv: readonly string[], output: Output = consoleOutput): Promise<number> {
  let exitCode: number = EXIT.valid;
  const program = new Command('openyouth')
    .description(`Tools for OpenYouth ${SPEC_VERSION} data: activities for children and young people.`)
    .version(SPEC_VERSION, '-v, --version', 'print the version of the standard')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.log(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });

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
      exitCode = await validateCommand(paths, options, output);
    });

  const setExitCode = (code: number) => {
    exitCode = code;
  };
  registerConvertCommand(program, output, setExitCode);
  registerTemplateCommand(program, output, setExitCode);
  registerServeCommand(program, output, setExitCode);
  registerHarvestCommand(program, output, setExitCode);
  registerPublishersCommand(program, output, setExitCode);

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end with code 0; usage mistakes are "could not run".
    return error.exitCode === 0 ? EXIT.valid : EXIT.couldNotRun;
  }
  return exitCode;
}
