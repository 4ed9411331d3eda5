import { type ReceivedFeedItem, readFeed } from '@openyouth/sdk';
import type { AddressAllowance } from '../../address-policy.ts';
import { assertHostAllowed, createGuardedAgent } from '../../guarded-agent.ts';
import type { HarvestedItem, SourceState } from '../../store/types.ts';
import type { SourcePage, SourceReader } from '../types.ts';

export interface RpdeReaderOptions {
  /** The addresses the catalogue allows; every connection is checked against them. */
  allow: AddressAllowance;
  /** Turns an RPDE item's data into a listing; OpenActive items need converting, OpenYouth items do not. */
  toItem?: (item: ReceivedFeedItem) => HarvestedItem;
  userAgent?: string;
}

export const openYouthItem = (item: ReceivedFeedItem): HarvestedItem => ({
  itemId: item.id,
  state: item.state,
  modified: String(item.modified),
  ...(item.state === 'updated' && { listing: item.data }),
});

/**
 * Reads an RPDE feed from the source's saved position to its last page, handing over one page
 * at a time with the `next` URL after it, so each page commits with its own resume point.
 */
export function rpdeReader(options: RpdeReaderOptions): SourceReader {
  const toItem = options.toItem ?? openYouthItem;
  const dispatcher = createGuardedAgent(options.allow);
  return {
    fullSync: false,
    async *pages(source: SourceState, signal: AbortSignal): AsyncGenerator<SourcePage> {
      await assertHostAllowed(source.url, options.allow);
      const feed = readFeed(source.url, {
        ...(source.position && { from: { next: source.position } }),
        dispatcher,
        // A source that is down should not hold up the whole harvest for RPDE's 60-120 minutes: fail it, record it, and move on.
        maxRetryAfterMs: 60_000,
        signal,
        ...(options.userAgent && { userAgent: options.userAgent }),
      });
      // A page at a time: the next is only fetched once this one is stored, so one page per source is held.
      for await (const page of feed.pages()) yield { items: page.items.map(toItem), position: page.next };
    },
  };
}
