import { SPEC_VERSION } from '@openyouth/schema';
import { Command, CommanderError } from 'commander';
import { EXIT, validateCommand } from './commands/validate.ts';
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
    .description('check listings, feed pages and dataset descriptors against the OpenYouth schemas')
    .argument('<paths...>', 'JSON files, or folders to search for .json files')
    .option('-s, --summary', 'print a table of the valid listings found')
    .action(async (paths: string[], options: { summary?: boolean }) => {
      exitCode = await validateCommand(paths, options, output);
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end with code 0; usage mistakes are "could not run".
    return error.exitCode === 0 ? EXIT.valid : EXIT.couldNotRun;
  }
  return exitCode;
}
