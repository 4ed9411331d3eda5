import { createStore, issuePublisherKey, type PublisherKey, type Store } from '@openyouth/aggregator';
import type { Output } from '../internal/output.ts';
import { PUBLISHERS_EXIT } from './choices.ts';

export interface StoreOption {
  store: string;
}

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
