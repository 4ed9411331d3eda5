import type { StoredNotice } from '../../src/index.ts';

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
  INSERT INTO sources (id, url, format) VALUES ('charity', 'http://127.0.0.1/feed', 'openyouth');
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
