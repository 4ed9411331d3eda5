import { hash } from 'node:crypto';
import type { Listing } from '@openyouth/schema';
import { featuresOf, matchFeaturesJson, parseMatchFeatures } from '../dedupe/match.ts';
import type {
  DedupeEntry,
  HarvestedItem,
  MergedRecord,
  MergeItem,
  PublisherKey,
  SourceState,
  StoredItem,
  StoredMerged,
  StoredNotice,
} from './types.ts';

/** The columns both stores read back; SQLite and PostgreSQL name and shape them the same way. */
export interface SourceRow {
  id: string;
  url: string;
  format: string;
  position: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  lease_owner?: string | null;
}

export interface ItemRow {
  source_id: string;
  item_id: string;
  state: string;
  modified: string;
  listing: string | object | null;
  notices_key: string;
  fetched_at: string;
  seq: number | string | bigint;
}

/** The columns of an item that `MergeItemRow` reads. */
export const MERGE_ITEM_COLUMNS = 'source_id, item_id, modified, fetched_at, seq, match_features';

export interface MergeItemRow {
  source_id: string;
  item_id: string;
  modified: string;
  fetched_at: string;
  seq: number | string | bigint;
  match_features: string | null;
}

export function toMergeItem(row: MergeItemRow): MergeItem {
  return {
    sourceId: row.source_id,
    itemId: row.item_id,
    modified: row.modified,
    fetchedAt: row.fetched_at,
    seq: Number(row.seq),
    ...(row.match_features !== null && { match: parseMatchFeatures(row.match_features) }),
  };
}

export interface PublisherKeyRow {
  key_id: string;
  organization_id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export function toPublisherKey(row: PublisherKeyRow): PublisherKey {
  return {
    keyId: row.key_id,
    organizationId: row.organization_id,
    label: row.label,
    createdAt: row.created_at,
    ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  };
}

const parsed = <T>(value: string | object): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function toSourceState(row: SourceRow): SourceState {
  return {
    id: row.id,
    url: row.url,
    format: row.format as SourceState['format'],
    ...(row.position !== null && { position: row.position }),
    ...(row.last_attempt_at !== null && { lastAttemptAt: row.last_attempt_at }),
    ...(row.last_success_at !== null && { lastSuccessAt: row.last_success_at }),
    ...(row.last_error !== null && { lastError: row.last_error }),
    ...(row.lease_owner && { leaseOwner: row.lease_owner }),
  };
}

export function toStoredItem(row: ItemRow, notices: StoredNotice[]): StoredItem {
  return {
    sourceId: row.source_id,
    itemId: row.item_id,
    state: row.state as StoredItem['state'],
    modified: row.modified,
    ...(row.listing !== null && { listing: parsed(row.listing) }),
    notices,
    fetchedAt: row.fetched_at,
    seq: Number(row.seq),
  };
}

const NO_NOTICES: readonly StoredNotice[] = Object.freeze([]);

/** How many lists each cache keeps before starting again: far more than one harvest usually meets. */
const NOTICE_CACHE_SIZE = 1000;

/**
 * Notice lists are stored once each, by a hash of their JSON: a source's listings mostly share
 * theirs (the same fields left out everywhere), and the messages outweigh the listing itself.
 * Both caches only save work: a key always names the same list.
 */
export class NoticeLists {
  readonly #keys = new Map<string, string>();
  readonly #lists = new Map<string, StoredNotice[]>();
  // Items often share one frozen list object (see validatorCheck), which cannot change: it is
  // serialised once.
  readonly #byList = new WeakMap<readonly StoredNotice[], { key: string; json: string }>();

