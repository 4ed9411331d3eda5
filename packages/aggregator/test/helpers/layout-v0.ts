import type { Listing } from '@openyouth/schema';
import { expect } from 'vitest';
import { featuresOf } from '../../src/dedupe/match.ts';
import type { DedupeEntry, Store, StoredNotice } from '../../src/index.ts';

const chessTrust = { type: 'Organization', id: 'https://example.org.uk/#org', name: 'Chess Trust' };

/**
 * Two live items of one source that version 0 merged into one listing, keeping a copy of the
 * listing chosen: f's, the second member's.
 */
export const V0_CLUSTER = {
  id: 'https://example.org.uk/listings/chess',
  listings: {
    e: { id: 'https://example.org.uk/listings/chess', name: 'Chess Club', organizer: chessTrust },
    f: { id: 'https://example.org.uk/listings/chess', name: 'Chess Club (Thursdays)', organizer: chessTrust },
  },
  provenance: {
    members: ['e', 'f'].map((itemId, index) => ({
      sourceId: 'charity',
      itemId,
      fetchedAt: '2026-11-24T10:00:00Z',
      modified: String(index + 4),
    })),
    links: [{ from: 'charity/e', to: 'charity/f', reasons: ['same-id'] }],
  },
};

/** The tables a store had before notice lists (layout version 0), enough to migrate from. */
export const layoutV0 = (json: 'TEXT' | 'JSONB') => `
  CREATE TABLE sources (id TEXT PRIMARY KEY, url TEXT NOT NULL, format TEXT NOT NULL, position TEXT,
    last_attempt_at TEXT, last_success_at TEXT, last_error TEXT, lease_owner TEXT, lease_until TEXT);
  CREATE TABLE items (source_id TEXT NOT NULL REFERENCES sources(id), item_id TEXT NOT NULL,
    state TEXT NOT NULL, modified TEXT NOT NULL, modified_key TEXT NOT NULL, content_key TEXT NOT NULL,
    listing ${json}, notices ${json} NOT NULL, fetched_at TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE,
    PRIMARY KEY (source_id, item_id));
  CREATE TABLE dedupe_entries (source_id TEXT NOT NULL, item_id TEXT NOT NULL, block_key TEXT NOT NULL,
    merged_id TEXT, PRIMARY KEY (source_id, item_id, block_key));
  CREATE TABLE merged (id TEXT PRIMARY KEY, state TEXT NOT NULL, listing ${json}, provenance ${json},
    fingerprint TEXT, seq BIGINT NOT NULL UNIQUE);
  INSERT INTO sources (id, url, format) VALUES ('charity', 'http://127.0.0.1/feed', 'openyouth');
  INSERT INTO items VALUES
    ('charity', 'e', 'updated', '4', '4', 'k4', '${JSON.stringify(V0_CLUSTER.listings.e)}', '[]', '2026-11-24T10:00:00Z', 4),
    ('charity', 'f', 'updated', '5', '5', 'k5', '${JSON.stringify(V0_CLUSTER.listings.f)}', '[]', '2026-11-24T10:00:00Z', 5);
  INSERT INTO merged VALUES
    ('${V0_CLUSTER.id}', 'updated', '${JSON.stringify(V0_CLUSTER.listings.f)}', '${JSON.stringify(V0_CLUSTER.provenance)}', 'print', 1),
    ('https://example.org.uk/listings/gone', 'deleted', NULL, NULL, NULL, 2);
  INSERT INTO dedupe_entries VALUES
    ('charity', 'a', 'id:https://example.org.uk/listings/a|1', 'https://example.org.uk/listings/a|1'),
    ('charity', 'a', 'BS59JB|id:https://example.org.uk/#org|Tuesday', 'https://example.org.uk/listings/a|1'),
    ('charity', 'a', 'BS59JB|name:clifton youth|trust|Tuesday', 'https://example.org.uk/listings/a|1');
`;

/** Item a's block keys once migrated (sorted): the organiser first, ids and URLs untouched. */
export const V0_BLOCK_KEYS_MIGRATED = [
  'id:https://example.org.uk/#org|BS59JB|Tuesday',
  'id:https://example.org.uk/listings/a|1',
  'name:clifton youth|trust|BS59JB|Tuesday',
];

export const warning: StoredNotice = {
  code: 'safeguarding_missing',
  severity: 'warning',
  instancePath: '',
  message: 'Say how young people are kept safe.',
};

/** Three items as version 0 kept them: two share one notice list, one has none. */
export const V0_ITEMS: [itemId: string, notices: StoredNotice[]][] = [
  ['a', [warning]],
  ['b', [warning]],
  ['c', []],
];

/** An item row of version 0, its notices bound to `placeholder` (SQLite and PostgreSQL spell it differently). */
export const v0ItemInsert = (itemId: string, seq: number, placeholder: string) =>
  `INSERT INTO items VALUES ('charity', '${itemId}', 'deleted', '${seq}', '${seq}', 'k${seq}', NULL, ${placeholder}, '2026-11-24T10:00:00Z', ${seq})`;

/** What a store migrated from version 0 must read back: every notice list, block key and merged listing. */
export async function expectMigratedFromV0(store: Store) {
  for (const [itemId, notices] of V0_ITEMS)
    expect((await store.getItem('charity', itemId))?.notices).toEqual(notices);
  // Found by the item and by each of its blocks.
  const sorted = (entries: DedupeEntry[]) =>
    entries.map((entry) => ({ ...entry, blockKeys: [...entry.blockKeys].sort() }));
  const entryOfA = {
    sourceId: 'charity',
    itemId: 'a',
    blockKeys: V0_BLOCK_KEYS_MIGRATED,
    mergedId: 'https://example.org.uk/listings/a|1',
  };
  expect(sorted(await store.dedupeEntries([{ sourceId: 'charity', itemId: 'a' }], []))).toEqual([entryOfA]);
  for (const key of V0_BLOCK_KEYS_MIGRATED)
    expect(sorted(await store.dedupeEntries([], [key])), key).toEqual([entryOfA]);
  expect(await store.getMerged(V0_CLUSTER.id)).toEqual({
    id: V0_CLUSTER.id,
    state: 'updated',
    listing: V0_CLUSTER.listings.f,
    provenance: V0_CLUSTER.provenance,
    seq: 1,
  });
  expect(await store.mergedChangesSince(1, 10)).toEqual([
    { id: 'https://example.org.uk/listings/gone', state: 'deleted', seq: 2 },
  ]);
  // The live items' match features, worked out as storing them now would.
  const merging = await store.mergeItems(['a', 'e', 'f'].map((itemId) => ({ sourceId: 'charity', itemId })));
  expect(Object.fromEntries(merging.map((item) => [item.itemId, item.match]))).toEqual({
    a: undefined,
    e: featuresOf(V0_CLUSTER.listings.e as unknown as Listing),
    f: featuresOf(V0_CLUSTER.listings.f as unknown as Listing),
  });
}
