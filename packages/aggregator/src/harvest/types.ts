import type { HarvestedItem, SourceState, StoredNotice } from '../store/types.ts';

/** One page as a source adapter hands it over: items already converted to OpenYouth listings. */
export interface SourcePage {
  items: HarvestedItem[];
  /** Where a later harvest resumes once this page is stored. */
  position: string;
}

/**
 * Reads a source from a position (or its start) to its current end, one page at a time. Adapters
 * exist per format: OpenYouth and OpenActive RPDE feeds resume; Open Referral UK and spreadsheets
 * are read whole each time (`fullSync`), and what they no longer list is deleted afterwards.
 */
export interface SourceReader {
  readonly fullSync: boolean;
  pages(source: SourceState, signal: AbortSignal): AsyncIterable<SourcePage>;
}

/**
 * Checks a page's listings at once and returns each one's notices, in order (a missing entry means
 * none). Errors do not stop an item being kept: its notices are its provenance.
 */
export type CheckListings = (listings: readonly unknown[]) => StoredNotice[][];

export interface SourceResult {
  sourceId: string;
  ok: boolean;
  pages: number;
  changed: number;
  unchanged: number;
  deleted: number;
  /** Items stored with at least one error notice. */
  invalid: number;
  /** True when another worker held the source's lease, so this run left it alone. */
  skipped?: boolean;
  error?: string;
}
