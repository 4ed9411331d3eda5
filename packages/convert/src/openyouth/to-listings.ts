import type { Listing } from '@openyouth/schema';
import { type CheckOptions, checkListings } from '../check-listings.ts';
import { listingsIn } from '../feed-page.ts';
import { ReportBuilder } from '../report.ts';
import type { ListingsResult } from '../result.ts';

/**
 * OpenYouth JSON given as input (a listing, an array or a feed page) goes through the same
 * validator as converted listings, so every path into an output is checked the same way.
 */
export function openYouthToListings(document: unknown, options: CheckOptions = {}): ListingsResult {
  const report = new ReportBuilder();
  const candidates = listingsIn(document).map((listing, i) => ({
    listing: listing as Listing,
    where: `/${i}`,
  }));
  return { listings: checkListings(candidates, report, options), report: report.notices };
}
