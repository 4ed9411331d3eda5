import { InvalidArgumentError } from 'commander';
import type { ServeOptions } from '../commands/serve.ts';
import type { DefineCommand } from './types.ts';

const port = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) {
    throw new InvalidArgumentError('give a whole number from 0 to 65535.');
  }
  return number;
};

const seconds = (value: string) => {
  const number = Number(value);
  if (!(number >= 0.1 && number <= 86_400)) {
    throw new InvalidArgumentError('give a number of seconds from 0.1 to 86400.');
  }
  return number;
};

export const defineServe: DefineCommand = (program, output, setExitCode) => {
  program
    .command('serve')
    .description(
      'serve the OpenYouth API and the directory page over a store (by default, the bundled examples)',
    )
    .option(
      '--store <path>',
      'the store: an SQLite file, or a postgres:// URL (default: $DATABASE_URL, else the examples)',
    )
    .option('--port <n>', 'the port to listen on', port, 3000)
    .option('--host <addr>', 'the address to listen on', '127.0.0.1')
    .option(
      '--postcodes <csv>',
      'a postcode centroid CSV in the ONS Postcode Directory layout, to search near any postcode',
    )
    .option('--postcodes-io <url>', 'a postcodes.io-compatible service to look postcodes up in')
    .option(
      '--refresh <seconds>',
      'how often to pick up what `openyouth harvest` merged into the store since',
      seconds,
      30,
    )
    .action(async (options: ServeOptions) => {
      const { serveCommand } = await import('../commands/serve.ts');
      setExitCode(await serveCommand(options, output));
    });
};
