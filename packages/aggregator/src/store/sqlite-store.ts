import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { blockNumber } from './block-number.ts';
import { modifiedKey } from './modified-key.ts';
import {
  countsByState,
  DELETED_CONTENT_KEY,
  fingerprint,
  type ItemRow,
  MERGE_ITEM_COLUMNS,
  MERGED_WITH_LISTING,
  type MergedRow,
  type MergeItemRow,
  type NoticeListRow,
  NoticeLists,
  organiserFirstBlockKey,
  type PublisherKeyRow,
  type SourceRow,
  storedContent,
  storedMatch,
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
} from './types.ts';

/**
 * What the merge remembers of each item: its dedupe block keys and merged listing, one row per
 * item, and the items in each block, by block number and item `ref`: a few bytes an entry, so a
 * merge step dirties half the pages that text keys in two indexes did (bench:harvest).
 */
const DEDUPE_TABLES = `
  CREATE TABLE IF NOT EXISTS dedupe_items (
    ref INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    block_keys TEXT NOT NULL,
    merged_id TEXT,
    UNIQUE (source_id, item_id)
  );
  CREATE TABLE IF NOT EXISTS dedupe_blocks (
    block INTEGER NOT NULL,
    ref INTEGER NOT NULL,
    PRIMARY KEY (block, ref)
  ) WITHOUT ROWID;`;

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
  CREATE TABLE IF NOT EXISTS items (
    source_id TEXT NOT NULL REFERENCES sources(id),
    item_id TEXT NOT NULL,
    state TEXT NOT NULL,
    modified TEXT NOT NULL,
    modified_key TEXT NOT NULL,
    content_key TEXT NOT NULL,
    listing TEXT,
    notices_key TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    match_features TEXT,
    PRIMARY KEY (source_id, item_id)
  );
  CREATE TABLE IF NOT EXISTS notice_lists (
    key TEXT PRIMARY KEY,
    notices TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS merged (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    source_id TEXT,
    item_id TEXT,
    provenance TEXT,
    fingerprint TEXT,
    seq INTEGER NOT NULL UNIQUE
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
  ${DEDUPE_TABLES}
  CREATE TABLE IF NOT EXISTS merge_progress (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    item_seq INTEGER NOT NULL
  );
`;

/** The columns of an item that `ItemRow` reads back: not its keys, which only the harvest compares. */
const ITEM_COLUMNS = 'source_id, item_id, state, modified, listing, notices_key, fetched_at, seq';

/** An item's row in `dedupe_items`. */
interface DedupeItemRow {
  ref: number;
  source_id: string;
  item_id: string;
  block_keys: string;
  merged_id: string | null;
}

const toDedupeEntry = (row: DedupeItemRow): DedupeEntry => ({
  sourceId: row.source_id,
  itemId: row.item_id,
  blockKeys: JSON.parse(row.block_keys),
  ...(row.merged_id !== null && { mergedId: row.merged_id }),
});

/** How long a writer waits for another connection's write transaction before it fails. */
const WRITE_WAIT_MS = 60_000;
const SQLITE_BUSY = 5;

/** Raised when the tables change shape; `migrate` brings older stores up to it. */
const LAYOUT_VERSION = 5;

/**
 * Brings a store made by an earlier version up to the current layout, in one transaction.
 * Version 1 stores each notice list once, in `notice_lists`, instead of in every item; version 2
 * puts the organiser first in dedupe block keys; version 3 keeps which item a merged listing shows
 * instead of a copy of its listing; version 4 keeps dedupe entries as a row per item and block
 * numbers (see `DEDUPE_TABLES`); version 5 keeps each item's match features (`storedContent`).
 */
function migrate(db: DatabaseSync, noticeLists: NoticeLists) {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as {
    name: string;
  }[];
  if (version >= LAYOUT_VERSION || !tables.some((table) => table.name === 'items')) return;
  const columns = db.prepare(`SELECT name FROM pragma_table_info('items')`).all() as { name: string }[];
  db.function('oy_notices_key', (json) => noticeLists.keyOf(JSON.parse(String(json))).key);
  db.function('oy_block_key', (key) => organiserFirstBlockKey(String(key)));
  db.function('oy_block_number', (key) => blockNumber(String(key)));
  db.function('oy_match_features', (listing, notices) =>
    storedMatch(JSON.parse(String(listing)), JSON.parse(String(notices))),
  );
  db.exec('BEGIN IMMEDIATE');
  try {
    if (columns.some((column) => column.name === 'notices')) {
      db.exec(`CREATE TABLE notice_lists (key TEXT PRIMARY KEY, notices TEXT NOT NULL) WITHOUT ROWID;
        INSERT OR IGNORE INTO notice_lists SELECT oy_notices_key(notices), notices FROM items;
        ALTER TABLE items ADD COLUMN notices_key TEXT NOT NULL DEFAULT '';
        UPDATE items SET notices_key = oy_notices_key(notices);
        ALTER TABLE items DROP COLUMN notices;`);
    }
    if (version < 2 && tables.some((table) => table.name === 'dedupe_entries')) {
      db.exec(
        'UPDATE dedupe_entries SET block_key = oy_block_key(block_key) WHERE oy_block_key(block_key) <> block_key',
      );
    }
    const mergedColumns = db.prepare(`SELECT name FROM pragma_table_info('merged')`).all() as {
      name: string;
    }[];
    if (mergedColumns.some((column) => column.name === 'listing')) {
      // The item shown is the member whose listing the merged copy is; any member when the item
      // changed since (the pending merge step rewrites the row).
      db.exec(`ALTER TABLE merged ADD COLUMN source_id TEXT;
        ALTER TABLE merged ADD COLUMN item_id TEXT;
        UPDATE merged SET (source_id, item_id) = (
          SELECT i.source_id, i.item_id FROM json_each(merged.provenance, '$.members') AS member
          JOIN items AS i ON i.source_id = member.value ->> 'sourceId' AND i.item_id = member.value ->> 'itemId'
          ORDER BY i.listing IS merged.listing DESC, member.key LIMIT 1)
        WHERE state = 'updated';
        ALTER TABLE merged DROP COLUMN listing;`);
    }
    if (tables.some((table) => table.name === 'dedupe_entries')) {
      // An item's rows all name the same merged listing. Two keys of an item may share a number.
      db.exec(`${DEDUPE_TABLES}
        INSERT INTO dedupe_items (source_id, item_id, block_keys, merged_id)
          SELECT source_id, item_id, json_group_array(block_key), merged_id FROM dedupe_entries
          GROUP BY source_id, item_id;
        INSERT INTO dedupe_blocks (block, ref)
          SELECT oy_block_number(e.block_key), d.ref FROM dedupe_entries AS e JOIN dedupe_items AS d USING (source_id, item_id)
          WHERE true ON CONFLICT DO NOTHING; -- WHERE true: SQLite's parser needs it before ON CONFLICT
        DROP TABLE dedupe_entries;`);
    }
    if (!columns.some((column) => column.name === 'match_features')) {
      db.exec(`ALTER TABLE items ADD COLUMN match_features TEXT;
        UPDATE items SET match_features = oy_match_features(listing, (SELECT notices FROM notice_lists WHERE key = items.notices_key))
          WHERE state = 'updated' AND listing IS NOT NULL;`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** The embedded store: one SQLite file through Node's built-in `node:sqlite`, no server to install. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  readonly #noticeLists = new NoticeLists();

  constructor(path: string) {
    // Other connections (a merge thread, a server publishing) may write the same file: a writer
    // waits for the one before it rather than failing.
    this.#db = new DatabaseSync(path, { timeout: WRITE_WAIT_MS });
    // Pages of 8 KB, not SQLite's 4 KB, for a new file (a file made before keeps its own): the
    // merge's entries and merged rows fill, commit and checkpoint fewer pages. 16 KB pages made
    // the merge cheaper still but the harvest dearer, unless with a page cache that cost too much
    // memory (bench:harvest, SEPARATE=1, in docs/benchmarks.md).
    this.#db.exec('PRAGMA page_size = 8192');
    // WAL: readers never block the harvester. synchronous = NORMAL still keeps every committed page
    // when the process is killed (only a power cut can lose the last pages, which the next run
    // fetches again from the saved position), and saves an fsync per page.
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
    migrate(this.#db, this.#noticeLists);
    this.#db.exec(SCHEMA);
    this.#db.exec(`PRAGMA user_version = ${LAYOUT_VERSION}`);
  }

  async upsertSource(source: SourceConfig): Promise<void> {
    this.#prepare(
      `INSERT INTO sources (id, url, format) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET url = excluded.url, format = excluded.format`,
    ).run(source.id, source.url, source.format);
  }

  async getSource(id: string): Promise<SourceState | undefined> {
    const row = this.#prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row && toSourceState(row);
  }

  async listSources(): Promise<SourceState[]> {
    return (this.#prepare('SELECT * FROM sources ORDER BY id').all() as unknown as SourceRow[]).map(
      toSourceState,
    );
  }

  async applyPage(sourceId: string, page: HarvestedPage): Promise<ApplyResult> {
    const upsert = this.#prepare(
      `INSERT INTO items (source_id, item_id, state, modified, modified_key, content_key, listing, notices_key, fetched_at, seq, match_features)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (source_id, item_id) DO UPDATE SET
         state = excluded.state, modified = excluded.modified, modified_key = excluded.modified_key,
         content_key = excluded.content_key, listing = excluded.listing, notices_key = excluded.notices_key,
         fetched_at = excluded.fetched_at, seq = excluded.seq, match_features = excluded.match_features
       WHERE excluded.modified_key > items.modified_key
         AND excluded.content_key <> items.content_key`,
    );
    const touch = this.#prepare('UPDATE items SET fetched_at = ? WHERE source_id = ? AND item_id = ?');
    const saveList = this.#prepare(
      'INSERT INTO notice_lists (key, notices) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    const savedLists = new Set<string>();
    const result: ApplyResult = { changed: 0, unchanged: 0 };
    // Worked out before the transaction, which holds up every other writer while it lasts.
    const rows = page.items.map((item) => ({
      item,
      notices: this.#noticeLists.keyOf(item.notices),
      modifiedKey: modifiedKey(item.modified),
      ...storedContent(item),
    }));
    return this.#write(() => {
      let seq = this.#lastSeq('items');
      for (const { item, notices, ...stored } of rows) {
        if (!savedLists.has(notices.key)) {
          saveList.run(notices.key, notices.json);
          savedLists.add(notices.key);
        }
        const { changes } = upsert.run(
          sourceId,
          item.itemId,
          item.state,
          item.modified,
          stored.modifiedKey,
          stored.contentKey,
          stored.json,
          notices.key,
          page.fetchedAt,
          seq + 1,
          stored.match,
        );
        if (Number(changes) > 0) {
          seq++;
          result.changed++;
        } else {
          touch.run(page.fetchedAt, sourceId, item.itemId);
          result.unchanged++;
        }
      }
      this.#prepare(
        `UPDATE sources SET position = ?, last_attempt_at = ?, last_success_at = ?, last_error = NULL
           WHERE id = ?`,
      ).run(page.position, page.fetchedAt, page.fetchedAt, sourceId);
      return result;
    });
  }

  async recordFailure(sourceId: string, failure: { at: string; message: string }): Promise<void> {
    this.#prepare('UPDATE sources SET last_attempt_at = ?, last_error = ? WHERE id = ?').run(
      failure.at,
      failure.message,
      sourceId,
    );
  }

  async claimSource(
    sourceId: string,
    worker: string,
    now: string,
    until: string,
    deadOwner?: string,
  ): Promise<boolean> {
    const { changes } = this.#prepare(
      `UPDATE sources SET lease_owner = ?, lease_until = ?
         WHERE id = ? AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ? OR lease_owner = ?)`,
    ).run(worker, until, sourceId, now, worker, deadOwner ?? null);
    return Number(changes) === 1;
  }

  async releaseSource(sourceId: string, worker: string): Promise<void> {
    this.#prepare(
      'UPDATE sources SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?',
    ).run(sourceId, worker);
  }

  async resetPosition(sourceId: string): Promise<void> {
    this.#prepare('UPDATE sources SET position = NULL WHERE id = ?').run(sourceId);
  }

  async deleteNotSeenSince(sourceId: string, fetchedSince: string): Promise<number> {
    const markDeleted = this.#prepare(
      `UPDATE items SET state = 'deleted', content_key = ?, listing = NULL, match_features = NULL, seq = ?
         WHERE source_id = ? AND item_id = ?`,
    );
    return this.#write(() => {
      // Read in the transaction: an item fetched again while this waited for the lock is kept.
      const stale = this.#prepare(
        `SELECT item_id FROM items WHERE source_id = ? AND state = 'updated' AND fetched_at < ? ORDER BY item_id`,
      ).all(sourceId, fetchedSince) as { item_id: string }[];
      let seq = this.#lastSeq('items');
      for (const { item_id } of stale) markDeleted.run(DELETED_CONTENT_KEY, ++seq, sourceId, item_id);
      return stale.length;
    });
  }

  async getItem(sourceId: string, itemId: string): Promise<StoredItem | undefined> {
    const row = this.#prepare(`SELECT ${ITEM_COLUMNS} FROM items WHERE source_id = ? AND item_id = ?`).get(
      sourceId,
      itemId,
    ) as ItemRow | undefined;
    return row && (await this.#toItems([row]))[0];
  }

  async changesSince(afterSeq: number, limit: number): Promise<StoredItem[]> {
    const rows = this.#prepare(`SELECT ${ITEM_COLUMNS} FROM items WHERE seq > ? ORDER BY seq LIMIT ?`).all(
      afterSeq,
      limit,
    ) as unknown as ItemRow[];
    return this.#toItems(rows);
  }

  async listCurrent(limit: number, after?: { sourceId: string; itemId: string }): Promise<StoredItem[]> {
    const rows = this.#prepare(
      `SELECT ${ITEM_COLUMNS} FROM items WHERE state = 'updated' AND (source_id, item_id) > (?, ?)
         ORDER BY source_id, item_id LIMIT ?`,
    ).all(after?.sourceId ?? '', after?.itemId ?? '', limit) as unknown as ItemRow[];
    return this.#toItems(rows);
  }

  async countItems(sourceId?: string): Promise<{ updated: number; deleted: number }> {
    const rows = this.#prepare(
      `SELECT state, COUNT(*) AS n FROM items WHERE (? IS NULL OR source_id = ?) GROUP BY state`,
    ).all(sourceId ?? null, sourceId ?? null) as { state: string; n: number }[];
    return countsByState(rows);
  }

  async mergeProgress(): Promise<{ itemSeq: number; mergedSeq: number }> {
    return { itemSeq: this.#mergedItemSeq(), mergedSeq: this.#lastSeq('merged') };
  }

  async dedupeEntries(items: readonly ItemRef[], blockKeys: readonly string[]): Promise<DedupeEntry[]> {
    const rows = this.#prepare(
      `WITH wanted (ref) AS (
         SELECT ref FROM dedupe_blocks WHERE block IN (SELECT value FROM json_each(?))
         UNION SELECT d.ref FROM json_each(?) AS w
           JOIN dedupe_items AS d ON d.source_id = w.value ->> 0 AND d.item_id = w.value ->> 1
       )
       SELECT d.* FROM wanted JOIN dedupe_items AS d USING (ref) ORDER BY d.source_id, d.item_id`,
    ).all(
      JSON.stringify(blockKeys.map(blockNumber)),
      JSON.stringify(items.map((item) => [item.sourceId, item.itemId])),
    ) as unknown as DedupeItemRow[];
    return rows.map(toDedupeEntry);
  }

  async mergeItemsSince(afterSeq: number, limit: number): Promise<MergeItem[]> {
    const rows = this.#prepare(
      `SELECT ${MERGE_ITEM_COLUMNS} FROM items WHERE seq > ? ORDER BY seq LIMIT ?`,
    ).all(afterSeq, limit) as unknown as MergeItemRow[];
    return rows.map(toMergeItem);
  }

  async mergeItems(items: readonly ItemRef[]): Promise<MergeItem[]> {
    const rows = this.#prepare(
      `SELECT ${MERGE_ITEM_COLUMNS} FROM json_each(?) AS wanted
       JOIN items ON items.source_id = wanted.value ->> 0 AND items.item_id = wanted.value ->> 1`,
    ).all(JSON.stringify(items.map((item) => [item.sourceId, item.itemId]))) as unknown as MergeItemRow[];
    return rows.map(toMergeItem);
  }

  async applyMergeStep(step: MergeStep): Promise<boolean> {
    const findEntry = this.#prepare(
      'SELECT ref, block_keys FROM dedupe_items WHERE source_id = ? AND item_id = ?',
    );
    const forgetEntry = this.#prepare('DELETE FROM dedupe_items WHERE ref = ?');
    const forgetBlock = this.#prepare('DELETE FROM dedupe_blocks WHERE block = ? AND ref = ?');
    // An item keeps its ref (null: a new one).
    const rememberEntry = this.#prepare(
      'INSERT INTO dedupe_items (ref, source_id, item_id, block_keys, merged_id) VALUES (?, ?, ?, ?, ?)',
    );
    // Two keys of one item may share a number.
    const rememberBlock = this.#prepare(
      'INSERT INTO dedupe_blocks (block, ref) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    // An unchanged merged listing (same fingerprint) keeps its place in the feed: not rewritten.
    const upsert = this.#prepare(
      `INSERT INTO merged (id, state, source_id, item_id, provenance, fingerprint, seq) VALUES (?, 'updated', ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET state = 'updated', source_id = excluded.source_id, item_id = excluded.item_id,
         provenance = excluded.provenance, fingerprint = excluded.fingerprint, seq = excluded.seq
       WHERE merged.state <> 'updated' OR merged.fingerprint IS NOT excluded.fingerprint`,
    );
    const tombstone = this.#prepare(
      `UPDATE merged SET state = 'deleted', source_id = NULL, item_id = NULL, provenance = NULL, fingerprint = NULL, seq = ?
       WHERE id = ? AND state = 'updated'`,
    );
    // Worked out before the transaction, which holds up every other writer while it lasts.
    const records = step.records.map((record) => ({
      record,
      provenance: JSON.stringify(record.provenance),
      print: fingerprint(record),
    }));
    return this.#write(() => {
      // Another worker stored a step first: nothing is written, and this one is worked out again.
      if (this.#mergedItemSeq() !== step.fromItemSeq) return false;
      let seq = this.#lastSeq('merged');
      for (const entry of step.entries) {
        const old = findEntry.get(entry.sourceId, entry.itemId) as
          | Pick<DedupeItemRow, 'ref' | 'block_keys'>
          | undefined;
        if (old) {
          for (const key of JSON.parse(old.block_keys) as string[])
            forgetBlock.run(blockNumber(key), old.ref);
          forgetEntry.run(old.ref);
        }
        if (entry.blockKeys.length === 0) continue;
        const { lastInsertRowid: ref } = rememberEntry.run(
          old?.ref ?? null,
          entry.sourceId,
          entry.itemId,
          JSON.stringify(entry.blockKeys),
          entry.mergedId ?? null,
        );
        for (const key of entry.blockKeys) rememberBlock.run(blockNumber(key), ref);
      }
      for (const { record, provenance, print } of records) {
        const { sourceId, itemId } = record.chosen;
        if (Number(upsert.run(record.id, sourceId, itemId, provenance, print, seq + 1).changes) > 0) seq++;
      }
      for (const id of step.retiredIds) {
        if (Number(tombstone.run(seq + 1, id).changes) > 0) seq++;
      }
      this.#prepare(
        `INSERT INTO merge_progress (id, item_seq) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET item_seq = excluded.item_seq`,
      ).run(step.toItemSeq);
      return true;
    });
  }

  async countMerged(afterSeq = 0): Promise<{ updated: number; deleted: number }> {
    const rows = this.#prepare('SELECT state, COUNT(*) AS n FROM merged WHERE seq > ? GROUP BY state').all(
      afterSeq,
    ) as { state: string; n: number }[];
    return countsByState(rows);
  }

  async getMerged(id: string): Promise<StoredMerged | undefined> {
    const row = this.#prepare(`${MERGED_WITH_LISTING} WHERE m.id = ?`).get(id) as MergedRow | undefined;
    return row && toStoredMerged(row);
  }

  async mergedChangesSince(afterSeq: number, limit: number): Promise<StoredMerged[]> {
    const rows = this.#prepare(`${MERGED_WITH_LISTING} WHERE m.seq > ? ORDER BY m.seq LIMIT ?`).all(
      afterSeq,
      limit,
    ) as unknown as MergedRow[];
    return rows.map(toStoredMerged);
  }

  async addPublisherKey(key: PublisherKey, keyHash: string): Promise<void> {
    this.#db
      .prepare(
        'INSERT INTO publisher_keys (key_id, key_hash, organization_id, label, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(key.keyId, keyHash, key.organizationId, key.label, key.createdAt);
  }

  async findPublisherKey(keyHash: string): Promise<PublisherKey | undefined> {
    const row = this.#db.prepare('SELECT * FROM publisher_keys WHERE key_hash = ?').get(keyHash) as
      | PublisherKeyRow
      | undefined;
    return row && toPublisherKey(row);
  }

  async listPublisherKeys(): Promise<PublisherKey[]> {
    const rows = this.#db
      .prepare('SELECT * FROM publisher_keys ORDER BY organization_id, created_at, key_id')
      .all() as unknown as PublisherKeyRow[];
    return rows.map(toPublisherKey);
  }

  async revokePublisherKey(keyId: string, at: string): Promise<boolean> {
    const { changes } = this.#db
      .prepare('UPDATE publisher_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL')
      .run(at, keyId);
    return Number(changes) === 1;
  }

  /**
   * How many pages the WAL may hold before a commit of this connection checkpoints it into the
   * database file: 1,000 by default, as SQLite's own. The harvest and merge threads raise it to a
   * backstop while `checkpointAlongside` checkpoints for them, so that neither waits on the disk.
   */
  checkpointAfter(pages: number): void {
    this.#db.exec(`PRAGMA wal_autocheckpoint = ${Math.trunc(pages)}`);
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #toItems(rows: readonly ItemRow[]): Promise<StoredItem[]> {
    const load = this.#prepare(
      'SELECT key, notices FROM notice_lists WHERE key IN (SELECT value FROM json_each(?))',
    );
    return this.#noticeLists.toItems(
      rows,
      (keys) => load.all(JSON.stringify(keys)) as unknown as NoticeListRow[],
    );
  }

  /**
   * Runs `work` in a write transaction, and commits it (or rolls it back if `work` throws). While
   * another connection (the merge thread, a server publishing) writes, this waits without blocking
   * the thread, so its other work goes on meanwhile (fetching and checking the next pages); SQLite's
   * own busy wait would put the whole thread to sleep. `work` runs in the same synchronous turn as
   * the BEGIN: nothing else on this connection (another source's page, a lease) can start in
   * between, which would fail to begin a transaction inside this one, or land in it.
   */
  async #write<T>(work: () => T): Promise<T> {
    const deadline = performance.now() + WRITE_WAIT_MS;
    for (let pause = 1; !this.#tryBeginWrite(deadline); pause = Math.min(pause * 2, 16)) await sleep(pause);
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** `BEGIN IMMEDIATE` without SQLite's busy wait: false while another connection writes. */
  #tryBeginWrite(deadline: number): boolean {
    this.#db.exec('PRAGMA busy_timeout = 0');
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      return true;
    } catch (error) {
      if ((error as { errcode?: number }).errcode !== SQLITE_BUSY || performance.now() > deadline)
        throw error;
      return false;
    } finally {
      this.#db.exec(`PRAGMA busy_timeout = ${WRITE_WAIT_MS}`);
    }
  }

  /** The last change sequence number of a table, read in the write transaction that extends it. */
  #lastSeq(table: 'items' | 'merged'): number {
    const row = this.#prepare(`SELECT COALESCE(MAX(seq), 0) AS seq FROM ${table}`).get() as { seq: number };
    return row.seq;
  }

  #mergedItemSeq(): number {
    const row = this.#prepare('SELECT item_seq FROM merge_progress WHERE id = 1').get() as
      | { item_seq: number }
      | undefined;
    return row?.item_seq ?? 0;
  }

  /** Each statement is compiled once: compiling costs more than running the small ones. */
  #prepare(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
