import type { Listing } from '@openyouth/schema';

export type Freshness = 'fresh' | 'ageing' | 'stale' | 'unknown';

const MS_PER_DAY = 86_400_000;
/** Six and twelve months, as the standard's guidance and the validator's rules count them. */
export const AGEING_AFTER_DAYS = 183;
export const STALE_AFTER_DAYS = 365;

/**
 * How recently a person confirmed the listing: `fresh` within six months of `now`, `ageing`
 * within twelve, `stale` beyond, `unknown` when it was never confirmed.
 */
export function freshnessOf(listing: Pick<Listing, 'lastVerified'>, now: Date): Freshness {
  if (!listing.lastVerified) return 'unknown';
  const ageInDays = (now.getTime() - Date.parse(`${listing.lastVerified}T00:00:00Z`)) / MS_PER_DAY;
  if (ageInDays > STALE_AFTER_DAYS) return 'stale';
  return ageInDays > AGEING_AFTER_DAYS ? 'ageing' : 'fresh';
}
