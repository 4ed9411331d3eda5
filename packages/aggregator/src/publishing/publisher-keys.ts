import { createHash, randomBytes } from 'node:crypto';
import type { PublisherKey, Store } from '../store/types.ts';

const KEY_PATTERN = /^oy_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

/**
 * SHA-256 of the whole key. A fast hash is enough here: the secret is 256 random bits, not a
 * password a person chose, so there is nothing to guess from the hash.
 */
export function hashPublisherKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The public part of a key (`oy_<keyId>_<secret>`), or undefined when the text is not shaped like a key. */
export function publisherKeyId(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/**
 * Creates an API key for one organisation and saves only its hash. The key is returned once,
 * to hand to the provider; the store cannot give it back.
 */
export async function issuePublisherKey(
  store: Store,
  grant: { organizationId: string; label: string; now?: Date },
): Promise<{ key: string; record: PublisherKey }> {
  const keyId = randomBytes(4).toString('hex');
  const key = `oy_${keyId}_${randomBytes(32).toString('base64url')}`;
  const record: PublisherKey = {
    keyId,
    organizationId: grant.organizationId,
    label: grant.label,
    createdAt: (grant.now ?? new Date()).toISOString(),
  };
  await store.addPublisherKey(record, hashPublisherKey(key));
  return { key, record };
}

/** The live key a request presents, or undefined for a malformed, unknown or revoked one. */
export async function authenticatePublisher(store: Store, key: string): Promise<PublisherKey | undefined> {
  if (!publisherKeyId(key)) return undefined;
  const record = await store.findPublisherKey(hashPublisherKey(key));
  return record && !record.revokedAt ? record : undefined;
}