  /** The key and JSON a list is stored under. */
  keyOf(notices: readonly StoredNotice[] = NO_NOTICES): { key: string; json: string } {
    let stored = this.#byList.get(notices);
    if (stored === undefined) {
      const json = JSON.stringify(notices);
      let key = this.#keys.get(json);
      if (key === undefined) {
        key = hash('sha256', json, 'base64url').slice(0, 22);
        remember(this.#keys, json, key);
      }
      stored = { key, json };
      if (Object.isFrozen(notices)) this.#byList.set(notices, stored);
    }
    return stored;
  }

  /**
   * Items for rows, with their notice lists: from the cache, or through `load` for the keys it
   * does not hold.
   */
  async toItems(
    rows: readonly ItemRow[],
    load: (keys: string[]) => Promise<readonly NoticeListRow[]> | readonly NoticeListRow[],
  ): Promise<StoredItem[]> {
    const missing = [...new Set(rows.map((row) => row.notices_key))].filter((key) => !this.#lists.has(key));
    const loaded = new Map<string, StoredNotice[]>();
    if (missing.length > 0) {
      for (const { key, notices } of await load(missing)) {
        const list = parsed<StoredNotice[]>(notices);
        loaded.set(key, list);
        remember(this.#lists, key, list);
      }
    }
    return rows.map((row) => {
      const notices = this.#lists.get(row.notices_key) ?? loaded.get(row.notices_key);
      if (!notices)
        throw new Error(`The store has no notice list '${row.notices_key}' for item ${row.item_id}.`);
      return toStoredItem(row, notices);
    });
  }
}

/** A stored notice list, as both stores read it back. */
export interface NoticeListRow {
  key: string;
  notices: string | object;
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V) {
  if (cache.size >= NOTICE_CACHE_SIZE) cache.clear();
  cache.set(key, value);
}

/**
 * Merged rows with the listing of the item each one shows, in both stores' SQL. The listing is
 * null for a tombstone, and for a live row whose item has gone since the last merge.
 */
export const MERGED_WITH_LISTING = `SELECT m.id, m.state, i.listing, m.provenance, m.seq FROM merged AS m
  LEFT JOIN items AS i ON i.source_id = m.source_id AND i.item_id = m.item_id`;

export interface MergedRow {
  id: string;
  state: string;
  /** The chosen item's. */
  listing: string | object | null;
  provenance: string | object | null;
  seq: number | string | bigint;
}

/**
 * A merged row read with its chosen item's listing. A live row whose item is gone, or now has
 * another id, reads as a tombstone until the merge catches up.
 */
export function toStoredMerged(row: MergedRow): StoredMerged {
  const listing = row.state === 'updated' && row.listing !== null ? parsed<Listing>(row.listing) : undefined;
  if (listing?.id !== row.id) return { id: row.id, state: 'deleted', seq: Number(row.seq) };
  return {
    id: row.id,
    state: 'updated',
    listing,
    ...(row.provenance !== null && { provenance: parsed(row.provenance) }),
    seq: Number(row.seq),
  };
}

/** `SELECT state, COUNT(*) AS n … GROUP BY state` as counts of live items and tombstones. */
export function countsByState(rows: readonly { state: string; n: number | string }[]) {
  const count = (state: string) => Number(rows.find((row) => row.state === state)?.n ?? 0);
  return { updated: count('updated'), deleted: count('deleted') };
}

/** One dedupe block of one item, as the PostgreSQL store keeps it (the embedded one numbers blocks: `DEDUPE_TABLES`). */
export interface DedupeRow {
  source_id: string;
  item_id: string;
  block_key: string;
  merged_id: string | null;
}

/** Rows ordered by item, gathered into one entry per item. */
export function toDedupeEntries(rows: readonly DedupeRow[]): DedupeEntry[] {
  const entries: DedupeEntry[] = [];
  let last: DedupeEntry | undefined;
  for (const row of rows) {
    if (last?.sourceId !== row.source_id || last.itemId !== row.item_id) {
      last = {
        sourceId: row.source_id,
        itemId: row.item_id,
        blockKeys: [],
        ...(row.merged_id !== null && { mergedId: row.merged_id }),
      };
      entries.push(last);
    }
    last.blockKeys.push(row.block_key);
  }
  return entries;
}

/**
 * What counts as a change to a merged listing: which item's listing it shows, which versions of
 * which items it came from and why they matched, not when they were fetched. An item's version
 * (`modified`) changes with its content, so this also tells when the chosen listing changed.
 */
export function fingerprint(record: MergedRecord): string {
  const members = record.provenance.members
    .map((member) => `${member.sourceId}/${member.itemId}@${member.modified}`)
    .sort();
  const { chosen, provenance } = record;
  return hash(
    'sha256',
    JSON.stringify([`${chosen.sourceId}/${chosen.itemId}`, members, provenance.links]),
    'base64url',
  );
}

/**
 * What counts as a change to a harvested item: its state and listing, leaving out `dateModified`,
 * which sources without their own change dates stamp with the time of each harvest.
 */
export function contentKey(item: Pick<HarvestedItem, 'state' | 'listing'>): string {
  const { dateModified: _dateModified, ...content } = item.listing ?? {};
  // The one-shot hash: a Hash object costs more than hashing a listing (about 4 µs against 1 µs).
  return hash('sha256', JSON.stringify([item.state, content]), 'base64url');
}

/** The content key of every tombstone. */
export const DELETED_CONTENT_KEY = contentKey({ state: 'deleted' });

/**
 * A dedupe block key as layouts before 2 wrote it (`postcode|organiser|day`) in today's order
 * (`organiser|postcode|day`). Id and web page keys, and keys already in today's order, are kept.
 */
export function organiserFirstBlockKey(key: string): string {
  const first = key.indexOf('|');
  const last = key.lastIndexOf('|');
  if (first < 0 || first === last || /^(id|url|name|charity):/.test(key)) return key;
  return `${key.slice(first + 1, last)}|${key.slice(0, first)}${key.slice(last)}`;
}

/**
 * An item as the store keeps it: its listing's JSON and its content key, from one
 * `JSON.stringify` of the listing, and its match features when the merge publishes its listing
 * (live, without an error notice). The content is that text without its top-level `dateModified`
 * member, which is what `contentKey` hashes (stringifying the listing without it gives the same
 * text); when the member's text is not found exactly once, `contentKey` works it out again.
 */
export function storedContent(item: Pick<HarvestedItem, 'state' | 'listing' | 'notices'>): {
  json: string | null;
  contentKey: string;
  match: string | null;
} {
  if (item.state !== 'updated' || !item.listing)
    return { json: null, contentKey: contentKey(item), match: null };
  const json = JSON.stringify(item.listing);
  const content = withoutMember(json, `"dateModified":${JSON.stringify(item.listing.dateModified)}`);
  return {
    json,
    contentKey:
      content === undefined
        ? contentKey(item)
        : hash('sha256', `[${JSON.stringify(item.state)},${content}]`, 'base64url'),
    match: storedMatch(item.listing, item.notices),
  };
}

/**
 * A live item's match features, as stored: none when it has an error notice (it is not published),
 * or when its listing lacks what matching reads (an organiser, a name, schedules' times), which the
 * schema requires, so only a listing stored without validation can.
 */
export function storedMatch(listing: Listing, notices: readonly StoredNotice[] = []): string | null {
  if (notices.some((notice) => notice.severity === 'error')) return null;
  try {
    return matchFeaturesJson(featuresOf(listing));
  } catch {
    return null;
  }
}

/** An object's JSON text without one member, when that member's text is in it exactly once. */
function withoutMember(json: string, member: string): string | undefined {
  const at = json.indexOf(member);
  if (at < 0 || json.includes(member, at + 1)) return undefined;
  const end = at + member.length;
  return json[at - 1] === ','
    ? json.slice(0, at - 1) + json.slice(end)
    : json.slice(0, at) + json.slice(json[end] === ',' ? end + 1 : end);
}
