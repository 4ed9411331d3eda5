import type { StoreOption } from '../commands/publishers.ts';
import type { DefineCommand } from './types.ts';

const STORE_OPTION = [
  '--store <path>',
  'the embedded store file (DATABASE_URL selects PostgreSQL instead)',
  'openyouth.db',
] as const;

export const definePublishers: DefineCommand = (program, output, setExitCode) => {
  const publishers = program
    .command('publishers')
    .description('manage the API keys providers publish listings with (PUT /listings/:id)');
  const commands = () => import('../commands/publishers.ts');
  publishers
    .command('add')
    .description("issue a key that may write one organisation's listings; it is printed once")
    .requiredOption('--organization <id>', "the organisation's id, as its listings' organizer.id")
    .requiredOption('--label <text>', 'who the key is for, to recognise it in `list`')
    .option(...STORE_OPTION)
    .action(async (options: StoreOption & { organization: string; label: string }) => {
      setExitCode(await (await commands()).addPublisherCommand(options, output));
    });
  publishers
    .command('list')
    .description('list the keys (never the secrets)')
    .option(...STORE_OPTION)
    .action(async (options: StoreOption) => {
      setExitCode(await (await commands()).listPublishersCommand(options, output));
    });
  publishers
    .command('revoke')
    .description('stop a key working')
    .argument('<keyId>', 'the key id `list` shows (the 8 characters after oy_)')
    .option(...STORE_OPTION)
    .action(async (keyId: string, options: StoreOption) => {
      setExitCode(await (await commands()).revokePublisherCommand(keyId, options, output));
    });
};
