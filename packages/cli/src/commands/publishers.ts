import { createStore, issuePublisherKey, type PublisherKey, type Store } from '@openyouth/aggregator';
import type { Command } from 'commander';
import type { Output } from '../internal/output.ts';

interface StoreOption {
  store: string;
}

/** Exit codes: 0 done, 1 nothing to do (no such key), 2 could not run. */
export const PUBLISHERS_EXIT = { ok: 0, notFound: 1, couldNotRun: 2 } as const;

async function withStore(options: StoreOption, work: (store: Store) => Promise<number>): Promise<number> {
  const store = await createStore(process.env.DATABASE_URL || options.store);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const describeKey = (key: PublisherKey) =>
  `${key.keyId}  ${key.organizationId}  ${key.label}  created ${key.createdAt}${key.revokedAt ? `, revoked ${key.revokedAt}` : ''}`;

export async function addPublisherCommand(
  options: StoreOption & { organization: string; label: string },
  output: Output,
): Promise<number> {
  if (!URL.canParse(options.organization)) {
    output.error(
      `--organization ${options.organization} is not a URL: give the organisation's id as its listings' organizer.id has it.`,
    );
    return PUBLISHERS_EXIT.couldNotRun;
  }
  return withStore(options, async (store) => {
    const { key, record } = await issuePublisherKey(store, {
      organizationId: options.organization,
      label: options.label,
    });
    output.log(`Key ${record.keyId} for ${record.organizationId} (${record.label}):`);
    output.log(key);
    output.log('Give it to the provider now: only its hash is kept, so it cannot be shown again.');
    return PUBLISHERS_EXIT.ok;
  });
}

export async function listPublishersCommand(options: StoreOption, output: Output): Promise<number> {
  return withStore(options, async (store) => {
    const keys = await store.listPublisherKeys();
    if (!keys.length) output.log('No publisher keys yet: add one with `openyouth publishers add`.');
    for (const key of keys) output.log(describeKey(key));
    return PUBLISHERS_EXIT.ok;
  });
}

export async function revokePublisherCommand(
  keyId: string,
  options: StoreOption,
  output: Output,
): Promise<number> {
  return withStore(options, async (store) => {
    if (await store.revokePublisherKey(keyId, new Date().toISOString())) {
      output.log(`Key ${keyId} is revoked: requests with it now get 401.`);
      return PUBLISHERS_EXIT.ok;
    }
    output.error(`There is no live key ${keyId}: \`openyouth publishers list\` shows the keys.`);
    return PUBLISHERS_EXIT.notFound;
  });
}

export function registerPublishersCommand(
  program: Command,
  output: Output,
  setExitCode: (code: number) => void,
) {
  const publishers = program
    .command('publishers')
    .description('manage the API keys providers publish listings with (PUT /listings/:id)');
  const storeOption = [
    '--store <path>',
    'the embedded store file (DATABASE_URL selects PostgreSQL instead)',
    'openyouth.db',
  ] as const;
  publishers
    .command('add')
    .description("issue a key that may write one organisation's listings; it is printed once")
    .requiredOption('--organization <id>', "the organisation's id, as its listings' organizer.id")
    .requiredOption('--label <text>', 'who the key is for, to recognise it in `list`')
    .option(...storeOption)
    .action(async (options: StoreOption & { organization: string; label: string }) => {
      setExitCode(await addPublisherCommand(options, output));
    });
  publishers
    .command('list')
    .description('list the keys (never the secrets)')
    .option(...storeOption)
    .action(async (options: StoreOption) => {
      setExitCode(await listPublishersCommand(options, output));
    });
  publishers
    .command('revoke')
    .description('stop a key working')
    .argument('<keyId>', 'the key id `list` shows (the 8 characters after oy_)')
    .option(...storeOption)
    .action(async (keyId: string, options: StoreOption) => {
      setExitCode(await revokePublisherCommand(keyId, options, output));
    });
}
