import type { Listing } from '@openyouth/schema';
import type { MatchFeatures } from '../dedupe/match.ts';

/** How a source's listings arrive: a feed or API to harvest, or `api` for listings providers write through the server. */
export type SourceFormat = 'openyouth' | 'openactive' | 'oruk' | 'spreadsheet' | 'api';

/** A source as the catalogue names it. */
export interface SourceConfig {
  id: string;
  url: string;
  format: SourceFormat;
}

/** A source and where harvesting it has got to. */
export interface SourceState extends SourceConfig {
  /** Where the next harvest starts: the last `next` URL followed. Absent before the first harvest. */
  position?: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  /** The worker holding the source's lease, while one does. */
  leaseOwner?: string;
}

/** A notice the validator raised about a harvested item, kept with it as provenance. */
export interface StoredNotice {
  code: string;
  severity: 'error' | 'warning' | 'info';
  instancePath: string;
  message: string;
}

/** One RPDE item as fetched from a source, with its provenance. */
export interface HarvestedItem {
  /** The item's id in the source's feed. */
  itemId: string;
  state: 'updated' | 'deleted';
  /** The source's `modified`, as a decimal string so values above 2^53 stay exact. */
  modified: string;
  listing?: Listing;
  notices?: StoredNotice[];
}

export interface HarvestedPage {
  items: HarvestedItem[];
  /** The `next` URL of the page: where the following harvest resumes. */
  position: string;
  fetchedAt: string;
}

/** An item as the store holds it. `seq` orders every change the store has accepted. */
export interface StoredItem extends HarvestedItem {
  sourceId: string;
  fetchedAt: string;
  notices: StoredNotice[];
  seq: number;
}

/**
 * An item as the merge reads it: its place, its version and, when its listing is published (live,
 * without an error notice), what matching looks at, which the store works out as it stores the item.
 */
export interface MergeItem extends ItemRef {
  seq: number;
  fetchedAt: string;
  modified: string;
  match?: MatchFeatures;
}

/**
 * One listing of the merged directory: the chosen version of a cluster of duplicates. The store
 * keeps which item was chosen, not a second copy of its listing.
 */
export interface MergedRecord {
  /** The chosen listing's own `id`. */
  id: string;
  /** The item whose listing is shown. */
  chosen: ItemRef;
  /** Every source item in the cluster and why each joined: the provenance a person can check. */
  provenance: Provenance;
}

export interface Provenance {
  members: { sourceId: string; itemId: string; fetchedAt: string; modified: string }[];
  links: { from: string; to: string; reasons: string[] }[];
}

/**
 * A merged listing as stored: live, or a tombstone once its cluster went away or chose another id.
 * The listing is the chosen item's as the store holds it now: when that item changes, the merged
 * listing shows the change at once, and gets a new place in the feed when the merge catches up;
 * when the item is gone or has taken another id, the merged listing reads as a tombstone until then.
 */
export interface StoredMerged {
  id: string;
  state: 'updated' | 'deleted';
  listing?: Listing;
  provenance?: Provenance;
  seq: number;
}

/** An item by its place: the source it came from and its id in that source's feed. */
export interface ItemRef {
  sourceId: string;
  itemId: string;
}

/**
 * What the merged view last recorded about one item: the dedupe blocks it fell in, and the merged
 * listing it went into (none when it had errors, was deleted, or lost its id to another cluster).
 */
export interface DedupeEntry extends ItemRef {
  blockKeys: string[];
  mergedId?: string;
}

/** One step of the merged view's incremental rebuild, stored at once or not at all. */
export interface MergeStep {
  /** The item change sequence the merged view had reached when the step was worked out. */
  fromItemSeq: number;
  /** The item change sequence it reaches with this step. */
  toItemSeq: number;
  /** The new entries of every item the step looked at (replacing their old ones). */
  entries: DedupeEntry[];
  /** The merged listings of those items' clusters; unchanged ones keep their place in the feed. */
  records: MergedRecord[];
  /** Merged ids those items went into before and no longer do: they become tombstones. */
  retiredIds: string[];
}

export interface ApplyResult {
  /** Items inserted or changed. */
  changed: number;
  /** Items whose `modified` was not newer than what the store already held (a page fetched twice). */
  unchanged: number;
}

