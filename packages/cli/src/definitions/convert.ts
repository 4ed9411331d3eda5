import { Option } from 'commander';
import { FROM_FORMATS, TO_FORMATS } from '../commands/choices.ts';
import type { ConvertOptions } from '../commands/convert.ts';
import type { DefineCommand } from './types.ts';

export const defineConvert: DefineCommand = (program, output, setExitCode) => {
  program
    .command('convert')
    .description(
      'convert spreadsheets, OpenActive and Open Referral UK data to OpenYouth listings, and listings to ORUK, JSON-LD, CSV or XLSX',
    )
    .argument(
      '<input>',
      'a .xlsx, .csv or .json file, or the address of an Open Referral UK API or an OpenActive RPDE feed',
    )
    .addOption(
      new Option('--from <format>', 'the input format (detected when left out)').choices(FROM_FORMATS),
    )
    .addOption(
      new Option('--to <format>', 'the output format (from the -o extension, else openyouth)').choices(
        TO_FORMATS,
      ),
    )
    .option('-o, --output <file>', 'where to write (standard output when left out, except for csv and xlsx)')
    .option('--feed <url>', 'write OpenYouth listings as an RPDE feed page to be published at this URL')
    .option('--license <url>', 'the licence of the feed page (default CC BY 4.0)')
    .option('--base-url <url>', 'for Open Referral UK files: the API address the services come from')
    .option('--max-age <age>', 'for OpenActive: cap "N and over" age ranges at this age', Number)
    .option(
      '--now <date>',
      'judge "past" and "stale" against this date, for reproducible reports (YYYY-MM-DD)',
    )
    .option('--report <file>', 'also write the whole report (every notice, with counts) to this file as JSON')
    .action(async (input: string, options: ConvertOptions) => {
      const { convertCommand } = await import('../commands/convert.ts');
      setExitCode(await convertCommand(input, options, output));
    });
};
