import type { Command } from 'commander';
import type { Output } from '../internal/output.ts';

/**
 * Adds one command to the program. Its action imports the command's module only when it runs, so
 * `openyouth --help` or `validate` never loads the server, the harvester or the spreadsheet readers.
 */
export type DefineCommand = (program: Command, output: Output, setExitCode: (code: number) => void) => void;