/** An API key a provider publishes with: limited to one organisation's listings. The key itself is never stored. */
export interface PublisherKey {
  /** A short public name for the key, part of the key itself, safe to show in logs and lists. */
  keyId: string;
  /** The organisation whose listings the key may write (`organization.id` in a listing). */
  organizationId: string;
  /** Who the key was given to, for the people running the server. */
  label: string;
  createdAt: string;
  revokedAt?: string;
}

/**
 * Where harvested listings live: embedded (SQLite, one file) by default, PostgreSQL for deployments
 * that share one database between several workers. Both pass the same contract tests.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  upsertSource(source: SourceConfig): Promise<void>;
  getSource(id: string): Promise<SourceState | undefined>;
  listSources(): Promise<SourceState[]>;
  /**
   * Applies a fetched page and moves the source's position in one transaction: a crash loses or
   * repeats nothing. An item changes only when its `modified` is newer and its content differs, so
   * sources read whole each time (stamped with the harvest time) do not churn the republished feed.
   */
  applyPage(sourceId: string, page: HarvestedPage): Promise<ApplyResult>;
  recordFailure(sourceId: string, failure: { at: string; message: string }): Promise<void>;
  /**
   * Takes the source for one worker until `until` (ISO time), unless another worker holds an
   * unexpired lease: several harvesters sharing a database never harvest a source twice at once.
   * `deadOwner` names a holder known to have died, whose lease may be taken at once.
   * Returns whether the lease was taken.
   */
  claimSource(
    sourceId: string,
    worker: string,
    now: string,
    until: string,
    deadOwner?: string,
  ): Promise<boolean>;
  releaseSource(sourceId: string, worker: string): Promise<void>;
  /** Forgets the source's position, so its next harvest starts again from the first page. */
  resetPosition(sourceId: string): Promise<void>;
  /** After a full resync: marks deleted every item of the source not fetched since `fetchedSince`. Returns how many. */
  deleteNotSeenSince(sourceId: string, fetchedSince: string): Promise<number>;
  getItem(sourceId: string, itemId: string): Promise<StoredItem | undefined>;
  /** Changes in the order the store accepted them, after `afterSeq`. */
  changesSince(afterSeq: number, limit: number): Promise<StoredItem[]>;
  /** Live (not deleted) items ordered by source then item id, a page at a time after `after`. */
  listCurrent(limit: number, after?: { sourceId: string; itemId: string }): Promise<StoredItem[]>;
  countItems(sourceId?: string): Promise<{ updated: number; deleted: number }>;
  /** The item change sequence the merged view has caught up with, and the last merged sequence. */
  mergeProgress(): Promise<{ itemSeq: number; mergedSeq: number }>;
  /** Dedupe entries of the given items and of every item recorded in one of the given blocks. */
  dedupeEntries(items: readonly ItemRef[], blockKeys: readonly string[]): Promise<DedupeEntry[]>;
  /** `changesSince` as the merge reads items. */
  mergeItemsSince(afterSeq: number, limit: number): Promise<MergeItem[]>;
  /** The given items as the merge reads them (tombstones included); unknown ones are left out. */
  mergeItems(items: readonly ItemRef[]): Promise<MergeItem[]>;
  /**
   * Stores a step of the merged view in one transaction: entries, changed listings (by
   * fingerprint), tombstones and the new progress. Returns false, storing nothing, when the
   * progress is no longer `fromItemSeq` because another worker got there first.
   */
  applyMergeStep(step: MergeStep): Promise<boolean>;
  /** Merged listings and tombstones by state, counting only those that changed after `afterSeq`. */
  countMerged(afterSeq?: number): Promise<{ updated: number; deleted: number }>;
  getMerged(id: string): Promise<StoredMerged | undefined>;
  /** Merged listings and tombstones in the order they last changed, after `afterSeq`. */
  mergedChangesSince(afterSeq: number, limit: number): Promise<StoredMerged[]>;
  /** Saves a new API key by the SHA-256 hash of its secret. */
  addPublisherKey(key: PublisherKey, keyHash: string): Promise<void>;
  /** The key whose secret hashes to `keyHash`, revoked or not. */
  findPublisherKey(keyHash: string): Promise<PublisherKey | undefined>;
  listPublisherKeys(): Promise<PublisherKey[]>;
  /** Stops a key working from `at`. Returns false when there is no such live key. */
  revokePublisherKey(keyId: string, at: string): Promise<boolean>;
  close(): Promise<void>;
}
