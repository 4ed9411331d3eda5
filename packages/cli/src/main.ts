import { SPEC_VERSION } from '@openyouth/schema';
import { Command, CommanderError } from 'commander';
import { EXIT } from './commands/choices.ts';
import { defineConvert } from './definitions/convert.ts';
import { defineHarvest } from './definitions/harvest.ts';
import { defineHealth } from './definitions/health.ts';
import { definePublishers } from './definitions/publishers.ts';
import { defineServe } from './definitions/serve.ts';
import { defineTemplate } from './definitions/template.ts';
import { defineValidate } from './definitions/validate.ts';
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

  const setExitCode = (code: number) => {
    exitCode = code;
  };
  for (const define of [
    defineValidate,
    defineConvert,
    defineTemplate,
    defineServe,
    defineHarvest,
    defineHealth,
    definePublishers,
  ]) {
    define(program, output, setExitCode);
  }

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end with code 0; usage mistakes are "could not run".
    return error.exitCode === 0 ? EXIT.valid : EXIT.couldNotRun;
  }
  return exitCode;
}
