import type { Listing } from '@openyouth/schema';
import pg from 'pg';
import { modifiedKey } from './modified-key.ts';
import {
  countsByState,
  DELETED_CONTENT_KEY,
  type DedupeRow,
  fingerprint,
  type ItemRow,
  MERGE_ITEM_COLUMNS,
  MERGED_WITH_LISTING,
  type MergedRow,
  type MergeItemRow,
  type NoticeListRow,
  NoticeLists,
  type PublisherKeyRow,
  type SourceRow,
  storedContent,
  storedMatch,
  toDedupeEntries,
  toMergeItem,
  toPublisherKey,
  toSourceState,
  toStoredMerged,
} from './rows.ts';
import type {
  ApplyResult,
  DedupeEntry,
  HarvestedPage,
  ItemRef,
  MergeItem,
  MergeStep,
  PublisherKey,
  SourceConfig,
  SourceState,
  Store,
  StoredItem,
  StoredMerged,
  StoredNotice,
} from './types.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    format TEXT NOT NULL,
    position TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    lease_owner TEXT,
    lease_until TEXT
  );
  CREATE SEQUENCE IF NOT EXISTS item_seq;
  CREATE TABLE IF NOT EXISTS items (
    source_id TEXT NOT NULL REFERENCES sources(id),
    item_id TEXT NOT NULL,
    state TEXT NOT NULL,
    modified TEXT NOT NULL,
    modified_key TEXT NOT NULL,
    content_key TEXT NOT NULL,
    listing JSONB,
    notices_key TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE,
    match_features TEXT,
    PRIMARY KEY (source_id, item_id)
  );
  CREATE TABLE IF NOT EXISTS notice_lists (
    key TEXT PRIMARY KEY,
    notices JSONB NOT NULL
  );
  CREATE SEQUENCE IF NOT EXISTS merged_seq;
  CREATE TABLE IF NOT EXISTS merged (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    source_id TEXT,
    item_id TEXT,
    provenance JSONB,
    fingerprint TEXT,
    seq BIGINT NOT NULL UNIQUE
  );
  CREATE TABLE IF NOT EXISTS publisher_keys (
    key_id TEXT PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    organization_id TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS merged_by_state ON merged (state, seq);
  CREATE TABLE IF NOT EXISTS dedupe_entries (
    source_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    block_key TEXT NOT NULL,
    merged_id TEXT,
    PRIMARY KEY (source_id, item_id, block_key)
  );
  CREATE INDEX IF NOT EXISTS dedupe_entries_by_block ON dedupe_entries (block_key);
  CREATE TABLE IF NOT EXISTS store_layout (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS merge_progress (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    item_seq BIGINT NOT NULL
  );
`;
/** Raised when the tables change shape; `migrate` brings older databases up to it. */
const LAYOUT_VERSION = 4;

/**
 * Brings a database set up by an earlier version to the current layout, in one transaction.
 * Version 1 stores each notice list once, in `notice_lists`, instead of in every item; version 2
 * puts the organiser first in dedupe block keys (see `organiserFirstBlockKey`); version 3 keeps
 * which item a merged listing shows instead of a copy of its listing; version 4 keeps each item's
 * match features (`storedContent`).
 */
async function migrate(client: pg.PoolClient) {
  const tables = new Set(
    (
      await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
      )
    ).rows.map((row) => row.table_name),
  );
  if (!tables.has('items')) return;
  const version = tables.has('store_layout')
    ? ((await client.query<{ version: number }>('SELECT version FROM store_layout')).rows[0]?.version ?? 0)
    : 0;
  if (version >= LAYOUT_VERSION) return;
  const hasColumn = async (table: string, column: string) =>
    (
      await client.query(
        `SELECT 1 FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
        [table, column],
      )
    ).rows.length > 0;
  const noticesColumn = await hasColumn('items', 'notices');
  const mergedListingColumn = await hasColumn('merged', 'listing');
  const matchFeaturesColumn = await hasColumn('items', 'match_features');
  const noticeLists = new NoticeLists();
  await client.query('BEGIN');
  try {
    if (noticesColumn) {
      await client.query(`CREATE TABLE notice_lists (key TEXT PRIMARY KEY, notices JSONB NOT NULL);
        ALTER TABLE items ADD COLUMN notices_key TEXT`);
      const lists = await client.query<{ notices: StoredNotice[] }>('SELECT DISTINCT notices FROM items');
      for (const { notices } of lists.rows) {
        const { key, json } = noticeLists.keyOf(notices);
        await client.query('INSERT INTO notice_lists (key, notices) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          key,
          json,
        ]);
        await client.query('UPDATE items SET notices_key = $1 WHERE notices = $2::jsonb', [key, json]);
      }
      await client.query('ALTER TABLE items ALTER COLUMN notices_key SET NOT NULL, DROP COLUMN notices');
    }
    if (version < 2 && tables.has('dedupe_entries')) {
      // organiserFirstBlockKey in SQL: `postcode|organiser|day` becomes `organiser|postcode|day`.
      await client.query(`UPDATE dedupe_entries AS d SET block_key = moved.block_key FROM (
          SELECT source_id, item_id, block_key AS old_key,
            substr(block_key, first + 1, last - first - 1) || '|' || substr(block_key, 1, first - 1) || substr(block_key, last) AS block_key
          FROM (SELECT source_id, item_id, block_key, strpos(block_key, '|') AS first,
                  length(block_key) - strpos(reverse(block_key), '|') + 1 AS last
                FROM dedupe_entries) AS positions
          WHERE first > 0 AND last > first AND block_key !~ '^(id|url|name|charity):'
        ) AS moved
        WHERE d.source_id = moved.source_id AND d.item_id = moved.item_id AND d.block_key = moved.old_key`);
    }
    if (mergedListingColumn) {
      // The item shown is the member whose listing the merged copy is; any member when the item
      // changed since (the pending merge step rewrites the row).
      await client.query(`ALTER TABLE merged ADD COLUMN source_id TEXT, ADD COLUMN item_id TEXT;
        UPDATE merged AS m SET (source_id, item_id) = (
          SELECT i.source_id, i.item_id
          FROM jsonb_array_elements(m.provenance -> 'members') WITH ORDINALITY AS member (value, place)
          JOIN items AS i ON i.source_id = member.value ->> 'sourceId' AND i.item_id = member.value ->> 'itemId'
          ORDER BY i.listing IS NOT DISTINCT FROM m.listing DESC, member.place LIMIT 1)
        WHERE state = 'updated';
        ALTER TABLE merged DROP COLUMN listing;`);
    }
    if (!matchFeaturesColumn) {
      await client.query('ALTER TABLE items ADD COLUMN match_features TEXT');
      await fillMatchFeatures(client);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Works out the match features of every live item, a thousand at a time, as a layout 4 migration. */
async function fillMatchFeatures(client: pg.PoolClient) {
  let after = { sourceId: '', itemId: '' };
  for (;;) {
    const { rows } = await client.query<ItemRow & { notices: StoredNotice[] }>(
      `SELECT i.source_id, i.item_id, i.state, i.listing, n.notices FROM items AS i
       JOIN notice_lists AS n ON n.key = i.notices_key
       WHERE i.state = 'updated' AND i.listing IS NOT NULL AND (i.source_id, i.item_id) > ($1, $2)
       ORDER BY i.source_id, i.item_id LIMIT 1000`,
      [after.sourceId, after.itemId],
    );
    const last = rows.at(-1);
    if (!last) return;
    const matches = rows.map((row) => storedMatch(row.listing as Listing, row.notices));
    await client.query(
      `UPDATE items SET match_features = t.match_features
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t (source_id, item_id, match_features)
       WHERE items.source_id = t.source_id AND items.item_id = t.item_id`,
      [rows.map((row) => row.source_id), rows.map((row) => row.item_id), matches],
    );
    after = { sourceId: last.source_id, itemId: last.item_id };
  }
}

/** The store for deployments that outgrow one machine: several workers and API replicas share one database. */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #noticeLists = new NoticeLists();

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  static async open(connectionString: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: 4 });
    // Two workers starting at once must not race to create the tables.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(20261124)');
      await migrate(client);
      await client.query(SCHEMA);
      await client.query(
        `INSERT INTO store_layout (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
        [LAYOUT_VERSION],
      );
      await client.query('SELECT pg_advisory_unlock(20261124)');
    } finally {
      client.release();
    }
    return new PostgresStore(pool);
  }

  async upsertSource(source: SourceConfig): Promise<void> {
    await this.#pool.query(
      `INSERT INTO sources (id, url, format) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, format = excluded.format`,
      [source.id, source.url, source.format],
    );
  }

  async getSource(id: string): Promise<SourceState | undefined> {
    const { rows } = await this.#pool.query<SourceRow>('SELECT * FROM sources WHERE id = $1', [id]);
    return rows[0] && toSourceState(rows[0]);
  }

  async listSources(): Promise<SourceState[]> {
    const { rows } = await this.#pool.query<SourceRow>('SELECT * FROM sources ORDER BY id');
    return rows.map(toSourceState);
  }

  async applyPage(sourceId: string, page: HarvestedPage): Promise<ApplyResult> {
    const result: ApplyResult = { changed: 0, unchanged: 0 };
    await this.#transaction(async (client) => {
      const notices = page.items.map((item) => this.#noticeLists.keyOf(item.notices));
      const lists = new Map(notices.map(({ key, json }) => [key, json]));
      await client.query(
        `INSERT INTO notice_lists (key, notices) SELECT * FROM unnest($1::text[], $2::jsonb[]) ON CONFLICT DO NOTHING`,
        [[...lists.keys()], [...lists.values()]],
      );
      for (const [index, item] of page.items.entries()) {
        const stored = storedContent(item);
        const upserted = await client.query(
          `INSERT INTO items (source_id, item_id, state, modified, modified_key, content_key, listing, notices_key, fetched_at, seq, match_features)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, nextval('item_seq'), $10)
           ON CONFLICT (source_id, item_id) DO UPDATE SET
             state = excluded.state, modified = excluded.modified, modified_key = excluded.modified_key,
             content_key = excluded.content_key, listing = excluded.listing, notices_key = excluded.notices_key, fetched_at = excluded.fetched_at,
             seq = excluded.seq, match_features = excluded.match_features
           WHERE excluded.modified_key > items.modified_key
             AND excluded.content_key <> items.content_key`,
          [
            sourceId,
            item.itemId,
            item.state,
            item.modified,
            modifiedKey(item.modified),
            stored.contentKey,
            stored.json,
            notices[index]?.key,
            page.fetchedAt,
            stored.match,
          ],
        );
        if (upserted.rowCount) {
          result.changed++;
        } else {
          await client.query('UPDATE items SET fetched_at = $1 WHERE source_id = $2 AND item_id = $3', [
            page.fetchedAt,
            sourceId,
            item.itemId,
          ]);
          result.unchanged++;
        }
      }
      await client.query(
        `UPDATE sources SET position = $1, last_attempt_at = $2, last_success_at = $2, last_error = NULL
         WHERE id = $3`,
        [page.position, page.fetchedAt, sourceId],
      );
    });
    return result;
  }

  async recordFailure(sourceId: string, failure: { at: string; message: string }): Promise<void> {
    await this.#pool.query('UPDATE sources SET last_attempt_at = $1, last_error = $2 WHERE id = $3', [
      failure.at,
      failure.message,
      sourceId,
    ]);
  }

  async claimSource(
    sourceId: string,
    worker: string,
    now: string,
    until: string,
    deadOwner?: string,
  ): Promise<boolean> {
    // One conditional UPDATE is atomic: of two workers racing for an expired lease, one wins.
    const { rowCount } = await this.#pool.query(
      `UPDATE sources SET lease_owner = $2, lease_until = $3
       WHERE id = $1 AND (lease_until IS NULL OR lease_until < $4 OR lease_owner = $2 OR lease_owner = $5)`,
      [sourceId, worker, until, now, deadOwner ?? null],
    );
    return rowCount === 1;
  }

  async releaseSource(sourceId: string, worker: string): Promise<void> {
    await this.#pool.query(
      'UPDATE sources SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2',
      [sourceId, worker],
    );
  }

  async resetPosition(sourceId: string): Promise<void> {
    await this.#pool.query('UPDATE sources SET position = NULL WHERE id = $1', [sourceId]);
  }

  async deleteNotSeenSince(sourceId: string, fetchedSince: string): Promise<number> {
    const { rowCount } = await this.#pool.query(
      `UPDATE items SET state = 'deleted', content_key = $3, listing = NULL, match_features = NULL, seq = nextval('item_seq')
       WHERE source_id = $1 AND state = 'updated' AND fetched_at < $2`,
      [sourceId, fetchedSince, DELETED_CONTENT_KEY],
    );
    return rowCount ?? 0;
  }

  async getItem(sourceId: string, itemId: string): Promise<StoredItem | undefined> {
    const { rows } = await this.#pool.query<ItemRow>(
      'SELECT * FROM items WHERE source_id = $1 AND item_id = $2',
      [sourceId, itemId],
    );
    return rows[0] && (await this.#toItems(rows))[0];
  }

  async changesSince(afterSeq: number, limit: number): Promise<StoredItem[]> {
    const { rows } = await this.#pool.query<ItemRow>(
      'SELECT * FROM items WHERE seq > $1 ORDER BY seq LIMIT $2',
      [afterSeq, limit],
    );
    return this.#toItems(rows);
  }

  async listCurrent(limit: number, after?: { sourceId: string; itemId: string }): Promise<StoredItem[]> {
    const { rows } = await this.#pool.query<ItemRow>(
      `SELECT * FROM items WHERE state = 'updated' AND (source_id, item_id) > ($1, $2)
       ORDER BY source_id, item_id LIMIT $3`,
      [after?.sourceId ?? '', after?.itemId ?? '', limit],
    );
    return this.#toItems(rows);
  }

  async countItems(sourceId?: string): Promise<{ updated: number; deleted: number }> {
    const { rows } = await this.#pool.query<{ state: string; n: string }>(
      'SELECT state, COUNT(*) AS n FROM items WHERE ($1::text IS NULL OR source_id = $1) GROUP BY state',
      [sourceId ?? null],
    );
    return countsByState(rows);
  }

  async mergeProgress(): Promise<{ itemSeq: number; mergedSeq: number }> {
    const { rows } = await this.#pool.query<{ item_seq: string | null; merged_seq: string }>(
      `SELECT (SELECT item_seq FROM merge_progress WHERE id = 1) AS item_seq,
         (SELECT COALESCE(MAX(seq), 0) FROM merged) AS merged_seq`,
    );
    return { itemSeq: Number(rows[0]?.item_seq ?? 0), mergedSeq: Number(rows[0]?.merged_seq ?? 0) };
  }

  async dedupeEntries(items: readonly ItemRef[], blockKeys: readonly string[]): Promise<DedupeEntry[]> {
    const { rows } = await this.#pool.query<DedupeRow>(
      `WITH wanted AS (
         SELECT source_id, item_id FROM dedupe_entries WHERE block_key = ANY($1::text[])
         UNION SELECT * FROM unnest($2::text[], $3::text[]) AS t (source_id, item_id)
       )
       SELECT d.* FROM wanted JOIN dedupe_entries d USING (source_id, item_id) ORDER BY d.source_id, d.item_id`,
      [blockKeys, items.map((item) => item.sourceId), items.map((item) => item.itemId)],
    );
    return toDedupeEntries(rows);
  }

  async mergeItemsSince(afterSeq: number, limit: number): Promise<MergeItem[]> {
    const { rows } = await this.#pool.query<MergeItemRow>(
      `SELECT ${MERGE_ITEM_COLUMNS} FROM items WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [afterSeq, limit],
    );
    return rows.map(toMergeItem);
  }

  async mergeItems(items: readonly ItemRef[]): Promise<MergeItem[]> {
    const { rows } = await this.#pool.query<MergeItemRow>(
      `SELECT ${MERGE_ITEM_COLUMNS} FROM unnest($1::text[], $2::text[]) AS wanted (source_id, item_id)
       JOIN items USING (source_id, item_id)`,
      [items.map((item) => item.sourceId), items.map((item) => item.itemId)],
    );
    return rows.map(toMergeItem);
  }

  async applyMergeStep(step: MergeStep): Promise<boolean> {
    let applied = false;
    await this.#transaction(async (client) => {
      // One step at a time: two workers storing steps at once would interleave.
      await client.query('LOCK TABLE merged IN EXCLUSIVE MODE');
      const progress = await client.query<{ item_seq: string }>(
        'SELECT item_seq FROM merge_progress WHERE id = 1',
      );
      if (Number(progress.rows[0]?.item_seq ?? 0) !== step.fromItemSeq) return;
      const entries = step.entries;
      await client.query(
        `DELETE FROM dedupe_entries WHERE (source_id, item_id) IN
           (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [entries.map((entry) => entry.sourceId), entries.map((entry) => entry.itemId)],
      );
      const rows = entries.flatMap((entry) =>
        entry.blockKeys.map((key) => [entry.sourceId, entry.itemId, key, entry.mergedId ?? null]),
      );
      await client.query(
        `INSERT INTO dedupe_entries (source_id, item_id, block_key, merged_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
        [0, 1, 2, 3].map((column) => rows.map((row) => row[column])),
      );
      const { rows: current } = await client.query<{ id: string; fingerprint: string }>(
        `SELECT id, fingerprint FROM merged WHERE id = ANY($1::text[]) AND state = 'updated'`,
        [step.records.map((record) => record.id)],
      );
      const fingerprints = new Map(current.map((row) => [row.id, row.fingerprint]));
      for (const record of step.records) {
        const print = fingerprint(record);
        if (fingerprints.get(record.id) === print) continue;
        await client.query(
          `INSERT INTO merged (id, state, source_id, item_id, provenance, fingerprint, seq)
           VALUES ($1, 'updated', $2, $3, $4, $5, nextval('merged_seq'))
           ON CONFLICT (id) DO UPDATE SET state = 'updated', source_id = excluded.source_id,
             item_id = excluded.item_id, provenance = excluded.provenance,
             fingerprint = excluded.fingerprint, seq = excluded.seq`,
          [record.id, record.chosen.sourceId, record.chosen.itemId, JSON.stringify(record.provenance), print],
        );
      }
      await client.query(
        `UPDATE merged SET state = 'deleted', source_id = NULL, item_id = NULL, provenance = NULL, fingerprint = NULL,
           seq = nextval('merged_seq') WHERE id = ANY($1::text[]) AND state = 'updated'`,
        [step.retiredIds],
      );
      await client.query(
        `INSERT INTO merge_progress (id, item_seq) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET item_seq = excluded.item_seq`,
        [step.toItemSeq],
      );
      applied = true;
    });
    return applied;
  }

  async countMerged(afterSeq = 0): Promise<{ updated: number; deleted: number }> {
    const { rows } = await this.#pool.query<{ state: string; n: string }>(
      'SELECT state, COUNT(*) AS n FROM merged WHERE seq > $1 GROUP BY state',
      [afterSeq],
    );
    return countsByState(rows);
  }

  async getMerged(id: string): Promise<StoredMerged | undefined> {
    const { rows } = await this.#pool.query<MergedRow>(`${MERGED_WITH_LISTING} WHERE m.id = $1`, [id]);
    return rows[0] && toStoredMerged(rows[0]);
  }

  async mergedChangesSince(afterSeq: number, limit: number): Promise<StoredMerged[]> {
    const { rows } = await this.#pool.query<MergedRow>(
      `${MERGED_WITH_LISTING} WHERE m.seq > $1 ORDER BY m.seq LIMIT $2`,
      [afterSeq, limit],
    );
    return rows.map(toStoredMerged);
  }

  async addPublisherKey(key: PublisherKey, keyHash: string): Promise<void> {
    await this.#pool.query(
      'INSERT INTO publisher_keys (key_id, key_hash, organization_id, label, created_at) VALUES ($1, $2, $3, $4, $5)',
      [key.keyId, keyHash, key.organizationId, key.label, key.createdAt],
    );
  }

  async findPublisherKey(keyHash: string): Promise<PublisherKey | undefined> {
    const { rows } = await this.#pool.query<PublisherKeyRow>(
      'SELECT * FROM publisher_keys WHERE key_hash = $1',
      [keyHash],
    );
    return rows[0] && toPublisherKey(rows[0]);
  }

  async listPublisherKeys(): Promise<PublisherKey[]> {
    const { rows } = await this.#pool.query<PublisherKeyRow>(
      'SELECT * FROM publisher_keys ORDER BY organization_id, created_at, key_id',
    );
    return rows.map(toPublisherKey);
  }

  async revokePublisherKey(keyId: string, at: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query(
      'UPDATE publisher_keys SET revoked_at = $1 WHERE key_id = $2 AND revoked_at IS NULL',
      [at, keyId],
    );
    return rowCount === 1;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  #toItems(rows: readonly ItemRow[]): Promise<StoredItem[]> {
    return this.#noticeLists.toItems(rows, async (keys) => {
      const result = await this.#pool.query<NoticeListRow>(
        'SELECT key, notices FROM notice_lists WHERE key = ANY($1::text[])',
        [keys],
      );
      return result.rows;
    });
  }

  async #transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}
