import { readFileSync } from 'node:fs';
import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import {
  authenticatePublisher,
  createStore,
  hashPublisherKey,
  issuePublisherKey,
  publisherKeyId,
  publisherSourceId,
  publishListing,
  type Store,
  withdrawListing,
} from '../src/index.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const example = (name: string): Listing =>
  JSON.parse(
    readFileSync(new URL(`../../../spec/0.1/examples/listings/${name}.json`, import.meta.url), 'utf8'),
  );
const club = example('clifton-youth-club');
const kestrel = example('worry-less-group');

async function withKeys(test: (store: Store, keys: { club: string; kestrel: string }) => Promise<void>) {
  const store = await createStore(':memory:');
  try {
    const { key: clubKey } = await issuePublisherKey(store, {
      organizationId: club.organizer.id,
      label: 'club office',
      now: NOW,
    });
    const { key: kestrelKey } = await issuePublisherKey(store, {
      organizationId: kestrel.organizer.id,
      label: 'kestrel office',
      now: NOW,
    });
    await test(store, { club: clubKey, kestrel: kestrelKey });
  } finally {
    await store.close();
  }
}

const authenticated = async (store: Store, key: string) => {
  const record = await authenticatePublisher(store, key);
  if (!record) throw new Error('the key did not authenticate');
  return record;
};

describe('publisher keys', () => {
  it('are random, shaped oy_<keyId>_<secret>, and stored only as a hash', async () => {
    await withKeys(async (store, keys) => {
      expect(keys.club).not.toBe(keys.kestrel);
      const keyId = publisherKeyId(keys.club);
      expect(keyId).toMatch(/^[0-9a-f]{8}$/);
      const [record] = (await store.listPublisherKeys()).filter((key) => key.keyId === keyId);
      expect(record).toEqual({
        keyId,
        organizationId: club.organizer.id,
        label: 'club office',
        createdAt: NOW.toISOString(),
      });
      expect(JSON.stringify(record)).not.toContain(keys.club.slice(12));
      expect(await store.findPublisherKey(hashPublisherKey(keys.club))).toEqual(record);
    });
  });

  it('authenticate only when whole, known and not revoked', async () => {
    await withKeys(async (store, keys) => {
      expect((await authenticatePublisher(store, keys.club))?.organizationId).toBe(club.organizer.id);
      expect(await authenticatePublisher(store, `${keys.club.slice(0, -1)}x`)).toBeUndefined();
      expect(await authenticatePublisher(store, 'not a key')).toBeUndefined();
      await store.revokePublisherKey(publisherKeyId(keys.club) as string, NOW.toISOString());
      expect(await authenticatePublisher(store, keys.club)).toBeUndefined();
    });
  });
});

describe('publishing a listing', () => {
  it('creates, updates and withdraws a listing, each change in the merged feed in order', async () => {
    await withKeys(async (store, keys) => {
      const key = await authenticated(store, keys.club);
      expect(await publishListing(store, key, club, NOW)).toMatchObject({ status: 'created' });
      const renamed = { ...club, name: 'Clifton Youth Club (Tuesdays)' };
      // The same millisecond twice: the second write still counts as newer.
      expect(await publishListing(store, key, renamed, NOW)).toMatchObject({ status: 'updated' });
      expect((await store.getMerged(club.id))?.listing?.name).toBe('Clifton Youth Club (Tuesdays)');
      const item = await store.getItem(publisherSourceId(club.organizer.id), club.id);
      expect(item?.modified).toBe(String(NOW.getTime() + 1));

      expect(await withdrawListing(store, key, club.id, NOW)).toEqual({ status: 'deleted' });
      expect((await store.getMerged(club.id))?.state).toBe('deleted');
      expect(await withdrawListing(store, key, club.id, NOW)).toEqual({ status: 'not-found' });
      expect((await store.getSource(publisherSourceId(club.organizer.id)))?.format).toBe('api');
    });
  });

  it('refuses a listing with validator errors, stores nothing, and returns the notices', async () => {
    await withKeys(async (store, keys) => {
      const key = await authenticated(store, keys.club);
      const broken = { ...club, ageRange: { minAge: 16, maxAge: 11 } };
      const outcome = await publishListing(store, key, broken, NOW);
      expect(outcome.status).toBe('invalid');
      expect(outcome).toMatchObject({
        notices: expect.arrayContaining([
          expect.objectContaining({ severity: 'error', instancePath: '/ageRange' }),
        ]),
      });
      expect(await store.getMerged(club.id)).toBeUndefined();
    });
  });

  it("keeps each key to its own organisation's listings", async () => {
    await withKeys(async (store, keys) => {
      const clubKey = await authenticated(store, keys.club);
      const kestrelKey = await authenticated(store, keys.kestrel);
      expect(await publishListing(store, clubKey, club, NOW)).toMatchObject({ status: 'created' });

      // Another organisation's listing under this key's name.
      expect(await publishListing(store, kestrelKey, club, NOW)).toMatchObject({ status: 'forbidden' });
      // Its own organisation, but an id another organisation already publishes.
      const squat = { ...kestrel, id: club.id };
      expect(await publishListing(store, kestrelKey, squat, NOW)).toEqual({
        status: 'forbidden',
        reason: `The listing ${club.id} belongs to ${club.organizer.id}; this key may only write listings of ${kestrel.organizer.id}.`,
      });
      expect(await withdrawListing(store, kestrelKey, club.id, NOW)).toMatchObject({ status: 'forbidden' });
      expect((await store.getMerged(club.id))?.listing?.organizer.id).toBe(club.organizer.id);
    });
  });
});
